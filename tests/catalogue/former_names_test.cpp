// Former names of départements: the table (config/former_departements.csv)
// and how the resolver reads them. A renamed département's old name is
// today's code; a split one's names its heirs and is never one of them.
#include "catalogue/former_names.h"

#include <doctest/doctest.h>

#include "catalogue/territory_resolver.h"
#include "test_support.h"

using namespace prith;

namespace {

const TerritoryCatalogue& france() {
  static const TerritoryCatalogue catalogue = [] {
    std::vector<Diagnostic> diagnostics;
    TerritoryCatalogue parsed = TerritoryCatalogue::parse(test::read_file(test::source_path("config/territories.csv")),
                                                          "territories.csv", diagnostics);
    REQUIRE(diagnostics.empty());
    return parsed;
  }();
  return catalogue;
}

const FormerNameCatalogue& project_former_names() {
  static const FormerNameCatalogue catalogue = [] {
    std::vector<Diagnostic> diagnostics;
    FormerNameCatalogue parsed = FormerNameCatalogue::parse(
        test::read_file(test::source_path("config/former_departements.csv")), "former_departements.csv", france(),
        diagnostics);
    REQUIRE(diagnostics.empty());
    return parsed;
  }();
  return catalogue;
}

std::string codes(const std::vector<TerritoryId>& ids) {
  std::string out;
  for (TerritoryId id : ids) out += (out.empty() ? "" : "|") + france().at(id).code;
  return out;
}

// "22" when found, "?" when unknown, "78|91|95" when ambiguous; a former
// name read is marked "<name>:".
std::string resolved(std::string_view text, LevelHint hint = LevelHint::any) {
  static const TerritoryResolver resolver(france(), &project_former_names());
  const TerritoryResolution r = resolver.resolve(text, hint);
  std::string former = r.former != nullptr ? r.former->name + ":" : "";
  switch (r.kind) {
    case TerritoryResolution::Kind::found: return former + france().at(r.id).code;
    case TerritoryResolution::Kind::unknown: return former + "?";
    case TerritoryResolution::Kind::ambiguous: return former + codes(r.candidates);
  }
  return "!";
}

std::vector<std::string> messages(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(d.message);
  return out;
}

}  // namespace

TEST_CASE("the project's table: every row read, each citing its source") {
  const std::vector<FormerName>& all = project_former_names().all();
  REQUIRE(all.size() == 9);
  for (const FormerName& former : all) {
    CAPTURE(former.name);
    CHECK(former.source.find("Insee") != std::string::npos);
    CHECK(former.source.find(std::to_string(former.year)) != std::string::npos);
  }
  CHECK(all[0].name == "Mayenne-et-Loire");
  CHECK(codes(all[0].ids) == "49");
  CHECK(all[0].year == 1791);
  CHECK_FALSE(all[0].split());
  CHECK(all[5].name == "Seine-et-Oise");
  CHECK(codes(all[5].ids) == "78|91|92|93|94|95");
  CHECK(all[5].split());
}

TEST_CASE("a renamed département's former name is today's code") {
  CHECK(resolved("Côtes-du-Nord") == "Côtes-du-Nord:22");
  CHECK(resolved("COTES DU NORD") == "Côtes-du-Nord:22");
  CHECK(resolved("Côtes du Nord", LevelHint::departement) == "Côtes-du-Nord:22");
  CHECK(resolved("Loire-Inférieure") == "Loire-Inférieure:44");
  CHECK(resolved("Loire Inf.") == "Loire-Inférieure:44");
  CHECK(resolved("Basses-Pyrénées") == "Basses-Pyrénées:64");
  CHECK(resolved("Basses-Alpes") == "Basses-Alpes:04");
  CHECK(resolved("Seine-Inférieure") == "Seine-Inférieure:76");
  CHECK(resolved("Charente-Inférieure") == "Charente-Inférieure:17");
  CHECK(resolved("Mayenne-et-Loire") == "Mayenne-et-Loire:49");
  // Beside its code, today's or the same: the code and the name agree.
  CHECK(resolved("22 - Côtes-du-Nord") == "Côtes-du-Nord:22");
  CHECK(resolved("Loire-Inférieure (44)") == "Loire-Inférieure:44");
  // Beside another code, they disagree: never one of them (the région 44,
  // listed first, the départements 22 and 44).
  CHECK(resolved("44 - Côtes-du-Nord") == "Côtes-du-Nord:44|22|44");
}

TEST_CASE("today's names are read as before, without a former name") {
  CHECK(resolved("Côtes-d'Armor") == "22");
  CHECK(resolved("Loire-Atlantique") == "44");
  CHECK(resolved("Loire") == "42");
  CHECK(resolved("Seine-Maritime") == "76");
  CHECK(resolved("Seine-et-Marne") == "77");
  CHECK(resolved("Seine-St-Denis") == "93");
  CHECK(resolved("Maine-et-Loire") == "49");
  CHECK(resolved("Charente") == "16");
  CHECK(resolved("Hautes-Pyrénées") == "65");
  CHECK(resolved("Pyrénées-Atl.") == "64");
}

TEST_CASE("a split département's former name names all its heirs, whatever code is beside it") {
  CHECK(resolved("Seine-et-Oise") == "Seine-et-Oise:78|91|92|93|94|95");
  CHECK(resolved("SEINE ET OISE", LevelHint::departement) == "Seine-et-Oise:78|91|92|93|94|95");
  CHECK(resolved("Seine-et-O.") == "Seine-et-Oise:78|91|92|93|94|95");
  // 78 was Seine-et-Oise's own code: "78 Seine-et-Oise" is the old whole.
  CHECK(resolved("78 - Seine-et-Oise") == "Seine-et-Oise:78|91|92|93|94|95");
  CHECK(resolved("Seine") == "Seine:75|92|93|94");
  CHECK(resolved("75 Seine") == "Seine:75|92|93|94");
  // Corsica's "20" (1976) stays what it was: either of its two départements.
  CHECK(resolved("20") == "2A|2B");
  CHECK(resolved("Corse") == "94");
}

TEST_CASE("without the table, former names are unknown as before") {
  const TerritoryResolver resolver(france());
  CHECK(resolver.resolve("Côtes-du-Nord").kind == TerritoryResolution::Kind::unknown);
  CHECK(resolver.resolve("Seine-et-Oise").kind == TerritoryResolution::Kind::unknown);
  CHECK(resolver.resolve("Côtes-d'Armor").former == nullptr);
}

TEST_CASE("a row with a problem is a catalogue_invalid error naming its cell, and left out") {
  std::vector<Diagnostic> diagnostics;
  const FormerNameCatalogue catalogue = FormerNameCatalogue::parse(
      "nom;codes;annee;source\n"
      "Côtes-du-Nord;22;1990;décret du 27 février 1990\n"
      "Loire-Atlantique;44;1957;un nom d'aujourd'hui\n"
      "Seine-Inférieure;76,99;1955;décret du 18 janvier 1955\n"
      "Basses-Alpes;04;vers 1970;décret du 13 avril 1970\n"
      "Basses-Pyrénées;64;1969;\n"
      "COTES DU NORD;22;1990;en double\n",
      "former_departements.csv", france(), diagnostics);
  REQUIRE(catalogue.all().size() == 1);
  CHECK(catalogue.all()[0].name == "Côtes-du-Nord");
  REQUIRE(diagnostics.size() == 5);
  for (const Diagnostic& d : diagnostics) CHECK(d.code == DiagnosticCode::catalogue_invalid);
  CHECK(diagnostics[0].place.line == 3);
  CHECK(diagnostics[0].value == "Loire-Atlantique");
  CHECK(diagnostics[1].place.line == 4);
  CHECK(diagnostics[1].place.column == 2);
  CHECK(diagnostics[2].value == "vers 1970");
  CHECK(diagnostics[3].place.column == 4);
  CHECK(diagnostics[4].value == "COTES DU NORD");
  CHECK(messages(diagnostics)[1].find("« 99 »") != std::string::npos);
}

TEST_CASE("a header without its columns reads nothing") {
  std::vector<Diagnostic> diagnostics;
  const FormerNameCatalogue catalogue =
      FormerNameCatalogue::parse("name;codes\nCôtes-du-Nord;22\n", "former_departements.csv", france(), diagnostics);
  CHECK(catalogue.all().empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message.find("year") != std::string::npos);
}
