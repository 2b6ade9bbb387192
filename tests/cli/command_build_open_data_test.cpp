// prith build --out SITE: the open data files of the project's model,
// revisions included, the same bytes from one build to the next.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "cli/commands.h"
#include "store/store_test_project.h"
#include "test_support.h"

using namespace prith;
using prith::test::long_csv;

namespace {

int build(const test::StoreProject& project, const std::string& now, const std::filesystem::path& site,
          std::string& out) {
  std::ostringstream stream, err;
  int status = run_build({project.root().string(), "--now", now, "--out", site.string()}, stream, err);
  out = stream.str();
  return status;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("build --out writes chiffres.csv, the revisions and datapackage.json, the same bytes each time") {
  test::StoreProject project;
  const std::filesystem::path site = project.root() / "site";
  std::string out;
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n"));
  REQUIRE(build(project, "2026-01-15T09:30", site, out) == kExitClean);
  CHECK(has(out, "Site publié dans "));
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1262;\n49;2025T3;DEBOE;800;\n"));
  REQUIRE(build(project, "2026-04-15", site, out) == kExitClean);

  const std::string figures = test::read_file((site / "donnees/chiffres.csv").string());
  CHECK(has(figures, "\r\nDEBOE,\"Demandeurs d'emploi bénéficiaires de l'obligation d'emploi, catégories A, B, C\","
                     "44,Loire-Atlantique,departement,2025-T3,1262,publié,revise,personnes,france-travail,2026-04-15,"));
  const std::string revisions = test::read_file((site / "donnees/revisions.csv").string());
  CHECK(has(revisions, ",2026-04-15,modifié,DEBOE,44,departement,2025-T3,1250,publié,1262,publié\r\n"));
  for (const char* file : {"indicateurs.csv", "territoires.csv", "sources.csv", "datapackage.json"}) {
    CAPTURE(file);
    CHECK(std::filesystem::exists(site / "donnees" / file));
  }

  // Nothing new: the same files, byte for byte.
  const std::string package = test::read_file((site / "donnees/datapackage.json").string());
  REQUIRE(build(project, "2026-04-16", site, out) == kExitClean);
  CHECK(test::read_file((site / "donnees/chiffres.csv").string()) == figures);
  CHECK(test::read_file((site / "donnees/revisions.csv").string()) == revisions);
  CHECK(test::read_file((site / "donnees/datapackage.json").string()) == package);
}
