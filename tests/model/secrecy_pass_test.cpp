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
