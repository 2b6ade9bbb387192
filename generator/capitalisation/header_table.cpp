#include "capitalisation/header_table.h"

#include <set>

#include "catalogue/text_folding.h"
#include "ingest/cell_value.h"

namespace prith {

namespace {

std::string trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  std::size_t last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

std::string field_label(const HeaderField& field) {
  if (!field.label_fr.empty()) return field.label_fr;
  return field.synonyms.empty() ? field.code : field.synonyms.front();
}

std::string HeaderRecord::text(const std::string& code) const {
  const RawCell* found = cell(code);
  return found ? trimmed(found->text) : std::string();
}

const RawCell* HeaderRecord::cell(const std::string& code) const {
  auto found = cells.find(code);
  return found == cells.end() ? nullptr : &found->second;
}

SourcePlace HeaderRecord::place(const std::string& code) const {
  const RawCell* found = cell(code);
  auto column = columns.find(code);
  return {line, found ? found->column : column != columns.end() ? column->second : 0, sheet};
}

HeaderTable::HeaderTable(std::vector<HeaderField> fields, std::string file_label, std::vector<Diagnostic>& diagnostics)
    : fields_(std::move(fields)), file_label_(std::move(file_label)), diagnostics_(&diagnostics) {}

const HeaderField* HeaderTable::field_named(std::string_view header) const {
  std::string folded = fold_for_matching(header);
  for (const HeaderField& field : fields_) {
    for (const std::string& synonym : field.synonyms) {
      if (folded == synonym) return &field;
    }
  }
  return nullptr;
}

void HeaderTable::begin_table(const TableInfo& table) {
  table_ = table;
  header_found_ = false;
  saw_rows_ = false;
  column_fields_.clear();
}

bool HeaderTable::try_header(const RawRow& row) {
  std::map<std::uint32_t, std::string> columns;
  std::set<std::string> named;
  for (const RawCell& cell : row.cells) {
    if (cell.kind != CellKind::text) continue;
    if (const HeaderField* field = field_named(cell.text); field && named.insert(field->code).second) {
      columns[cell.column] = field->code;
    }
  }
  bool all_mandatory = true;
  for (const HeaderField& field : fields_) {
    if (field.mandatory && !named.count(field.code)) all_mandatory = false;
  }
  if (!(all_mandatory && !named.empty()) && named.size() < 2) return false;
  header_found_ = true;
  ++tables_with_header_;
  column_fields_ = std::move(columns);
  for (const RawCell& cell : row.cells) {
    if (is_blank(&cell) || column_fields_.count(cell.column)) continue;
    diagnostics_->push_back({Severity::info, DiagnosticCode::column_ignored, {row.line, cell.column, table_.sheet},
                             cell.text, "Colonne « " + cell.text + " » inconnue : elle n'est pas lue."});
  }
  for (const HeaderField& field : fields_) {
    if (field.mandatory && !named.count(field.code)) {
      SourcePlace header_place{row.line, 0, table_.sheet};
      diagnostics_->push_back({Severity::error, DiagnosticCode::field_missing, header_place, field_label(field),
                               "Colonne obligatoire « " + field_label(field) + " » absente de " + file_label_ +
                                   " : aucune ligne de ce tableau ne peut être lue."});
    }
  }
  return true;
}

void HeaderTable::row(const RawRow& row) {
  bool blank = true;
  for (const RawCell& cell : row.cells) blank = blank && is_blank(&cell);
  if (blank) return;
  saw_rows_ = true;
  if (!header_found_) {
    try_header(row);
    return;
  }
  HeaderRecord record{row.line, table_.sheet, table_.date1904, {}, {}};
  for (const auto& [column, code] : column_fields_) record.columns[code] = column;
  for (const RawCell& cell : row.cells) {
    auto field = column_fields_.find(cell.column);
    if (field == column_fields_.end() || is_blank(&cell)) continue;
    record.cells[field->second] = cell;
  }
  if (record.cells.empty()) return;
  bool complete = true;
  for (const HeaderField& field : fields_) {
    if (!field.mandatory || record.has(field.code)) continue;
    complete = false;
    std::uint32_t column = 0;
    for (const auto& [number, code] : column_fields_) {
      if (code == field.code) column = number;
    }
    if (column == 0) continue;  // the missing column was reported on the header
    diagnostics_->push_back({Severity::error, DiagnosticCode::field_missing, {row.line, column, table_.sheet}, "",
                             "Champ obligatoire « " + field_label(field) + " » vide : la ligne est ignorée."});
  }
  if (complete && on_record) on_record(record);
}

void HeaderTable::end_table() {
  if (saw_rows_ && !header_found_) {
    SourcePlace sheet_place{0, 0, table_.sheet};
    diagnostics_->push_back({Severity::error, DiagnosticCode::header_not_found, sheet_place, "",
                             "Ligne d'en-tête introuvable dans " + file_label_ +
                                 " : aucune ligne ne nomme les colonnes attendues (voir docs/capitalisation.md)."});
  }
}

}  // namespace prith
