#include "store/read_clock.h"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace prith;

TEST_CASE("instants are normalized to a UTC second, impossible ones refused") {
  CHECK(normalize_instant("2026-01-15") == "2026-01-15T00:00:00Z");
  CHECK(normalize_instant("2026-01-15T09:30") == "2026-01-15T09:30:00Z");
  CHECK(normalize_instant("2026-01-15T09:30:07Z") == "2026-01-15T09:30:07Z");
  CHECK(normalize_instant("2024-02-29") == "2024-02-29T00:00:00Z");
  CHECK_FALSE(normalize_instant("2026-02-29"));
  CHECK_FALSE(normalize_instant("2026-13-01"));
  CHECK_FALSE(normalize_instant("2026-01-15T24:00"));
  CHECK_FALSE(normalize_instant("15/01/2026"));
  CHECK_FALSE(normalize_instant("2026-01-15 09:30"));
  CHECK_FALSE(normalize_instant("2026-01-15T09:30+01:00"));
  CHECK_FALSE(normalize_instant(""));
}

TEST_CASE("the build's instant: --now, else PRITH_NOW; a bad value says where it came from") {
  std::string error;
  unsetenv("PRITH_NOW");
  CHECK(build_instant("2026-01-15", error) == "2026-01-15T00:00:00Z");
  setenv("PRITH_NOW", "2026-03-01T12:00", 1);
  CHECK(build_instant("", error) == "2026-03-01T12:00:00Z");
  CHECK(build_instant("2026-01-15", error) == "2026-01-15T00:00:00Z");  // the option wins
  setenv("PRITH_NOW", "demain", 1);
  CHECK_FALSE(build_instant("", error));
  CHECK(error ==
        "PRITH_NOW vaut « demain » : une date AAAA-MM-JJ ou un instant AAAA-MM-JJTHH:MM[:SS][Z] en UTC était attendu.");
  unsetenv("PRITH_NOW");
  CHECK_FALSE(build_instant("2026-02-30", error));
  CHECK(error.rfind("--now vaut « 2026-02-30 »", 0) == 0);
}
