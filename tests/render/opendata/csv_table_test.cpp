#include "render/opendata/csv_table.h"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace prith;

TEST_CASE("a CSV table: header, quoted text, formula guard, plain numbers, CRLF") {
  CsvTable table({{"nom", "string", ""}, {"valeur", "number", ""}});
  table.text("Côtes-d'Armor, \"nord\"").number(1234.5).end_row();
  table.text("=SOMME(A1:A2)").empty().end_row();
  CHECK(table.str() == "nom,valeur\r\n\"Côtes-d'Armor, \"\"nord\"\"\",1234.5\r\n'=SOMME(A1:A2),\r\n");
  CHECK(table.rows() == 2);
}

TEST_CASE("a CSV table refuses a row that does not match its header") {
  CsvTable table({{"a", "string", ""}, {"b", "string", ""}});
  table.text("x");
  CHECK_THROWS_AS(table.end_row(), std::logic_error);
  CsvTable other({{"a", "string", ""}});
  other.text("x");
  CHECK_THROWS_AS(other.text("y"), std::logic_error);
}
