// The Dataset of the demo project (config/), built from what the readers
// make of its exports: figures checked by hand against the files.
#include <doctest/doctest.h>

#include <filesystem>

#include "model/model_test_support.h"
#include "model/dataset.h"
#include "project/project.h"
#include "test_support.h"

using namespace prith;

namespace {

struct Demo {
  std::unique_ptr<Project> project;
  std::vector<Diagnostic> diagnostics;  // the model's only
  std::unique_ptr<Dataset> dataset;

  Demo() {
    std::vector<Diagnostic> loading;
    std::string error;
    project = Project::load(test::source_path("config"), loading, error);
    REQUIRE(project);
    for (const Diagnostic& d : loading) CHECK_MESSAGE(d.severity != Severity::error, d.message);
    // What the store would hand over: every observation of every export.
    std::vector<StoredFigure> figures = test::stored_figures_of_exports(*project);
    dataset = std::make_unique<Dataset>(
        Dataset::build(figures,
                       ModelCatalogues{project->territories(), project->indicators(), project->series_breaks(),
                                       project->settings().region},
                       diagnostics));
  }

  const Cell& cell(const char* indicator, const char* territory, const char* period) const {
    TerritoryLevel level = territory[0] == 'R' ? TerritoryLevel::region : TerritoryLevel::departement;
    std::optional<TerritoryId> id = project->territories().find(level, territory + (territory[0] == 'R' ? 1 : 0));
    REQUIRE(id);
    const Cell* found = dataset->cell(*project->indicators().match(indicator), *id, *parse_period(period));
    REQUIRE(found);
    return *found;
  }
};

}  // namespace

TEST_CASE("demo: the Pays de la Loire tree, twelve quarters, no mismatch between partners and départements") {
  Demo demo;
  CHECK(demo.diagnostics.empty());
  CHECK(demo.dataset->tree().size() == 6);
  REQUIRE(demo.dataset->periods().size() == 12);
  CHECK(demo.dataset->periods().all().front().to_string() == "2023-T4");
  CHECK(demo.dataset->periods().all().back().to_string() == "2026-T3");
  CHECK(demo.project->series_breaks().all().size() == 4);
}

TEST_CASE("demo: France Travail's région row is shown and agrees with its départements") {
  Demo demo;
  // 15 113 + 9 670 + 3 230 + 6 431 + 6 957 = 41 401, the région row of the export.
  const Cell& deboe = demo.cell("DEBOE", "R52", "2026-T3");
  CHECK(deboe.figure.origin == FigureOrigin::reported);
  CHECK(deboe.figure.value == 41401);
  CHECK(deboe.alternate.value == 41401);
  CHECK(demo.dataset->provenances()[deboe.figure.provenance].file ==
        "france-travail/STMT_DEBOE_Pays-de-la-Loire_2026T3.csv");
  // Ancienneté: the région row is the mean weighted by DEBOE, rounded to the
  // tenth: 771,6 against 771,60005 computed.
  const Cell& anciennete = demo.cell("ANCIENNETE_DEBOE", "R52", "2026-T3");
  CHECK(anciennete.figure.value == doctest::Approx(771.6));
  CHECK(anciennete.alternate.value == doctest::Approx(771.6000458926113));
  // Loire-Atlantique's share of the région: 15 113 / 41 401.
  CHECK(demo.cell("DEBOE", "44", "2026-T3").derived.share_of_parent.value == doctest::Approx(15113.0 / 41401 * 100));
  CHECK(demo.cell("DEBOE", "44", "2026-T3").derived.rank == std::uint16_t{1});
  CHECK(demo.cell("DEBOE", "53", "2026-T3").derived.rank == std::uint16_t{5});
}

TEST_CASE("demo: PART_DEBOE, in no export, is computed for every territory") {
  Demo demo;
  const Cell& loire = demo.cell("PART_DEBOE", "44", "2026-T3");
  CHECK(loire.figure.origin == FigureOrigin::computed);
  CHECK(loire.figure.value == doctest::Approx(15113.0 / 123438 * 100));
  CHECK(demo.cell("PART_DEBOE", "R52", "2026-T3").figure.value == doctest::Approx(41401.0 / 334148 * 100));
}

TEST_CASE("demo: the 1 January 2025 break blocks DEBOE's evolutions across it") {
  Demo demo;
  const Cell& t1 = demo.cell("DEBOE", "44", "2025-T1");
  CHECK(t1.figure.has(kSeriesBreak));
  CHECK(t1.derived.previous.status == DerivedStatus::series_break);
  CHECK(t1.derived.year_ago.status == DerivedStatus::series_break);
  CHECK(demo.cell("DEBOE", "44", "2025-T4").derived.year_ago.status == DerivedStatus::series_break);
  CHECK(demo.cell("PART_DEBOE", "R52", "2025-T1").figure.has(kSeriesBreak));
  // Both after the break: (14 988 - 14 685) / 14 685; quarter on quarter (15 113 - 14 571) / 14 571.
  CHECK(demo.cell("DEBOE", "44", "2026-T1").derived.year_ago.value == doctest::Approx(303.0 / 14685 * 100));
  CHECK(demo.cell("DEBOE", "44", "2026-T3").derived.previous.value == doctest::Approx(542.0 / 14571 * 100));
  // Job seekers are a stock: no rolling sum.
  CHECK(demo.cell("DEBOE", "44", "2026-T3").derived.rolling_four_quarters.status == DerivedStatus::not_applicable);
  // An indicator without a break, a flow: RQTH requests of the Sarthe, 2023-T4 to 2024-T3.
  const Cell& rqth = demo.cell("RQTH_DEMANDES", "72", "2024-T3");
  CHECK(rqth.derived.rolling_four_quarters.value == 1164 + 1201 + 1158 + 1048);
  CHECK(rqth.derived.previous.value == doctest::Approx((1048.0 - 1158) / 1158 * 100));
}

TEST_CASE("demo: secret and missing départements make partial totals, never zeros") {
  Demo demo;
  // Carsat hid the Mayenne's PDP maintiens and rate in 2024-T2.
  CHECK(demo.cell("MAINTIENS_PDP", "53", "2024-T2").figure.status == ObservationStatus::confidential);
  CHECK(demo.cell("TAUX_MAINTIEN_PDP", "53", "2024-T2").figure.status == ObservationStatus::confidential);
  const Figure& maintiens = demo.cell("MAINTIENS_PDP", "R52", "2024-T2").figure;
  CHECK(maintiens.known());
  CHECK(Dataset::parts_fr(maintiens) == "4 départements sur 5");
  CHECK(Dataset::parts_fr(demo.cell("TAUX_MAINTIEN_PDP", "R52", "2024-T2").figure) == "4 départements sur 5");
  CHECK(demo.cell("MAINTIENS_PDP", "R52", "2024-T2").derived.previous.status == DerivedStatus::partial);
  // The MDPH of the Mayenne had no delay in 2024-T2 (n.d.).
  CHECK(demo.cell("DELAI_RQTH", "53", "2024-T2").figure.status == ObservationStatus::missing);
  CHECK(Dataset::parts_fr(demo.cell("DELAI_RQTH", "R52", "2024-T2").figure) == "4 départements sur 5");
  // The Sarthe's Agefiph aids of 2025-T2 came twice with two values: neither is kept.
  CHECK(demo.cell("AIDES_AGEFIPH", "72", "2025-T2").figure.status == ObservationStatus::missing);
  CHECK(Dataset::parts_fr(demo.cell("AIDES_AGEFIPH", "R52", "2025-T2").figure) == "4 départements sur 5");
}
