#include "capitalisation/action_plan_reader.h"

#include <doctest/doctest.h>

#include "capitalisation_test_support.h"

using namespace prith;

namespace {

const char* kHeader =
    "Département;Priorité;N°;Action;Pilote;Partenaires;Statut;Début prévu;Fin prévue;Début réel;Fin réelle;"
    "Avancement (%);Indicateurs;Dernière mise à jour\n";

}  // namespace

TEST_CASE("action rows: fields, plans by département, priorities in order") {
  test::DemoContext demo;
  test::TemporaryFolder folder;
  std::string path = folder.write(
      "plans.csv", std::string(kHeader) +
                       "Mayenne;Interconnaissance des acteurs;A2;Matinales;Cap emploi 53;MDPH 53, France Travail 53;"
                       "En cours;2025-01-20;31/12/2026;20/01/2025;;75 %;DEBOE;2026-10-15\n"
                       "44;Pérenniser les groupes de travail;A1;Calendrier;DREETS;;Réalisée;2025-01-01;2025-03-31;"
                       "2025-01-15;2025-03-20;100;;2026-10-01\n"
                       "53;Pérenniser les groupes de travail;A1;Relevé de décisions;Cap emploi 53;;À lancer;2026-01-01;"
                       "2026-06-30;;;0;;2026-10-01\n");
  std::vector<Diagnostic> diagnostics;
  std::vector<ReadAction> read = read_action_table(path, "plans.csv", *demo.context, diagnostics);
  CHECK(test::summarise(diagnostics).empty());
  REQUIRE(read.size() == 3);
  const PlanAction& a = read[0].action;
  CHECK(a.departement == "53");
  CHECK(a.priority == "interconnaissance-des-acteurs");
  CHECK(read[0].priority_label == "Interconnaissance des acteurs");
  CHECK(a.id == "A2");
  CHECK(a.title == "Matinales");
  CHECK(a.pilot == "Cap emploi 53");
  CHECK(a.partners == std::vector<std::string>{"MDPH 53", "France Travail 53"});
  CHECK(a.status == "en-cours");
  CHECK(a.planned_start == "2025-01-20");
  CHECK(a.planned_end == "2026-12-31");
  CHECK(a.actual_start == "2025-01-20");
  CHECK(a.actual_end.empty());
  CHECK(a.progress == 75);
  CHECK(a.indicators == std::vector<std::string>{"DEBOE"});
  CHECK(a.last_update == "2026-10-15");
  CHECK_FALSE(a.late);
  // Planned end 2026-06-30 before publication (2026-11-15), not done: late.
  CHECK(read[2].action.late);

  std::vector<ActionPlan> plans = group_action_plans(std::move(read));
  REQUIRE(plans.size() == 2);
  CHECK(plans[0].departement == "44");
  CHECK(plans[1].departement == "53");
  REQUIRE(plans[1].priorities.size() == 2);
  CHECK(plans[1].priorities[0].label == "Interconnaissance des acteurs");
  CHECK(plans[1].priorities[1].code == "perenniser-les-groupes-de-travail");
  CHECK(plans[1].priorities[1].actions == std::vector<std::size_t>{1});
  CHECK(plans[1].priorities[0].mean_progress == 75);
  CHECK(plans[1].priorities[1].mean_progress == 0);

  Capitalisation content;
  content.plans = std::move(plans);
  std::vector<CatalogueEntry> priorities = content.priorities();
  REQUIRE(priorities.size() == 2);
  CHECK(priorities[0].code == "perenniser-les-groupes-de-travail");
  CHECK(priorities[1].label == "Interconnaissance des acteurs");
}

TEST_CASE("action problems: progress, dates, done without date, several départements") {
  test::DemoContext demo;
  test::TemporaryFolder folder;
  std::string path = folder.write(
      "plans.csv", std::string(kHeader) +
                       "44;P;A1;Action 1;Pilote;;En cours;2025-06-01;2025-12-31;2025-03-01;;120;;2026-10-01\n"
                       "44;P;A2;Action 2;Pilote;;Réalisée;2025-01-01;2025-03-31;2025-01-15;;100;;2026-10-01\n"
                       "44, 49;P;A3;Action 3;Pilote;;En cours;;;;;;;2026-10-01\n"
                       "44;P;A4;Action 4;Pilote;;Terminée bientôt;;;;;;;2026-10-01\n"
                       "44;P;;Action 5;Pilote;;En cours;;;;;;;\n");
  std::vector<Diagnostic> diagnostics;
  std::vector<ReadAction> read = read_action_table(path, "plans.csv", *demo.context, diagnostics);
  CHECK(test::summarise(diagnostics) == std::vector<std::string>{"progress_invalid L2C12 120",
                                                                 "dates_inconsistent L2C10 2025-03-01",
                                                                 "done_without_date L3C7 Réalisée",
                                                                 "departement_unknown L4C1 44, 49",
                                                                 "status_unknown L5C7 Terminée bientôt",
                                                                 "field_missing L6C3 "});
  REQUIRE(read.size() == 3);
  CHECK_FALSE(read[0].action.progress);
  CHECK(diagnostics[2].message == "Date réelle 01/03/2025 antérieure au début prévu 01/06/2025 : vérifiez l'une ou l'autre.");
  CHECK(diagnostics[3].message ==
        "Action « A2 » réalisée sans date de fin réelle : indiquez quand elle s'est achevée.");
}
