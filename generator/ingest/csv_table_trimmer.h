// Pass 4 (optional) of the CSV reader: where the table starts and ends.
//
// Exports often open with title lines ("Demandeurs d'emploi BOE - T3 2025",
// "Source : France Travail") and close with footnotes ("(1) hors Mayotte").
// The table mapper finds its header itself and wants every row; a plain view
// of the table (`prith inspect --table`) wants those lines left out. This
// RowSink filter does that: a row "fits the table" when its width is within
// one of the sniffed width and it carries at least two values (one for a
// two-column table), or when it has three values or more and no empty cell.
// Rows before the first fitting row are the preamble; rows after the last
// fitting row are footnotes; rows that do not fit between two fitting rows
// stay (ragged rows are data).
//
// The header, the first fitting row, is also bounded:
//  - stacked header rows (two or three rows without a figure above the
//    first row with one, as "DATE,TIME" written twice, or a group label
//    over the column labels) are joined into one header, column by column
//    with a space (stacked_header);
//  - a one-cell line just before the first row, which another delimiter
//    (space, ";", ",", tab, "|") cuts into exactly the table's width with no
//    figure, is the header written with that delimiter (header_other_delimiter);
//  - between rows of the table, a row that does not fit, and that another
//    delimiter cuts into exactly the table's width, is cut that way
//    (row_other_delimiter);
//  - a row that repeats the header (the same labels, one more or one less
//    allowed) starts a second table: the first ends there and only it is
//    passed on; each further table is reported with its lines (second_table).
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "ingest/csv_dialect.h"
#include "ingest/raw_table.h"

namespace prith {

bool row_fits_table(const RawRow& row, std::uint32_t columns);

// A value that reads as a figure, a date or a time: digits with only
// separators, signs and units around them ("1 204", "12,5 %", "$74.69",
// "28/01/2018", "00:15"). Header labels have none.
bool looks_like_figure(std::string_view text);

// `row` repeats `header`: at least two labels and all of the longer row's
// labels but one are the same, in the same columns (empty cells aside).
bool repeats_header(const RawRow& row, const RawRow& header);

class CsvTableTrimmer : public RowSink {
 public:
  // `dialect`: its columns, delimiter and quote (the header written with
  // another delimiter is cut again with the same quote).
  CsvTableTrimmer(RowSink& next, const CsvDialect& dialect, std::vector<Diagnostic>& diagnostics);

  void begin_table(const TableInfo& table) override;
  void row(const RawRow& row) override;
  void end_table() override;

 private:
  void flush_held(bool recut = false);
  void flush_header_rows();
  void start_table(const RawRow& first);
  void header_row(const RawRow& row);
  bool group_label_row(const RawRow& row) const;
  char cut_other_delimiter(const std::string& text, bool header, RawRow& cut) const;
  bool take_other_delimiter_header(const RawRow& first);
  bool recut_row(const RawRow& row, RawRow& cut) const;
  void start_other_table(const RawRow& header);
  void report_other_table();
  void report(std::uint32_t count, std::uint32_t first_line, std::uint32_t last_line,
              bool before);

  RowSink& next_;
  CsvDialect dialect_;
  std::uint32_t columns_;
  std::vector<Diagnostic>& diagnostics_;
  bool in_table_ = false;
  bool pass_all_ = false;  // too many rows did not fit: no trimming at all
  // Rows that do not fit, waiting for the next row that does (see row()).
  std::deque<RawRow> held_;
  // The first fitting rows while it is not known whether they are a stacked
  // header (no figure yet).
  std::vector<RawRow> header_rows_;
  bool header_done_ = false;
  RawRow header_;  // the header as read (the last row of a stacked one)
  // After a repeated header: the table being counted, not passed on.
  bool other_table_ = false;
  RawRow other_header_;
  std::uint32_t other_first_line_ = 0, other_last_line_ = 0, other_rows_ = 0;
};

}  // namespace prith
