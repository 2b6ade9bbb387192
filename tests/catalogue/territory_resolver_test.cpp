#include "catalogue/territory_resolver.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace prith {
namespace {

const TerritoryCatalogue& france() {
  static const TerritoryCatalogue catalogue = [] {
    std::ifstream in(std::string(PRITH_SOURCE_DIR) + "/config/territories.csv", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<Diagnostic> diagnostics;
    TerritoryCatalogue parsed = TerritoryCatalogue::parse(text.str(), "territories.csv", diagnostics);
    REQUIRE(diagnostics.empty());
    return parsed;
  }();
  return catalogue;
}

// "D44", "R52", "PFR" for a level and code.
std::string describe(TerritoryId id) {
  const Territory& t = france().at(id);
  const char level = t.level == TerritoryLevel::departement ? 'D' : t.level == TerritoryLevel::region ? 'R' : 'P';
  return level + t.code;
}

// "D44" when found, "?" when unknown, "D44|R44" when ambiguous.
std::string resolved(std::string_view text, LevelHint hint = LevelHint::any) {
  static const TerritoryResolver resolver(france());
  const TerritoryResolution r = resolver.resolve(text, hint);
  switch (r.kind) {
    case TerritoryResolution::Kind::found:
      CHECK(r.candidates.empty());
      return describe(r.id);
    case TerritoryResolution::Kind::unknown: return "?";
    case TerritoryResolution::Kind::ambiguous: {
      std::string out;
      for (TerritoryId id : r.candidates) {
        if (!out.empty()) out += '|';
        out += describe(id);
      }
      return out;
    }
  }
  return "!";
}

struct Case {
  const char* text;
  LevelHint hint;
  const char* expected;
};

constexpr LevelHint any = LevelHint::any, dep = LevelHint::departement, reg = LevelHint::region;

void check_all(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    const std::string text = c.text;
    const int hint = static_cast<int>(c.hint);
    CAPTURE(text);
    CAPTURE(hint);
    CHECK(resolved(c.text, c.hint) == c.expected);
  }
}

TEST_CASE("Départements by code, in a département column") {
  check_all({
      {"44", dep, "D44"},     {"044", dep, "D44"},   {"044", any, "D44"},   {" 44 ", dep, "D44"},
      {"49", any, "D49"},     {"49", dep, "D49"},    {"72", any, "D72"},    {"85", dep, "D85"},
      {"01", dep, "D01"},     {"1", dep, "D01"},     {"001", any, "D01"},   {"9", any, "D09"},
      {"2A", dep, "D2A"},     {"2a", any, "D2A"},    {"02A", any, "D2A"},   {"2B", any, "D2B"},
      {"02b", any, "D2B"},    {"971", any, "D971"},  {"974", any, "D974"},  {"976", any, "D976"},
      {"95", any, "D95"},     {"Département 44", any, "D44"}, {"Dép. 52", any, "D52"},
  });
}

TEST_CASE("A 2-digit code that is both a région and a département needs the hint") {
  check_all({
      {"44", any, "R44|D44"},  // Grand Est and Loire-Atlantique
      {"52", any, "R52|D52"},  // Pays de la Loire and Haute-Marne
      {"52", dep, "D52"},      {"52", reg, "R52"},   {"53", reg, "R53"},   {"53", dep, "D53"},
      {"01", any, "R01|D01"},  {"1", any, "R01|D01"}, {"01", reg, "R01"},  {"1", reg, "R01"},
      {"R52", any, "R52"},     {"R52", dep, "R52"},   {"r52", any, "R52"}, {"R 52", any, "R52"},
      {"R-52", dep, "R52"},    {"R1", any, "R01"},    {"R01", any, "R01"}, {"R94", any, "R94"},
      {"Région 52", any, "R52"},
      {"044", reg, "D44"},  // only a département is written 044: the hint does not hide it
      {"20", any, "D2A|D2B"},  // Corsica's code before 1976: either département
      {"20", dep, "D2A|D2B"},
  });
}

TEST_CASE("Département names, every spelling partners use") {
  check_all({
      {"Loire-Atlantique", any, "D44"},
      {"LOIRE ATLANTIQUE", any, "D44"},
      {"loire atlantique", any, "D44"},
      {"Loire Atlantique", any, "D44"},
      {"  Loire-Atlantique  ", any, "D44"},
      {"Loire\xE2\x80\x93" "Atlantique", any, "D44"},
      {"Loire", any, "D42"},  // exact before prefix: not Loire-Atlantique
      {"Haute-Loire", any, "D43"},
      {"Maine-et-Loire", any, "D49"},
      {"Mayenne", dep, "D53"},
      {"Sarthe", any, "D72"},
      {"Vendée", any, "D85"},
      {"VENDEE", any, "D85"},
      {"Côtes-d'Armor", any, "D22"},
      {"Cotes d Armor", any, "D22"},
      {"Côtes d\xE2\x80\x99" "Armor", any, "D22"},
      {"Val-d'Oise", any, "D95"},
      {"Seine-Saint-Denis", any, "D93"},
      {"Territoire de Belfort", any, "D90"},
      {"Département de la Loire", any, "D42"},
      {"Département du Nord", any, "D59"},
      {"Total Sarthe", any, "D72"},
      {"Ensemble Sarthe", any, "D72"},
      {"Région Bretagne", any, "R53"},
      {"Région de la Réunion", any, "R04"},
      {"Département de la Réunion", any, "D974"},
  });
}

TEST_CASE("Code and name together must agree") {
  check_all({
      {"44 - Loire-Atlantique", any, "D44"},
      {"44 Loire-Atlantique", any, "D44"},
      {"44-Loire-Atlantique", any, "D44"},
      {"Loire Atlantique (44)", any, "D44"},
      {"Loire-Atlantique - 44", any, "D44"},
      {"044 - LOIRE-ATLANTIQUE", any, "D44"},
      {"52 - Haute-Marne", any, "D52"},
      {"52 - Pays de la Loire", any, "R52"},
      {"52 - Pays de la Loire", dep, "R52"},
      {"R52 - Pays de la Loire", any, "R52"},
      {"R 52 Pays de la Loire", any, "R52"},
      {"2A - Corse-du-Sud", any, "D2A"},
      {"971 - Guadeloupe", any, "D971"},
      {"01 - Guadeloupe", any, "R01"},
      {"01 - Ain", any, "D01"},
      {"44 - Loire-Atl.", any, "D44"},
      // Disagreements are never settled by picking one.
      {"44 - Maine-et-Loire", any, "R44|D44|D49"},
      {"44 - Maine-et-Loire", dep, "R44|D44|D49"},
      {"R52 - Mayenne", dep, "R52|D53"},
      {"2A - Haute-Corse", any, "D2A|D2B"},
      {"44 - Foo", any, "?"},
  });
}

TEST_CASE("Abbreviations: word prefixes, Hte, St, Ste") {
  check_all({
      {"Loire-Atl.", any, "D44"},
      {"Loire-Atl", any, "D44"},
      {"Loire Atl.", any, "D44"},
      {"Hte-Garonne", any, "D31"},
      {"Hte Garonne", any, "D31"},
      {"Hte-Savoie", any, "D74"},
      {"Hte-Sav.", any, "D74"},
      {"Htes-Alpes", any, "D05"},
      {"Hts-de-Seine", any, "D92"},
      {"Hts-de-France", any, "R32"},
      {"Alpes-de-Hte-Provence", any, "D04"},
      {"Seine-St-Denis", any, "D93"},
      {"Seine St Denis", any, "D93"},
      {"Seine-Mar.", any, "D76"},
      {"Seine-et-M.", any, "D77"},
      {"Bouches-du-Rh.", any, "D13"},
      {"Pyr.-Atlantiques", any, "D64"},
      {"Terr. de Belfort", any, "D90"},
      {"Hte-Corse", any, "D2B"},
      {"Alpes-Mar.", any, "D06"},
      // Too little to go on, or several names fit.
      {"L. A.", any, "?"},
      {"Pyr. Or.", any, "?"},
      {"Haute", any, "?"},
      {"Hautes-P.", any, "D65"},
      {"Haute-S.", any, "D70|D74"},  // Haute-Saône and Haute-Savoie
      {"Loir", any, "?"},
      {"Seine", any, "?"},
  });
}

TEST_CASE("Corsica") {
  check_all({
      {"2A", any, "D2A"},           {"2a", any, "D2A"},          {"02A", any, "D2A"},
      {"Corse-du-Sud", any, "D2A"}, {"Corse du Sud", any, "D2A"}, {"CORSE DU SUD", any, "D2A"},
      {"Haute-Corse", any, "D2B"},  {"Haute Corse", any, "D2B"},  {"Corse", any, "R94"},
      {"20A", any, "?"},            {"2C", any, "?"},
  });
}

TEST_CASE("Overseas: a département and its région share the name") {
  check_all({
      {"971", any, "D971"},
      {"Guadeloupe", any, "R01|D971"},
      {"Guadeloupe", dep, "D971"},
      {"Guadeloupe", reg, "R01"},
      {"La Réunion", dep, "D974"},
      {"Réunion", dep, "D974"},
      {"Reunion", dep, "D974"},
      {"REUNION", reg, "R04"},
      {"La Réunion", any, "R04|D974"},
      {"974", any, "D974"},
      {"Guyane", dep, "D973"},
      {"Guyane française", dep, "D973"},
      {"Guyane Francaise", reg, "R03"},
      {"Martinique", dep, "D972"},
      {"Mayotte", dep, "D976"},
      {"975", any, "?"},  // Saint-Pierre-et-Miquelon is not in the catalogue
      {"Saint-Pierre-et-Miquelon", any, "?"},
      {"977", any, "?"},
      {"988", any, "?"},
  });
}

TEST_CASE("Régions by code and name") {
  check_all({
      {"Pays de la Loire", any, "R52"},
      {"Pays-de-la-Loire", any, "R52"},
      {"PAYS DE LA LOIRE", any, "R52"},
      {"Pays de la Loire", dep, "R52"},  // a total row in a département column
      {"Région Pays de la Loire", any, "R52"},
      {"Total Pays de la Loire", any, "R52"},
      {"Bretagne", any, "R53"},
      {"Île-de-France", any, "R11"},
      {"Ile de France", any, "R11"},
      {"Provence-Alpes-Côte d'Azur", any, "R93"},
      {"Auvergne-Rhône-Alpes", any, "R84"},
      {"Centre-Val de Loire", any, "R24"},
      {"Grand Est", any, "R44"},
      {"Grand-Est", any, "R44"},
      {"Nouvelle-Aquitaine", any, "R75"},
      // Acronyms and former régions are never guessed.
      {"PDL", any, "?"},
      {"PACA", any, "?"},
      {"IDF", any, "?"},
      {"Centre", any, "?"},
      {"Pays de Loire", any, "?"},
      {"Rhône-Alpes", any, "?"},
  });
}

TEST_CASE("The country") {
  check_all({
      {"France", any, "PFR"},
      {"FRANCE", dep, "PFR"},
      {"FR", any, "PFR"},
      {"fr", any, "PFR"},
      {"Total France", any, "PFR"},
      {"France entière", any, "PFR"},
      {"France métropolitaine", any, "?"},  // not the same territory
  });
}

TEST_CASE("Negative cases") {
  check_all({
      {"", any, "?"},
      {"   ", any, "?"},
      {"-", any, "?"},
      {"Total", any, "?"},
      {"Département", any, "?"},
      {"00", any, "?"},
      {"0", any, "?"},
      {"96", any, "?"},
      {"100", any, "?"},
      {"4444", any, "?"},
      {"R99", any, "?"},
      {"R", any, "?"},
      {"44.0", any, "?"},
      {"Atlantique", any, "?"},
      {"Loire-Atlantique Maine-et-Loire", any, "?"},
      {"Paris-Lyon", any, "?"},
      {"Ni\xE8vre", any, "?"},  // Latin-1 bytes: unknown, no crash
      {"\xFF\xFE\xFD", any, "?"},
      {"a b c d e f g h i j k l m n o p q r", any, "?"},
  });
  // Long input: unknown, in one linear pass.
  CHECK(resolved(std::string(100000, 'a')) == "?");
  CHECK(resolved(std::string(100000, ' ')) == "?");
}

TEST_CASE("resolve(text) is resolve(text, any)") {
  const TerritoryResolver resolver(france());
  CHECK(resolver.resolve("52").kind == TerritoryResolution::Kind::ambiguous);
  CHECK(resolver.resolve("Loire-Atlantique").kind == TerritoryResolution::Kind::found);
  CHECK(resolver.resolve("nowhere").kind == TerritoryResolution::Kind::unknown);
}

}  // namespace
}  // namespace prith

namespace prith {
namespace {

LevelHint hint_for(TerritoryLevel level) {
  switch (level) {
    case TerritoryLevel::departement: return LevelHint::departement;
    case TerritoryLevel::region: return LevelHint::region;
    case TerritoryLevel::country: return LevelHint::country;
  }
  return LevelHint::any;
}

std::string upper_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return s;
}

TEST_CASE("Every territory of the catalogue by code, name, both, and in capitals") {
  const TerritoryResolver resolver(france());
  for (std::size_t i = 0; i < france().all().size(); ++i) {
    const Territory& t = france().at(static_cast<TerritoryId>(i));
    const LevelHint hint = hint_for(t.level);
    const std::string spellings[] = {t.code, t.name, t.code + " - " + t.name, t.name + " (" + t.code + ")",
                                     upper_ascii(t.name)};
    for (const std::string& text : spellings) {
      CAPTURE(text);
      const TerritoryResolution r = resolver.resolve(text, hint);
      CHECK(r.kind == TerritoryResolution::Kind::found);
      CHECK(r.id == i);
    }
  }
}

}  // namespace
}  // namespace prith
