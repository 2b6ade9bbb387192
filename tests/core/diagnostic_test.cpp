#include "core/diagnostic.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <set>

using namespace prith;

TEST_CASE("every code has a unique stable name") {
  std::set<std::string_view> names;
  int named = 0;
  for (int number = 0; number < 1000; ++number) {
    std::string_view name = code_name(static_cast<DiagnosticCode>(number));
    if (name == "unknown") continue;
    ++named;
    CHECK_MESSAGE(names.insert(name).second, name);
  }
  CHECK(named >= 40);
  CHECK(code_name(DiagnosticCode::not_a_zip) == "not_a_zip");
  CHECK(static_cast<int>(DiagnosticCode::not_a_zip) == 500);
  CHECK(static_cast<int>(DiagnosticCode::territory_unknown) == 300);
}

TEST_CASE("column letters and cell names") {
  CHECK(column_letters(1) == "A");
  CHECK(column_letters(26) == "Z");
  CHECK(column_letters(27) == "AA");
  CHECK(column_letters(16384) == "XFD");
  CHECK(SourcePlace{4, 3, "Feuil1"}.cell() == "C4");
  CHECK(SourcePlace{4, 3, ""}.cell().empty());
}

TEST_CASE("every code is documented in docs/diagnostics.md") {
  std::ifstream file(std::string(PRITH_SOURCE_DIR) + "/docs/diagnostics.md");
  std::string docs((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  REQUIRE(!docs.empty());
  for (int number = 0; number < 1000; ++number) {
    std::string_view name = code_name(static_cast<DiagnosticCode>(number));
    if (name == "unknown") continue;
    std::string row = "| `" + std::string(name) + "` | " + std::to_string(number) + " |";
    CHECK_MESSAGE(docs.find(row) != std::string::npos, row);
  }
}
