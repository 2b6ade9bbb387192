// The reader end to end, on workbooks written by openpyxl, LibreOffice and by
// hand with Excel's XML.
#include "ingest/xlsx_reader.h"

#include <doctest/doctest.h>

#include "test_folder.h"
#include "xlsx_test_support.h"

namespace prith {

using test::read_xlsx;
using test::xlsx_fixture;

namespace {

void check_cell(const test::RecordedTable& table, std::uint32_t line, std::uint32_t column, CellKind kind,
                const std::string& text) {
  CAPTURE(column_letters(column) + std::to_string(line));
  const RawCell* cell = table.cell(line, column);
  REQUIRE(cell != nullptr);
  CHECK(cell->kind == kind);
  CHECK(cell->text == text);
}

}  // namespace

TEST_CASE("read_xlsx_file: typed cells from openpyxl") {
  auto reading = read_xlsx(xlsx_fixture("openpyxl/cells.xlsx"));
  REQUIRE_FALSE(reading.refusal);
  REQUIRE(reading.sink.tables.size() == 1);
  const auto& t = reading.sink.tables[0];
  CHECK(t.info.sheet == "Données");
  CHECK_FALSE(t.info.date1904);
  CHECK(t.ended);
  CHECK(t.cell_count() == 21);
  check_cell(t, 1, 1, CellKind::text, "Territoire");
  check_cell(t, 2, 1, CellKind::text, "Ardèche");
  check_cell(t, 2, 2, CellKind::number, "14178");
  CHECK(t.cell(2, 2)->number == 14178);
  check_cell(t, 2, 3, CellKind::number, "0.035");
  CHECK(t.cell(2, 3)->percent);
  check_cell(t, 3, 1, CellKind::text, "  deux espaces  ");
  check_cell(t, 3, 2, CellKind::text, "14178");  // a number stored as text stays text
  check_cell(t, 3, 3, CellKind::number, "0.5");
  CHECK_FALSE(t.cell(3, 3)->percent);  // 0" %": the % is quoted
  const RawCell* formula = t.cell(4, 1);
  REQUIRE(formula != nullptr);
  CHECK(formula->formula);
  CHECK(formula->formula_without_value);
  CHECK(formula->kind == CellKind::empty);
  check_cell(t, 4, 2, CellKind::boolean, "VRAI");
  CHECK(t.cell(4, 2)->number == 1);
  check_cell(t, 4, 3, CellKind::error, "#DIV/0!");
  check_cell(t, 5, 1, CellKind::date, "2025-09-30");  // built-in 14
  CHECK(t.cell(5, 1)->number == 45930);
  check_cell(t, 5, 2, CellKind::date, "2025-09-30");  // dd/mm/yyyy
  check_cell(t, 5, 3, CellKind::date, "2025-09-01");  // mmm-yy
  check_cell(t, 5, 4, CellKind::date, "2025-06-01");  // [$-40C]mmmm yyyy
  check_cell(t, 5, 5, CellKind::number, "1.5");       // [h]:mm is a duration
  check_cell(t, 5, 6, CellKind::text, "30/09/2025");  // a date typed as text
  check_cell(t, 6, 1, CellKind::number, "-1234.5");
  check_cell(t, 6, 2, CellKind::number, "1e-07");
  check_cell(t, 6, 3, CellKind::number, "0.3");  // openpyxl writes 0.1 + 0.2 rounded

  REQUIRE(reading.diagnostics.size() == 2);
  const Diagnostic& without = reading.diagnostics[0];
  CHECK(without.code == DiagnosticCode::formula_without_value);
  CHECK(without.severity == Severity::warning);
  CHECK(without.place.cell() == "A4");
  CHECK(without.place.sheet == "Données");
  CHECK(without.message ==
        "La cellule A4 de la feuille « Données » contient une formule sans valeur calculée : ouvrez le fichier "
        "dans Excel ou LibreOffice et enregistrez-le pour que les valeurs soient calculées.");
  const Diagnostic& error = reading.diagnostics[1];
  CHECK(error.code == DiagnosticCode::formula_error);
  CHECK(error.place.cell() == "C4");
  CHECK(error.value == "#DIV/0!");
  CHECK(error.message ==
        "La cellule C4 de la feuille « Données » contient l'erreur « #DIV/0! » : corrigez-la dans le fichier "
        "source.");
}

TEST_CASE("read_xlsx_file: the 1904 date system") {
  auto reading = read_xlsx(xlsx_fixture("openpyxl/date1904.xlsx"));
  REQUIRE_FALSE(reading.refusal);
  REQUIRE(reading.sink.tables.size() == 1);
  CHECK(reading.sink.tables[0].info.date1904);
  check_cell(reading.sink.tables[0], 1, 1, CellKind::date, "2025-09-30");
  CHECK(reading.sink.tables[0].cell(1, 1)->number == 44468);
}

TEST_CASE("read_xlsx_file: a partner-style layout, rows sparse and in place") {
  auto reading = read_xlsx(xlsx_fixture("openpyxl/layout.xlsx"));
  REQUIRE_FALSE(reading.refusal);
  const auto& t = reading.sink.tables.at(0);
  std::vector<std::uint32_t> lines;
  for (const RawRow& row : t.rows) lines.push_back(row.line);
  CHECK(lines == std::vector<std::uint32_t>{1, 2, 5, 6, 7, 8, 9, 11});
  check_cell(t, 1, 1, CellKind::text, "Demandeurs d'emploi bénéficiaires de l'obligation d'emploi");
  check_cell(t, 5, 3, CellKind::text, "Département");  // the table starts at C5
  check_cell(t, 5, 4, CellKind::text, "DEFM BOE");     // merged over D5:E5: one cell
  CHECK(t.cell(5, 5) == nullptr);
  CHECK(t.cell(6, 3) == nullptr);                      // under the merged C5:C6
  check_cell(t, 6, 4, CellKind::date, "2025-06-30");   // dates as column headers
  check_cell(t, 6, 5, CellKind::date, "2025-09-30");
  check_cell(t, 9, 3, CellKind::text, "Total");
  check_cell(t, 9, 5, CellKind::number, "1269");
  check_cell(t, 9, 6, CellKind::number, "0.055");
  CHECK(t.cell(9, 6)->percent);
  check_cell(t, 11, 3, CellKind::text, "Note : s = secret statistique.");
  CHECK(t.rows[2].cells.front().column == 3);
  CHECK(reading.diagnostics.empty());
}

TEST_CASE("read_xlsx_file: several sheets; hidden, chart and empty ones") {
  auto reading = read_xlsx(xlsx_fixture("openpyxl/sheets.xlsx"));
  REQUIRE_FALSE(reading.refusal);
  std::vector<std::string> names;
  for (const auto& t : reading.sink.tables) names.push_back(t.info.sheet);
  CHECK(names == std::vector<std::string>{"Notice", "Données", "Vide"});
  CHECK(reading.table("Vide")->rows.empty());
  CHECK(reading.table("Vide")->ended);
  check_cell(*reading.table("Données"), 3, 2, CellKind::number, "4567");

  // One diagnostic per hidden sheet, placed on it, its raw name as value.
  auto hidden = reading.with_code(DiagnosticCode::sheet_hidden);
  REQUIRE(hidden.size() == 2);
  CHECK(hidden[0]->severity == Severity::info);
  CHECK(hidden[0]->place.sheet == "Cachée");
  CHECK(hidden[0]->place.line == 0);
  CHECK(hidden[0]->value == "Cachée");
  CHECK(hidden[0]->message ==
        "La feuille « Cachée » est masquée : elle est ignorée ; affichez-la dans le classeur si elle contient des "
        "données à lire.");
  CHECK(hidden[1]->severity == Severity::info);
  CHECK(hidden[1]->place.sheet == "Très cachée");
  CHECK(hidden[1]->value == "Très cachée");
  CHECK(hidden[1]->message ==
        "La feuille « Très cachée » est très masquée (absente même de la liste des feuilles à afficher) : elle "
        "est ignorée ; rendez-la visible si elle contient des données à lire.");
  auto skipped = reading.with_code(DiagnosticCode::sheet_skipped);
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0]->severity == Severity::info);
  CHECK(skipped[0]->value == "Graphique");
  CHECK(skipped[0]->message ==
        "La feuille « Graphique » est un graphique, sans tableau de données : elle est ignorée.");
}

TEST_CASE("read_xlsx_file: one sheet by name, even hidden") {
  XlsxReadOptions options;
  options.sheet = "Cachée";
  auto reading = read_xlsx(xlsx_fixture("openpyxl/sheets.xlsx"), options);
  REQUIRE_FALSE(reading.refusal);
  REQUIRE(reading.sink.tables.size() == 1);
  check_cell(reading.sink.tables[0], 1, 1, CellKind::text, "calculs");
  CHECK(reading.diagnostics.empty());

  options.sheet = "Absente";
  reading = read_xlsx(xlsx_fixture("openpyxl/sheets.xlsx"), options);
  REQUIRE(reading.refusal);
  CHECK(reading.refusal->code == DiagnosticCode::missing_part);
  CHECK(reading.refusal->message ==
        "Le classeur n'a pas de feuille de calcul nommée « Absente » ; feuilles présentes : « Notice », "
        "« Données », « Cachée », « Très cachée », « Vide ».");
  CHECK(reading.sink.tables.empty());
}

TEST_CASE("read_xlsx_file: cached formula values and errors saved by LibreOffice") {
  auto reading = read_xlsx(xlsx_fixture("libreoffice/formulas.xlsx"));
  REQUIRE_FALSE(reading.refusal);
  REQUIRE(reading.sink.tables.size() == 2);
  const auto& t = *reading.table("Formules");
  check_cell(t, 2, 4, CellKind::number, "0.0999630678320817");
  CHECK(t.cell(2, 4)->formula);
  CHECK_FALSE(t.cell(2, 4)->formula_without_value);
  check_cell(t, 4, 4, CellKind::error, "#DIV/0!");
  check_cell(t, 6, 2, CellKind::number, "12790");
  check_cell(t, 6, 4, CellKind::error, "#N/A");
  check_cell(t, 6, 5, CellKind::text, "Ain et Allier");  // t="str"
  check_cell(t, 7, 1, CellKind::date, "2025-09-30");
  check_cell(t, 7, 2, CellKind::number, "0.035");
  CHECK(t.cell(7, 2)->percent);
  check_cell(t, 7, 3, CellKind::text, "1 234");
  check_cell(*reading.table("Notice"), 1, 1, CellKind::text, "Lisez-moi");

  auto errors = reading.with_code(DiagnosticCode::formula_error);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0]->place.cell() == "D4");
  CHECK(errors[0]->place.sheet == "Formules");
  CHECK(errors[1]->value == "#N/A");
  CHECK(errors[1]->message ==
        "La cellule D6 de la feuille « Formules » contient l'erreur « #N/A » calculée par sa formule : corrigez-la "
        "dans le fichier source.");
  CHECK(reading.diagnostics.size() == 2);
}

TEST_CASE("read_xlsx_file: sheets, hidden sheet and 1904 dates saved by LibreOffice") {
  auto reading = read_xlsx(xlsx_fixture("libreoffice/sheets1904.xlsx"));
  REQUIRE_FALSE(reading.refusal);
  std::vector<std::string> names;
  for (const auto& t : reading.sink.tables) {
    names.push_back(t.info.sheet);
    CHECK(t.info.date1904);
    CHECK(t.ended);
  }
  CHECK(names == std::vector<std::string>{"Notice", "T3 2025", "Vide"});
  const auto& t = *reading.table("T3 2025");
  check_cell(t, 2, 2, CellKind::date, "2025-09-30");
  CHECK(t.cell(2, 2)->number == 44468);  // 1904-based serial
  check_cell(t, 3, 3, CellKind::number, "456");
  CHECK(reading.table("Vide")->rows.empty());
  REQUIRE(reading.diagnostics.size() == 1);
  CHECK(reading.diagnostics[0].code == DiagnosticCode::sheet_hidden);
  CHECK(reading.diagnostics[0].value == "Brouillon");
  CHECK(reading.diagnostics[0].place.sheet == "Brouillon");
  CHECK(reading.diagnostics[0].message ==
        "La feuille « Brouillon » est masquée : elle est ignorée ; affichez-la dans le classeur si elle contient "
        "des données à lire.");
}

TEST_CASE("read_xlsx_file: rich, inline and escaped strings, shared formulas, a dangling shared string") {
  auto reading = read_xlsx(xlsx_fixture("handmade/strings.xlsx"));
  REQUIRE_FALSE(reading.refusal);
  const auto& t = reading.sink.tables.at(0);
  check_cell(t, 1, 2, CellKind::text, "Demandeurs BOE");
  check_cell(t, 1, 3, CellKind::text, "東京");
  check_cell(t, 2, 1, CellKind::text, "  Ain ");
  CHECK(t.cell(2, 2) == nullptr);  // the dangling index is left out...
  check_cell(t, 2, 3, CellKind::number, "7");  // ...and the row goes on
  check_cell(t, 3, 1, CellKind::text, "Inline riche");
  check_cell(t, 3, 2, CellKind::text, "Territoire!");
  check_cell(t, 3, 3, CellKind::error, "#DIV/0!");
  check_cell(t, 3, 4, CellKind::text, "ligne\rsuivante");
  check_cell(t, 4, 1, CellKind::text, "sans r");  // no r attribute: next column
  check_cell(t, 4, 2, CellKind::number, "2");
  CHECK(t.cell(4, 5) == nullptr);  // a styled blank cell
  check_cell(t, 4, 6, CellKind::boolean, "FAUX");
  check_cell(t, 4, 7, CellKind::date, "2025-09-30");  // strict OOXML t="d"
  CHECK(t.cell(4, 7)->number == 45930);
  check_cell(t, 6, 3, CellKind::number, "3");  // shared formula, master cell
  check_cell(t, 6, 4, CellKind::number, "4");  // shared formula, dependent cell
  CHECK(t.cell(6, 4)->formula);

  auto dangling = reading.with_code(DiagnosticCode::shared_string_out_of_range);
  REQUIRE(dangling.size() == 1);
  CHECK(dangling[0]->severity == Severity::error);
  CHECK(dangling[0]->place.cell() == "B2");
  CHECK(dangling[0]->value == "99");
  CHECK(dangling[0]->message ==
        "La cellule B2 de la feuille « Feuil1 » renvoie à la chaîne partagée n° 99, absente du classeur (qui en "
        "compte 5) : la cellule est ignorée.");
  CHECK(reading.with_code(DiagnosticCode::formula_without_value).size() == 1);
}

TEST_CASE("read_xlsx_file: cells out of order are put back in column order") {
  auto reading = read_xlsx(xlsx_fixture("handmade/prefixed.xlsx"));
  REQUIRE_FALSE(reading.refusal);
  const auto& t = reading.sink.tables.at(0);
  CHECK(t.info.date1904);
  REQUIRE(t.rows.size() == 1);
  REQUIRE(t.rows[0].cells.size() == 2);
  CHECK(t.rows[0].cells[0].column == 1);
  CHECK(t.rows[0].cells[0].text == "a");
  CHECK(t.rows[0].cells[1].column == 3);
}

// LibreOffice Calc files used to be refused as Excel files missing
// [Content_Types].xml, which sent the pilot looking for a broken export.
constexpr const char* kCalcMessage =
    "Ce fichier est un classeur LibreOffice Calc (OpenDocument, .ods), que prith ne lit pas : ouvrez-le dans "
    "LibreOffice et enregistrez-le en .xlsx (Fichier > Enregistrer sous > Classeur Excel 2007-365).";

TEST_CASE("read_xlsx_file: a LibreOffice .ods is refused with the way to save it as .xlsx") {
  for (const char* name : {"libreoffice/formulas.ods", "libreoffice/ods_renamed.xlsx"}) {
    CAPTURE(name);
    auto reading = read_xlsx(xlsx_fixture(name));
    REQUIRE(reading.refusal);
    CHECK(reading.refusal->code == DiagnosticCode::unsupported_format);
    CHECK(reading.refusal->message == kCalcMessage);
    CHECK(reading.sink.tables.empty());
  }
}

TEST_CASE("read_xlsx_file: an .ods that is not even a ZIP (flat XML, damaged) gets the same advice") {
  test::TemporaryFolder folder;
  for (const char* name : {"plat.fods", "abime.ODS"}) {
    auto reading = read_xlsx(folder.write(name, "<?xml version=\"1.0\"?><office:document/>"));
    REQUIRE(reading.refusal);
    CHECK(reading.refusal->code == DiagnosticCode::unsupported_format);
    CHECK(reading.refusal->message == kCalcMessage);
  }
}

TEST_CASE("read_xlsx_file: another OpenDocument package renamed .xlsx is named for what it is") {
  auto reading = read_xlsx(xlsx_fixture("handmade/odt_renamed.xlsx"));
  REQUIRE(reading.refusal);
  CHECK(reading.refusal->code == DiagnosticCode::unsupported_format);
  CHECK(reading.refusal->message ==
        "Ce fichier est un document LibreOffice (text), pas un classeur : enregistrez l'export en classeur Excel "
        "(.xlsx) ou en CSV.");
}

}  // namespace prith
