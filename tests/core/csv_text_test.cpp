#include <doctest/doctest.h>

#include "core/csv_text.h"

using prith::csv_field;
using prith::looks_like_formula;

TEST_CASE("csv_field quotes only when needed") {
  CHECK(csv_field("Mayenne") == "Mayenne");
  CHECK(csv_field("Cap emploi, Mayenne") == "\"Cap emploi, Mayenne\"");
  CHECK(csv_field("dit \"oui\"") == "\"dit \"\"oui\"\"\"");
  CHECK(csv_field("ligne\nsuivante") == "\"ligne\nsuivante\"");
  CHECK(csv_field("") == "");
}

TEST_CASE("csv_field never lets partner text become a formula") {
  CHECK(looks_like_formula("=1+1"));
  CHECK(looks_like_formula("@SUM(A1)"));
  CHECK(looks_like_formula("\tx"));
  CHECK_FALSE(looks_like_formula("Mayenne"));
  CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_field("+33 2 40") == "'+33 2 40");
  CHECK(csv_field("-5") == "'-5");
  CHECK(csv_field("\rX") == "\"'\rX\"");
}
