// workbook_key: the same description always gives the same key, and any
// change a reader could see in the workbook gives another one.
#include "render/excel/workbook_key.h"

#include <doctest/doctest.h>

using namespace prith;

namespace {

WorkbookDescription annex() {
  WorkbookDescription workbook;
  workbook.title = "Annexe statistique, Ain (01), 4e trimestre 2025";
  workbook.created = "2026-01-15";
  SheetDescription sheet;
  sheet.name = "Demandeurs";
  sheet.table_name = "T_ind01";
  sheet.columns = {{"Territoire", CellFormat::text}, {"2025-T4", CellFormat::integer}};
  sheet.rows = {{SheetCell::of_text("Ain"), SheetCell::of_number(1234, CellFormat::integer)},
                {SheetCell::of_text("Aisne"), SheetCell::of_text("s", "s : secret statistique")}};
  workbook.sheets.push_back(sheet);
  return workbook;
}

}  // namespace

TEST_CASE("the same workbook description always has the same key") {
  CHECK(workbook_key(annex()) == workbook_key(annex()));
  CHECK(workbook_key(annex()).size() == 40);  // hex SHA-1
}

TEST_CASE("a changed figure, text, format or date gives another key") {
  const std::string original = workbook_key(annex());
  WorkbookDescription figure = annex();
  figure.sheets[0].rows[0][1].number = 1235;
  CHECK(workbook_key(figure) != original);
  WorkbookDescription format = annex();
  format.sheets[0].rows[0][1].format = CellFormat::decimal;
  CHECK(workbook_key(format) != original);
  WorkbookDescription comment = annex();
  comment.sheets[0].rows[1][1].comment = "autre légende";
  CHECK(workbook_key(comment) != original);
  WorkbookDescription date = annex();
  date.created = "2026-04-15";
  CHECK(workbook_key(date) != original);
  // Text moved between two neighbouring fields is another workbook too.
  WorkbookDescription moved = annex();
  moved.sheets[0].name = "Demandeur";
  moved.sheets[0].table_name = "sT_ind01";
  CHECK(workbook_key(moved) != original);
  WorkbookDescription chart = annex();
  chart.sheets[0].charts.push_back({});
  CHECK(workbook_key(chart) != original);
}
