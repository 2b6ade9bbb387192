// A RowSink that prints what a reader delivers as plain RFC 4180 CSV: the
// output of `prith inspect FILE --table`, for CSV files and XLSX sheets alike.
//
// Choices (docs/csv_reader.md):
//  - comma delimiter, LF line ends (what Unix tools and diff expect; RFC 4180
//    says CRLF, but every CSV reader accepts LF);
//  - a field is quoted when it holds a comma, a quote, CR or LF, or starts or
//    ends with a space; quotes are doubled;
//  - each cell goes to its `column`, gaps are filled with empty fields, and
//    a row ends after its last cell (rows are not padded to a common width);
//  - rows are written as received, in order, one line each: a sheet row
//    number that jumps (empty XLSX rows) does not produce empty lines;
//  - several tables are written one after the other, with nothing between.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "ingest/raw_table.h"

namespace prith {

// Appends `field` to `out`, quoted if needed.
void append_csv_field(std::string& out, std::string_view field);
std::string escape_csv_field(std::string_view field);

class CsvTableWriter : public RowSink {
 public:
  explicit CsvTableWriter(std::ostream& out) : out_(out) {}

  void begin_table(const TableInfo& table) override;
  void row(const RawRow& row) override;
  void end_table() override;

  std::size_t rows_written() const { return rows_; }

 private:
  std::ostream& out_;
  std::string line_;  // reused for every row
  std::size_t rows_ = 0;
};

}  // namespace prith
