#include "ingest/cell_value.h"

#include <string_view>

namespace prith {

bool is_blank(const RawCell* cell) {
  if (cell == nullptr || cell->kind == CellKind::empty) return true;
  if (cell->kind != CellKind::text) return false;
  for (char c : cell->text) {
    if (c != ' ' && c != '\t') return false;  // most cells: the first character
  }
  return true;
}

CellValue read_value_cell(const RawCell* cell, DecimalConvention convention) {
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
  ParsedNumber parsed = parse_number(cell->text, convention);
  switch (parsed.status) {
    case ParsedNumber::Status::ok:
      read.kind = CellValue::Kind::figure;
      read.value = parsed.value;
      read.from_text = true;
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
