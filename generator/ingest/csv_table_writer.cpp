#include "ingest/csv_table_writer.h"

#include <algorithm>

namespace prith {

void append_csv_field(std::string& out, std::string_view field) {
  bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

std::string escape_csv_field(std::string_view field) {
  std::string out;
  append_csv_field(out, field);
  return out;
}

void CsvTableWriter::begin_table(const TableInfo&) {}

void CsvTableWriter::row(const RawRow& row) {
  line_.clear();
  std::uint32_t fields = 0;  // fields written so far on this line
  for (const RawCell& cell : row.cells) {
    // Cells without a column follow the previous one; a column that goes
    // backwards never overwrites, it is appended.
    std::uint32_t target = cell.column == 0 ? fields + 1 : std::max(cell.column, fields + 1);
    for (; fields + 1 < target; ++fields) {
      if (fields > 0) line_.push_back(',');
    }
    if (fields > 0) line_.push_back(',');
    append_csv_field(line_, cell.text);
    ++fields;
  }
  line_.push_back('\n');
  out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  ++rows_;
}

void CsvTableWriter::end_table() { out_.flush(); }

}  // namespace prith
