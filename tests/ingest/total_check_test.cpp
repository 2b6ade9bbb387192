#include "ingest/total_check.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace prith;

namespace {

struct Table {
  test::Catalogues catalogues;
  FileReading reading;
  Period quarter{Period::Kind::quarter, 2025, 3};
  std::vector<std::size_t> values_from_cells;

  void add(const char* code, TerritoryLevel level, double value, std::uint32_t line,
           ObservationStatus status = ObservationStatus::ok) {
    Observation o;
    o.territory = *catalogues.territories.find(level, code);
    o.indicator = *catalogues.indicators.match("PLACEMENTS");
    o.period = quarter;
    o.value = value;
    o.status = status;
    o.line = line;
    o.column = 2;
    reading.observations.push_back(o);
  }
  std::vector<Diagnostic> check(const TotalCheck& totals) {
    std::vector<Diagnostic> found;
    totals.check(reading.observations, reading, catalogues.mapping(), found, values_from_cells);
    return found;
  }
};

}  // namespace

TEST_CASE("a total row must equal the sum of the départements") {
  Table table;
  table.add("44", TerritoryLevel::departement, 100, 2);
  table.add("49", TerritoryLevel::departement, 50, 3);
  TotalCheck totals;
  IndicatorId placements = *table.catalogues.indicators.match("PLACEMENTS");
  totals.add_total(placements, table.quarter, kHeadline, 150, "150", SourcePlace{4, 2, ""});
  CHECK(table.check(totals).empty());
  totals.add_total(placements, table.quarter, kHeadline, 151, "151", SourcePlace{4, 2, ""});
  std::vector<Diagnostic> found = table.check(totals);
  REQUIRE(found.size() == 1);
  CHECK(found[0].place.line == 4);
  CHECK(found[0].value == "151");
  CHECK(table.values_from_cells.empty());  // a total row's text is at hand
}

TEST_CASE("no check over a secret, or after a rejected row") {
  Table table;
  table.add("44", TerritoryLevel::departement, 100, 2);
  table.add("49", TerritoryLevel::departement, 0, 3, ObservationStatus::confidential);
  TotalCheck totals;
  totals.add_total(*table.catalogues.indicators.match("PLACEMENTS"), table.quarter, kHeadline, 999, "999", SourcePlace{4, 2, ""});
  CHECK(table.check(totals).empty());
  Table clean;
  clean.add("44", TerritoryLevel::departement, 100, 2);
  TotalCheck rejected;
  rejected.add_total(*clean.catalogues.indicators.match("PLACEMENTS"), clean.quarter, kHeadline, 999, "999", SourcePlace{4, 2, ""});
  rejected.reject_row();
  CHECK(clean.check(rejected).empty());
}

TEST_CASE("a région row is checked only against all of its départements") {
  Table table;
  const char* codes[] = {"44", "49", "53", "72", "85"};
  std::uint32_t line = 2;
  for (const char* code : codes) table.add(code, TerritoryLevel::departement, 10, line++);
  table.add("52", TerritoryLevel::region, 50, line);
  TotalCheck totals;
  CHECK(table.check(totals).empty());
  table.reading.observations.back().value = 49;
  std::vector<Diagnostic> found = table.check(totals);
  REQUIRE(found.size() == 1);
  CHECK(found[0].place.line == 7);
  // The région cell's text is not at hand: it is asked for (cell_texts.h).
  CHECK(found[0].value.empty());
  CHECK(table.values_from_cells == std::vector<std::size_t>{0});
}
