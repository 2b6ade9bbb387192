#include "ingest/csv_table_trimmer.h"

#include <algorithm>
#include <string>

#include "ingest/csv_parser.h"

namespace prith {

namespace {

// More held rows than this are not footnotes but a second block of data:
// they are passed on rather than kept in memory.
constexpr std::size_t kMaxHeldRows = 200;
// A header is at most this many stacked rows; more rows without a figure
// are a table of text.
constexpr std::size_t kMaxStackedRows = 3;
// Values quoted in a diagnostic are cut to this many bytes.
constexpr std::size_t kMaxValueSize = 120;

bool has_figure(const RawRow& row) {
  for (const RawCell& cell : row.cells) {
    if (cell.kind != CellKind::empty && looks_like_figure(cell.text)) return true;
  }
  return false;
}

const RawCell* cell_at(const RawRow& row, std::uint32_t column) {
  for (const RawCell& cell : row.cells) {
    if (cell.column == column) return &cell;
  }
  return nullptr;
}

bool has_text(const RawCell* cell) { return cell != nullptr && cell->kind != CellKind::empty; }

}  // namespace

// Under the first header row, a row of the table's width with a few labels
// and no figure ("BOE" over two columns) may be a group label: it stays a
// stacked header candidate although it does not fit the table.
bool CsvTableTrimmer::group_label_row(const RawRow& row) const {
  if (header_rows_.empty() || header_rows_.size() >= kMaxStackedRows || has_figure(row)) return false;
  auto width = static_cast<std::uint32_t>(row.cells.size());
  if (width + 1 < columns_ || width > columns_ + 1) return false;
  return std::any_of(row.cells.begin(), row.cells.end(),
                     [](const RawCell& cell) { return cell.kind != CellKind::empty; });
}

namespace {

// Rows that are a header's, not a table's first rows of text ("FR;France;
// pays;" under "code;name;level;parent"): each repeats the first, or the
// last fills a gap the rows above leave (a group label over its columns,
// ";Demandeurs;Demandeurs" over "Département;T2 2025;T3 2025").
bool stacked_like_header(const std::vector<RawRow>& rows) {
  bool repeats = true;
  for (std::size_t i = 1; i < rows.size(); ++i) repeats = repeats && repeats_header(rows[i], rows[0]);
  if (repeats) return true;
  for (const RawCell& cell : rows.back().cells) {
    if (cell.kind == CellKind::empty) continue;
    bool gap = true;
    for (std::size_t i = 0; i + 1 < rows.size(); ++i) gap = gap && !has_text(cell_at(rows[i], cell.column));
    if (gap) return true;
  }
  return false;
}

// The first data row has a figure under a label of the last header row:
// what makes the rows above it a header rather than rows of a text table.
bool figure_under_label(const RawRow& data, const RawRow& header) {
  for (const RawCell& cell : data.cells) {
    if (cell.kind != CellKind::empty && looks_like_figure(cell.text) &&
        has_text(cell_at(header, cell.column))) {
      return true;
    }
  }
  return false;
}

std::string row_value(const RawRow& row, char delimiter) {
  std::string value;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    if (i > 0) value += delimiter == '\t' ? std::string("\t") : std::string(1, delimiter);
    value += row.cells[i].text;
    if (value.size() > kMaxValueSize) break;
  }
  if (value.size() > kMaxValueSize) {
    std::size_t end = kMaxValueSize;
    while (end > 0 && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80) --end;
    value.resize(end);
    value += "…";
  }
  return value;
}

std::string delimiter_name(char delimiter) {
  if (delimiter == '\t') return "tabulation";
  if (delimiter == ' ') return "espace";
  return std::string("« ") + delimiter + " »";
}

// The fields of one line cut with another delimiter (first record only).
class FieldCollector : public CsvRecordHandler {
 public:
  bool record(const CsvRecord& record) override {
    ++records;
    if (records == 1) {
      for (std::size_t i = 0; i < record.size(); ++i) fields.emplace_back(record.field(i));
    }
    return true;
  }
  std::size_t records = 0;
  std::vector<std::string> fields;
};

}  // namespace

bool looks_like_figure(std::string_view text) {
  bool digit = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c == ' ' || c == '.' || c == ',' || c == ':' || c == '/' || c == '-' || c == '+' ||
               c == '$' || c == '%' || c == '(' || c == ')') {
      continue;
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;  // no-break space
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               static_cast<unsigned char>(text[i + 2]) == 0xAF) {
      i += 2;  // narrow no-break space
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x82 &&
               static_cast<unsigned char>(text[i + 2]) == 0xAC) {
      i += 2;  // €
    } else {
      return false;
    }
  }
  return digit;
}

bool repeats_header(const RawRow& row, const RawRow& header) {
  std::size_t row_values = 0, header_values = 0;
  for (const RawCell& cell : row.cells) row_values += cell.kind != CellKind::empty;
  for (const RawCell& cell : header.cells) header_values += cell.kind != CellKind::empty;
  std::size_t needed = std::max<std::size_t>(2, std::max(row_values, header_values) - 1);
  std::size_t common = std::min(row.cells.size(), header.cells.size());
  std::size_t matches = 0;
  for (std::size_t i = 0; i < common; ++i) {
    if (matches + (common - i) < needed) return false;  // cannot reach it any more
    const RawCell& a = row.cells[i];
    const RawCell& b = header.cells[i];
    if (a.kind != CellKind::empty && a.column == b.column && a.text == b.text) ++matches;
  }
  return matches >= needed;
}

bool row_fits_table(const RawRow& row, std::uint32_t columns) {
  std::uint32_t values = 0;
  for (const RawCell& cell : row.cells) {
    if (cell.kind != CellKind::empty) ++values;
  }
  if (columns <= 1) return values >= 1;
  auto width = static_cast<std::uint32_t>(row.cells.size());
  // Three values or more with no gap: a damaged header or row, not a title.
  if (width >= 3 && values == width) return true;
  if (width < 2 || width + 1 < columns || width > columns + 1) return false;
  return values >= (columns == 2 ? 1u : 2u);
}

CsvTableTrimmer::CsvTableTrimmer(RowSink& next, const CsvDialect& dialect,
                                 std::vector<Diagnostic>& diagnostics)
    : next_(next), dialect_(dialect), columns_(dialect.columns), diagnostics_(diagnostics) {}

void CsvTableTrimmer::begin_table(const TableInfo& table) {
  in_table_ = false;
  pass_all_ = false;
  held_.clear();
  header_rows_.clear();
  header_done_ = false;
  header_ = RawRow{};
  other_table_ = false;
  next_.begin_table(table);
}

// Rows that do not fit are held until the next fitting row shows whether
// they are inside the table (passed on) or before it (preamble, dropped).
void CsvTableTrimmer::row(const RawRow& row) {
  if (other_table_) {
    if (repeats_header(row, header_) || repeats_header(row, other_header_)) {
      report_other_table();
      start_other_table(row);
    } else {
      ++other_rows_;
      other_last_line_ = row.line;
    }
    return;
  }
  if (pass_all_) {
    next_.row(row);
    return;
  }
  bool fits = row_fits_table(row, columns_);
  if (!fits && in_table_ && !header_done_ && group_label_row(row)) {
    header_row(row);  // a group label over the column labels: part of a stacked header
    return;
  }
  if (!fits) {
    if (in_table_ && !header_done_) flush_header_rows();
    held_.push_back(row);
    if (held_.size() > kMaxHeldRows) {
      // Too many to be a preamble or footnotes: this file is not one table
      // with a few notes around it. Everything from here on is passed on.
      in_table_ = true;
      pass_all_ = true;
      flush_held();
    }
    return;
  }
  if (!in_table_) {
    start_table(row);
    return;
  }
  if (!header_done_) {
    header_row(row);
    return;
  }
  if (!header_.cells.empty() && repeats_header(row, header_)) {
    // The header again: a second table starts; what did not fit before it
    // is the first table's footnotes.
    if (!held_.empty()) {
      report(static_cast<std::uint32_t>(held_.size()), held_.front().line, held_.back().line,
             false);
      held_.clear();
    }
    start_other_table(row);
    return;
  }
  flush_held(true);
  next_.row(row);
}

void CsvTableTrimmer::start_table(const RawRow& first) {
  in_table_ = true;
  take_other_delimiter_header(first);
  if (!held_.empty()) {
    report(static_cast<std::uint32_t>(held_.size()), held_.front().line, held_.back().line, true);
    held_.clear();
  }
  header_row(first);
}

// The first fitting rows: held while they have no figure, since they may be
// the rows of a stacked header; the first row with a figure decides.
void CsvTableTrimmer::header_row(const RawRow& row) {
  bool figures = has_figure(row);
  if (!figures && header_rows_.size() < kMaxStackedRows) {
    header_rows_.push_back(row);
    return;
  }
  if (figures && header_rows_.size() >= 2 && figure_under_label(row, header_rows_.back()) &&
      stacked_like_header(header_rows_)) {
    RawRow joined;
    joined.line = header_rows_.front().line;
    std::uint32_t width = 0;
    for (const RawRow& stacked : header_rows_) {
      for (const RawCell& cell : stacked.cells) width = std::max(width, cell.column);
    }
    for (std::uint32_t column = 1; column <= width; ++column) {
      RawCell cell;
      cell.column = column;
      for (const RawRow& stacked : header_rows_) {
        const RawCell* part = cell_at(stacked, column);
        if (!has_text(part)) continue;
        if (!cell.text.empty()) cell.text += ' ';
        cell.text += part->text;
      }
      cell.kind = cell.text.empty() ? CellKind::empty : CellKind::text;
      joined.cells.push_back(std::move(cell));
    }
    Diagnostic d;
    d.severity = Severity::info;
    d.code = DiagnosticCode::stacked_header;
    d.place.line = joined.line;
    d.value = row_value(joined, dialect_.delimiter);
    std::uint32_t count = static_cast<std::uint32_t>(header_rows_.size());
    d.message = "En-tête sur " + std::to_string(count) + " lignes (lignes " +
                std::to_string(joined.line) + " à " + std::to_string(header_rows_.back().line) +
                ") : réunies en une seule, colonne par colonne.";
    diagnostics_.push_back(std::move(d));
    header_ = header_rows_.back();
    header_rows_.clear();
    header_done_ = true;
    next_.row(joined);
    next_.row(row);
    return;
  }
  flush_header_rows();
  next_.row(row);
}

// Passes the held first rows on as they are: the first is the header when it
// has no figure (a table without a header has no header to repeat).
void CsvTableTrimmer::flush_header_rows() {
  header_done_ = true;
  if (!header_rows_.empty()) header_ = header_rows_.front();
  for (const RawRow& held : header_rows_) next_.row(held);
  header_rows_.clear();
}

// `text` cut by another delimiter than the data's (same quote) into exactly
// the table's width: the delimiter used, or '\0'. A header's cells must all
// be labels; a row needs two values at least, one a figure (a note in the
// middle of the table, "note au milieu", stays as it is).
char CsvTableTrimmer::cut_other_delimiter(const std::string& text, bool header, RawRow& cut) const {
  for (char delimiter : {' ', ';', ',', '\t', '|'}) {
    if (delimiter == dialect_.delimiter) continue;
    if (text.find(delimiter) == std::string::npos) continue;
    CsvDialect other = dialect_;
    other.delimiter = delimiter;
    other.space_after_delimiter = false;
    other.columns = 0;  // no repair
    FieldCollector collector;
    CsvParser parser(other, collector);
    parser.feed(text);
    parser.finish();
    if (collector.records != 1 || collector.fields.size() != columns_) continue;
    std::size_t values = 0, figures = 0;
    for (const std::string& field : collector.fields) {
      values += !field.empty();
      figures += !field.empty() && looks_like_figure(field);
    }
    bool labels = values == columns_ && figures == 0;
    if (header ? !labels : values < 2 || figures == 0) continue;
    cut.cells.clear();
    for (std::size_t i = 0; i < collector.fields.size(); ++i) {
      RawCell cell;
      cell.kind = collector.fields[i].empty() ? CellKind::empty : CellKind::text;
      cell.text = std::move(collector.fields[i]);
      cell.column = static_cast<std::uint32_t>(i + 1);
      cut.cells.push_back(std::move(cell));
    }
    return delimiter;
  }
  return '\0';
}

// The line just before the first row, one cell that another delimiter cuts
// into the table's width, none a figure, over a row with a figure: the header
// written with another delimiter than the data.
bool CsvTableTrimmer::take_other_delimiter_header(const RawRow& first) {
  if (held_.empty() || columns_ < 2 || !has_figure(first)) return false;
  const RawRow& candidate = held_.back();
  if (candidate.cells.size() != 1 || candidate.cells[0].kind == CellKind::empty) return false;
  RawRow header;
  header.line = candidate.line;
  char delimiter = cut_other_delimiter(candidate.cells[0].text, true, header);
  if (delimiter == '\0') return false;
  Diagnostic d;
  d.severity = Severity::info;
  d.code = DiagnosticCode::header_other_delimiter;
  d.place.line = candidate.line;
  d.value = candidate.cells[0].text.substr(0, kMaxValueSize);
  d.message = "L'en-tête ligne " + std::to_string(candidate.line) + " est écrit avec le séparateur " +
              delimiter_name(delimiter) + ", les données avec " +
              delimiter_name(dialect_.delimiter) + " : il est lu comme l'en-tête de ses " +
              std::to_string(columns_) + " colonnes.";
  diagnostics_.push_back(std::move(d));
  held_.pop_back();
  header_rows_.push_back(std::move(header));
  return true;
}

// A row inside the table that does not fit it, written with another
// delimiter ("17/02/2018 02:00 0 YY-5315 ..." among comma rows): its text,
// as the line held it, cut again into the table's width.
bool CsvTableTrimmer::recut_row(const RawRow& row, RawRow& cut) const {
  if (columns_ < 2 || row.cells.size() == columns_ || row.cells.empty()) return false;
  // The line's text: the fields joined again. Only when nothing was quoted
  // at the start of a field (the join would then lose the quotes): read
  // again with the data's dialect, the text must give the same fields.
  std::string text;
  const std::string separator = dialect_.space_after_delimiter
                                    ? std::string(1, dialect_.delimiter) + " "
                                    : std::string(1, dialect_.delimiter);
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    if (i > 0) text += separator;
    text += row.cells[i].text;
  }
  if (text.find_first_of("\r\n") != std::string::npos) return false;
  FieldCollector same;
  CsvDialect plain = dialect_;
  plain.columns = 0;
  CsvParser parser(plain, same);
  parser.feed(text);
  parser.finish();
  if (same.records != 1 || same.fields.size() != row.cells.size()) return false;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    if (same.fields[i] != row.cells[i].text) return false;
  }
  cut.line = row.line;
  char delimiter = cut_other_delimiter(text, false, cut);
  if (delimiter == '\0') return false;
  Diagnostic d;
  d.severity = Severity::info;
  d.code = DiagnosticCode::row_other_delimiter;
  d.place.line = row.line;
  d.value = text.substr(0, kMaxValueSize);
  d.message = "La ligne " + std::to_string(row.line) + " est écrite avec le séparateur " +
              delimiter_name(delimiter) + ", le tableau avec " + delimiter_name(dialect_.delimiter) +
              " : elle est relue en " + std::to_string(columns_) + " colonnes.";
  diagnostics_.push_back(std::move(d));
  return true;
}

void CsvTableTrimmer::start_other_table(const RawRow& header) {
  other_table_ = true;
  other_header_ = header;
  other_first_line_ = header.line;
  other_last_line_ = header.line;
  other_rows_ = 0;
}

void CsvTableTrimmer::report_other_table() {
  Diagnostic d;
  d.severity = Severity::warning;
  d.code = DiagnosticCode::second_table;
  d.place.line = other_first_line_;
  d.value = row_value(other_header_, dialect_.delimiter);
  std::string range = other_last_line_ == other_first_line_
                          ? "ligne " + std::to_string(other_first_line_)
                          : "lignes " + std::to_string(other_first_line_) + " à " +
                                std::to_string(other_last_line_);
  d.message = "Autre tableau, " + range + " : son en-tête (" +
              std::to_string(other_header_.cells.size()) + " colonnes) reprend celui de la ligne " +
              std::to_string(header_.line) + ", suivi de " + std::to_string(other_rows_) +
              (other_rows_ > 1 ? " lignes" : " ligne") +
              " ; seul le premier tableau est écrit.";
  diagnostics_.push_back(std::move(d));
}

void CsvTableTrimmer::flush_held(bool recut) {
  RawRow cut;
  for (const RawRow& held : held_) next_.row(recut && recut_row(held, cut) ? cut : held);
  held_.clear();
}

void CsvTableTrimmer::end_table() {
  if (other_table_) {
    report_other_table();
  } else if (!in_table_) {
    flush_held();  // nothing looked like a table: show everything rather than nothing
  } else {
    if (!header_done_) flush_header_rows();
    if (!held_.empty()) {
      report(static_cast<std::uint32_t>(held_.size()), held_.front().line, held_.back().line,
             false);
      held_.clear();
    }
  }
  next_.end_table();
}

void CsvTableTrimmer::report(std::uint32_t count, std::uint32_t first_line,
                             std::uint32_t last_line, bool before) {
  Diagnostic d;
  d.severity = Severity::info;
  d.code = DiagnosticCode::rows_outside_table;
  d.place.line = first_line;
  std::string lines = count == 1 ? "ligne " + std::to_string(first_line)
                                 : "lignes " + std::to_string(first_line) + " à " +
                                       std::to_string(last_line);
  d.message = std::to_string(count) + (count == 1 ? " ligne " : " lignes ") +
              (before ? "avant" : "après") + " le tableau (" + lines + ") " +
              (count == 1 ? "laissée" : "laissées") + " de côté.";
  diagnostics_.push_back(std::move(d));
}

}  // namespace prith
