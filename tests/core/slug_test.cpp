#include <doctest/doctest.h>

#include "core/slug.h"

using prith::slug;

TEST_CASE("slug folds accents and joins words with dashes") {
  CHECK(slug("Pays de la Loire") == "pays-de-la-loire");
  CHECK(slug("Côtes-d'Armor") == "cotes-d-armor");
  CHECK(slug("  Île-de-France  ") == "ile-de-france");
  CHECK(slug("Provence-Alpes-Côte d'Azur") == "provence-alpes-cote-d-azur");
  CHECK(slug("2025-T3") == "2025-t3");
}

TEST_CASE("slug never gives an empty or unsafe name") {
  CHECK(slug("") == "sans-nom");
  CHECK(slug("../../etc") == "etc");
  CHECK(slug("—") == "sans-nom");
}
