#include "catalogue/territory_catalogue.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace prith {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST_CASE("The committed territories.csv: 18 régions, 101 départements, France") {
  std::vector<Diagnostic> diagnostics;
  const std::string text = read_text(std::string(PRITH_SOURCE_DIR) + "/config/territories.csv");
  const TerritoryCatalogue catalogue = TerritoryCatalogue::parse(text, "territories.csv", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(catalogue.all().size() == 120);
  int departements = 0, regions = 0, countries = 0;
  for (const Territory& t : catalogue.all()) {
    departements += t.level == TerritoryLevel::departement;
    regions += t.level == TerritoryLevel::region;
    countries += t.level == TerritoryLevel::country;
  }
  CHECK(departements == 101);
  CHECK(regions == 18);
  CHECK(countries == 1);

  struct Row {
    TerritoryLevel level;
    const char* code;
    const char* name;
    const char* parent;
  };
  const Row rows[] = {
      {TerritoryLevel::country, "FR", "France", ""},
      {TerritoryLevel::region, "52", "Pays de la Loire", "FR"},
      {TerritoryLevel::region, "94", "Corse", "FR"},
      {TerritoryLevel::region, "04", "La Réunion", "FR"},
      {TerritoryLevel::departement, "44", "Loire-Atlantique", "52"},
      {TerritoryLevel::departement, "52", "Haute-Marne", "44"},
      {TerritoryLevel::departement, "01", "Ain", "84"},
      {TerritoryLevel::departement, "2A", "Corse-du-Sud", "94"},
      {TerritoryLevel::departement, "2B", "Haute-Corse", "94"},
      {TerritoryLevel::departement, "971", "Guadeloupe", "01"},
      {TerritoryLevel::departement, "974", "La Réunion", "04"},
      {TerritoryLevel::departement, "976", "Mayotte", "06"},
      {TerritoryLevel::departement, "95", "Val-d'Oise", "11"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.code);
    const std::optional<TerritoryId> id = catalogue.find(row.level, row.code);
    REQUIRE(id);
    CHECK(catalogue.at(*id).name == row.name);
    CHECK(catalogue.at(*id).parent == row.parent);
  }
  // The overseas collectivities are not départements of the catalogue.
  for (const char* code : {"975", "977", "978", "984", "986", "987", "988", "989", "20"}) {
    CHECK_FALSE(catalogue.find(TerritoryLevel::departement, code));
    CHECK_FALSE(catalogue.find(TerritoryLevel::region, code));
  }
  // Deterministic order: France, régions by code, départements by code.
  CHECK(catalogue.at(0).code == "FR");
  CHECK(catalogue.at(1).code == "01");
  CHECK(catalogue.at(18).code == "94");
  CHECK(catalogue.at(19).code == "01");
  CHECK(catalogue.at(119).code == "976");
}

TEST_CASE("French headers, accented levels, another column order, BOM, CRLF and quotes") {
  const std::string text =
      "\xEF\xBB\xBF" "Niveau;Code;Nom;Parent\r\n"
      "pays;FR;France;\r\n"
      "Région;52;\"Pays de la Loire\";FR\r\n"
      "\r\n"
      "département;44;Loire-Atlantique;52\r\n";
  std::vector<Diagnostic> diagnostics;
  const TerritoryCatalogue catalogue = TerritoryCatalogue::parse(text, "t.csv", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(catalogue.all().size() == 3);
  CHECK(catalogue.at(1).name == "Pays de la Loire");
  CHECK(catalogue.at(1).level == TerritoryLevel::region);
  CHECK(catalogue.at(2).level == TerritoryLevel::departement);
  CHECK(catalogue.at(2).parent == "52");
}

TEST_CASE("level_name") {
  CHECK(level_name(TerritoryLevel::departement) == "departement");
  CHECK(level_name(TerritoryLevel::region) == "region");
  CHECK(level_name(TerritoryLevel::country) == "pays");
}

struct Expected {
  std::uint32_t line, column;
  const char* value;
  const char* message;
};

void check_diagnostics(const std::vector<Diagnostic>& diagnostics, std::initializer_list<Expected> expected) {
  REQUIRE(diagnostics.size() == expected.size());
  std::size_t i = 0;
  for (const Expected& e : expected) {
    const Diagnostic& d = diagnostics[i++];
    CAPTURE(i);
    CHECK(d.code == DiagnosticCode::catalogue_invalid);
    CHECK(d.place.line == e.line);
    CHECK(d.place.column == e.column);
    CHECK(d.value == e.value);
    CHECK(d.message == e.message);
  }
}

TEST_CASE("Invalid rows are reported with their place and left out") {
  const std::string text =
      "code;name;level;parent\n"
      "FR;France;pays;\n"
      "52;Pays de la Loire;region;FR\n"
      "44;Loire-Atlantique;commune;52\n"
      "49;Maine-et-Loire;departement;52\n"
      "49;Maine et Loire;departement;52\n"
      "53;Mayenne;departement;99\n"
      ";Sans code;departement;52\n"
      "4 4;Espace;departement;52\n"
      "72;;departement;52\n"
      "85;Vendée;departement\n"
      "72;Sarthe;departement;52;x\n"
      "72;Sarthe;departement;52;;\n"
      "11;Île-de-France;region;XX\n"
      "EU;Europe;pays;FR\n";
  std::vector<Diagnostic> diagnostics;
  const TerritoryCatalogue catalogue = TerritoryCatalogue::parse(text, "territories.csv", diagnostics);
  check_diagnostics(
      diagnostics,
      {
          {4, 3, "commune",
           "territories.csv, ligne 4, colonne 3 (level) : niveau « commune » inconnu ; attendu departement, region "
           "ou pays"},
          {6, 1, "49", "territories.csv, ligne 6, colonne 1 (code) : code « 49 » en double au niveau departement"},
          {8, 1, "",
           "territories.csv, ligne 8, colonne 1 (code) : code vide ; attendu un code INSEE (lettres et chiffres : "
           "44, 2A, 971)"},
          {9, 1, "4 4",
           "territories.csv, ligne 9, colonne 1 (code) : code « 4 4 » invalide ; attendu un code INSEE (lettres et "
           "chiffres : 44, 2A, 971)"},
          {10, 2, "", "territories.csv, ligne 10, colonne 2 (name) : nom vide pour le code « 72 »"},
          {12, 5, "x",
           "territories.csv, ligne 12, colonne 5 : 5 champs pour 4 colonnes d'en-tête ; la ligne est ignorée (un « ; "
           "» en trop ?)"},
          {7, 4, "99",
           "territories.csv, ligne 7, colonne 4 (parent) : le département 53 Mayenne a pour parent « 99 », qui "
           "n'est pas une région du fichier"},
          {11, 4, "",
           "territories.csv, ligne 11, colonne 4 (parent) : le département 85 Vendée n'a pas de parent ; attendu le "
           "code de sa région"},
          {14, 4, "XX",
           "territories.csv, ligne 14, colonne 4 (parent) : la région 11 Île-de-France a pour parent « XX », qui "
           "n'est pas un pays du fichier"},
          {15, 4, "FR",
           "territories.csv, ligne 15, colonne 4 (parent) : le pays EU Europe ne peut pas avoir de parent (« FR »)"},
      });
  // The rows without a problem of their own are kept, with their parents.
  CHECK(catalogue.all().size() == 8);
  CHECK(catalogue.at(*catalogue.find(TerritoryLevel::departement, "72")).name == "Sarthe");
  CHECK(catalogue.find(TerritoryLevel::departement, "49"));
  CHECK(catalogue.at(*catalogue.find(TerritoryLevel::departement, "49")).name == "Maine-et-Loire");
}

TEST_CASE("A missing column or an empty file is refused as a whole") {
  std::vector<Diagnostic> diagnostics;
  CHECK(TerritoryCatalogue::parse("code;name;parent\n44;Loire-Atlantique;52\n", "t.csv", diagnostics).all().empty());
  check_diagnostics(diagnostics, {{1, 0, "",
                                   "t.csv, ligne 1 : colonne « level » (ou « niveau ») absente de l'en-tête ; "
                                   "attendu code;name;level;parent"}});
  diagnostics.clear();
  CHECK(TerritoryCatalogue::parse("\xEF\xBB\xBF\n\n", "t.csv", diagnostics).all().empty());
  check_diagnostics(diagnostics, {{0, 0, "", "t.csv : le fichier est vide ; attendu l'en-tête code;name;level;parent"}});
}

TEST_CASE("An unknown column is a warning, and ignored") {
  std::vector<Diagnostic> diagnostics;
  const TerritoryCatalogue catalogue = TerritoryCatalogue::parse(
      "code;name;level;parent;population\nFR;France;pays;;68000000\n", "t.csv", diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].severity == Severity::warning);
  CHECK(diagnostics[0].message ==
        "t.csv, ligne 1, colonne 5 : colonne « population » inconnue, ignorée ; colonnes attendues : code, name "
        "(nom), level (niveau), parent");
  CHECK(catalogue.all().size() == 1);
}

TEST_CASE("Every truncation of the committed file loads or is reported, never crashes") {
  const std::string text = read_text(std::string(PRITH_SOURCE_DIR) + "/config/territories.csv");
  for (std::size_t n = 0; n <= text.size(); n += 7) {
    std::vector<Diagnostic> diagnostics;
    const TerritoryCatalogue catalogue = TerritoryCatalogue::parse(text.substr(0, n), "t.csv", diagnostics);
    CHECK(catalogue.all().size() <= 120);
  }
}

}  // namespace
}  // namespace prith

namespace prith {
namespace {

TEST_CASE("A huge file stays linear and stops at 65535 territories (16-bit ids)") {
  std::string text = "code;name;level;parent\nFR;France;pays;\nR;Région;region;FR\n";
  for (int i = 0; i < 70000; ++i) text.append("D").append(std::to_string(i)).append(";Nom;departement;R\n");
  std::vector<Diagnostic> diagnostics;
  const TerritoryCatalogue catalogue = TerritoryCatalogue::parse(text, "t.csv", diagnostics);
  CHECK(catalogue.all().size() == 65535);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].place.line == 65537);
  CHECK(diagnostics[0].message == "t.csv, ligne 65537 : plus de 65535 territoires ; la suite du fichier est ignorée");
  CHECK(catalogue.find(TerritoryLevel::departement, "D65532") == TerritoryId{65534});
}

}  // namespace
}  // namespace prith
