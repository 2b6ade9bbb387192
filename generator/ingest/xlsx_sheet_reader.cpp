#include "ingest/xlsx_sheet_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>

#include "ingest/excel_date.h"
#include "ingest/xlsx_shared_strings.h"
#include "ingest/xlsx_styles.h"
#include "ingest/xml_stream.h"
#include "ingest/zip_archive.h"

namespace prith {

namespace {

constexpr std::uint32_t kMaxColumn = 16384;   // XFD
constexpr std::uint32_t kMaxRow = 1048576;

enum class CellType : std::uint8_t { number, shared_string, inline_string, formula_string, boolean, error, iso_date };

CellType cell_type(const char* t) {
  if (t == nullptr) return CellType::number;
  switch (t[0]) {
    case 's': return t[1] == '\0' ? CellType::shared_string : CellType::formula_string;  // "s" / "str"
    case 'i': return CellType::inline_string;
    case 'b': return CellType::boolean;
    case 'e': return CellType::error;
    case 'd': return CellType::iso_date;
    default: return CellType::number;
  }
}

// "AB12" -> column 28 (row digits ignored: the <row> element gives the row).
// 0 when the reference is not a cell reference.
std::uint32_t parse_column(const char* ref) {
  std::uint32_t column = 0;
  const char* p = ref;
  for (; (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'); ++p) {
    column = column * 26 + static_cast<std::uint32_t>((*p | 0x20) - 'a' + 1);
    if (column > kMaxColumn) return 0;
  }
  if (p == ref || *p < '1' || *p > '9') return 0;
  return column;
}

void write_shortest(double value, std::string& out) {
  char text[32];
  auto [end, ec] = std::to_chars(text, text + sizeof text, value);
  out.assign(text, ec == std::errc() ? end : text);
}

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const XlsxSheetContext& context, RowSink& sink, std::vector<Diagnostic>& diagnostics)
      : context_(context), sink_(sink), diagnostics_(diagnostics) {}

  void start_element(std::string_view name, const char** attributes) override {
    if (!in_sheet_data_) {
      in_sheet_data_ = name == "sheetData";
      return;
    }
    if (name == "c") {
      start_cell(attributes);
    } else if (name == "v") {
      in_value_ = true;
      has_value_ = true;
    } else if (name == "f") {
      has_formula_ = true;
    } else if (name == "is") {
      has_value_ = true;  // inline string, even if empty
    } else if (name == "t") {
      in_value_ = phonetic_depth_ == 0;
    } else if (name == "rPh") {
      ++phonetic_depth_;
    } else if (name == "row") {
      start_row(attributes);
    }
  }

  void end_element(std::string_view name) override {
    if (!in_sheet_data_) return;
    if (name == "v" || name == "t") {
      in_value_ = false;
    } else if (name == "c") {
      finish_cell();
    } else if (name == "rPh") {
      --phonetic_depth_;
    } else if (name == "row") {
      finish_row();
    } else if (name == "sheetData") {
      in_sheet_data_ = false;
    }
  }

  void characters(std::string_view text) override {
    if (!in_value_) return;
    if (value_.size() + text.size() > kXlsxMaxCellBytes) {
      too_large("une cellule de plus de " + std::to_string(kXlsxMaxCellBytes >> 20) + " Mo");
      return;
    }
    value_.append(text);
  }

  // Diagnostics beyond the detailed ones, one summary per code.
  void summarize() {
    for (auto& [code, count] : diagnostic_counts_) {
      if (count <= kXlsxMaxCellDiagnostics) continue;
      Diagnostic d;
      d.severity = code == DiagnosticCode::shared_string_out_of_range ? Severity::error : Severity::warning;
      d.code = code;
      d.place.sheet = context_.sheet_name;
      d.value = std::to_string(count - kXlsxMaxCellDiagnostics);
      d.message = "La feuille « " + context_.sheet_name + " » compte " + d.value +
                  " autres cellules dans le même cas (" + std::string(code_name(code)) + ") ; seules les " +
                  std::to_string(kXlsxMaxCellDiagnostics) + " premières sont détaillées.";
      diagnostics_.push_back(std::move(d));
    }
  }

 private:
  void too_large(const std::string& what) {
    if (stop_request) return;
    stop_request = Refusal{DiagnosticCode::entry_too_large,
                           "La feuille « " + context_.sheet_name + " » contient " + what + " (ligne " +
                               std::to_string(row_.line) + ") : ce n'est pas un classeur ordinaire, le fichier est "
                               "refusé."};
  }

  void start_row(const char** attributes) {
    const char* r = find_attribute(attributes, "r");
    std::uint32_t number = row_.line + 1;
    if (r != nullptr) {
      auto [end, ec] = std::from_chars(r, r + std::strlen(r), number);
      if (ec != std::errc() || *end != '\0') number = 0;
    }
    if (number == 0 || number > kMaxRow) {
      stop_request = Refusal{DiagnosticCode::malformed_xml,
                             "La feuille « " + context_.sheet_name + " » contient un numéro de ligne invalide (« " +
                                 std::string(r ? r : "") + " ») : le fichier est endommagé."};
      return;
    }
    row_.line = number;
    used_ = 0;
    row_bytes_ = 0;
    next_column_ = 1;
    out_of_order_ = false;
  }

  void start_cell(const char** attributes) {
    const char *r = nullptr, *t = nullptr, *s = nullptr;
    for (const char** a = attributes; *a != nullptr; a += 2) {
      // Hot loop: one-letter names compared without building a string_view.
      const char* name = a[0];
      if (name[0] == '\0' || name[1] != '\0') {
        std::string_view local = local_name(name);
        if (local.size() != 1) continue;
        name = local.data();
      }
      if (name[0] == 'r') r = a[1];
      else if (name[0] == 't') t = a[1];
      else if (name[0] == 's') s = a[1];
    }
    column_ = r != nullptr ? parse_column(r) : next_column_;
    if (column_ == 0 || column_ > kMaxColumn) {
      stop_request = Refusal{DiagnosticCode::malformed_xml,
                             "La feuille « " + context_.sheet_name + " » contient une référence de cellule invalide (« " +
                                 std::string(r ? r : "") + " ») : le fichier est endommagé."};
      return;
    }
    if (used_ >= kMaxColumn) {  // columns repeated: more cells than a row can have
      stop_request = Refusal{DiagnosticCode::malformed_xml,
                             "La ligne " + std::to_string(row_.line) + " de la feuille « " + context_.sheet_name +
                                 " » contient plus de 16 384 cellules : le fichier est endommagé."};
      return;
    }
    if (column_ < next_column_) out_of_order_ = true;
    next_column_ = column_ + 1;
    type_ = cell_type(t);
    style_ = 0;
    if (s != nullptr) std::from_chars(s, s + std::strlen(s), style_);
    value_.clear();
    has_value_ = has_formula_ = in_value_ = false;
    phonetic_depth_ = 0;
  }

  void finish_cell();
  // Cells are reused from row to row so that their strings keep their
  // capacity: no allocation per cell in the steady state.
  RawCell& next_cell() {
    if (used_ == row_.cells.size()) row_.cells.emplace_back();
    RawCell& cell = row_.cells[used_];
    cell.kind = CellKind::empty;
    cell.text.clear();
    cell.number = 0;
    cell.percent = cell.formula = cell.formula_without_value = false;
    return cell;
  }
  void finish_row() {
    if (used_ == 0) return;
    row_.cells.resize(used_);
    if (out_of_order_) {
      std::stable_sort(row_.cells.begin(), row_.cells.end(),
                       [](const RawCell& a, const RawCell& b) { return a.column < b.column; });
    }
    sink_.row(row_);
  }
  bool type_number(RawCell& cell);
  void diagnose(Severity severity, DiagnosticCode code, std::string value, std::string message) {
    if (++diagnostic_counts_[code] > kXlsxMaxCellDiagnostics) return;
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.place = SourcePlace{row_.line, column_, context_.sheet_name};
    d.value = std::move(value);
    d.message = std::move(message);
    diagnostics_.push_back(std::move(d));
  }
  std::string where() const {
    return "La cellule " + column_letters(column_) + std::to_string(row_.line) + " de la feuille « " +
           context_.sheet_name + " »";
  }

  const XlsxSheetContext& context_;
  RowSink& sink_;
  std::vector<Diagnostic>& diagnostics_;
  RawRow row_;
  std::size_t used_ = 0;  // cells of row_ filled so far
  std::size_t row_bytes_ = 0;
  std::map<DiagnosticCode, std::size_t> diagnostic_counts_;
  std::string value_;
  std::uint32_t column_ = 0, next_column_ = 1, style_ = 0;
  int phonetic_depth_ = 0;
  CellType type_ = CellType::number;
  bool in_sheet_data_ = false, in_value_ = false, has_value_ = false, has_formula_ = false, out_of_order_ = false;
};

void SheetHandler::finish_cell() {
  RawCell& cell = next_cell();
  cell.column = column_;
  cell.formula = has_formula_;
  if (!has_value_ || (value_.empty() && type_ != CellType::inline_string && type_ != CellType::formula_string)) {
    if (!has_formula_) return;  // a styled blank cell
    cell.formula_without_value = true;
    diagnose(Severity::warning, DiagnosticCode::formula_without_value, {},
             where() + " contient une formule sans valeur calculée : ouvrez le fichier dans Excel ou "
                       "LibreOffice et enregistrez-le pour que les valeurs soient calculées.");
    ++used_;
    return;
  }
  switch (type_) {
    case CellType::shared_string: {
      std::size_t index = 0;
      auto [end, ec] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
      const XlsxSharedStrings* strings = context_.shared_strings;
      std::size_t count = strings ? strings->size() : 0;
      if (ec != std::errc() || end != value_.data() + value_.size() || index >= count) {
        diagnose(Severity::error, DiagnosticCode::shared_string_out_of_range, value_,
                 where() + " renvoie à la chaîne partagée n° " + value_ + ", absente du classeur (qui en compte " +
                     std::to_string(count) + ") : la cellule est ignorée.");
        return;
      }
      cell.kind = CellKind::text;
      cell.text = strings->at(index);
      break;
    }
    case CellType::inline_string:
    case CellType::formula_string:
      if (value_.empty() && !has_formula_) return;
      decode_ooxml_escapes(value_);
      cell.kind = CellKind::text;
      cell.text = value_;
      break;
    case CellType::boolean:
      cell.kind = CellKind::boolean;
      cell.number = value_ == "1" ? 1 : 0;
      cell.text = value_ == "1" ? "VRAI" : "FAUX";
      if (value_ != "1" && value_ != "0") {
        cell.kind = CellKind::text;
        cell.text = value_;
      }
      break;
    case CellType::error:
      cell.kind = CellKind::error;
      cell.text = value_;
      diagnose(Severity::warning, DiagnosticCode::formula_error, value_,
               where() + " contient l'erreur « " + value_ + " »" +
                   (has_formula_ ? " calculée par sa formule" : "") + " : corrigez-la dans le fichier source.");
      break;
    case CellType::iso_date:
      if (auto serial = iso_to_excel_serial(value_, context_.date1904)) {
        cell.kind = CellKind::date;
        cell.number = *serial;
        cell.text = value_.substr(0, value_.size() > 10 && value_.compare(10, 9, "T00:00:00") == 0 ? 10 : 19);
      } else {
        cell.kind = CellKind::text;
        cell.text = value_;
      }
      break;
    case CellType::number:
      if (!type_number(cell)) {
        cell.kind = CellKind::text;  // not a number: keep what was written
        cell.text = value_;
      }
      break;
  }
  row_bytes_ += cell.text.size();
  if (row_bytes_ > kXlsxMaxRowBytes) too_large("une ligne de plus de " + std::to_string(kXlsxMaxRowBytes >> 20) + " Mo");
  ++used_;
}

bool SheetHandler::type_number(RawCell& cell) {
  const char* begin = value_.data();
  const char* end = begin + value_.size();
  auto [stop, ec] = std::from_chars(begin, end, cell.number);
  if (ec != std::errc() || stop != end || !std::isfinite(cell.number)) return false;
  NumberFormatKind format = context_.styles ? context_.styles->kind(style_) : NumberFormatKind::general;
  if (format == NumberFormatKind::date) {
    if (auto iso = excel_serial_to_iso(cell.number, context_.date1904)) {
      cell.kind = CellKind::date;
      cell.text = *iso;
      return true;
    }
  }
  cell.kind = CellKind::number;
  cell.percent = format == NumberFormatKind::percent;
  write_shortest(cell.number, cell.text);
  return true;
}

}  // namespace

std::optional<Refusal> read_xlsx_sheet(ZipArchive& archive, const ZipEntry& entry, const XlsxSheetContext& context,
                                       RowSink& sink, std::vector<Diagnostic>& diagnostics) {
  SheetHandler handler(context, sink, diagnostics);
  auto refusal = parse_zip_part(archive, entry, archive.limits().max_entry_bytes, handler);
  if (!refusal) handler.summarize();
  return refusal;
}

}  // namespace prith
