#include "model/secrecy_pass.h"

#include <doctest/doctest.h>

#include <random>

#include "model/secrecy_audit.h"
#include "model_test_support.h"

using namespace prith;

namespace {

// Pays de la Loire: 44 120, 49 80, 53 3, 72 40, 85 60 job seekers "BOE"
// (threshold 5 by default), and all job seekers "DE" for the rate PART.
test::ModelFixture fixture_with_small_count() {
  test::ModelFixture fixture;
  const char* departements[] = {"44", "49", "53", "72", "85"};
  double boe[] = {120, 80, 3, 40, 60};
  for (int i = 0; i < 5; ++i) {
    for (const char* period : {"2025-T2", "2025-T3"}) {
      fixture.add("BOE", departements[i], period, boe[i] + (period[6] == '3' ? 1 : 0) * (i == 2 ? 0 : 1));
      fixture.add("DE", departements[i], period, 1000);
    }
  }
  return fixture;
}

}  // namespace

TEST_CASE("the secrecy pass hides a small count, one more beside it, and the rate built on them") {
  test::ModelFixture fixture = fixture_with_small_count();
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
  CHECK(diagnostics.empty());
  const Cell& mayenne = fixture.cell(dataset, "BOE", "53", "2025-T3");
  CHECK(mayenne.figure.has(kHidden));
  CHECK(fixture.cell(dataset, "BOE", "72", "2025-T3").figure.has(kHidden));  // 41: the smallest count ≥ 5
  CHECK_FALSE(fixture.cell(dataset, "BOE", "44", "2025-T3").figure.has(kHidden));
  CHECK_FALSE(fixture.cell(dataset, "BOE", "R52", "2025-T3").figure.has(kHidden));  // the région stays
  // The rate of a hidden count is hidden; the others are not.
  CHECK(fixture.cell(dataset, "PART", "53", "2025-T3").figure.has(kHidden));
  CHECK_FALSE(fixture.cell(dataset, "PART", "44", "2025-T3").figure.has(kHidden));
  // Nothing is derived from a hidden figure.
  CHECK(mayenne.derived.previous.status == DerivedStatus::secret);
  CHECK(mayenne.derived.share_of_parent.status != DerivedStatus::ok);
}

TEST_CASE("without the pass, nothing is hidden") {
  test::ModelFixture fixture = fixture_with_small_count();
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = fixture.build(diagnostics);
  CHECK_FALSE(fixture.cell(dataset, "BOE", "53", "2025-T3").figure.has(kHidden));
}

TEST_CASE("property: no hidden count can be recomputed from the published figures of the Dataset") {
  std::mt19937 random(52);
  for (int trial = 0; trial < 40; ++trial) {
    CAPTURE(trial);
    test::ModelFixture fixture;
    for (const char* code : {"44", "49", "53", "72", "85"}) {
      fixture.add("BOE", code, "2025-T3", static_cast<double>(random() % 2 ? random() % 8 : random() % 300));
    }
    std::vector<Diagnostic> diagnostics;
    Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
    CHECK(diagnostics.empty());
    // Rebuild the table from what the Dataset publishes and audit it.
    SecrecyTable published;
    const char* codes[] = {"R52", "44", "49", "53", "72", "85"};
    for (const char* code : codes) {
      const Figure& figure = fixture.cell(dataset, "BOE", code, "2025-T3").figure;
      SecrecyCell cell;
      cell.value = figure.value;
      cell.hidden = figure.has(kHidden);
      if (figure.value > 0 && figure.value < 5) CHECK(cell.hidden);
      published.cells.push_back(cell);
    }
    published.relations.push_back(SecrecyRelation{0, {1, 2, 3, 4, 5}});
    for (const AuditInterval& interval : audit_secrecy(published, SecrecyRule{})) CHECK(interval.protected_enough);
  }
}

namespace {

bool is_hidden(const test::ModelFixture& fixture, const Dataset& dataset, const char* indicator, const char* territory,
               const char* period) {
  const Figure& figure = fixture.cell(dataset, indicator, territory, period).figure;
  return figure.has(kHidden) || figure.status == ObservationStatus::confidential;
}

}  // namespace

TEST_CASE("a partner's own secret is protected like ours when the partner also gives the région") {
  test::ModelFixture fixture;
  fixture.add("BOE", "44", "2025-T3", 120);
  fixture.add_secret("BOE", "49", "2025-T3");  // 3, which 303 - 300 would give away
  fixture.add("BOE", "53", "2025-T3", 40);
  fixture.add("BOE", "72", "2025-T3", 60);
  fixture.add("BOE", "85", "2025-T3", 80);
  fixture.add("BOE", "R52", "2025-T3", 303);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
  CHECK(is_hidden(fixture, dataset, "BOE", "53", "2025-T3"));  // 40, the smallest count beside it
  CHECK_FALSE(is_hidden(fixture, dataset, "BOE", "R52", "2025-T3"));
}

TEST_CASE("the country, summed from départements of two régions, is part of the audit") {
  test::ModelFixture fixture;
  fixture.add("BOE", "44", "2025-T3", 120);
  fixture.add("BOE", "49", "2025-T3", 3);
  fixture.add("BOE", "72", "2025-T3", 60);
  fixture.add("BOE", "85", "2025-T3", 80);
  fixture.add("BOE", "R52", "2025-T3", 363);  // includes a Mayenne nobody sent
  fixture.add("BOE", "35", "2025-T3", 500);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
  CHECK(diagnostics.size() <= 1);  // at most the partial région's own note
  CHECK(is_hidden(fixture, dataset, "BOE", "49", "2025-T3"));
  // France = 35 + 44 + 49 + 72 + 85: with 49 hidden, another of them must be.
  int hidden = 0;
  for (const char* code : {"44", "72", "85", "35"}) hidden += is_hidden(fixture, dataset, "BOE", code, "2025-T3");
  bool france_hidden = is_hidden(fixture, dataset, "BOE", "FR", "2025-T3");
  CHECK((hidden >= 1 || france_hidden));
}

TEST_CASE("a région rate summed over départements with a hidden term is hidden") {
  test::ModelFixture fixture;
  double boe[] = {100, 3, 50, 60, 70};
  const char* codes[] = {"44", "49", "53", "72", "85"};
  for (int i = 0; i < 5; ++i) {
    fixture.add("BOE", codes[i], "2025-T3", boe[i]);
    if (i != 2) fixture.add("DE", codes[i], "2025-T3", 700);  // no DE for 53: the région's DE is partial
  }
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
  CHECK(is_hidden(fixture, dataset, "BOE", "49", "2025-T3"));
  CHECK(is_hidden(fixture, dataset, "PART", "R52", "2025-T3"));
}

TEST_CASE("a year beside its quarters cannot give a hidden quarter away") {
  test::ModelFixture fixture("code;label;unit;aggregation;nature\nFLUX;Entrées;personnes;sum;flux\n");
  for (const char* code : {"44", "49", "53", "72", "85"}) {
    bool small = std::string(code) == "49";
    fixture.add("FLUX", code, "2025-T1", small ? 3 : 300);
    for (const char* quarter : {"2025-T2", "2025-T3", "2025-T4"}) fixture.add("FLUX", code, quarter, small ? 30 : 300);
    fixture.add("FLUX", code, "2025", small ? 93 : 1200);
  }
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
  CHECK(diagnostics.empty());
  CHECK(is_hidden(fixture, dataset, "FLUX", "49", "2025-T1"));
  int visible = 0;
  for (const char* period : {"2025-T2", "2025-T3", "2025-T4", "2025"}) {
    visible += !is_hidden(fixture, dataset, "FLUX", "49", period);
  }
  CHECK(visible <= 3);  // the year and its other three quarters are never all published
}

TEST_CASE("a secret count that no rule aggregates is still hidden when small") {
  test::ModelFixture fixture("code;label;unit;aggregation\nCAS;Cas suivis;personnes;none\n");
  fixture.add("CAS", "49", "2025-T3", 3);
  fixture.add("CAS", "44", "2025-T3", 300);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
  CHECK(is_hidden(fixture, dataset, "CAS", "49", "2025-T3"));
  CHECK_FALSE(is_hidden(fixture, dataset, "CAS", "44", "2025-T3"));
}

TEST_CASE("hiding follows rates of rates, whatever the order of the catalogue") {
  test::ModelFixture fixture(
      "code;label;unit;aggregation;numerator;denominator\n"
      "X;Rapport de rapports;;ratio;PART;DE\n"
      "DE;Demandeurs;personnes;sum;;\n"
      "BOE;Demandeurs BOE;personnes;sum;;\n"
      "PART;Part des BOE;%;ratio;BOE;DE\n");
  const char* codes[] = {"44", "49", "53", "72", "85"};
  double boe[] = {100, 3, 50, 60, 70};
  for (int i = 0; i < 5; ++i) {
    fixture.add("BOE", codes[i], "2025-T3", boe[i]);
    fixture.add("DE", codes[i], "2025-T3", 500);
  }
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
  CHECK(is_hidden(fixture, dataset, "PART", "49", "2025-T3"));
  CHECK(is_hidden(fixture, dataset, "X", "49", "2025-T3"));
}

TEST_CASE("an attacker knows a hidden count is at least 1: two small counts need a third cell") {
  test::ModelFixture fixture;
  double boe[] = {1, 4, 300, 400, 500};
  const char* codes[] = {"44", "49", "53", "72", "85"};
  for (int i = 0; i < 5; ++i) fixture.add("BOE", codes[i], "2025-T3", boe[i]);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
  CHECK(is_hidden(fixture, dataset, "BOE", "44", "2025-T3"));
  CHECK(is_hidden(fixture, dataset, "BOE", "49", "2025-T3"));
  CHECK(is_hidden(fixture, dataset, "BOE", "53", "2025-T3"));  // [1, 4] each is too narrow: 300 joins
}

TEST_CASE("a hidden figure hides the other figure of its cell too") {
  test::ModelFixture fixture;
  for (const char* code : {"44", "49", "53", "72", "85"}) fixture.add("BOE", code, "2025-T3", 0);
  fixture.add("BOE", "49", "2025-T3", 2);
  fixture.add("BOE", "R52", "2025-T3", 2);  // the partner's région total, itself small
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
  const Cell& region = fixture.cell(dataset, "BOE", "R52", "2025-T3");
  CHECK(region.figure.has(kHidden));
  CHECK(region.alternate.has(kHidden));
}
