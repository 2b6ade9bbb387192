// The text of one downloadable CSV file, row by row: the header is the
// DataFile's column names, text goes through csv_field (quoting, formula
// guard), numbers are written plain (open_data_number: "1234.5", never
// French-formatted). RFC 4180: `,`-separated, CRLF line
// ends, UTF-8 without a byte-order mark.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/opendata/data_file.h"

namespace prith {

class CsvTable {
 public:
  explicit CsvTable(const std::vector<DataColumn>& columns);

  CsvTable& text(std::string_view value);  // any text, partner text included
  CsvTable& number(double value);          // "1234.5", "-0.25", "14178"
  CsvTable& integer(long long value);
  CsvTable& empty();
  // Ends the row; throws std::logic_error when it has not one field per column.
  void end_row();

  void reserve(std::size_t bytes) { text_.reserve(bytes); }
  std::size_t rows() const { return rows_; }
  const std::string& str() const { return text_; }

 private:
  void field(std::string_view written);
  std::size_t columns_ = 0, in_row_ = 0, rows_ = 0;
  std::string text_;
};

// A number as the open data write it: 12 significant digits, which drops
// the noise of computed rates and evolutions (6.0600000000000005 -> 6.06)
// and keeps every figure a partner sends, then the shortest text that reads
// back the same ("1234.5", "0.1", "-3"); "" for a non-finite number.
std::string open_data_number(double value);

inline constexpr std::string_view kCsvLineEnd = "\r\n";

}  // namespace prith
