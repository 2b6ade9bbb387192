// Declared breaks in the Dataset: flagged on the first period of the new
// definition, inherited by rates, and no evolution or rolling sum across them.
#include <doctest/doctest.h>

#include "model_test_support.h"

using namespace prith;
using test::ModelFixture;

namespace {

constexpr const char* kBreaks = "indicator;date;reason\nDE;2025-01-01;Catégories redéfinies\n";

ModelFixture two_years() {
  ModelFixture f(test::kModelIndicators, kBreaks);
  const char* quarters[] = {"2024-T1", "2024-T2", "2024-T3", "2024-T4", "2025-T1", "2025-T2", "2025-T3", "2025-T4"};
  for (int i = 0; i < 8; ++i) {
    f.add("DE", "44", quarters[i], 100 + 10 * i);
    f.add("BOE", "44", quarters[i], 10 + i);
  }
  return f;
}

}  // namespace

TEST_CASE("a break blocks every evolution that spans it, and only those") {
  ModelFixture f = two_years();
  REQUIRE(f.catalogue_diagnostics.empty());
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  std::span<const Cell> de = dataset.series(f.indicator("DE"), f.territory("44"));
  REQUIRE(de.size() == 8);
  CHECK(de[3].derived.previous.ok());                                       // 2024-T4
  CHECK(de[4].derived.previous.status == DerivedStatus::series_break);      // 2025-T1 from 2024-T4
  CHECK(de[5].derived.previous.value == doctest::Approx(10.0 / 140 * 100));  // 2025-T2 from 2025-T1
  for (int p = 4; p < 8; ++p) CHECK(de[p].derived.year_ago.status == DerivedStatus::series_break);
  // Rolling sums: 2025-T1 to T3 mix both definitions; 2025-T4 does not.
  for (int p = 4; p < 7; ++p) CHECK(de[p].derived.rolling_four_quarters.status == DerivedStatus::series_break);
  CHECK(de[3].derived.rolling_four_quarters.value == 100 + 110 + 120 + 130);
  CHECK(de[7].derived.rolling_four_quarters.value == 140 + 150 + 160 + 170);
  // The flag is on the first period of the new definition, for every territory.
  CHECK(de[4].figure.has(kSeriesBreak));
  CHECK_FALSE(de[3].figure.has(kSeriesBreak));
  CHECK_FALSE(de[5].figure.has(kSeriesBreak));
  CHECK(f.cell(dataset, "DE", "R52", "2025-T1").figure.has(kSeriesBreak));
  CHECK(f.cell(dataset, "DE", "53", "2025-T1").figure.has(kSeriesBreak));
  const SeriesBreak* why = dataset.series_break(f.indicator("DE"), *parse_period("2025-T1"));
  REQUIRE(why != nullptr);
  CHECK(why->reason == "Catégories redéfinies");
  CHECK(dataset.series_break(f.indicator("DE"), *parse_period("2025-T2")) == nullptr);
  // An indicator without a break is not touched.
  std::span<const Cell> boe = dataset.series(f.indicator("BOE"), f.territory("44"));
  CHECK(boe[4].derived.year_ago.value == doctest::Approx(40));
  CHECK_FALSE(boe[4].figure.has(kSeriesBreak));
}

TEST_CASE("a rate inherits the breaks of its terms") {
  ModelFixture f = two_years();
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  const Cell& part = f.cell(dataset, "PART", "44", "2025-T1");
  CHECK(part.figure.has(kSeriesBreak));
  CHECK(part.derived.year_ago.status == DerivedStatus::series_break);
  REQUIRE(dataset.series_break(f.indicator("PART"), *parse_period("2025-T1")) != nullptr);
  CHECK(f.cell(dataset, "PART", "44", "2025-T2").derived.previous.ok());
}

TEST_CASE("a break in the middle of a quarter starts in that quarter; monthly series break at the month") {
  ModelFixture f(test::kModelIndicators, "indicator;date;reason\nDE;15/02/2025;Nouveau logiciel\n");
  f.add("DE", "44", "2024-12", 10), f.add("DE", "44", "2025-01", 11), f.add("DE", "44", "2025-02", 12),
      f.add("DE", "44", "2025-03", 13);
  f.add("DE", "44", "2024-T4", 30), f.add("DE", "44", "2025-T1", 33), f.add("DE", "44", "2025-T2", 36);
  std::vector<Diagnostic> diagnostics;
  Dataset dataset = f.build(diagnostics);
  CHECK(f.cell(dataset, "DE", "44", "2025-01").derived.previous.ok());
  CHECK(f.cell(dataset, "DE", "44", "2025-02").derived.previous.status == DerivedStatus::series_break);
  CHECK(f.cell(dataset, "DE", "44", "2025-02").figure.has(kSeriesBreak));
  CHECK(f.cell(dataset, "DE", "44", "2025-03").derived.previous.ok());
  CHECK(f.cell(dataset, "DE", "44", "2025-T1").derived.previous.status == DerivedStatus::series_break);
  CHECK(f.cell(dataset, "DE", "44", "2025-T2").derived.previous.ok());
}
