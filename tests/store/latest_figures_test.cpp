// The newest batch wins for every figure; revised_at is the date of the
// batch that changed a value, and only then.
#include "store/latest_figures.h"

#include <doctest/doctest.h>

#include "store/store_test_project.h"

using namespace prith;
using prith::test::long_csv;

namespace {

struct Latest {
  std::unique_ptr<Project> project;
  std::vector<StoredFigure> figures;
  explicit Latest(const test::StoreProject& folder) : project(folder.load()) {
    Store store(folder.store_path());
    figures = latest_figures(store, project->territories(), project->indicators());
  }
  const StoredFigure& at(const std::string& territory, const std::string& period) const {
    for (const StoredFigure& figure : figures)
      if (project->territories().at(figure.territory).code == territory && figure.period.to_string() == period)
        return figure;
    FAIL("no figure for " << territory << " " << period);
    return figures.front();
  }
};

}  // namespace

TEST_CASE("revisions are kept in order and the newest batch wins") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv",
                       long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n85;2025T3;DEBOE;300;\n"));
  project.ingest("2026-01-15T09:30:00Z");
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1262;\n49;2025T3;DEBOE;800;\n"));
  project.ingest("2026-02-01T08:00:00Z");
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1270;\n49;2025T3;DEBOE;s;\n"));
  project.ingest("2026-03-01T08:00:00Z");

  Latest latest(project);
  REQUIRE(latest.figures.size() == 3);
  const StoredFigure& nantes = latest.at("44", "2025-T3");
  CHECK(nantes.status == ObservationStatus::ok);
  CHECK(nantes.value == 1270);
  CHECK(nantes.read_at == "2026-03-01T08:00:00Z");
  CHECK(nantes.revised_at == "2026-03-01");
  CHECK(nantes.source == "france-travail");
  CHECK(nantes.file == "exports/france-travail/deboe.csv");
  CHECK(latest.project->indicators().at(nantes.indicator).code == "DEBOE");

  const StoredFigure& angers = latest.at("49", "2025-T3");
  CHECK(angers.status == ObservationStatus::confidential);
  CHECK(angers.value == 0);
  CHECK(angers.revised_at == "2026-03-01");  // a value that became secret changed

  const StoredFigure& vendee = latest.at("85", "2025-T3");
  CHECK(vendee.value == 300);
  CHECK(vendee.read_at == "2026-01-15T09:30:00Z");
  CHECK(vendee.revised_at == "");

  Store store(project.store_path());
  CHECK(store.database().single_integer("SELECT count(*) FROM observations WHERE territory = '44'") == 3);
}

TEST_CASE("a figure sent again with the same value is not revised") {
  test::StoreProject project;
  project.write_export("france-travail/t3.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  project.ingest("2026-01-15");
  project.write_export("france-travail/t4.csv", long_csv("44;2025T3;DEBOE;1250;\n44;2025T4;DEBOE;1300;\n"));
  project.ingest("2026-04-15");
  Latest latest(project);
  REQUIRE(latest.figures.size() == 2);
  CHECK(latest.figures[0].read_at == "2026-04-15T00:00:00Z");
  CHECK(latest.figures[0].file == "exports/france-travail/t4.csv");
  CHECK(latest.figures[0].revised_at == "");
  CHECK(latest.figures[1].period.to_string() == "2025-T4");
}

TEST_CASE("a change keeps the date of the batch that made it when later batches repeat the value") {
  test::StoreProject project;
  project.write_export("france-travail/a.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  project.ingest("2026-01-15");
  project.write_export("france-travail/b.csv", long_csv("44;2025T3;DEBOE;1262;\n"));
  project.ingest("2026-02-15");
  project.write_export("france-travail/c.csv", long_csv("44;2025T3;DEBOE;1262;\n44;2025T4;DEBOE;1;\n"));
  project.ingest("2026-03-15");
  Latest latest(project);
  CHECK(latest.at("44", "2025-T3").revised_at == "2026-02-15");
  CHECK(latest.at("44", "2025-T3").read_at == "2026-03-15T00:00:00Z");
}

TEST_CASE("two batches read by the same build are still ordered: the later file wins") {
  test::StoreProject project;
  project.write_export("france-travail/a.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  project.write_export("france-travail/b.csv", long_csv("44;2025T3;DEBOE;1262;\n"));
  IngestReport report = project.ingest("2026-01-15");
  CHECK(report.files[1].outcome == FileOutcome::revision);
  Latest latest(project);
  REQUIRE(latest.figures.size() == 1);
  CHECK(latest.figures[0].value == 1262);
  CHECK(latest.figures[0].revised_at == "2026-01-15");
}

TEST_CASE("figures whose codes the catalogue no longer knows are left out") {
  test::StoreProject project;
  project.write_export("france-travail/a.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  project.ingest("2026-01-15");
  Store store(project.store_path());
  store.database().execute("UPDATE observations SET indicator = 'RETIRE'");
  auto loaded = project.load();
  CHECK(latest_figures(store, loaded->territories(), loaded->indicators()).empty());
}

TEST_CASE("figure keys differ for every indicator, territory and period") {
  Period t3{Period::Kind::quarter, 2025, 3};
  Period t4{Period::Kind::quarter, 2025, 4};
  Period september{Period::Kind::month, 2025, 3};
  CHECK(figure_key(1, 2, t3) != figure_key(1, 2, t4));
  CHECK(figure_key(1, 2, t3) != figure_key(1, 2, september));
  CHECK(figure_key(1, 2, t3) != figure_key(2, 1, t3));
  CHECK(figure_key(1, 2, t3) < figure_key(1, 2, t4));
}

TEST_CASE("a partner comment that says provisional makes the figure provisional, until a later batch") {
  test::StoreProject project;
  project.write_export("agefiph/aides.csv",
                       long_csv("44;2025T3;DEBOE;1250;Données provisoires\n49;2025T3;DEBOE;800;\n"));
  project.ingest("2026-01-15T09:30:00Z");
  {
    Latest latest(project);
    CHECK(latest.at("44", "2025-T3").provisional);
    CHECK_FALSE(latest.at("49", "2025-T3").provisional);
  }
  project.write_export("agefiph/aides.csv", long_csv("44;2025T3;DEBOE;1262;Chiffre définitif\n"));
  project.ingest("2026-04-15T09:30:00Z");
  Latest latest(project);
  CHECK_FALSE(latest.at("44", "2025-T3").provisional);
}
