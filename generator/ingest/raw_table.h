// The contract between the readers (CSV, XLSX) and the table mapper.
//
// A reader decodes a file into rows of cells and pushes them, in order, to a
// RowSink; it never interprets what a cell means. Rows are streamed so that a
// 50 MB export or a 100,000-row sheet is never held in memory as a whole.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace prith {

enum class CellKind : std::uint8_t {
  empty,
  text,     // CSV fields are always text; XLSX strings (shared, inline, rich)
  number,   // XLSX numeric cell (cached formula value included)
  boolean,  // XLSX boolean; text is "VRAI"/"FAUX"
  date,     // XLSX number whose format is a date: number holds the Excel serial
  error,    // XLSX cached error: text is "#DIV/0!", "#N/A"...
};

struct RawCell {
  CellKind kind = CellKind::empty;
  std::string text;     // the text a user sees (for numbers: shortest round-trip form)
  double number = 0;    // number, date serial, boolean 0/1
  bool percent = false; // number with a % format: 0.035 means 3.5 %
  bool formula = false; // the cell holds a formula (its cached value is above)
  bool formula_without_value = false;  // a formula with no cached value
  // 1-based physical column. CSV: position of the field in its record.
  std::uint32_t column = 0;
};

struct RawRow {
  // CSV: the physical line where the record starts (1-based, counting
  // every line break, including those inside quoted fields).
  // XLSX: the row number of the sheet.
  std::uint32_t line = 0;
  std::vector<RawCell> cells;  // non-empty cells at least; in column order
};

struct TableInfo {
  std::string sheet;       // empty for CSV
  bool date1904 = false;   // XLSX workbook using the 1904 date system
};

class RowSink {
 public:
  virtual ~RowSink() = default;
  virtual void begin_table(const TableInfo& table) = 0;
  virtual void row(const RawRow& row) = 0;
  virtual void end_table() = 0;
};

// Refusal of a whole file: the reader could not or would not read it.
struct Refusal {
  DiagnosticCode code = DiagnosticCode::file_unreadable;
  std::string message;  // French
};

}  // namespace prith
