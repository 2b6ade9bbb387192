#include "model/secrecy_audit.h"

#include <doctest/doctest.h>

#include "model_test_support.h"

#include <cmath>

using namespace prith;

namespace {

// A région (cell 0) and its départements (cells 1..n).
using test::region_table;

}  // namespace

TEST_CASE("one hidden cell in a published sum is recomputed exactly") {
  SecrecyTable table = region_table({120, 3, 40});
  table.cells[2].hidden = true;  // 3 = 163 - 120 - 40
  std::vector<AuditInterval> intervals = audit_secrecy(table, SecrecyRule{});
  REQUIRE(intervals.size() == 1);
  CHECK(intervals[0].cell == 2);
  CHECK(intervals[0].low == doctest::Approx(3));
  CHECK(intervals[0].high == doctest::Approx(3));
  CHECK_FALSE(intervals[0].protected_enough);
}

TEST_CASE("two hidden cells share what the sum leaves") {
  SecrecyTable table = region_table({120, 3, 40});
  table.cells[2].hidden = true;
  table.cells[3].hidden = true;  // 3 + 40 = 43: each lies in [0, 43]
  std::vector<AuditInterval> intervals = audit_secrecy(table, SecrecyRule{});
  REQUIRE(intervals.size() == 2);
  CHECK(intervals[0].low == doctest::Approx(0));
  CHECK(intervals[0].high == doctest::Approx(43));
  CHECK(intervals[0].protected_enough);
}

TEST_CASE("a hidden total with hidden parts is unbounded above") {
  SecrecyTable table = region_table({120, 3, 40});
  table.cells[0].hidden = true;
  table.cells[2].hidden = true;
  std::vector<AuditInterval> intervals = audit_secrecy(table, SecrecyRule{});
  REQUIRE(intervals.size() == 2);
  CHECK(std::isinf(intervals[1].high));
  CHECK(intervals[1].low == doctest::Approx(0));
}

TEST_CASE("nested sums: a région hidden inside a published country") {
  // Country 0 = régions 1 + 2; région 1 = départements 3 + 4.
  SecrecyTable table;
  for (double value : {100.0, 60.0, 40.0, 57.0, 3.0}) table.cells.push_back(SecrecyCell{"", value});
  table.relations = {{0, {1, 2}}, {1, {3, 4}}};
  table.cells[4].hidden = true;
  table.cells[3].hidden = true;
  // 57 + 3 = région 1 = 60, published: each département in [0, 60].
  std::vector<AuditInterval> intervals = audit_secrecy(table, SecrecyRule{});
  REQUIRE(intervals.size() == 2);
  CHECK(intervals[1].high == doctest::Approx(60));
}
