// A workbook as data: sheets, each one Excel table (a single header row at
// A1, typed columns, display formats), charts over the table's ranges, and
// the document's properties. Every workbook prith writes (the annexes, the
// capitalisation workbook) is one such description handed to write_workbook
// (workbook_writer.h): there is no other code path to a .xlsx file.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace prith {

// How a number reads in Excel (the French display Excel shows under a
// French locale is given in parentheses).
enum class CellFormat : std::uint8_t {
  text,
  integer,     // #,##0            (# ##0)
  decimal,     // #,##0.0          (# ##0,0)
  percent,     // 0.0%             (0,0 %): the value is a fraction, 0.123
  evolution,   // +0.0%;-0.0%;0.0% (+1,5 %)
  points,      // +0.0" pt"        (+1,5 pt): a change of a rate
  euro,        // #,##0.00 "€"     (# ##0,00 €)
  date,        // dd/mm/yyyy; the value is an Excel serial day
  euro_whole,  // #,##0 "€"        (# ##0 €): amounts shown to the euro, the cell keeps the cents
};

// One cell of a table row. A secret or missing figure is a text cell ("s",
// "n.d.") with a comment saying why, never a number.
struct SheetCell {
  enum class Kind : std::uint8_t { blank, number, text, link };
  Kind kind = Kind::blank;
  double number = 0;
  std::string text;     // text, or the shown text of a link
  std::string target;   // link: the sheet it opens ("Définitions")
  std::string comment;  // a cell comment (the legend of "s" and "n.d.")
  CellFormat format = CellFormat::text;

  static SheetCell of_number(double value, CellFormat format);
  static SheetCell of_text(std::string text, std::string comment = {});
  static SheetCell of_link(std::string text, std::string sheet);
};

struct SheetColumn {
  std::string header;
  CellFormat format = CellFormat::text;
};

// A range of the sheet, zero-based: row 0 is the table's header row, row 1
// its first data row, column 0 column A.
struct SheetRange {
  std::uint32_t first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

struct SheetChartSeries {
  std::uint32_t name_row = 0, name_column = 0;  // the cell naming the series
  SheetRange categories;
  SheetRange values;
};

struct ChartDescription {
  enum class Type : std::uint8_t { line, column };
  Type type = Type::line;
  std::string title;
  std::string alt_text;  // read by screen readers (RGAA): the chart's summary
  std::string x_axis_title, y_axis_title;
  CellFormat value_format = CellFormat::integer;
  std::vector<SheetChartSeries> series;
};

struct SheetDescription {
  std::string name;        // the tab, at most 31 characters, none of []:*?/\ .
  std::string table_name;  // the Excel table and its defined name: letters, digits, _
  std::vector<SheetColumn> columns;
  std::vector<std::vector<SheetCell>> rows;  // each as long as columns
  std::uint16_t frozen_columns = 0;          // the header row is always frozen
  std::vector<ChartDescription> charts;      // placed right of the table, one under the other
  std::string footer;                        // printed footer, left; page number is on the right
};

struct WorkbookDescription {
  std::string title, subject, author, company, keywords, comments;
  std::string language = "fr-FR";
  std::string created;  // ISO date (settings().publication_date): the only date in the file
  std::vector<SheetDescription> sheets;
};

}  // namespace prith
