// prith history: batches in order and what each revision changed, as text
// and as JSON.
#include <doctest/doctest.h>

#include <Poco/JSON/Parser.h>

#include <sstream>

#include "cli/commands.h"
#include "store/store_test_project.h"

using namespace prith;
using prith::test::long_csv;

namespace {

std::string history(const test::StoreProject& project, bool json, int expected = kExitClean) {
  std::ostringstream out, err;
  Arguments arguments{project.root().string()};
  if (json) arguments.push_back("--json");
  CHECK(run_history(arguments, out, err) == expected);
  CHECK(err.str() == "");
  return out.str();
}

void build(const test::StoreProject& project, const std::string& now) {
  std::ostringstream out, err;
  run_build({project.root().string(), "--now", now}, out, err);
}

}  // namespace

TEST_CASE("history lists batches and each revision's changes in French") {
  test::StoreProject project;
  CHECK(history(project, false).find("0 lot\n\nAucun lot : lancez « prith build » pour lire les exports.\n") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(project.store_path()));  // looking does not create a store

  project.write_export("france-travail/deboe.csv",
                       long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n85;2025T3;DEBOE;300;\n"));
  build(project, "2026-01-15T09:30");
  project.write_export("france-travail/deboe.csv",
                       long_csv("44;2025T3;DEBOE;1262;\n49;2025T3;DEBOE;800;\n44;2025T4;DEBOE;1300;\n"));
  build(project, "2026-04-15");

  std::string text = history(project, false);
  std::istringstream lines(text);
  std::vector<std::string> seen;
  for (std::string line; std::getline(lines, line);) seen.push_back(line);
  REQUIRE(seen.size() == 9);
  CHECK(seen[0] == "Historique de PRITH Pays de la Loire (" + project.store_path() + ") : 2 lots");
  CHECK(seen[2].rfind("Lot 1 — 2026-01-15T09:30:00Z — exports/france-travail/deboe.csv — source france-travail —"
                      " empreinte ", 0) == 0);
  CHECK(seen[2].find(" — 3 observations, 0 erreur, 0 avertissement, 2 informations") != std::string::npos);
  CHECK(seen[4].rfind("Lot 2 — 2026-04-15T00:00:00Z — ", 0) == 0);
  CHECK(seen[5] == "  Révision : 1 chiffre ajouté, 1 modifié, 1 retiré, 1 inchangé");
  CHECK(seen[6] == "    modifié  DEBOE · 44 · T3 2025 : 1\u00a0250 → 1\u00a0262");
  CHECK(seen[7] == "    ajouté   DEBOE · 44 · T4 2025 : 1\u00a0300");
  CHECK(seen[8] == "    retiré   DEBOE · 85 · T3 2025 : 300");

  Poco::JSON::Parser parser;
  auto root = parser.parse(history(project, true)).extract<Poco::JSON::Object::Ptr>();
  auto batches = root->getArray("batches");
  REQUIRE(batches->size() == 2);
  auto first = batches->getObject(0);
  CHECK(first->getValue<int>("id") == 1);
  CHECK(first->getValue<std::string>("sha256").size() == 64);
  CHECK_FALSE(first->getValue<bool>("revision"));
  CHECK_FALSE(first->has("added"));
  auto second = batches->getObject(1);
  CHECK(second->getValue<bool>("revision"));
  CHECK(second->getValue<int>("unchanged") == 1);
  auto changed = second->getArray("changed");
  REQUIRE(changed->size() == 1);
  auto change = changed->getObject(0);
  CHECK(change->getValue<std::string>("territory") == "44");
  CHECK(change->getValue<std::string>("period") == "2025-T3");
  CHECK(change->getObject("before")->getValue<double>("value") == 1250);
  CHECK(change->getObject("after")->getValue<double>("value") == 1262);
  auto removed = second->getArray("removed");
  REQUIRE(removed->size() == 1);
  CHECK(removed->getObject(0)->getValue<std::string>("territory") == "85");
  CHECK_FALSE(removed->getObject(0)->has("after"));
  CHECK(second->getArray("added")->getObject(0)->getValue<std::string>("period") == "2025-T4");
}

TEST_CASE("history lists at most twenty changes of a kind in text, all of them in JSON") {
  test::StoreProject project;
  std::string first, second;
  const char* departements[] = {"44", "49", "53", "72", "85"};
  for (int year = 2020; year < 2025; ++year)
    for (int quarter = 1; quarter <= 4; ++quarter)
      for (const char* code : departements) {
        std::string key = std::string(code) + ";" + std::to_string(year) + "T" + std::to_string(quarter) + ";DEBOE;";
        first += key + "100;\n";
        second += key + "101;\n";
      }
  project.write_export("france-travail/a.csv", long_csv(first));
  build(project, "2026-01-15");
  project.write_export("france-travail/a.csv", long_csv(second));
  build(project, "2026-02-15");
  std::string text = history(project, false);
  CHECK(text.find("  Révision : 0 chiffre ajouté, 100 modifiés, 0 retiré, 0 inchangé\n") != std::string::npos);
  CHECK(text.find("    … et 80 autres (voir --json)\n") != std::string::npos);
  Poco::JSON::Parser parser;
  auto root = parser.parse(history(project, true)).extract<Poco::JSON::Object::Ptr>();
  CHECK(root->getArray("batches")->getObject(1)->getArray("changed")->size() == 100);
}

TEST_CASE("history's usage errors") {
  test::StoreProject project;
  std::ostringstream out, err;
  CHECK(run_history({project.root().string(), "--csv"}, out, err) == kExitUsage);
  CHECK(err.str() == "Option inconnue ou incomplète « --csv ». Usage : prith history [DOSSIER] [--json]\n");
}
