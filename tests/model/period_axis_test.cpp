#include "model/period_axis.h"

#include <doctest/doctest.h>

using namespace prith;

namespace {
Period p(const char* text) { return *parse_period(text); }

std::vector<std::string> texts(const PeriodAxis& axis) {
  std::vector<std::string> out;
  for (const Period& period : axis.all()) out.push_back(period.to_string());
  return out;
}
}  // namespace

TEST_CASE("ordinals and the period before") {
  CHECK(period_ordinal(p("2025-T1")) == 2025 * 4);
  CHECK(period_before(p("2025-T1"), 1).to_string() == "2024-T4");
  CHECK(period_before(p("2025-T1"), 4).to_string() == "2024-T1");
  CHECK(period_before(p("01/2025"), 1).to_string() == "2024-12");
  CHECK(period_before(p("2025"), 1).to_string() == "2024");
}

TEST_CASE("the axis: years, quarters, months in time order, short gaps filled") {
  PeriodAxis axis({p("2025-T1"), p("2024-T2"), p("03/2025"), p("2025-T1"), p("2024"), p("01/2025"), p("2022")});
  CHECK(texts(axis) == std::vector<std::string>{"2022", "2023", "2024", "2024-T2", "2024-T3", "2024-T4", "2025-T1",
                                                "2025-01", "2025-02", "2025-03"});
  CHECK(axis.index_of(p("2024-T3")) == std::size_t{4});
  CHECK(axis.index_of(p("02/2025")) == std::size_t{8});
  CHECK_FALSE(axis.index_of(p("2025-T2")));
  CHECK_FALSE(axis.index_of(p("2021")));
}

TEST_CASE("a stray far period is not a reason to fill decades") {
  PeriodAxis axis({p("2024-T1"), p("2024-T3"), p("2099-T1"), p("1990-T1")});
  CHECK(texts(axis) == std::vector<std::string>{"1990-T1", "2024-T1", "2024-T2", "2024-T3", "2099-T1"});
  CHECK_FALSE(axis.index_of(p("2050-T1")));
  // Exactly the longest filled gap: 8 quarters between 2020-T4 and 2023-T1.
  PeriodAxis filled({p("2020-T4"), p("2023-T1")});
  CHECK(filled.size() == 10);
  PeriodAxis not_filled({p("2020-T4"), p("2023-T2")});
  CHECK(not_filled.size() == 2);
  CHECK(PeriodAxis(std::vector<Period>{}).size() == 0);
}
