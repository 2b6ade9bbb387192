// Test helper: a RowSink that keeps what it receives, and a compact text
// form of it so that tests compare whole tables in one assertion:
//   "4|44|2025-T3|~|14 178\n"  = line 4, cells in columns 1..4, ~ for an empty cell.
// A cell whose column is not the next one is written "@column:text".
#pragma once

#include <string>
#include <vector>

#include "ingest/raw_table.h"

namespace prith::test {

class CollectingSink : public RowSink {
 public:
  void begin_table(const TableInfo&) override { ++tables; }
  void row(const RawRow& row) override { rows.push_back(row); }
  void end_table() override { ++ended; }

  std::string text() const {
    std::string out;
    for (const RawRow& row : rows) {
      out += std::to_string(row.line);
      std::uint32_t expected = 1;
      for (const RawCell& cell : row.cells) {
        out += '|';
        if (cell.column != expected) {
          out += '@';
          out += std::to_string(cell.column);
          out += ':';
        }
        if (cell.kind == CellKind::empty) {
          out += cell.text.empty() ? "~" : "!empty-with-text!";
        } else if (cell.kind == CellKind::text) {
          out += cell.text.empty() ? "!text-without-text!" : cell.text;
        } else {
          out += "!kind!";
        }
        expected = cell.column + 1;
      }
      out += '\n';
    }
    return out;
  }

  int tables = 0;
  int ended = 0;
  std::vector<RawRow> rows;
};

}  // namespace prith::test
