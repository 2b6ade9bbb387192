#include "model/dataset.h"

#include <doctest/doctest.h>

#include <limits>

#include "model_test_support.h"

using namespace prith;
using test::ModelFixture;

namespace {

// One quarter of the five départements of the Pays de la Loire.
void add_quarter(ModelFixture& f) {
  const char* q = "2025-T1";
  f.add("DE", "44", q, 1000), f.add("DE", "49", q, 800), f.add("DE", "53", q, 300), f.add("DE", "72", q, 500),
      f.add("DE", "85", q, 400);
  f.add("BOE", "44", q, 100), f.add("BOE", "49", q, 80), f.add_secret("BOE", "53", q), f.add("BOE", "72", q, 50),
      f.add("BOE", "85", q, 40);
  f.add("DUREE", "44", q, 400), f.add("DUREE", "49", q, 500), f.add("DUREE", "53", q, 600),
      f.add_missing("DUREE", "72", q), f.add("DUREE", "85", q, 300);
  f.add("SCORE", "44", q, 7), f.add("SCORE", "49", q, 9), f.add("SCORE", "53", q, 7), f.add("SCORE", "72", q, 9),
      f.add("SCORE", "85", q, 3);
}

}  // namespace

TEST_CASE("the région is computed from its départements by each indicator's rule") {
  ModelFixture f;
  add_quarter(f);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  CHECK(diagnostics.empty());
  CHECK(dataset.tree().size() == 6);
  REQUIRE(dataset.periods().size() == 1);

  const Figure& de = f.cell(dataset, "DE", "R52", "2025-T1").figure;
  CHECK(de.value == 3000);
  CHECK(de.origin == FigureOrigin::computed);
  CHECK_FALSE(de.has(kPartial));
  CHECK(de.total_parts == 5);

  // Sum over 4 known départements out of 5: partial, said in French.
  const Figure& boe = f.cell(dataset, "BOE", "R52", "2025-T1").figure;
  CHECK(boe.value == 270);
  CHECK(boe.has(kPartial));
  CHECK(Dataset::parts_fr(boe) == "4 départements sur 5");
  CHECK(Dataset::parts_fr(de) == "");

  // The rate of each département from its own terms; the secret BOE of 53
  // makes its rate secret, not 0.
  CHECK(f.cell(dataset, "PART", "44", "2025-T1").figure.value == 10);
  CHECK(f.cell(dataset, "PART", "44", "2025-T1").figure.origin == FigureOrigin::computed);
  CHECK(f.cell(dataset, "PART", "49", "2025-T1").figure.value == 10);
  CHECK(f.cell(dataset, "PART", "72", "2025-T1").figure.value == 10);
  CHECK(f.cell(dataset, "PART", "53", "2025-T1").figure.status == ObservationStatus::confidential);
  // The région's rate: 270 / 2 700 over the 4 départements where both terms
  // are known (not 270 / 3 000, which mixes two sets of départements).
  const Figure& part = f.cell(dataset, "PART", "R52", "2025-T1").figure;
  CHECK(part.value == doctest::Approx(10));
  CHECK(Dataset::parts_fr(part) == "4 départements sur 5");

  // Weighted by BOE over 44, 49 and 85: (400·100 + 500·80 + 300·40) / 220.
  const Figure& duree = f.cell(dataset, "DUREE", "R52", "2025-T1").figure;
  CHECK(duree.value == doctest::Approx(92000.0 / 220));
  CHECK(Dataset::parts_fr(duree) == "3 départements sur 5");

  // none: never aggregated.
  const Figure& score = f.cell(dataset, "SCORE", "R52", "2025-T1").figure;
  CHECK(score.status == ObservationStatus::missing);
  CHECK_FALSE(score.present());
}

TEST_CASE("a reported région figure is shown, compared with the computed one, and a mismatch said") {
  ModelFixture f;
  add_quarter(f);
  f.add("DE", "R52", "2025-T1", 3100);
  f.add("DUREE", "R52", "2025-T1", 418.2);  // within the tolerance of the partial mean: not compared anyway
  f.add_missing("BOE", "R52", "2025-T1");   // n.d.: the computed figure is shown
  f.add_secret("SCORE", "R52", "2025-T1");
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagnosticCode::aggregate_mismatch);
  CHECK(diagnostics[0].severity == Severity::warning);
  CHECK(diagnostics[0].value == "3\u00A0100");
  CHECK(diagnostics[0].message ==
        "Pays de la Loire (52), DE, T1 2025 : 3\u00A0100 déclaré par france-travail (france-travail/export.csv), "
        "3\u00A0000 pour la somme des 5 départements ; écart 100 au-delà de la tolérance 3. Le chiffre déclaré est "
        "publié.");

  const Cell& de = f.cell(dataset, "DE", "R52", "2025-T1");
  CHECK(de.figure.value == 3100);
  CHECK(de.figure.origin == FigureOrigin::reported);
  CHECK(dataset.provenances()[de.figure.provenance].file == "france-travail/export.csv");
  CHECK(de.alternate.value == 3000);
  CHECK(de.alternate.origin == FigureOrigin::computed);

  const Cell& boe = f.cell(dataset, "BOE", "R52", "2025-T1");
  CHECK(boe.figure.origin == FigureOrigin::computed);
  CHECK(boe.figure.value == 270);
  CHECK(boe.alternate.status == ObservationStatus::missing);
  CHECK(boe.alternate.present());

  // The partner's secret stays secret.
  CHECK(f.cell(dataset, "SCORE", "R52", "2025-T1").figure.status == ObservationStatus::confidential);
  // The share of 44 is of the région shown: 1 000 / 3 100.
  CHECK(f.cell(dataset, "DE", "44", "2025-T1").derived.share_of_parent.value == doctest::Approx(100000.0 / 3100));
}

TEST_CASE("a reported rate is compared with the ratio of its terms") {
  ModelFixture f;
  add_quarter(f);
  f.add("PART", "44", "2025-T1", 10.04);  // 10 computed: within 0.05
  f.add("PART", "49", "2025-T1", 12);     // 10 computed: mismatch
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagnosticCode::rate_mismatch);
  CHECK(diagnostics[0].message ==
        "Maine-et-Loire (49), PART, T1 2025 : 12 déclaré par france-travail (france-travail/export.csv), 10 pour le "
        "rapport BOE / DE ; écart 2 au-delà de la tolérance 0,05. Le chiffre déclaré est publié.");
  CHECK(f.cell(dataset, "PART", "44", "2025-T1").figure.value == 10.04);
  CHECK(f.cell(dataset, "PART", "44", "2025-T1").alternate.value == 10);
}

TEST_CASE("flags of the départements pass to the région: provisional, revised with its day") {
  ModelFixture f;
  add_quarter(f);
  f.figures[0].provisional = true;             // DE 44
  f.figures[1].revised_at = "2026-03-10";      // DE 49
  f.figures[2].revised_at = "2026-01-05T10:00:00";
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  const Figure& de44 = f.cell(dataset, "DE", "44", "2025-T1").figure;
  CHECK(de44.has(kProvisional));
  CHECK_FALSE(de44.has(kRevised));
  CHECK(f.cell(dataset, "DE", "49", "2025-T1").figure.revised_on == 20260310);
  const Figure& region = f.cell(dataset, "DE", "R52", "2025-T1").figure;
  CHECK(region.has(kProvisional));
  CHECK(region.has(kRevised));
  CHECK(region.revised_on == 20260310);
  // The rate of 44 uses DE 44: provisional too.
  CHECK(f.cell(dataset, "PART", "44", "2025-T1").figure.has(kProvisional));
  CHECK_FALSE(f.cell(dataset, "BOE", "R52", "2025-T1").figure.has(kProvisional));
}

TEST_CASE("rank among the départements, ties sharing the best rank") {
  ModelFixture f;
  add_quarter(f);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  auto rank = [&](const char* indicator, const char* territory) {
    const DerivedFigures& d = f.cell(dataset, indicator, territory, "2025-T1").derived;
    return std::pair<int, int>(d.rank, d.rank_among);
  };
  CHECK(rank("DE", "44") == std::pair(1, 5));
  CHECK(rank("DE", "49") == std::pair(2, 5));
  CHECK(rank("DE", "72") == std::pair(3, 5));
  CHECK(rank("DE", "85") == std::pair(4, 5));
  CHECK(rank("DE", "53") == std::pair(5, 5));
  CHECK(rank("BOE", "53") == std::pair(0, 0));
  CHECK(rank("BOE", "85") == std::pair(4, 4));
  CHECK(rank("SCORE", "49") == std::pair(1, 5));
  CHECK(rank("SCORE", "72") == std::pair(1, 5));
  CHECK(rank("SCORE", "44") == std::pair(3, 5));
  CHECK(rank("SCORE", "53") == std::pair(3, 5));
  CHECK(rank("SCORE", "85") == std::pair(5, 5));
  CHECK(rank("DE", "R52") == std::pair(0, 0));  // the root has no siblings
  // Shares: only for sums.
  CHECK(f.cell(dataset, "DE", "53", "2025-T1").derived.share_of_parent.value == 10);
  CHECK(f.cell(dataset, "BOE", "44", "2025-T1").derived.share_of_parent.status == DerivedStatus::partial);
  CHECK(f.cell(dataset, "PART", "44", "2025-T1").derived.share_of_parent.status == DerivedStatus::not_applicable);
}

TEST_CASE("evolutions quarter on quarter and year on year, rolling sums with a gap") {
  ModelFixture f;
  f.add("DE", "44", "2024-T1", 100), f.add("DE", "44", "2024-T2", 110), f.add("DE", "44", "2024-T4", 120);
  f.add("DE", "44", "2025-T1", 150), f.add("DE", "44", "2025-T2", 165), f.add("DE", "44", "2025-T3", 170);
  f.add("DE", "44", "2025-T4", 180);
  f.add("BOE", "44", "2024-T1", 10), f.add("BOE", "44", "2025-T1", 18);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  REQUIRE(dataset.periods().size() == 8);  // 2024-T3 is in the axis, missing
  std::span<const Cell> de = dataset.series(f.indicator("DE"), f.territory("44"));
  REQUIRE(de.size() == 8);
  CHECK(de[2].figure.status == ObservationStatus::missing);
  CHECK(de[0].derived.previous.status == DerivedStatus::missing);  // before the first quarter
  CHECK(de[1].derived.previous.value == doctest::Approx(10));
  CHECK(de[3].derived.previous.status == DerivedStatus::missing);  // 2024-T3 is missing
  CHECK(de[4].derived.previous.value == doctest::Approx(25));
  CHECK(de[4].derived.year_ago.value == doctest::Approx(50));
  CHECK(de[5].derived.year_ago.value == doctest::Approx(50));
  CHECK(de[6].derived.year_ago.status == DerivedStatus::missing);
  CHECK(de[7].derived.year_ago.value == doctest::Approx(50));
  for (int p : {3, 4, 5}) CHECK(de[p].derived.rolling_four_quarters.status == DerivedStatus::missing);
  CHECK(de[6].derived.rolling_four_quarters.value == 605);
  CHECK(de[7].derived.rolling_four_quarters.value == 665);
  // Rates move in points: 10 % to 12 %.
  const Cell& part = f.cell(dataset, "PART", "44", "2025-T1");
  CHECK(part.figure.value == doctest::Approx(12));
  CHECK(part.derived.year_ago.value == doctest::Approx(2));
  CHECK(part.derived.rolling_four_quarters.status == DerivedStatus::not_applicable);
  // The région: only 44 known, so partial, and no evolution of partial totals.
  const Cell& region = f.cell(dataset, "DE", "R52", "2025-T1");
  CHECK(Dataset::parts_fr(region.figure) == "1 département sur 5");
  CHECK(region.derived.year_ago.status == DerivedStatus::partial);
}

TEST_CASE("a stock has no rolling sum, a count of unspecified nature does") {
  ModelFixture f;
  for (const char* q : {"2024-T1", "2024-T2", "2024-T3", "2024-T4"}) f.add("STOCK", "44", q, 10), f.add("DE", "44", q, 10);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  CHECK(f.cell(dataset, "STOCK", "44", "2024-T4").derived.rolling_four_quarters.status ==
        DerivedStatus::not_applicable);
  CHECK(f.cell(dataset, "STOCK", "44", "2024-T4").derived.previous.ok());
  CHECK(f.cell(dataset, "DE", "44", "2024-T4").derived.rolling_four_quarters.value == 40);
}

TEST_CASE("a secrecy pass marks figures hidden before anything derived reads them") {
  ModelFixture f;
  add_quarter(f);
  f.add("DE", "49", "2024-T4", 700);
  IndicatorId de = f.indicator("DE");
  NodeIndex maine = 2;  // 52, 44, 49...
  FigurePass hide = [&](FigurePassContext& pass) {
    REQUIRE(f.territories.at(pass.tree.node(maine).territory).code == "49");
    CHECK(pass.indicators.at(de).secret_threshold == 5);
    CHECK(pass.provenances.size() == 1);
    pass.grid.at(de, maine, *pass.periods.index_of(*parse_period("2025-T1"))).figure.flags |= kHidden;
  };
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics, {hide});
  const Cell& cell = f.cell(dataset, "DE", "49", "2025-T1");
  CHECK(cell.figure.has(kHidden));
  CHECK_FALSE(cell.figure.visible());
  CHECK(cell.derived.previous.status == DerivedStatus::secret);
  CHECK(cell.derived.share_of_parent.status == DerivedStatus::secret);
  CHECK(cell.derived.rank == 0);
  CHECK(f.cell(dataset, "DE", "72", "2025-T1").derived.rank == std::uint16_t{2});
  CHECK(f.cell(dataset, "DE", "72", "2025-T1").derived.rank_among == std::uint16_t{4});
}

TEST_CASE("a région only the partner reported, with no département, is shown as reported") {
  ModelFixture f;
  f.add("DE", "R52", "2025-T1", 2500);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  CHECK(diagnostics.empty());
  const Cell& region = f.cell(dataset, "DE", "R52", "2025-T1");
  CHECK(region.figure.value == 2500);
  CHECK(region.figure.origin == FigureOrigin::reported);
  CHECK(region.alternate.status == ObservationStatus::missing);
  CHECK(region.alternate.known_parts == 0);
  CHECK(f.cell(dataset, "DE", "44", "2025-T1").figure.status == ObservationStatus::missing);
  CHECK(f.cell(dataset, "DE", "44", "2025-T1").derived.share_of_parent.status == DerivedStatus::missing);
}

TEST_CASE("the country above several régions counts all its départements") {
  ModelFixture f;
  add_quarter(f);
  f.add("DE", "75", "2025-T1", 5000);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  CHECK(dataset.tree().size() == 120);
  const Figure& france = f.cell(dataset, "DE", "FR", "2025-T1").figure;
  CHECK(france.value == 8000);
  CHECK(Dataset::parts_fr(france) == "6 départements sur 101");
  CHECK(f.cell(dataset, "DE", "R11", "2025-T1").figure.value == 5000);
  // Ranked among the régions whose total is whole: Île-de-France (1 of 8) is not.
  CHECK(f.cell(dataset, "DE", "R52", "2025-T1").derived.rank == std::uint16_t{1});
  CHECK(f.cell(dataset, "DE", "R52", "2025-T1").derived.rank_among == std::uint16_t{1});
  CHECK(f.cell(dataset, "DE", "R11", "2025-T1").derived.rank == std::uint16_t{0});
  CHECK(f.cell(dataset, "DE", "R52", "2025-T1").derived.share_of_parent.status == DerivedStatus::partial);
}

TEST_CASE("hostile stored figures: unknown ids, impossible periods, duplicates") {
  ModelFixture f;
  f.add("DE", "44", "2025-T1", 1);
  f.add("DE", "44", "2025-T1", 2).read_at = "2026-10-16T09:00:00";
  f.add("DE", "44", "2025-T1", 3).read_at = "2026-10-14T09:00:00";
  StoredFigure& bad = f.add("DE", "49", "2025-T1", 4);
  bad.indicator = 999;
  StoredFigure& far = f.add("DE", "49", "2025-T1", 5);
  far.period.year = 30000;
  f.add("DE", "49", "2025-T1", std::numeric_limits<double>::quiet_NaN());
  f.add("DE", "49", "2025-T1", 7).territory = 60000;
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  REQUIRE(diagnostics.size() == 6);
  CHECK(diagnostics[0].code == DiagnosticCode::figure_invalid);
  CHECK(diagnostics[0].value == "france-travail/export.csv");
  CHECK(diagnostics[0].message ==
        "Chiffre ignoré (« france-travail/export.csv ») : indicateur n° 999 inconnu de indicators.csv.");
  CHECK(diagnostics[1].message ==
        "Chiffre ignoré (« france-travail/export.csv ») : période « 30000-T1 » hors de 1990-2100 ou mal formée.");
  CHECK(diagnostics[2].message ==
        "Chiffre ignoré (« france-travail/export.csv ») : valeur qui n'est pas un nombre fini.");
  CHECK(diagnostics[3].message ==
        "Chiffre ignoré (« france-travail/export.csv ») : territoire n° 60000 inconnu de territories.csv.");
  CHECK(diagnostics[4].code == DiagnosticCode::figure_duplicate);
  CHECK(diagnostics[4].message ==
        "DE, Loire-Atlantique (44), T1 2025 : deux chiffres reçus (« france-travail/export.csv » lu le "
        "2026-10-15T09:00:00, « france-travail/export.csv » lu le 2026-10-16T09:00:00) ; le plus récent, "
        "« france-travail/export.csv », est utilisé.");
  CHECK(f.cell(dataset, "DE", "44", "2025-T1").figure.value == 2);
  CHECK(dataset.periods().size() == 1);
  // Nothing at all: an empty dataset, no crash.
  ModelFixture empty;
  std::vector<Diagnostic> none;
  Dataset nothing = empty.build(none);
  CHECK(nothing.periods().size() == 0);
  CHECK(nothing.series(0, empty.territory("44")).empty());
  CHECK(nothing.cell(0, empty.territory("44"), *parse_period("2025-T1")) == nullptr);
}

TEST_CASE("an indicator computed from itself is said and left as reported") {
  ModelFixture f(
      "code;label;unit;aggregation;weight;numerator;denominator\n"
      "A;A;%;ratio;;B;C\nB;B;jours;weighted_mean;A;;\nC;C;personnes;sum;;;\n");
  f.add("A", "44", "2025-T1", 5);
  f.add("C", "44", "2025-T1", 50);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == DiagnosticCode::indicator_cycle);
  CHECK(diagnostics[0].value == "A");
  CHECK(diagnostics[0].message ==
        "L'indicateur « A » dépend de lui-même par ses colonnes weight, numerator ou denominator de indicators.csv : "
        "il n'est ni agrégé ni calculé, seuls les chiffres déclarés sont publiés.");
  CHECK(diagnostics[1].value == "B");
  CHECK(f.cell(dataset, "A", "R52", "2025-T1").figure.status == ObservationStatus::missing);
  CHECK(f.cell(dataset, "C", "R52", "2025-T1").figure.value == 50);
}

TEST_CASE("a territory with no place in the tree is said once and left out") {
  ModelFixture f;
  std::vector<Diagnostic> ignored;
  f.territories = TerritoryCatalogue::parse(
      "code;name;level;parent\n52;Pays de la Loire;region;\n44;Loire-Atlantique;departement;52\n"
      "99;Ailleurs;departement;98\n",
      "territories.csv", ignored);
  f.add("DE", "44", "2025-T1", 10);
  f.add("DE", "99", "2025-T1", 20);
  f.add("DE", "99", "2025-T2", 30);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagnosticCode::figure_outside_tree);
  CHECK(diagnostics[0].value == "99");
  CHECK(diagnostics[0].message == "Chiffres de Ailleurs (99) ignorés : ce territoire n'a pas sa place dans l'arbre "
                                  "départements, région, pays du projet.");
  CHECK(f.cell(dataset, "DE", "R52", "2025-T1").figure.value == 10);
  CHECK(dataset.cell(f.indicator("DE"), f.territory("99"), *parse_period("2025-T1")) == nullptr);
}
