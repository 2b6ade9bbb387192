// Pass 4 (optional) of the CSV reader: where the table starts and ends.
//
// Exports often open with title lines ("Demandeurs d'emploi BOE - T3 2025",
// "Source : France Travail") and close with footnotes ("(1) hors Mayotte").
// The table mapper finds its header itself and wants every row; a plain view
// of the table (`prith inspect --table`) wants those lines left out. This
// RowSink filter does that: a row "fits the table" when its width is within
// one of the sniffed width and it carries at least two values (one for a
// two-column table), or when it has three values or more and no empty cell. Rows before the first fitting row are the preamble;
// rows after the last fitting row are footnotes; rows that do not fit
// between two fitting rows stay (ragged rows are data).
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#include "core/diagnostic.h"
#include "ingest/raw_table.h"

namespace prith {

bool row_fits_table(const RawRow& row, std::uint32_t columns);

class CsvTableTrimmer : public RowSink {
 public:
  CsvTableTrimmer(RowSink& next, std::uint32_t columns, std::vector<Diagnostic>& diagnostics);

  void begin_table(const TableInfo& table) override;
  void row(const RawRow& row) override;
  void end_table() override;

 private:
  void flush_held();
  void report(std::uint32_t count, std::uint32_t first_line, std::uint32_t last_line,
              bool before);

  RowSink& next_;
  std::uint32_t columns_;
  std::vector<Diagnostic>& diagnostics_;
  bool in_table_ = false;
  bool pass_all_ = false;  // too many rows did not fit: no trimming at all
  // Rows that do not fit, waiting for the next row that does (see row()).
  std::deque<RawRow> held_;
};

}  // namespace prith
