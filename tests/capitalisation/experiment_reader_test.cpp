#include "capitalisation/experiment_reader.h"

#include <doctest/doctest.h>

#include <cstdio>

#include "capitalisation_test_support.h"

using namespace prith;

TEST_CASE("an experiment's description: fields and findings") {
  test::DemoContext demo;
  std::vector<Diagnostic> diagnostics;
  std::optional<Experiment> experiment = read_experiment_markdown_text(
      "---\ntitre: Job coaching\nterritoires: 72\nporteur: Cap emploi 72\npartenaires:\n  - Agefiph\n"
      "début: 2025-01-01\nfin: 31/12/2026\nobjectif: 120\npublic: DELD\naxe: Accompagnement global\n---\n"
      "Intro.\n\n## Facteurs de réussite\n\n- Un portefeuille limité.\n\n## Freins\n\n- La mobilité.\n",
      "job-coaching", "capitalisation/experimentations/job-coaching.md", *demo.context, diagnostics);
  CHECK(test::summarise(diagnostics).empty());
  REQUIRE(experiment);
  CHECK(experiment->slug == "job-coaching");
  CHECK(experiment->title == "Job coaching");
  CHECK(experiment->territories == std::vector<std::string>{"72"});
  CHECK(experiment->carrier == "Cap emploi 72");
  CHECK(experiment->partners == std::vector<std::string>{"Agefiph"});
  CHECK(experiment->start_date == "2025-01-01");
  CHECK(experiment->end_date == "2026-12-31");
  CHECK(experiment->target == 120);
  CHECK(experiment->target_public == "DELD");
  CHECK(experiment->axis == "accompagnement-global");
  CHECK(experiment->success_factors_html == "<ul>\n<li>Un portefeuille limité.</li>\n</ul>\n");
  CHECK(experiment->obstacles_html == "<ul>\n<li>La mobilité.</li>\n</ul>\n");
  REQUIRE(experiment->sections.size() == 3);
  CHECK(experiment->sections[0].heading.empty());
}

TEST_CASE("an experiment may set its own secrecy threshold; a bad one keeps the default and says so") {
  test::DemoContext demo;
  auto read = [&](const std::string& threshold, std::vector<Diagnostic>& diagnostics) {
    return read_experiment_markdown_text("---\ntitre: Job coaching\nterritoires: 72\nporteur: Cap emploi 72\n"
                                         "début: 2025-01-01\nseuil du secret: " + threshold + "\n---\nIntro.\n",
                                         "job-coaching", "capitalisation/experimentations/job-coaching.md",
                                         *demo.context, diagnostics);
  };
  std::vector<Diagnostic> diagnostics;
  std::optional<Experiment> strict = read("11", diagnostics);
  REQUIRE(strict);
  CHECK(diagnostics.empty());
  CHECK(strict->secrecy_threshold == 11);
  for (const char* bad : {"1", "cinq", "5,5", "-3"}) {
    diagnostics.clear();
    std::optional<Experiment> kept = read(bad, diagnostics);
    REQUIRE(kept);
    CHECK(kept->secrecy_threshold == kExperimentSecrecyThreshold);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == DiagnosticCode::value_invalid);
    CHECK(diagnostics[0].message.find("Seuil du secret « " + std::string(bad) + " »") != std::string::npos);
  }
}

TEST_CASE("results over time: measures by French headers, shares, bad cells") {
  test::TemporaryFolder folder;
  std::string path = folder.write(
      "x-resultats.csv",
      "Période;Entrées;Objectif d'entrées;Part DELD (%);Délai première solution (mois);Sorties vers l'emploi;Bizarre\n"
      "T2 2025;17;15;81 %;;2;?\n"
      "2025-T1;9;15;78;;0;\n"
      "2025-T1;9;15;78;;0;\n"
      "2025-T3;seize;15;175;5,8;s;\n"
      "plus tard;1;1;1;1;1;\n");
  std::vector<Diagnostic> diagnostics;
  std::vector<ExperimentResult> results = read_experiment_results(path, "x-resultats.csv", diagnostics);
  CHECK(test::summarise(diagnostics, true) == std::vector<std::string>{"dialect_detected L0C0 UTF-8",
                                                                       "column_ignored L1C7 Bizarre",
                                                                       "identifier_duplicate L4C1 2025-T1",
                                                                       "value_invalid L5C2 seize",
                                                                       "value_invalid L5C4 175",
                                                                       "value_confidential L5C6 s",
                                                                       "period_invalid L6C1 plus tard"});
  std::vector<std::string> seen;
  for (const ExperimentResult& r : results) {
    char value[32];
    std::snprintf(value, sizeof value, "%g", r.value);
    seen.push_back(r.period + " " + r.measure + " " + value);
  }
  CHECK(seen == std::vector<std::string>{"2025-T1 entrees 9", "2025-T1 objectif_entrees 15", "2025-T1 part_deld 78",
                                         "2025-T1 sorties_emploi 0", "2025-T2 entrees 17",
                                         "2025-T2 objectif_entrees 15", "2025-T2 part_deld 81",
                                         "2025-T2 sorties_emploi 2", "2025-T3 objectif_entrees 15",
                                         "2025-T3 delai_premiere_solution 5.8"});
}
