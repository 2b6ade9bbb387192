#include "core/french_format.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace prith;

TEST_CASE("numbers read the French way") {
  const std::string nbsp = "\xC2\xA0";
  CHECK(format_number_fr(14178) == "14" + nbsp + "178");
  CHECK(format_number_fr(3.5) == "3,5");
  CHECK(format_number_fr(-1234.25) == "-1" + nbsp + "234,25");
  CHECK(format_number_fr(1234567.891, 2) == "1" + nbsp + "234" + nbsp + "567,89");
  CHECK(format_number_fr(0) == "0");
  CHECK(format_number_fr(-0.001, 2) == "0");
  CHECK(format_number_fr(999.999, 2) == "1" + nbsp + "000");
}

TEST_CASE("counts agree with their noun; French takes the singular for 0 and 1") {
  CHECK(count_fr(0, "erreur", "erreurs") == "0 erreur");
  CHECK(count_fr(1, "erreur", "erreurs") == "1 erreur");
  CHECK(count_fr(2, "erreur", "erreurs") == "2 erreurs");
}

TEST_CASE("places are described as a pilot reads them") {
  CHECK(describe_place_fr(SourcePlace{4, 2, ""}) == "ligne 4, colonne 2");
  CHECK(describe_place_fr(SourcePlace{4, 0, ""}) == "ligne 4");
  CHECK(describe_place_fr(SourcePlace{0, 0, ""}).empty());
  CHECK(describe_place_fr(SourcePlace{5, 3, "Feuil1"}) == ("feuille « Feuil1 », cellule C5"));
}
