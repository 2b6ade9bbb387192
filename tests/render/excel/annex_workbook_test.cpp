// The annex's description on a small Dataset with hostile catalogue text:
// unique tabs within Excel's rules, formula-like labels kept as text, and
// the figures of the model in the cells.
#include <doctest/doctest.h>

#include "model/figure_labels.h"
#include "render/excel/annex_workbook.h"
#include "render/excel/indicator_sheet.h"
#include "render/excel/workbook_writer.h"
#include "test_folder.h"
#include "test_support.h"

using namespace prith;

namespace {

constexpr const char* kHostileIndicators =
    "code;label;unit;aggregation;numerator;denominator\n"
    "INDICATEUR_AU_NOM_BIEN_TROP_LONG_A;=HYPERLINK(\"http://x\",\"clic\");personnes;sum;;\n"
    "INDICATEUR_AU_NOM_BIEN_TROP_LONG_B;+33 Placements;personnes;sum;;\n"
    "TAUX;@Taux;%;ratio;INDICATEUR_AU_NOM_BIEN_TROP_LONG_A;INDICATEUR_AU_NOM_BIEN_TROP_LONG_B\n";

struct Small {
  test::Catalogues catalogues{kHostileIndicators};
  SeriesBreakCatalogue breaks;
  std::unique_ptr<Dataset> dataset;

  Small() {
    REQUIRE(catalogues.indicators.all().size() == 3);
    std::vector<StoredFigure> figures;
    auto add = [&](IndicatorId indicator, const char* territory, double value) {
      StoredFigure figure;
      figure.indicator = indicator;
      figure.territory = *catalogues.territories.find(TerritoryLevel::departement, territory);
      figure.period = *parse_period("2025-T3");
      figure.status = ObservationStatus::ok;
      figure.value = value;
      figure.source = "essai";
      figure.file = "essai.csv";
      figure.read_at = "2026-10-01T09:00:00";
      figures.push_back(figure);
    };
    add(0, "44", 120);
    add(0, "53", 30);
    add(1, "44", 400);
    add(1, "53", 100);
    std::vector<Diagnostic> diagnostics;
    dataset = std::make_unique<Dataset>(Dataset::build(
        figures, ModelCatalogues{catalogues.territories, catalogues.indicators, breaks, "52"}, diagnostics));
  }
};

}  // namespace

TEST_CASE("annex description: unique tabs, text kept as text, the model's figures") {
  Small small;
  AnnexScope scope;
  scope.regional = true;
  scope.title = "Annexe d'essai";
  for (NodeIndex node = 0; node < small.dataset->tree().size(); ++node) scope.rows.push_back(node);
  WorkbookDescription workbook = annex_workbook(*small.dataset, AnnexContext{"PRITH d'essai", "2026-11-15", {}},
                                                scope, {});
  REQUIRE(workbook.sheets.size() == 6);
  CHECK(workbook.sheets[0].name == "Lisez-moi");
  CHECK(workbook.sheets[2].name == "INDICATEUR_AU_NOM_BIEN_TROP_LON");
  CHECK(workbook.sheets[3].name == "INDICATEUR_AU_NOM_BIEN_TROP_L_2");
  CHECK(workbook.sheets[2].table_name != workbook.sheets[3].table_name);
  CHECK(workbook.sheets[5].name == "Révisions");

  // Définitions: the label as the catalogue wrote it, a text cell.
  const SheetCell& label = workbook.sheets[1].rows[0][1];
  CHECK(label.kind == SheetCell::Kind::text);
  CHECK(label.text == "=HYPERLINK(\"http://x\",\"clic\")");

  // The région (first row) is the sum of the départements that sent figures; 49 sent nothing.
  const SheetDescription& first = workbook.sheets[2];
  REQUIRE(first.rows.size() == 6);
  CHECK(first.rows[0][1].text == "Région Pays de la Loire");
  // A partial total is published with its flag in the cell's comment.
  REQUIRE(first.rows[0][2].kind == SheetCell::Kind::number);
  CHECK(first.rows[0][2].number == 150);
  CHECK(first.rows[0][2].comment.find("partiel : 2 départements sur 5") != std::string::npos);
  const SheetCell& nantes = first.rows[1][2];
  CHECK(nantes.kind == SheetCell::Kind::number);
  CHECK(nantes.number == 120);
  CHECK(first.rows[2][2].text == "n.d.");
  CHECK(first.rows[2][2].comment == kMissingLegend);
  // The rate as a fraction: 30 / 100 = 30 %.
  const SheetCell& rate = workbook.sheets[4].rows[3][2];
  REQUIRE(rate.kind == SheetCell::Kind::number);
  CHECK(rate.number == doctest::Approx(0.3));
  CHECK(rate.format == CellFormat::percent);

  test::TemporaryFolder folder;
  std::string error;
  CHECK_MESSAGE(write_workbook(workbook, folder.path() / "essai.xlsx", error), error);
}

TEST_CASE("annex description: no share column where no row has one, Révisions says so in A2, footers name the "
          "partners") {
  Small small;
  AnnexScope scope;
  scope.regional = true;
  scope.title = "Annexe d'essai";
  for (NodeIndex node = 0; node < small.dataset->tree().size(); ++node) scope.rows.push_back(node);
  WorkbookDescription workbook = annex_workbook(
      *small.dataset, AnnexContext{"PRITH d'essai", "2026-11-15", {{"essai", "Partenaire d'essai"}}}, scope, {});
  REQUIRE(workbook.sheets.size() == 6);
  // A count has a share of its parent; a rate has none ("sans objet" on every row): no such column.
  const SheetDescription& count = workbook.sheets[2];
  CHECK(count.columns.back().header.starts_with("Part dans le territoire parent"));
  const SheetDescription& rate = workbook.sheets[4];
  CHECK(rate.columns.back().header.starts_with("Évolution sur un an"));
  for (const std::vector<SheetCell>& row : rate.rows) CHECK(row.size() == rate.columns.size());

  // No revision: one row, the sentence in its first cell, nothing elsewhere.
  const SheetDescription& revisions = workbook.sheets[5];
  REQUIRE(revisions.rows.size() == 1);
  CHECK(revisions.rows[0][0].text == kNoRevision);
  for (std::size_t column = 1; column < revisions.rows[0].size(); ++column)
    CHECK(revisions.rows[0][column].text.empty());

  // Footers: the partner first, then who publishes.
  CHECK(workbook.sheets[0].footer ==
        "Sources : Partenaire d'essai ; traitement : PRITH d'essai, publié le 15 novembre 2026");
  CHECK(count.footer.starts_with("Source"));
  CHECK(count.footer.ends_with("; traitement : PRITH d'essai, publié le 15 novembre 2026"));
}

TEST_CASE("cut_utf8 never splits a character") {
  CHECK(cut_utf8("Définitions", 2) == "D");
  CHECK(cut_utf8("Définitions", 3) == "Dé");
  CHECK(cut_utf8("abc", 31) == "abc");
}
