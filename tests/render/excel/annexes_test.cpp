// The demo project's annexes, read back with openpyxl and LibreOffice: every
// figure of every indicator sheet equals the model's (or "s" / "n.d." with
// its legend), no hidden value anywhere, the tables, panes, charts, names and
// properties a funder relies on, and the same bytes at every build.
#include <doctest/doctest.h>

#include <Poco/JSON/Array.h>

#include "core/french_format.h"
#include "model/model_test_support.h"
#include "model/figure_labels.h"
#include "model/secrecy_pass.h"
#include "project/project.h"
#include "publish/output_folder.h"
#include "render/excel/annex_workbook.h"
#include "render/excel/annexes.h"
#include "render/excel/indicator_sheet.h"
#include "render/excel/workbook_writer.h"
#include "render/excel/workbook_check.h"
#include "test_folder.h"

using namespace prith;

namespace {

struct Demo {
  std::unique_ptr<Project> project;
  std::unique_ptr<Dataset> dataset;

  Demo() {
    std::vector<Diagnostic> loading;
    std::string error;
    project = Project::load(test::source_path("config"), loading, error);
    REQUIRE(project);
    std::vector<StoredFigure> figures = test::stored_figures_of_exports(*project);
    std::vector<Diagnostic> diagnostics;
    dataset = std::make_unique<Dataset>(Dataset::build(
        figures,
        ModelCatalogues{project->territories(), project->indicators(), project->series_breaks(),
                        project->settings().region},
        diagnostics, {secrecy_pass()}));
  }

  TerritoryId territory(TerritoryLevel level, const char* code) const {
    std::optional<TerritoryId> id = project->territories().find(level, code);
    REQUIRE(id);
    return *id;
  }
};

// The smallest text of a table printed fit to the width of an A4 landscape page, in points.
constexpr double kMinimumPrintedFont = 7;

std::string column_letters(std::size_t column) {
  std::string letters;
  for (std::size_t value = column + 1; value > 0; value = (value - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (value - 1) % 26));
  return letters;
}

// A revision of the Mayenne's DEBOE for the latest quarter, and one of a
// figure of another région, which no annex of the Pays de la Loire lists.
std::vector<BatchHistory> one_revision() {
  BatchHistory batch;
  batch.id = 7;
  batch.file = "france-travail/deboe_corrige.csv";
  batch.source = "france-travail";
  batch.read_at = "2026-11-02T10:00:00Z";
  batch.revision = true;
  batch.changed.push_back(FigureChange{StoredKey{"DEBOE", "departement", "53", "2026-T3"},
                                       StoredValue{ObservationStatus::ok, 3100},
                                       StoredValue{ObservationStatus::ok, 3230}});
  batch.changed.push_back(FigureChange{StoredKey{"DEBOE", "departement", "29", "2026-T3"},
                                       StoredValue{ObservationStatus::ok, 1}, StoredValue{ObservationStatus::ok, 2}});
  return {batch};
}

}  // namespace

TEST_CASE("annexes: the demo's regional and departmental workbooks, read back") {
  Demo demo;
  test::TemporaryFolder folder;
  OutputFolder out(folder.path() / "site");
  std::vector<AnnexFile> files = write_annexes(*demo.dataset, *demo.project, one_revision(), out);
  REQUIRE(files.size() == 6);
  CHECK(files[0].path == "annexes/annexe-pays-de-la-loire-2026-T3.xlsx");
  CHECK(files[0].regional);
  CHECK(files[0].territory == "52");
  CHECK(files[3].path == "annexes/annexe-53-mayenne-2026-T3.xlsx");
  CHECK(files[3].title == "Annexe statistique, Mayenne (53), T3 2026");

  const Dataset& dataset = *demo.dataset;
  const std::vector<std::size_t> quarters = quarter_indexes(dataset);
  REQUIRE(quarters.size() == 12);
  std::size_t secret_cells = 0, hidden_cells = 0;

  for (std::size_t file_index : {std::size_t{0}, std::size_t{3}}) {
    const AnnexFile& file = files[file_index];
    const bool regional = file.regional;
    std::vector<TerritoryId> rows;
    if (regional) {
      rows.push_back(demo.territory(TerritoryLevel::region, "52"));
      for (const char* code : {"44", "49", "53", "72", "85"})
        rows.push_back(demo.territory(TerritoryLevel::departement, code));
    } else {
      rows = {demo.territory(TerritoryLevel::departement, "53"), demo.territory(TerritoryLevel::region, "52")};
    }
    Poco::JSON::Object expected;
    expected.set("title", file.title);
    expected.set("author", "PRITH Pays de la Loire");
    expected.set("created", "2026-11-15");
    Poco::JSON::Array sheets, cells, hidden, names, office, ranges;
    Poco::JSON::Object freeze, tables, print, footers;
    sheets.add("Lisez-moi");
    sheets.add("Définitions");
    for (IndicatorId id = 0; id < dataset.indicators().all().size(); ++id) {
      const Indicator& indicator = dataset.indicators().at(id);
      const std::string sheet = indicator_sheet_name(indicator);
      sheets.add(sheet);
      freeze.set(sheet, "C2");
      Poco::JSON::Object table;
      table.set("name", "Tableau_" + indicator.code);
      // The share of the parent only where a row has one (not on a rate's sheet).
      bool has_share = false;
      for (TerritoryId territory : rows)
        has_share = has_share ||
                    dataset.series(id, territory)[quarters.back()].derived.share_of_parent.status !=
                        DerivedStatus::not_applicable;
      table.set("ref", "A1:" + column_letters(2 + quarters.size() + (has_share ? 2 : 1)) +
                           std::to_string(rows.size() + 1));
      // Printed fit to the page's width, the table's text stays readable: charts are below it.
      // The amounts in euros (seven digits in each of twelve quarters) print at 6.8 pt (5.5 pt with cents
      // shown, about 4 with the charts on the table's right).
      print.set(sheet, indicator.unit == "€" ? 6.5 : kMinimumPrintedFont);
      tables.set(sheet, table);
      names.add("Plage_Tableau_" + indicator.code);
      const FigureStyle style = figure_style(indicator);
      for (std::size_t r = 0; r < rows.size(); ++r) {
        std::span<const Cell> series = dataset.series(id, rows[r]);
        for (std::size_t q = 0; q < quarters.size(); ++q) {
          const Figure& figure = series[quarters[q]].figure;
          Poco::JSON::Object::Ptr cell = new Poco::JSON::Object;
          cell->set("sheet", sheet);
          cell->set("cell", column_letters(2 + q) + std::to_string(r + 2));
          if (figure.visible()) {
            cell->set("value", figure.value * style.scale);
            cell->set("number_format", excel_number_format(style.format));
          } else {
            std::string shown = figure.status == ObservationStatus::missing ? "n.d." : "s";
            cell->set("value", shown);
            cell->set("comment_text", shown == "s" ? "secret statistique" : "non disponible");
            secret_cells += shown == "s";
          }
          cells.add(cell);
          // The test, and only the test, reads a hidden value: to prove the cell does not give it.
          if (figure.has(kHidden)) {
            ++hidden_cells;
            Poco::JSON::Object::Ptr place = new Poco::JSON::Object;
            place->set("sheet", sheet);
            place->set("cell", column_letters(2 + q) + std::to_string(r + 2));
            place->set("value", format_number_fr(figure.value * style.scale, 2));
            hidden.add(place);
          }
        }
      }
    }
    sheets.add("Révisions");
    names.add("Plage_Tableau_Definitions");
    // What a reader checks first: the région's DEBOE in the latest quarter,
    // the rate as a percentage, the contents' links, the revised figure.
    if (regional) {
      Poco::JSON::Object::Ptr deboe = new Poco::JSON::Object;
      deboe->set("sheet", "DEBOE");
      deboe->set("cell", "N2");
      deboe->set("value", 41401);
      deboe->set("number_format", "#,##0");
      cells.add(deboe);
      ranges.add("'DEBOE'!$B$3:$B$7");
      ranges.add("'DEBOE'!$N$3:$N$7");
      ranges.add("'DEBOE'!$C$1:$N$1");
      ranges.add("'DEBOE'!$C$2:$N$2");
      Poco::JSON::Object libre;
      libre.set("sheet", "DEBOE");
      libre.set("row", 1);
      libre.set("column", 13);
      libre.set("text", "41401");
      office.add(libre);
      expected.set("libreoffice", office);
    }
    Poco::JSON::Object::Ptr link = new Poco::JSON::Object;
    link->set("sheet", "Définitions");
    link->set("cell", "H2");
    link->set("value", indicator_sheet_name(dataset.indicators().at(0)));
    link->set("link", "'" + indicator_sheet_name(dataset.indicators().at(0)) + "'!A1");
    cells.add(link);
    Poco::JSON::Object::Ptr title = new Poco::JSON::Object;
    title->set("sheet", "Lisez-moi");
    title->set("cell", "B2");
    title->set("value", file.title);
    cells.add(title);
    Poco::JSON::Object::Ptr revised = new Poco::JSON::Object;
    revised->set("sheet", "Révisions");
    revised->set("cell", "E2");
    revised->set("value", "Mayenne");
    cells.add(revised);
    Poco::JSON::Object::Ptr no_other_region = new Poco::JSON::Object;
    no_other_region->set("sheet", "Révisions");
    no_other_region->set("cell", "A3");
    no_other_region->set("value", Poco::Dynamic::Var());
    cells.add(no_other_region);
    expected.set("sheets", sheets);
    expected.set("cells", cells);
    expected.set("hidden", hidden);
    expected.set("freeze", freeze);
    expected.set("tables", tables);
    expected.set("defined_names", names);
    expected.set("chart_ranges", ranges);
    expected.set("print", print);
    footers.set("DEBOE", "Source : France Travail, direction régionale Pays de la Loire ; traitement : PRITH Pays de la "
                         "Loire, publié le 15 novembre 2026");
    footers.set("Révisions", "Sources : voir la feuille Lisez-moi ; traitement : PRITH Pays de la Loire, publié le "
                             "15 novembre 2026");
    expected.set("footers", footers);
    // One page for each sheet but Lisez-moi and Définitions (two each at most).
    if (regional) expected.set("pdf_max_pages", dataset.indicators().all().size() + 5);
    test::CheckResult result = test::check_workbook(folder.path() / "site" / file.path, expected);
    CHECK_MESSAGE(result.status == 0, file.path << "\n" << result.output);
  }
  // The demo has secrets to keep, and the checks above covered them.
  CHECK(secret_cells > 0);
  CHECK(hidden_cells > 0);
}

TEST_CASE("annexes: with no revision, Révisions says so in A2 and nothing else") {
  Demo demo;
  test::TemporaryFolder folder;
  OutputFolder out(folder.path() / "site");
  std::vector<AnnexFile> files = write_annexes(*demo.dataset, *demo.project, {}, out);
  REQUIRE(files.size() == 6);
  Poco::JSON::Object expected;
  expected.set("title", files[3].title);
  expected.set("author", "PRITH Pays de la Loire");
  expected.set("created", "2026-11-15");
  Poco::JSON::Array sheets, cells;
  sheets.add("Lisez-moi");
  sheets.add("Définitions");
  for (const Indicator& indicator : demo.dataset->indicators().all()) sheets.add(indicator_sheet_name(indicator));
  sheets.add("Révisions");
  auto cell = [&](const char* place, Poco::Dynamic::Var value) {
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
    object->set("sheet", "Révisions");
    object->set("cell", place);
    object->set("value", value);
    cells.add(object);
  };
  cell("A1", "Date de réception");
  cell("A2", std::string(kNoRevision));
  for (const char* empty : {"B2", "C2", "D2", "E2", "F2", "G2", "H2", "A3"}) cell(empty, Poco::Dynamic::Var());
  expected.set("sheets", sheets);
  expected.set("cells", cells);
  test::CheckResult result = test::check_workbook(folder.path() / "site" / files[3].path, expected);
  CHECK_MESSAGE(result.status == 0, result.output);
}

TEST_CASE("annexes: two builds give byte-identical workbooks") {
  Demo demo;
  test::TemporaryFolder folder;
  OutputFolder first(folder.path() / "a"), second(folder.path() / "b");
  std::vector<AnnexFile> files = write_annexes(*demo.dataset, *demo.project, one_revision(), first);
  write_annexes(*demo.dataset, *demo.project, one_revision(), second);
  REQUIRE(!files.empty());
  for (const AnnexFile& file : files) {
    std::string a = test::read_file((folder.path() / "a" / file.path).string());
    CHECK(a.size() > 10000);
    CHECK_MESSAGE(a == test::read_file((folder.path() / "b" / file.path).string()), file.path);
  }
}
