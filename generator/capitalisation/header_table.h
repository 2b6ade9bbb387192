// A RowSink for the capitalisation spreadsheets (CSV or XLSX): finds the
// header row by its French column names (synonyms, case and accents folded),
// then hands every following row to `on_record` as named cells.
//
// The header row is the first row naming every mandatory field, or at least
// two known fields (the mandatory ones then missing are reported on the
// header). A row whose mandatory field is blank is reported (field_missing)
// and not handed over; blank rows are skipped; unknown columns get one
// column_ignored info. Each worksheet of a workbook is a table of its own.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "ingest/raw_table.h"

namespace prith {

struct HeaderField {
  std::string code;                   // "title"
  std::vector<std::string> synonyms;  // folded headers: "titre", "intitule", "nom de la pratique"
  bool mandatory = false;
  std::string label_fr;               // for messages; the first synonym when empty
};

struct HeaderRecord {
  std::uint32_t line = 0;
  std::string sheet;
  bool date1904 = false;
  std::map<std::string, RawCell> cells;  // by field code; blank cells absent
  std::map<std::string, std::uint32_t> columns;  // every column of the header, by field code

  bool has(const std::string& code) const { return cells.count(code) > 0; }
  std::string text(const std::string& code) const;  // trimmed text, "" when absent
  const RawCell* cell(const std::string& code) const;
  SourcePlace place(const std::string& code) const;  // the cell, or the row (column 0) when absent
  SourcePlace row_place() const { return {line, 0, sheet}; }
};

class HeaderTable : public RowSink {
 public:
  HeaderTable(std::vector<HeaderField> fields, std::string file_label, std::vector<Diagnostic>& diagnostics);
  std::function<void(const HeaderRecord&)> on_record;

  void begin_table(const TableInfo& table) override;
  void row(const RawRow& row) override;
  void end_table() override;

  std::size_t tables_with_header() const { return tables_with_header_; }

 private:
  const HeaderField* field_named(std::string_view header) const;
  bool try_header(const RawRow& row);

  std::vector<HeaderField> fields_;
  std::string file_label_;
  std::vector<Diagnostic>* diagnostics_;
  TableInfo table_;
  bool header_found_ = false;
  bool saw_rows_ = false;
  std::map<std::uint32_t, std::string> column_fields_;  // column -> field code
  std::size_t tables_with_header_ = 0;
};

// "Titre" for a field, for messages.
std::string field_label(const HeaderField& field);

}  // namespace prith
