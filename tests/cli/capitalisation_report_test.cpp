#include "cli/capitalisation_report.h"

#include <doctest/doctest.h>

#include <sstream>

#include "project/project.h"

using namespace prith;

TEST_CASE("the demo's capitalisation report, in French, and its counts") {
  std::vector<Diagnostic> diagnostics;
  std::string error;
  auto project = Project::load(std::string(PRITH_SOURCE_DIR) + "/config", diagnostics, error);
  REQUIRE(project);
  CapitalisationReading reading = load_capitalisation(*project);
  std::ostringstream out;
  write_capitalisation_report_text(out, reading);
  std::string text = out.str();
  CHECK(text.rfind("\nCapitalisation\n\naxes.csv — 6 axes\n", 0) == 0);
  CHECK(text.find("\ncapitalisation/pratiques.csv — 30 fiches\n") != std::string::npos);
  CHECK(text.find("\ncapitalisation/plans-d-action.xlsx — 18 actions\n") != std::string::npos);
  CHECK(text.find("\ncapitalisation/experimentations/job-coaching-sarthe.md — 1 expérimentation\n") !=
        std::string::npos);
  CHECK(text.find("  erreur · ligne 32, colonne 4 · axis_unknown : Axe « Insertion professionnelle » inconnu : "
                  "la fiche est ignorée") != std::string::npos);
  CHECK(text.find("  avertissement · feuille « Plans d'action », cellule G19 · done_without_date : Action « A4 » "
                  "réalisée sans date de fin réelle") != std::string::npos);
  DiagnosticCounts counts = capitalisation_counts(reading);
  CHECK(counts.errors == 1);
  CHECK(counts.warnings == 1);

  std::ostringstream empty;
  write_capitalisation_report_text(empty, CapitalisationReading{});
  CHECK(empty.str().empty());
}
