#include "catalogue/indicator_catalogue.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace prith {
namespace {

const char* const kCatalogue =
    "\xEF\xBB\xBF" "code;label;aliases;unit;definition;source;aggregation;weight;numerator;denominator;secret;"
    "secret_threshold\n"
    "DEBOE;Demandeurs d'emploi bénéficiaires de l'obligation d'emploi;DEBOE cat. ABC|DE BOE|Nombre de DEBOE;"
    "personnes;\"Demandeurs d'emploi en catégories A, B, C; bénéficiaires de l'OETH\n(fin de trimestre)\";FT;sum;;;;"
    "oui;5\n"
    "DE;Demandeurs d'emploi tous publics;DEFM ABC;personnes;;FT;somme;;;;non;\n"
    "PART_DEBOE;Part des DEBOE parmi les demandeurs;Taux DEBOE|Part BOE;%;;FT;ratio;;DEBOE;DE;non;\n"
    "DUREE;Durée moyenne d'inscription;;mois;;FT;moyenne_pondérée;DEBOE;;;oui;\n"
    "AIDES;Montant des aides versées;Aides versées;€;;AGEFIPH;none;;;;yes;0\n"
    "CONTRATS;Contrats signés;;;;CAPE;;;;;;\n";

IndicatorCatalogue parse(std::string_view text, std::vector<Diagnostic>& diagnostics) {
  return IndicatorCatalogue::parse(text, "indicators.csv", diagnostics);
}

TEST_CASE("IndicatorCatalogue::parse: every column, defaults and French values") {
  std::vector<Diagnostic> diagnostics;
  const IndicatorCatalogue catalogue = parse(kCatalogue, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(catalogue.all().size() == 6);

  const Indicator& deboe = catalogue.at(0);
  CHECK(deboe.code == "DEBOE");
  CHECK(deboe.label == "Demandeurs d'emploi bénéficiaires de l'obligation d'emploi");
  CHECK(deboe.aliases == std::vector<std::string>{"DEBOE cat. ABC", "DE BOE", "Nombre de DEBOE"});
  CHECK(deboe.unit == "personnes");
  CHECK(deboe.definition ==
        "Demandeurs d'emploi en catégories A, B, C; bénéficiaires de l'OETH\n(fin de trimestre)");
  CHECK(deboe.source == "FT");
  CHECK(deboe.aggregation == Aggregation::sum);
  CHECK(deboe.secret);
  CHECK(deboe.secret_threshold == 5);

  CHECK(catalogue.at(1).aggregation == Aggregation::sum);
  CHECK_FALSE(catalogue.at(1).secret);
  CHECK(catalogue.at(1).secret_threshold == 5);  // empty: default

  const Indicator& part = catalogue.at(2);
  CHECK(part.aggregation == Aggregation::ratio);
  CHECK(part.numerator == "DEBOE");
  CHECK(part.denominator == "DE");
  CHECK(part.unit == "%");

  CHECK(catalogue.at(3).aggregation == Aggregation::weighted_mean);
  CHECK(catalogue.at(3).weight == "DEBOE");
  CHECK(catalogue.at(4).aggregation == Aggregation::none);
  CHECK(catalogue.at(4).secret);
  CHECK(catalogue.at(4).secret_threshold == 0);

  const Indicator& contrats = catalogue.at(5);  // every optional field empty
  CHECK(contrats.aggregation == Aggregation::sum);
  CHECK(contrats.secret);
  CHECK(contrats.secret_threshold == 5);
  CHECK(contrats.unit.empty());
  CHECK(contrats.aliases.empty());
}

TEST_CASE("French headers, columns left out, fewer fields than the header") {
  const std::string text =
      "Code;Libellé;Alias;Unité;Définition;Agrégation;Poids;Numérateur;Dénominateur;Seuil secret\n"
      "A;Alpha;a1|a2;personnes;déf;aucune;;;;3\n"
      "B;Bêta\n";
  std::vector<Diagnostic> diagnostics;
  const IndicatorCatalogue catalogue = parse(text, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(catalogue.all().size() == 2);
  CHECK(catalogue.at(0).aliases == std::vector<std::string>{"a1", "a2"});
  CHECK(catalogue.at(0).aggregation == Aggregation::none);
  CHECK(catalogue.at(0).secret_threshold == 3);
  CHECK(catalogue.at(0).secret);  // no secret column: default oui
  CHECK(catalogue.at(1).label == "Bêta");
  CHECK(catalogue.at(1).aggregation == Aggregation::sum);

  diagnostics.clear();
  const IndicatorCatalogue minimal = parse("code;libelle;seuil_secret;agregation\nX;Xylo;7;moyenne ponderee\n", diagnostics);
  REQUIRE(minimal.all().size() == 1);
  CHECK(minimal.at(0).secret_threshold == 7);
  // A weighted mean without its weight column cannot aggregate.
  REQUIRE(diagnostics.size() == 1);
  CHECK(minimal.at(0).aggregation == Aggregation::none);
}

TEST_CASE("match: code, label or alias, ignoring case, accents, spacing, punctuation and units") {
  std::vector<Diagnostic> diagnostics;
  const IndicatorCatalogue catalogue = parse(kCatalogue, diagnostics);
  struct Case {
    const char* text;
    int expected;  // index, -1 for none
  };
  const Case cases[] = {
      {"DEBOE", 0},
      {"deboe", 0},
      {" DEBOE ", 0},
      {"Demandeurs d'emploi bénéficiaires de l'obligation d'emploi", 0},
      {"DEMANDEURS D\xE2\x80\x99" "EMPLOI BENEFICIAIRES DE L'OBLIGATION D'EMPLOI", 0},
      {"demandeurs  d emploi beneficiaires de l obligation d emploi", 0},
      {"DEBOE cat. ABC", 0},
      {"deboe cat abc", 0},
      {"DE BOE", 0},
      {"DE-BOE", 0},
      {"Nombre de DEBOE", 0},
      {"DEBOE (nombre)", 0},
      {"DEBOE (en nombre)", 0},
      {"DEBOE (personnes)", 0},
      {"DE", 1},
      {"DEFM ABC", 1},
      {"Part des DEBOE parmi les demandeurs", 2},
      {"Part des DEBOE parmi les demandeurs (%)", 2},
      {"Part des DEBOE parmi les demandeurs (en %)", 2},
      {"Taux DEBOE (%)", 2},
      {"Taux DEBOE en %", 2},
      {"part_deboe", 2},
      {"Durée moyenne d'inscription (en mois)", 3},
      {"Duree moyenne d inscription", 3},
      {"Montant des aides versées (€)", 4},
      {"Montant des aides versées (en euros)", 4},
      {"Aides versées (en €)", 4},
      {"aides versees eur", 4},
      // Exact on the folded form: no prefixes, no guesses.
      {"Demandeurs d'emploi", -1},
      {"DEBO", -1},
      {"Part des DEBOE", -1},
      {"Nombre", -1},
      {"(nombre)", -1},
      {"", -1},
      {"%", -1},
      {"Taux", -1},
      {"\xFF\xFE", -1},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const std::optional<IndicatorId> id = catalogue.match(c.text);
    if (c.expected < 0) {
      CHECK_FALSE(id);
    } else {
      REQUIRE(id);
      CHECK(*id == c.expected);
    }
  }
}

struct Expected {
  std::uint32_t line, column;
  const char* value;
  const char* message;
};

void check_diagnostics(const std::vector<Diagnostic>& diagnostics, std::initializer_list<Expected> expected) {
  CHECK(diagnostics.size() == expected.size());
  std::size_t i = 0;
  for (const Expected& e : expected) {
    if (i >= diagnostics.size()) break;
    const Diagnostic& d = diagnostics[i++];
    CAPTURE(i);
    CHECK(d.code == DiagnosticCode::catalogue_invalid);
    CHECK(d.severity == Severity::error);
    CHECK(d.place.line == e.line);
    CHECK(d.place.column == e.column);
    CHECK(d.value == e.value);
    CHECK(d.message == e.message);
  }
}

TEST_CASE("Validation: each problem named with its place, in French") {
  const std::string text =
      "code;label;aliases;aggregation;weight;numerator;denominator;secret;secret_threshold\n"
      "A;Alpha;Premier;sum;;;;oui;5\n"
      "A;Alpha bis;;sum;;;;oui;5\n"
      "B;Bêta;premier|Alpha;moyenne;;;;non;5\n"
      "C;Gamma;;ratio;;A;;oui;5\n"
      "D;Delta;;ratio;;A;Z;oui;5\n"
      "E;Epsilon;;weighted_mean;;;;oui;5\n"
      "F;Phi;;moyenne_ponderee;F;;;oui;5\n"
      "G;Gamma bis;;sum;;;;peut-être;cinq\n"
      "H;Êta;;sum;;;;oui;-1\n"
      "I J;Iota;;sum;;;;oui;5\n"
      "K;;;sum;;;;oui;5\n"
      "L;Lambda;;sum;;;;oui;5;en trop\n";
  std::vector<Diagnostic> diagnostics;
  const IndicatorCatalogue catalogue = parse(text, diagnostics);
  check_diagnostics(
      diagnostics,
      {
          {3, 1, "A", "indicators.csv, ligne 3, colonne 1 (code) : code « A » en double (déjà défini ligne 2) ; la "
                      "ligne est ignorée"},
          {4, 4, "moyenne",
           "indicators.csv, ligne 4, colonne 4 (aggregation) : agrégation « moyenne » inconnue ; attendu sum "
           "(somme), weighted_mean (moyenne_ponderee), ratio ou none (aucune) ; l'indicateur ne sera pas agrégé"},
          {9, 8, "peut-être",
           "indicators.csv, ligne 9, colonne 8 (secret) : valeur « peut-être » inconnue ; attendu oui ou non ; le "
           "secret reste appliqué"},
          {9, 9, "cinq",
           "indicators.csv, ligne 9, colonne 9 (secret_threshold) : seuil de secret « cinq » invalide ; attendu un "
           "entier positif ; seuil 5 appliqué"},
          {10, 9, "-1",
           "indicators.csv, ligne 10, colonne 9 (secret_threshold) : seuil de secret « -1 » invalide ; attendu un "
           "entier positif ; seuil 5 appliqué"},
          {11, 1, "I J",
           "indicators.csv, ligne 11, colonne 1 (code) : code « I J » invalide ; attendu lettres, chiffres, « _ », "
           "« - » ou « . »"},
          {12, 2, "",
           "indicators.csv, ligne 12, colonne 2 (label) : libellé vide pour l'indicateur K ; la ligne est ignorée"},
          {13, 10, "en trop",
           "indicators.csv, ligne 13, colonne 10 : 10 champs pour 9 colonnes d'en-tête ; la ligne est ignorée (un "
           "« ; » non protégé par des guillemets ?)"},
          {5, 7, "",
           "indicators.csv, ligne 5, colonne 7 (denominator) : dénominateur (denominator) manquant pour "
           "l'indicateur C ; l'indicateur ne sera pas agrégé"},
          {6, 7, "Z",
           "indicators.csv, ligne 6, colonne 7 (denominator) : dénominateur (denominator) « Z » : aucun indicateur "
           "de ce code dans le fichier ; l'indicateur ne sera pas agrégé"},
          {7, 5, "",
           "indicators.csv, ligne 7, colonne 5 (weight) : poids (weight) manquant pour l'indicateur E ; "
           "l'indicateur ne sera pas agrégé"},
          {8, 5, "F",
           "indicators.csv, ligne 8, colonne 5 (weight) : poids (weight) « F » : l'indicateur F ne peut pas se "
           "citer lui-même ; l'indicateur ne sera pas agrégé"},
          {4, 3, "premier",
           "indicators.csv, ligne 4, colonne 3 (aliases) : « premier » désigne déjà l'indicateur A (ligne 2) ; il "
           "reste attribué à A"},
          {4, 3, "Alpha",
           "indicators.csv, ligne 4, colonne 3 (aliases) : « Alpha » désigne déjà l'indicateur A (ligne 2) ; il "
           "reste attribué à A"},
      });
  // Kept: A, B, C, D, E, F, G, H; the bad references made them unaggregated.
  REQUIRE(catalogue.all().size() == 8);
  CHECK(catalogue.at(1).aggregation == Aggregation::none);
  CHECK(catalogue.at(2).aggregation == Aggregation::none);
  CHECK(catalogue.at(3).aggregation == Aggregation::none);
  CHECK(catalogue.at(4).aggregation == Aggregation::none);
  CHECK(catalogue.at(5).aggregation == Aggregation::none);
  CHECK(catalogue.at(6).secret);
  CHECK(catalogue.at(6).secret_threshold == 5);
  CHECK(catalogue.match("Premier") == IndicatorId{0});
  CHECK(catalogue.match("Alpha") == IndicatorId{0});
}

TEST_CASE("Header problems") {
  std::vector<Diagnostic> diagnostics;
  CHECK(parse("code;unite\nA;%\n", diagnostics).all().empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message ==
        "indicators.csv, ligne 1 : colonne « label » absente de l'en-tête ; les colonnes code et label (libellé) "
        "sont obligatoires");

  diagnostics.clear();
  const IndicatorCatalogue catalogue = parse("code;label;couleur;libellé\nA;Alpha;bleu;Autre\n", diagnostics);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].severity == Severity::warning);
  CHECK(diagnostics[0].message ==
        "indicators.csv, ligne 1, colonne 3 : colonne « couleur » inconnue, ignorée ; voir docs/catalogues.md");
  CHECK(diagnostics[1].severity == Severity::warning);
  CHECK(diagnostics[1].message ==
        "indicators.csv, ligne 1, colonne 4 : colonne « libellé » en double, ignorée (déjà en colonne 2)");
  REQUIRE(catalogue.all().size() == 1);
  CHECK(catalogue.at(0).label == "Alpha");

  diagnostics.clear();
  CHECK(parse("", diagnostics).all().empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "indicators.csv : le fichier est vide ; attendu un en-tête avec au moins code;label");
}

TEST_CASE("The committed config/indicators.csv parses without diagnostics") {
  std::ifstream in(std::string(PRITH_SOURCE_DIR) + "/config/indicators.csv", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::vector<Diagnostic> diagnostics;
  IndicatorCatalogue::parse(text.str(), "indicators.csv", diagnostics);
  CHECK(diagnostics.empty());
}

TEST_CASE("Every truncation of a catalogue loads or is reported, never crashes") {
  const std::string text = kCatalogue;
  for (std::size_t n = 0; n <= text.size(); ++n) {
    std::vector<Diagnostic> diagnostics;
    const IndicatorCatalogue catalogue = parse(text.substr(0, n), diagnostics);
    CHECK(catalogue.all().size() <= 6);
  }
}

}  // namespace
}  // namespace prith

namespace prith {
namespace {

// The catalogue as LibreOffice saves it (tests/catalogue/make_catalogue_fixtures.py).
void check_libreoffice_file(const std::string& name) {
  CAPTURE(name);
  std::ifstream in(std::string(PRITH_TEST_DATA_DIR) + "/catalogue/" + name, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  std::vector<Diagnostic> diagnostics;
  const IndicatorCatalogue catalogue = IndicatorCatalogue::parse(text.str(), name, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(catalogue.all().size() == 3);
  const Indicator& deboe = catalogue.at(0);
  CHECK(deboe.definition ==
        "Demandeurs d'emploi inscrits en catégories A, B, C ; bénéficiaires de l'obligation d'emploi (OETH).\n"
        "Données brutes, fin de trimestre, « champ France entière ».");
  CHECK(deboe.aliases == std::vector<std::string>{"DEBOE cat. ABC", "Nombre de DEBOE"});
  CHECK(deboe.secret_threshold == 5);
  CHECK(catalogue.at(1).definition == "Tous les demandeurs d'emploi ; \"catégories\" A, B et C.");
  CHECK_FALSE(catalogue.at(1).secret);
  CHECK(catalogue.at(2).aggregation == Aggregation::ratio);
  CHECK(catalogue.at(2).numerator == "DEBOE");
  CHECK(catalogue.at(2).denominator == "DE");
  CHECK(catalogue.match("Taux DEBOE (%)") == IndicatorId{2});
}

TEST_CASE("Catalogues saved by LibreOffice, quoted where needed or everywhere") {
  check_libreoffice_file("indicators_libreoffice.csv");
  check_libreoffice_file("indicators_libreoffice_quoted.csv");
}

}  // namespace
}  // namespace prith

namespace prith {
namespace {

TEST_CASE("A huge catalogue stays linear and stops at 65535 indicators (16-bit ids)") {
  std::string text = "code;label;aggregation;numerator;denominator\n";
  for (int i = 0; i < 65540; ++i) {
    const std::string code = std::string("I").append(std::to_string(i));
    text += code + ";Libellé " + code + (i > 1 ? ";ratio;I0;I1\n" : ";sum;;\n");
  }
  std::vector<Diagnostic> diagnostics;
  const IndicatorCatalogue catalogue = IndicatorCatalogue::parse(text, "i.csv", diagnostics);
  CHECK(catalogue.all().size() == 65535);
  REQUIRE(diagnostics.size() == 5);
  CHECK(diagnostics[0].place.line == 65537);
  CHECK(diagnostics[0].message ==
        "i.csv, ligne 65537, colonne 1 (code) : plus de 65535 indicateurs ; la ligne est ignorée");
  CHECK(catalogue.match("libelle i65534") == IndicatorId{65534});
  CHECK(catalogue.at(65534).aggregation == Aggregation::ratio);
}

}  // namespace
}  // namespace prith

namespace prith {

TEST_CASE("nature: stock or flux (flow), unspecified when left out") {
  std::vector<Diagnostic> diagnostics;
  IndicatorCatalogue catalogue = IndicatorCatalogue::parse(
      "code;label;nature\nA;Inscrits;stock\nB;Placements;Flux\nC;Aides;flow\nD;Autre;\nE;Faux;cumul\n",
      "indicators.csv", diagnostics);
  REQUIRE(catalogue.all().size() == 5);
  CHECK(catalogue.at(0).nature == Nature::stock);
  CHECK(catalogue.at(1).nature == Nature::flow);
  CHECK(catalogue.at(2).nature == Nature::flow);
  CHECK(catalogue.at(3).nature == Nature::unspecified);
  CHECK(catalogue.at(4).nature == Nature::unspecified);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message ==
        "indicators.csv, ligne 6, colonne 3 (nature) : nature « cumul » inconnue ; attendu stock ou flux ; nature non "
        "précisée");
}
}  // namespace prith

namespace prith {
TEST_CASE("secret_protection: the width the audit requires, the threshold by default") {
  std::vector<Diagnostic> diagnostics;
  IndicatorCatalogue catalogue = IndicatorCatalogue::parse(
      "code;label;secret_threshold;secret_protection\nA;Un;11;20\nB;Deux;5;\nC;Trois;5;large\n", "indicators.csv",
      diagnostics);
  CHECK(catalogue.at(0).secret_protection == 20);
  CHECK(catalogue.at(1).secret_protection == 0);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].value == "large");
  CHECK(diagnostics[0].place.line == 4);
}
}  // namespace prith
