#include "model/secrecy_suppression.h"

#include <doctest/doctest.h>

#include "model_test_support.h"

#include <random>

using namespace prith;

namespace {

using test::region_table;

std::vector<bool> hidden(const SecrecyTable& table) {
  std::vector<bool> flags;
  for (const SecrecyCell& cell : table.cells) flags.push_back(cell.hidden);
  return flags;
}

}  // namespace

TEST_CASE("a small count is hidden, and the smallest large one beside it") {
  // 44: 120, 49: 80, 53: 3, 72: 40, 85: 60 — 3 is primary; 40 goes with it.
  SecrecyTable table = region_table({120, 80, 3, 40, 60});
  SuppressionResult result = suppress_small_counts(table, SecrecyRule{});
  CHECK(result.primary == 1);
  CHECK(result.secondary == 1);
  CHECK(result.unprotected.empty());
  CHECK(hidden(table) == std::vector<bool>{false, false, false, true, true, false});
  CHECK(table.cells[3].primary);
  CHECK_FALSE(table.cells[4].primary);
}

TEST_CASE("0 identifies nobody and stays published; a rule that does not apply hides nothing") {
  SecrecyTable table = region_table({120, 0, 40});
  CHECK(suppress_small_counts(table, SecrecyRule{}).primary == 0);
  SecrecyTable off = region_table({120, 2, 40});
  SecrecyRule rule;
  rule.applies = false;
  CHECK(suppress_small_counts(off, rule).primary == 0);
  CHECK_FALSE(off.cells[2].hidden);
}

TEST_CASE("two small counts together may still be too narrow: a third cell goes") {
  // 1 + 2 = 3 < threshold 5: hiding both leaves [0, 3]; a large cell must join.
  SecrecyTable table = region_table({120, 1, 2, 40});
  SuppressionResult result = suppress_small_counts(table, SecrecyRule{});
  CHECK(result.primary == 2);
  CHECK(result.unprotected.empty());
  CHECK(table.cells[4].hidden);  // 40, the smallest count at or above 5
  for (const AuditInterval& interval : audit_secrecy(table, SecrecyRule{})) CHECK(interval.protected_enough);
}

TEST_CASE("a région that is itself small hides its total") {
  SecrecyTable table = region_table({1, 2});
  SuppressionResult result = suppress_small_counts(table, SecrecyRule{});
  CHECK(table.cells[0].hidden);
  CHECK(result.unprotected.empty());
}

TEST_CASE("property: random tables and thresholds leave no hidden cell recoverable") {
  std::mt19937 random(2025);
  for (int trial = 0; trial < 300; ++trial) {
    CAPTURE(trial);
    std::size_t departements = 1 + random() % 8;
    std::vector<double> values;
    for (std::size_t i = 0; i < departements; ++i) {
      values.push_back(static_cast<double>(random() % 3 == 0 ? random() % 12 : random() % 500));
    }
    SecrecyRule rule;
    rule.threshold = 2 + static_cast<int>(random() % 10);
    SecrecyTable table = region_table(values);
    SuppressionResult result = suppress_small_counts(table, rule);
    CHECK(result.unprotected.empty());
    for (const SecrecyCell& cell : table.cells) {
      if (cell.value > 0 && cell.value < rule.threshold) CHECK(cell.hidden);  // no small count published
    }
    for (const AuditInterval& interval : audit_secrecy(table, rule)) CHECK(interval.protected_enough);
  }
}

TEST_CASE("a wider protection hides more cells") {
  SecrecyTable table = region_table({120, 80, 3, 40, 60});
  SecrecyRule rule;
  rule.protection = 100;  // 3 + 40 = 43 is not enough: 60 goes too
  SuppressionResult result = suppress_small_counts(table, rule);
  CHECK(result.unprotected.empty());
  CHECK(hidden(table) == std::vector<bool>{false, false, false, true, true, true});
  for (const AuditInterval& interval : audit_secrecy(table, rule)) CHECK(interval.high - interval.low >= 100);
}
