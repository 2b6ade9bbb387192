#include "ingest/csv_table_trimmer.h"

#include <string>

namespace prith {

namespace {

// More held rows than this are not footnotes but a second block of data:
// they are passed on rather than kept in memory.
constexpr std::size_t kMaxHeldRows = 200;

}  // namespace

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

CsvTableTrimmer::CsvTableTrimmer(RowSink& next, std::uint32_t columns,
                                 std::vector<Diagnostic>& diagnostics)
    : next_(next), columns_(columns), diagnostics_(diagnostics) {}

void CsvTableTrimmer::begin_table(const TableInfo& table) {
  in_table_ = false;
  pass_all_ = false;
  held_.clear();
  next_.begin_table(table);
}

// Rows that do not fit are held until the next fitting row shows whether
// they are inside the table (passed on) or before it (preamble, dropped).
void CsvTableTrimmer::row(const RawRow& row) {
  if (pass_all_) {
    next_.row(row);
    return;
  }
  bool fits = row_fits_table(row, columns_);
  if (!fits) {
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
    in_table_ = true;
    if (!held_.empty()) {
      report(static_cast<std::uint32_t>(held_.size()), held_.front().line, held_.back().line,
             true);
      held_.clear();
    }
  }
  flush_held();
  next_.row(row);
}

void CsvTableTrimmer::flush_held() {
  for (const RawRow& held : held_) next_.row(held);
  held_.clear();
}

void CsvTableTrimmer::end_table() {
  if (!in_table_) {
    flush_held();  // nothing looked like a table: show everything rather than nothing
  } else if (!held_.empty()) {
    report(static_cast<std::uint32_t>(held_.size()), held_.front().line, held_.back().line,
           false);
    held_.clear();
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
