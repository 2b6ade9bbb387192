#include "render/excel/workbook_description.h"

namespace prith {

SheetCell SheetCell::of_number(double value, CellFormat format) {
  SheetCell cell;
  cell.kind = Kind::number;
  cell.number = value;
  cell.format = format;
  return cell;
}

SheetCell SheetCell::of_text(std::string text, std::string comment) {
  SheetCell cell;
  cell.kind = Kind::text;
  cell.text = std::move(text);
  cell.comment = std::move(comment);
  return cell;
}

SheetCell SheetCell::of_link(std::string text, std::string sheet) {
  SheetCell cell;
  cell.kind = Kind::link;
  cell.text = std::move(text);
  cell.target = std::move(sheet);
  return cell;
}

}  // namespace prith
