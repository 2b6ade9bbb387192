#include "render/opendata/csv_table.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "core/csv_text.h"
#include "core/json_writer.h"

namespace prith {

CsvTable::CsvTable(const std::vector<DataColumn>& columns) : columns_(columns.size()) {
  for (const DataColumn& column : columns) text(column.name);
  end_row();
  rows_ = 0;  // the header is not a row of data
}

void CsvTable::field(std::string_view written) {
  if (in_row_ == columns_) throw std::logic_error("CSV row longer than its header");
  if (in_row_ > 0) text_ += ',';
  text_.append(written);
  ++in_row_;
}

CsvTable& CsvTable::text(std::string_view value) {
  field(csv_field(value));
  return *this;
}

std::string open_data_number(double value) {
  if (!std::isfinite(value)) return "";
  char rounded[32];
  std::snprintf(rounded, sizeof rounded, "%.12g", value);
  return shortest_number(std::strtod(rounded, nullptr));
}

CsvTable& CsvTable::number(double value) {
  field(open_data_number(value));
  return *this;
}

CsvTable& CsvTable::integer(long long value) {
  field(std::to_string(value));
  return *this;
}

CsvTable& CsvTable::empty() {
  field("");
  return *this;
}

void CsvTable::end_row() {
  if (in_row_ != columns_) throw std::logic_error("CSV row shorter than its header");
  text_.append(kCsvLineEnd);
  in_row_ = 0;
  ++rows_;
}

}  // namespace prith
