// Hostile inputs for every catalogue parser: deterministic pseudo-random
// strings made of the fragments partners' cells are made of, plus noise.
// Nothing may crash, hang, or break the results' invariants.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "catalogue/indicator_catalogue.h"
#include "catalogue/number_parser.h"
#include "catalogue/period.h"
#include "catalogue/territory_resolver.h"

namespace prith {
namespace {

struct Random {
  std::uint64_t state;
  std::uint32_t next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state >> 33);
  }
};

constexpr std::array<const char*, 44> kFragments = {
    "0", "1", "2", "3", "4", "9", "44", "2025", "09", "30", "2A", "971", " ", "  ", "\xC2\xA0", "\xE2\x80\xAF",
    ",", ".", "-", "/", ";", "\"", "\n", "\r\n", "%", "\xE2\x82\xAC", "<", "(", ")", "e", "E", "T", "Q",
    "trimestre", "er", "Loire", "Atlantique", "Hte", "R", "é", "\xE2\x80\x93", "\xFF", "\xC3", "|"};

std::string random_text(Random& random) {
  std::string text;
  const std::uint32_t pieces = random.next() % 8;
  for (std::uint32_t i = 0; i < pieces; ++i) text += kFragments[random.next() % kFragments.size()];
  return text;
}

const TerritoryCatalogue& france() {
  static const TerritoryCatalogue catalogue = [] {
    std::ifstream in(std::string(PRITH_SOURCE_DIR) + "/config/territories.csv", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<Diagnostic> diagnostics;
    return TerritoryCatalogue::parse(text.str(), "territories.csv", diagnostics);
  }();
  return catalogue;
}

TEST_CASE("Random cells: numbers, periods, territories, indicators keep their invariants") {
  const TerritoryResolver resolver(france());
  std::vector<Diagnostic> diagnostics;
  const IndicatorCatalogue indicators =
      IndicatorCatalogue::parse("code;label;aliases\nA;Loire 44;x|y\nB;T3 %;\n", "i.csv", diagnostics);
  Random random{42};
  for (int round = 0; round < 20000; ++round) {
    const std::string text = random_text(random);
    CAPTURE(text);
    for (DecimalConvention c : {DecimalConvention::automatic, DecimalConvention::comma, DecimalConvention::point}) {
      const ParsedNumber n = parse_number(text, c);
      if (n.status == ParsedNumber::Status::ok) REQUIRE(std::isfinite(n.value));
    }
    if (const std::optional<Period> p = parse_period(text)) {
      REQUIRE(p->year >= 1990);
      REQUIRE(p->year <= 2100);
      if (p->kind == Period::Kind::quarter) REQUIRE((p->index >= 1 && p->index <= 4));
      if (p->kind == Period::Kind::month) REQUIRE((p->index >= 1 && p->index <= 12));
      REQUIRE(parse_period(p->to_string()) == p);  // what we write, we read back
    }
    for (LevelHint hint : {LevelHint::any, LevelHint::departement, LevelHint::region}) {
      const TerritoryResolution r = resolver.resolve(text, hint);
      if (r.kind == TerritoryResolution::Kind::found) REQUIRE(r.id < france().all().size());
      if (r.kind == TerritoryResolution::Kind::ambiguous) {
        REQUIRE(r.candidates.size() >= 2);
        for (std::size_t i = 1; i < r.candidates.size(); ++i) REQUIRE(r.candidates[i - 1] < r.candidates[i]);
      }
    }
    if (const std::optional<IndicatorId> id = indicators.match(text)) REQUIRE(*id < indicators.all().size());
  }
}

TEST_CASE("Random catalogue files: diagnostics point inside the file") {
  Random random{7};
  for (int round = 0; round < 2000; ++round) {
    std::string text = "code;label;level;name;parent;aggregation;weight\n";
    const std::uint32_t lines = random.next() % 6;
    for (std::uint32_t i = 0; i < lines; ++i) text += random_text(random) + ";" + random_text(random) + "\n";
    std::uint32_t line_count = 1;
    for (char c : text) line_count += c == '\n';
    std::vector<Diagnostic> diagnostics;
    const IndicatorCatalogue indicators = IndicatorCatalogue::parse(text, "i.csv", diagnostics);
    const TerritoryCatalogue territories = TerritoryCatalogue::parse(text, "t.csv", diagnostics);
    for (const Diagnostic& d : diagnostics) {
      CHECK(d.code == DiagnosticCode::catalogue_invalid);
      CHECK(d.place.line <= line_count);
      CHECK_FALSE(d.message.empty());
    }
    CHECK(indicators.all().size() <= lines);
    CHECK(territories.all().size() <= lines);
  }
}

}  // namespace
}  // namespace prith
