// Capitalisation workbooks saved by openpyxl (tests/capitalisation/make_capitalisation_fixtures.py):
// title lines above the header, Excel dates and serials, percentages, one sheet per département.
#include <doctest/doctest.h>

#include "capitalisation/action_plan_reader.h"
#include "capitalisation/practice_reader.h"
#include "capitalisation_test_support.h"
#include "test_support.h"

using namespace prith;

TEST_CASE("a practice workbook: header below a title, Excel dates, places as cells") {
  test::DemoContext demo;
  std::vector<Diagnostic> diagnostics;
  std::vector<Practice> practices =
      read_practice_table(test::data_path("capitalisation/pratiques.xlsx"), "pratiques.xlsx", *demo.context, diagnostics);
  CHECK(test::summarise(diagnostics) == std::vector<std::string>{"field_missing Fiches!C5 "});
  REQUIRE(practices.size() == 1);
  CHECK(practices[0].title == "Annuaire partagé");
  CHECK(practices[0].start_date == "2024-11-01");
  CHECK(practices[0].last_update == "2026-10-01");  // serial 46296 typed as a number
  CHECK(practices[0].origin.place.sheet == "Fiches");
  CHECK(practices[0].origin.place.line == 4);
}

TEST_CASE("an action plan workbook with one sheet per département") {
  test::DemoContext demo;
  std::vector<Diagnostic> diagnostics;
  std::vector<ReadAction> actions =
      read_action_table(test::data_path("capitalisation/plans.xlsx"), "plans.xlsx", *demo.context, diagnostics);
  CHECK(test::summarise(diagnostics).empty());
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].action.departement == "44");
  CHECK(actions[0].action.progress == doctest::Approx(45));
  CHECK(actions[0].action.actual_end == "2025-06-30");
  CHECK(actions[1].action.departement == "85");
  CHECK(actions[1].action.progress == 100);
  CHECK(actions[1].action.origin.place.sheet == "Plan Vendée");
}
