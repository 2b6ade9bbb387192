#include "render/opendata/csv_table.h"

#include <cmath>
#include <charconv>
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
  // Most fields need neither quotes nor the formula guard: no copy for them.
  bool plain = !looks_like_formula(value) && (value.empty() || (value.front() != ' ' && value.back() != ' '));
  for (char c : value) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') plain = false;
  }
  if (plain) field(value); else field(csv_field(value));
  return *this;
}

std::string open_data_number(double value) {
  if (!std::isfinite(value)) return "";
  // Counts, most figures: a whole number below 10^12 is already exact in 12 digits.
  if (value == std::floor(value) && std::fabs(value) < 1e12) return std::to_string(static_cast<long long>(value));
  char rounded[32];
  auto written = std::to_chars(rounded, rounded + sizeof rounded, value, std::chars_format::general, 12);
  double back = value;
  std::from_chars(rounded, written.ptr, back);
  return shortest_number(back);
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
