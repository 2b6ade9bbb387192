#include "model/derived_figures.h"

#include <doctest/doctest.h>

#include <vector>

#include "model_test_support.h"

using namespace prith;

namespace {

using test::known;
using test::missing;
using test::secret;
Period quarter(const char* text) { return *parse_period(text); }

}  // namespace

TEST_CASE("evolution in % for counts, in points for rates") {
  Derived count = evolution(known(200), known(230), false);
  CHECK(count.ok());
  CHECK(count.value == doctest::Approx(15));
  Derived down = evolution(known(200), known(150), false);
  CHECK(down.value == doctest::Approx(-25));
  Derived rate = evolution(known(3.2), known(3.5), true);
  CHECK(rate.value == doctest::Approx(0.3));
  // From a negative balance, the change is relative to its size.
  CHECK(evolution(known(-100), known(-50), false).value == doctest::Approx(50));
}

TEST_CASE("an evolution needs both ends known, whole and not hidden") {
  CHECK(evolution(known(0), known(10), false).status == DerivedStatus::zero_base);
  CHECK(evolution(known(0), known(10), true).value == 10);  // points from 0 are fine
  CHECK(evolution(Figure{}, known(10), false).status == DerivedStatus::missing);
  CHECK(evolution(known(10), secret(), false).status == DerivedStatus::secret);
  CHECK(evolution(known(10), known(12, kHidden), false).status == DerivedStatus::secret);
  CHECK(evolution(known(10, kPartial), known(12), false).status == DerivedStatus::partial);
}

TEST_CASE("derived values beyond the largest double are missing") {
  CHECK(evolution(known(-1e308), known(1e308), true).status == DerivedStatus::missing);
  CHECK(evolution(known(1e-300), known(1e308), false).status == DerivedStatus::missing);
  std::vector<Figure> window = {known(1e308), known(1e308), known(0), known(0)};
  CHECK(rolling_sum(window).status == DerivedStatus::missing);
  CHECK(share(known(1e308), known(1e-300)).status == DerivedStatus::missing);
}

TEST_CASE("a break lies between two periods when its first period is after the first and not after the second") {
  SeriesBreak b;
  b.year = 2025, b.month = 1, b.day = 1;
  std::vector<SeriesBreak> breaks = {b};
  CHECK(break_between(breaks, quarter("2024-T4"), quarter("2025-T1")));
  CHECK(break_between(breaks, quarter("2024-T1"), quarter("2025-T1")));
  CHECK(break_between(breaks, quarter("2024-T2"), quarter("2025-T2")));
  CHECK_FALSE(break_between(breaks, quarter("2025-T1"), quarter("2025-T2")));
  CHECK_FALSE(break_between(breaks, quarter("2024-T1"), quarter("2024-T4")));
  CHECK(break_between(breaks, *parse_period("12/2024"), *parse_period("01/2025")));
  CHECK_FALSE(break_between({}, quarter("2024-T4"), quarter("2025-T1")));
}

TEST_CASE("rolling four-quarter sum needs four known quarters") {
  std::vector<Figure> window = {known(10), known(20), known(30), known(0)};
  Derived sum = rolling_sum(window);
  CHECK(sum.ok());
  CHECK(sum.value == 60);
  window[1] = Figure{};
  CHECK(rolling_sum(window).status == DerivedStatus::missing);
  window[1] = secret();
  CHECK(rolling_sum(window).status == DerivedStatus::secret);
}

TEST_CASE("share of the parent in %") {
  CHECK(share(known(14178), known(40000)).value == doctest::Approx(35.445));
  CHECK(share(known(5), known(0)).status == DerivedStatus::zero_base);
  CHECK(share(known(5), known(50, kPartial)).status == DerivedStatus::partial);
  CHECK(share(secret(), known(50)).status == DerivedStatus::secret);
}

TEST_CASE("ranks: 1 for the largest, ties share the best rank and the next rank skips") {
  std::vector<Figure> figures = {known(8), known(10), known(8), secret(), known(5), known(8, kPartial)};
  std::vector<std::uint16_t> ranks = competition_ranks(figures);
  CHECK(ranks == std::vector<std::uint16_t>{2, 1, 2, 0, 4, 0});
  std::vector<Figure> all_equal = {known(3), known(3), known(3)};
  CHECK(competition_ranks(all_equal) == std::vector<std::uint16_t>{1, 1, 1});
}
