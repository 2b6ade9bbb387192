#include "ingest/cell_value.h"

#include <algorithm>
#include <string_view>

#include "catalogue/number_parser.h"

namespace prith {

namespace {

// "14.178": one dot and three digits after it, read as a decimal point but
// possibly dot thousands. "0.125" and "3.5" are plainly decimals.
bool has_ambiguous_dot(std::string_view text) {
  std::size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot == 0 || text.find_first_of(".,", dot + 1) != std::string_view::npos) {
    return false;
  }
  std::string_view before = text.substr(0, dot), after = text.substr(dot + 1);
  auto digits = [](std::string_view part) {
    return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  return after.size() == 3 && digits(after) && !before.empty() && before.size() <= 3 && digits(before) &&
         before != "0";
}


}  // namespace

bool is_blank(const RawCell* cell) {
  if (cell == nullptr || cell->kind == CellKind::empty) return true;
  if (cell->kind != CellKind::text) return false;
  for (char c : cell->text) {
    if (c != ' ' && c != '\t') return false;  // most cells: the first character
  }
  return true;
}

CellValue read_value_cell(const RawCell* cell) {
  CellValue read;
  if (cell == nullptr || cell->kind == CellKind::empty) return read;
  if (cell->kind == CellKind::error || cell->formula_without_value) {
    read.kind = CellValue::Kind::missing;  // the reader reported it
    return read;
  }
  if (cell->kind == CellKind::number) {
    read.kind = CellValue::Kind::figure;
    read.value = cell->percent ? cell->number * 100 : cell->number;
    return read;
  }
  if (cell->kind != CellKind::text) {
    read.kind = CellValue::Kind::wrong_type;
    return read;
  }
  ParsedNumber parsed = parse_number(cell->text);
  switch (parsed.status) {
    case ParsedNumber::Status::ok:
      read.kind = CellValue::Kind::figure;
      read.value = parsed.value;
      read.from_text = true;
      read.ambiguous_dot =
          parsed.value != static_cast<double>(static_cast<long long>(parsed.value)) && has_ambiguous_dot(cell->text);
      break;
    case ParsedNumber::Status::confidential: read.kind = CellValue::Kind::confidential; break;
    case ParsedNumber::Status::missing:
      read.kind = is_blank(cell) ? CellValue::Kind::empty : CellValue::Kind::missing;
      break;
    case ParsedNumber::Status::invalid: read.kind = CellValue::Kind::not_a_number; break;
  }
  return read;
}

}  // namespace prith
