// breakdowns.csv: the demo's sex and age bands, the spellings partners use
// in their headers, and a clear catalogue_invalid for each broken line.
#include "catalogue/breakdown_catalogue.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace prith;

namespace {

struct Parsed {
  IndicatorCatalogue indicators;
  BreakdownCatalogue breakdowns;
  std::vector<Diagnostic> diagnostics;
  explicit Parsed(const std::string& csv) {
    indicators = IndicatorCatalogue::parse(test::kTestIndicators, "indicators.csv", diagnostics);
    REQUIRE(diagnostics.empty());
    breakdowns = BreakdownCatalogue::parse(csv, "breakdowns.csv", indicators, diagnostics);
  }
  std::string code_of(std::string_view header) const {
    std::optional<BreakdownId> id = breakdowns.match(header);
    return id ? breakdowns.key(*id) : "(none)";
  }
};

}  // namespace

TEST_CASE("the demo catalogue: sex and age bands, under the spellings partners use") {
  Parsed demo(test::read_file(test::source_path("config/breakdowns.csv")));
  CHECK(demo.diagnostics.empty());
  REQUIRE(demo.breakdowns.dimensions().size() == 2);
  CHECK(demo.breakdowns.dimensions()[0].code == "sexe");
  CHECK(demo.breakdowns.dimensions()[1].label == "Tranche d'âge");
  CHECK(demo.code_of("Hommes") == "sexe:H");
  CHECK(demo.code_of("femme") == "sexe:F");
  CHECK(demo.code_of("F") == "sexe:F");
  CHECK(demo.code_of("Sexe féminin") == "sexe:F");
  CHECK(demo.code_of("Moins de 26 ans") == "age:moins_26");
  CHECK(demo.code_of("- de 26 ans") == "age:moins_26");
  CHECK(demo.code_of("26-49 ans") == "age:26_49");
  CHECK(demo.code_of("26 - 49 ans") == "age:26_49");
  CHECK(demo.code_of("de 26 à 49 ans") == "age:26_49");
  CHECK(demo.code_of("50 ans et plus") == "age:50_plus");
  CHECK(demo.code_of("50 ans et +") == "age:50_plus");
  CHECK(demo.code_of("Total") == "(none)");
  CHECK(demo.code_of("Moins de 25 ans") == "(none)");  // another band: never a near match
  std::vector<BreakdownId> ages = demo.breakdowns.categories_of(1);
  REQUIRE(ages.size() == 3);
  CHECK(demo.breakdowns.at(ages[0]).label == "Moins de 26 ans");
  CHECK(demo.breakdowns.at(ages[2]).label == "50 ans et plus");
  CHECK(demo.breakdowns.describe_fr(ages[2]) == "50 ans et plus (tranche d'âge)");
  CHECK(demo.breakdowns.key(kHeadline) == "");
}

TEST_CASE("order ranks the categories; the indicators column limits where a category is read") {
  Parsed parsed(
      "dimension;category;label;order;indicators\n"
      "age;60;60 ans et plus;3;\n"
      "age;jeune;Moins de 30 ans;1;DEBOE|MAINTIENS\n"
      "age;30_59;30 à 59 ans;2;\n");
  CHECK(parsed.diagnostics.empty());
  std::vector<BreakdownId> ages = parsed.breakdowns.categories_of(0);
  REQUIRE(ages.size() == 3);
  CHECK(parsed.breakdowns.at(ages[0]).code == "jeune");
  CHECK(parsed.breakdowns.at(ages[1]).code == "30_59");
  CHECK(parsed.breakdowns.dimensions()[0].label == "age");  // no dimension_label: the code
  const BreakdownId young = ages[0];
  CHECK(parsed.breakdowns.carries(young, *parsed.indicators.match("DEBOE")));
  CHECK_FALSE(parsed.breakdowns.carries(young, *parsed.indicators.match("PLACEMENTS")));
  CHECK(parsed.breakdowns.carries(ages[1], *parsed.indicators.match("PLACEMENTS")));
}

TEST_CASE("a broken line is a catalogue_invalid naming its cell, and the other lines are read") {
  Parsed parsed(
      "dimension;category;label;order;aliases;indicators\n"
      "sexe;H;Hommes;1;Homme;\n"
      "sexe;H;Hommes bis;2;;\n"
      "sexe;F;Femmes;deux;;\n"
      "sexe;X;Autre;3;homme;\n"
      "sexe;N;Non renseigné;4;;INCONNU\n"
      ";Z;Sans dimension;5;;\n"
      "sexe;F;Femmes;2;Femme;\n");
  REQUIRE(parsed.diagnostics.size() == 5);
  for (const Diagnostic& d : parsed.diagnostics) CHECK(d.code == DiagnosticCode::catalogue_invalid);
  CHECK(parsed.diagnostics[0].place.line == 3);
  CHECK(parsed.diagnostics[0].message.find("déjà déclarée") != std::string::npos);
  CHECK(parsed.diagnostics[1].value == "deux");
  CHECK(parsed.diagnostics[1].place.column == 4);
  CHECK(parsed.diagnostics[2].value == "homme");
  CHECK(parsed.diagnostics[2].message.find("ligne 2") != std::string::npos);
  CHECK(parsed.diagnostics[3].value == "INCONNU");
  CHECK(parsed.diagnostics[4].place.line == 7);
  CHECK(parsed.breakdowns.category_count() == 2);
  CHECK(parsed.code_of("Femme") == "sexe:F");
  CHECK(parsed.code_of("Autre") == "(none)");
}

TEST_CASE("a catalogue without its category column reads no breakdown") {
  Parsed parsed("dimension;label\nsexe;Hommes\n");
  REQUIRE(parsed.diagnostics.size() == 1);
  CHECK(parsed.diagnostics[0].message.find("« category » absente") != std::string::npos);
  CHECK(parsed.breakdowns.category_count() == 0);
  CHECK(parsed.code_of("Hommes") == "(none)");
}

TEST_CASE("a spelling an indicator already has stays the indicator's, with a warning") {
  Parsed parsed("dimension;category;label;aliases\nsexe;H;Hommes;Placements\n");
  REQUIRE(parsed.diagnostics.size() == 1);
  CHECK(parsed.diagnostics[0].severity == Severity::warning);
  CHECK(parsed.code_of("Placements") == "(none)");
  CHECK(parsed.code_of("Hommes") == "sexe:H");
}

TEST_CASE("Total, Ensemble and their variants head the headline column") {
  for (const char* total : {"Total", "ENSEMBLE", "Total général", "Tous publics", " total "}) {
    CAPTURE(total);
    CHECK(is_breakdown_total_header(total));
  }
  for (const char* other : {"Totalité", "Hommes", "Total DEBOE", ""}) {
    CAPTURE(other);
    CHECK_FALSE(is_breakdown_total_header(other));
  }
}

TEST_CASE("a column the catalogue does not know is a warning, and the rest is read") {
  Parsed parsed("dimension;category;label;remarque\nsexe;F;Femmes;à revoir\n");
  REQUIRE(parsed.diagnostics.size() == 1);
  CHECK(parsed.diagnostics[0].severity == Severity::warning);
  CHECK(parsed.diagnostics[0].place.column == 4);
  CHECK(parsed.diagnostics[0].message ==
        "breakdowns.csv, ligne 1, colonne 4 : colonne « remarque » inconnue, ignorée ; attendu dimension, "
        "dimension_label, category, label, order, aliases, indicators");
  CHECK(parsed.code_of("Femmes") == "sexe:F");
}
