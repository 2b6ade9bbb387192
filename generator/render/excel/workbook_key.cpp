#include "render/excel/workbook_key.h"

#include <xlsxwriter.h>

#include <cstdio>

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

namespace prith {

namespace {

// Bumped when workbook_writer.cpp (or the zip rewrite after it) changes
// what a description becomes: 2, entries rewritten at deflate level 1.
constexpr const char* kWorkbookVersion = "prith-workbook-2";

// Every value is written with its length or a separator, so that two
// different descriptions can never hash the same text.
class KeyText {
 public:
  void text(const std::string& value) {
    engine_.update(std::to_string(value.size()) + ":");
    engine_.update(value);
  }
  void number(double value) {
    char buffer[40];
    int size = std::snprintf(buffer, sizeof buffer, "%.17g;", value);
    engine_.update(buffer, static_cast<unsigned>(size));
  }
  void range(const SheetRange& range) {
    for (std::uint32_t value : {range.first_row, range.first_column, range.last_row, range.last_column}) number(value);
  }
  std::string hex() { return Poco::DigestEngine::digestToHex(engine_.digest()); }

 private:
  Poco::SHA1Engine engine_;
};

}  // namespace

std::string workbook_key(const WorkbookDescription& workbook) {
  KeyText key;
  key.text(kWorkbookVersion);
  key.text(LXW_VERSION);
  for (const std::string* field : {&workbook.title, &workbook.subject, &workbook.author, &workbook.company,
                                   &workbook.keywords, &workbook.comments, &workbook.language, &workbook.created})
    key.text(*field);
  key.number(static_cast<double>(workbook.sheets.size()));
  for (const SheetDescription& sheet : workbook.sheets) {
    key.text(sheet.name);
    key.text(sheet.table_name);
    key.text(sheet.footer);
    key.number(sheet.frozen_columns);
    key.number(static_cast<double>(sheet.columns.size()));
    for (const SheetColumn& column : sheet.columns) {
      key.text(column.header);
      key.number(static_cast<int>(column.format));
    }
    key.number(static_cast<double>(sheet.rows.size()));
    for (const std::vector<SheetCell>& row : sheet.rows) {
      key.number(static_cast<double>(row.size()));
      for (const SheetCell& cell : row) {
        key.number(static_cast<int>(cell.kind));
        key.number(static_cast<int>(cell.format));
        key.number(cell.number);
        key.text(cell.text);
        key.text(cell.target);
        key.text(cell.comment);
      }
    }
    key.number(static_cast<double>(sheet.charts.size()));
    for (const ChartDescription& chart : sheet.charts) {
      key.number(static_cast<int>(chart.type));
      key.number(static_cast<int>(chart.value_format));
      key.text(chart.title);
      key.text(chart.alt_text);
      key.text(chart.x_axis_title);
      key.text(chart.y_axis_title);
      key.number(static_cast<double>(chart.series.size()));
      for (const SheetChartSeries& series : chart.series) {
        key.number(series.name_row);
        key.number(series.name_column);
        key.range(series.categories);
        key.range(series.values);
      }
    }
  }
  return key.hex();
}

}  // namespace prith
