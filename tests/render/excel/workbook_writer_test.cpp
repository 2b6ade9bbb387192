// The generic writer on a small description: numbers stay numbers with their
// formats, text that looks like a formula stays text, secret cells are "s"
// with their legend, and the file is the same bytes every time.
#include <doctest/doctest.h>

#include <Poco/JSON/Array.h>

#include "model/figure_labels.h"
#include "render/excel/workbook_writer.h"
#include "render/excel/workbook_check.h"
#include "render/excel/workbook_xml_fixes.h"
#include "test_folder.h"

using namespace prith;

namespace {

WorkbookDescription small_workbook() {
  WorkbookDescription workbook;
  workbook.title = "Classeur d'essai";
  workbook.author = "PRITH d'essai";
  workbook.created = "2026-11-15";
  SheetDescription contents;
  contents.name = "Sommaire";
  contents.table_name = "Tableau_Sommaire";
  contents.columns = {{"Feuille", CellFormat::text}};
  contents.rows.push_back({SheetCell::of_link("Les chiffres", "Chiffres & textes")});
  SheetDescription figures;
  figures.name = "Chiffres & textes";
  figures.table_name = "Tableau_Chiffres";
  figures.frozen_columns = 1;
  figures.columns = {{"Texte du partenaire", CellFormat::text}, {"Effectif", CellFormat::integer},
                     {"Taux", CellFormat::percent},             {"Montant", CellFormat::euro}};
  for (const char* hostile : {"=SUM(A1:A9)", "+33 6 12", "-2", "@SOMME(1)", "\tà gauche", "\rretour"}) {
    figures.rows.push_back({SheetCell::of_text(hostile), SheetCell::of_number(1234, CellFormat::integer),
                            SheetCell::of_number(0.125, CellFormat::percent),
                            SheetCell::of_number(1234.5, CellFormat::euro)});
  }
  figures.rows.push_back({SheetCell::of_text("secret"), SheetCell::of_text("s", std::string(kSecretLegend)),
                          SheetCell::of_text("n.d.", std::string(kMissingLegend)),
                          SheetCell::of_number(0, CellFormat::euro)});
  ChartDescription chart;
  chart.title = "Effectifs";
  chart.alt_text = "Graphique en barres des effectifs";
  chart.type = ChartDescription::Type::column;
  chart.series.push_back(SheetChartSeries{0, 1, SheetRange{1, 0, 6, 0}, SheetRange{1, 1, 6, 1}});
  figures.charts.push_back(chart);
  workbook.sheets = {contents, figures};
  return workbook;
}

Poco::JSON::Object::Ptr cell(const std::string& sheet, const std::string& at, const Poco::Dynamic::Var& value) {
  Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
  object->set("sheet", sheet);
  object->set("cell", at);
  object->set("value", value);
  return object;
}

}  // namespace

TEST_CASE("workbook writer: formats, formula-like text, secret cells, links, charts, read back") {
  test::TemporaryFolder folder;
  std::string error;
  REQUIRE_MESSAGE(write_workbook(small_workbook(), folder.path() / "essai.xlsx", error), error);

  Poco::JSON::Object expected;
  expected.set("title", "Classeur d'essai");
  expected.set("author", "PRITH d'essai");
  expected.set("created", "2026-11-15");
  Poco::JSON::Array sheets;
  sheets.add("Sommaire");
  sheets.add("Chiffres & textes");
  expected.set("sheets", sheets);
  const std::string data = "Chiffres & textes";
  Poco::JSON::Array cells;
  const char* hostile[] = {"=SUM(A1:A9)", "+33 6 12", "-2", "@SOMME(1)", "\tà gauche", "\rretour"};
  for (int i = 0; i < 6; ++i) cells.add(cell(data, "A" + std::to_string(i + 2), std::string(hostile[i])));
  auto effectif = cell(data, "B2", 1234);
  effectif->set("number_format", "#,##0");
  cells.add(effectif);
  auto rate = cell(data, "C3", 0.125);
  rate->set("number_format", "0.0%");
  cells.add(rate);
  auto amount = cell(data, "D4", 1234.5);
  amount->set("number_format", "#,##0.00 \"€\"");
  cells.add(amount);
  auto secret = cell(data, "B8", std::string("s"));
  secret->set("comment_text", "secret statistique");
  cells.add(secret);
  auto missing = cell(data, "C8", std::string("n.d."));
  missing->set("comment_text", "non disponible");
  cells.add(missing);
  auto link = cell("Sommaire", "A2", std::string("Les chiffres"));
  link->set("link", "'Chiffres & textes'!A1");
  cells.add(link);
  expected.set("cells", cells);
  Poco::JSON::Object freeze;
  freeze.set(data, "B2");
  freeze.set("Sommaire", "A2");
  expected.set("freeze", freeze);
  Poco::JSON::Object tables, table;
  table.set("name", "Tableau_Chiffres");
  table.set("ref", "A1:D8");
  tables.set(data, table);
  expected.set("tables", tables);
  Poco::JSON::Array names;
  names.add("Plage_Tableau_Chiffres");
  expected.set("defined_names", names);
  Poco::JSON::Array ranges;
  ranges.add("'Chiffres & textes'!$B$2:$B$7");
  ranges.add("'Chiffres & textes'!$A$2:$A$7");
  expected.set("chart_ranges", ranges);
  expected.set("charts", 1);
  Poco::JSON::Array office;
  Poco::JSON::Object number;
  number.set("sheet", data);
  number.set("row", 1);
  number.set("column", 1);
  number.set("text", "1234");
  office.add(number);
  Poco::JSON::Object formula_like;
  formula_like.set("sheet", data);
  formula_like.set("row", 1);
  formula_like.set("column", 0);
  formula_like.set("text", "=SUM(A1:A9)");
  office.add(formula_like);
  expected.set("libreoffice", office);

  test::CheckResult result = test::check_workbook(folder.path() / "essai.xlsx", expected);
  CHECK_MESSAGE(result.status == 0, result.output);
}

TEST_CASE("workbook writer: the same description gives the same bytes, whatever the day") {
  test::TemporaryFolder folder;
  std::string error;
  REQUIRE(write_workbook(small_workbook(), folder.path() / "a.xlsx", error));
  REQUIRE(write_workbook(small_workbook(), folder.path() / "b.xlsx", error));
  std::string a = test::read_file((folder.path() / "a.xlsx").string());
  CHECK(!a.empty());
  CHECK(a == test::read_file((folder.path() / "b.xlsx").string()));
}

TEST_CASE("workbook writer: a sheet name Excel refuses is an error, not a crash") {
  test::TemporaryFolder folder;
  WorkbookDescription workbook = small_workbook();
  workbook.sheets[0].name = "Sommaire: [1]";
  std::string error;
  CHECK_FALSE(write_workbook(workbook, folder.path() / "bad.xlsx", error));
  CHECK(error.find("Sommaire: [1]") != std::string::npos);
}

TEST_CASE("workbook writer: column widths fit the longest text, within 8 and 80") {
  SheetDescription sheet;
  sheet.columns = {{"Code", CellFormat::text}, {"Effectif", CellFormat::integer}};
  sheet.rows.push_back({SheetCell::of_text("Loire-Atlantiqué"), SheetCell::of_number(1234567, CellFormat::integer)});
  sheet.rows.push_back({SheetCell::of_text(std::string(200, 'x')), SheetCell::of_number(1, CellFormat::integer)});
  CHECK(column_width(sheet, 0) == 80);
  CHECK(column_width(sheet, 1) >= 11);  // "Effectif" + the filter button, and "1 234 567"
  sheet.rows.pop_back();
  CHECK(column_width(sheet, 0) == 17);  // 16 characters ("é" counts once) and one of margin
}

TEST_CASE("workbook writer: a long header wraps instead of widening its column") {
  SheetDescription sheet;
  sheet.columns = {{"Évolution sur un trimestre, en % (T3 2026)", CellFormat::evolution},
                   {"Territoire", CellFormat::text}, {"Anticonstitutionnellement", CellFormat::integer}};
  sheet.rows.push_back({SheetCell::of_number(0.015, CellFormat::evolution), SheetCell::of_text("Mayenne"),
                        SheetCell::of_number(12, CellFormat::integer)});
  CHECK(column_width(sheet, 0) <= 15);  // was 44: the whole header on one line
  CHECK(column_width(sheet, 1) == 14);  // a short header is not cut: "Territoire" and the filter button
  CHECK(column_width(sheet, 2) == 29);  // a word is never cut: 25 letters and the filter button
}

TEST_CASE("workbook writer: numbers without floating-point noise, charts below a wide table, read back") {
  WorkbookDescription workbook;
  workbook.title = "Bruit";
  workbook.author = "PRITH d'essai";
  workbook.created = "2026-11-15";
  SheetDescription sheet;
  sheet.name = "Montants";
  sheet.table_name = "Tableau_Montants";
  sheet.frozen_columns = 1;
  sheet.columns = {{"Territoire", CellFormat::text}};
  for (int quarter = 0; quarter < 12; ++quarter)
    sheet.columns.push_back({"T" + std::to_string(quarter % 4 + 1) + " " + std::to_string(2024 + quarter / 4),
                             CellFormat::euro});
  sheet.columns.push_back({"Évolution sur un trimestre, en % (T4 2026)", CellFormat::evolution});
  sheet.columns.push_back({"Évolution sur un an, en % (T4 2026)", CellFormat::evolution});
  // Sums and ratios as a model computes them (68.46000000000001, 0.30000000000000004, a total a hair under
  // 3189922.42), and 68.46 itself, which libxlsxwriter prints 68.45999999999999.
  const double noisy[] = {60.06 + 8.4, 0.1 + 0.2, 3189922.4199999995, 1.1 * 1.1, 68.46};
  for (const char* name : {"Loire-Atlantique", "Maine-et-Loire", "Mayenne"}) {
    std::vector<SheetCell> row = {SheetCell::of_text(name)};
    for (int quarter = 0; quarter < 12; ++quarter)
      row.push_back(SheetCell::of_number(noisy[quarter % 5], CellFormat::euro));
    row.push_back(SheetCell::of_number(noisy[1] / 10, CellFormat::evolution));
    row.push_back(SheetCell::of_number(-noisy[3] / 100, CellFormat::evolution));
    sheet.rows.push_back(std::move(row));
  }
  ChartDescription line;
  line.title = "Montants de la Loire-Atlantique";
  line.alt_text = "Graphique en courbe des montants";
  line.series.push_back(SheetChartSeries{1, 0, SheetRange{0, 1, 0, 12}, SheetRange{1, 1, 1, 12}});
  ChartDescription bars = line;
  bars.type = ChartDescription::Type::column;
  bars.alt_text = "Graphique en barres des montants";
  bars.series = {SheetChartSeries{0, 12, SheetRange{1, 0, 3, 0}, SheetRange{1, 12, 3, 12}}};
  sheet.charts = {line, bars};
  workbook.sheets.push_back(sheet);

  test::TemporaryFolder folder;
  std::string error;
  REQUIRE_MESSAGE(write_workbook(workbook, folder.path() / "bruit.xlsx", error), error);
  Poco::JSON::Object expected;
  expected.set("title", "Bruit");
  expected.set("author", "PRITH d'essai");
  expected.set("created", "2026-11-15");
  Poco::JSON::Array sheets, cells, ranges;
  sheets.add("Montants");
  expected.set("sheets", sheets);
  cells.add(cell("Montants", "B2", 68.46));
  cells.add(cell("Montants", "C2", 0.3));
  cells.add(cell("Montants", "D2", 3189922.42));
  cells.add(cell("Montants", "E2", 1.21));
  cells.add(cell("Montants", "F2", 68.46));
  expected.set("cells", cells);
  ranges.add("Montants!$B$1:$M$1");  // the quarters' headers: text categories (<c:strRef>)
  ranges.add("Montants!$A$2:$A$4");  // the territories' names
  expected.set("chart_ranges", ranges);
  expected.set("charts", 2);
  Poco::JSON::Object print;
  print.set("Montants", 7.5);
  expected.set("print", print);
  test::CheckResult result = test::check_workbook(folder.path() / "bruit.xlsx", expected);
  CHECK_MESSAGE(result.status == 0, result.output);
}

TEST_CASE("workbook XML fixes: chart language, text categories, shortest numbers") {
  std::string chart =
      "<c:chartSpace><c:lang val=\"en-US\"/><c:ser><c:cat><c:numRef><c:f>'Chiffres &amp; textes'!$A$2:$A$7</c:f>"
      "</c:numRef></c:cat><c:val><c:numRef><c:f>'Chiffres &amp; textes'!$B$2:$B$7</c:f></c:numRef></c:val></c:ser>"
      "<c:ser><c:cat><c:numRef><c:f>Feuille!$C$2:$C$7</c:f></c:numRef></c:cat></c:ser></c:chartSpace>";
  set_chart_language(chart, "fr-FR");
  text_chart_categories(chart, {chart_range_key("Chiffres & textes", 1, 0, 6, 0)});
  CHECK(chart ==
        "<c:chartSpace><c:lang val=\"fr-FR\"/><c:ser><c:cat><c:strRef><c:f>'Chiffres &amp; textes'!$A$2:$A$7</c:f>"
        "</c:strRef></c:cat><c:val><c:numRef><c:f>'Chiffres &amp; textes'!$B$2:$B$7</c:f></c:numRef></c:val></c:ser>"
        "<c:ser><c:cat><c:numRef><c:f>Feuille!$C$2:$C$7</c:f></c:numRef></c:cat></c:ser></c:chartSpace>");
  CHECK(chart_range_key("Feuille", 0, 2, 0, 2) == "Feuille!$C$1");

  std::string sheet = "<c r=\"A1\" t=\"s\"><v>12</v></c><c r=\"B1\"><v>68.45999999999999</v></c>"
                      "<c r=\"C1\"><v>3189922.42</v></c><c r=\"D1\"><v>1.0000000000000000E-7</v></c>";
  shortest_cell_numbers(sheet);
  CHECK(sheet == "<c r=\"A1\" t=\"s\"><v>12</v></c><c r=\"B1\"><v>68.46</v></c>"
                 "<c r=\"C1\"><v>3189922.42</v></c><c r=\"D1\"><v>1e-07</v></c>");
  CHECK(excel_cell_number(3189922.4199999995) == 3189922.42);
  CHECK(excel_cell_number(0.1 + 0.2) == 0.3);
}
