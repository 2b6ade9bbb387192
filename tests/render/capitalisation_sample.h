// A small project (one indicator, secret under 1 000) with hand-made
// capitalisation content, for the tests of the pages, the open data and the
// workbook: four practices (two on the repérage axis, one sharing a partner),
// a plan with a late action and a stale one, two experiments whose entries
// of 2025-T2 (3 people) are secret.
#pragma once

#include <doctest/doctest.h>

#include <memory>

#include "capitalisation/capitalisation_catalogues.h"
#include "capitalisation/capitalisation_model.h"
#include "model/dataset.h"
#include "model/secrecy_pass.h"
#include "project/project.h"
#include "test_folder.h"
#include "test_support.h"

namespace prith::test {

struct CapitalisationSample {
  TemporaryFolder folder;
  std::unique_ptr<Project> project;
  std::unique_ptr<Dataset> dataset;
  Capitalisation content;

  CapitalisationSample() {
    folder.write("prith.ini", "[project]\nname = PRITH Test\nregion = 52\npublication_date = 2026-11-15\n");
    folder.write("indicators.csv",
                 "code;label;unit;definition;source;aggregation;secret;secret_threshold\n"
                 "INSCRITS;Inscrits;personnes;Personnes inscrites.;france-travail;sum;oui;1000\n");
    folder.write("sources.csv", "code;label;folder;url;secret;secret_threshold\n"
                                "france-travail;France Travail;france-travail;;;\n");
    folder.write("territories.csv", read_file(source_path("config/territories.csv")));
    std::vector<Diagnostic> diagnostics;
    std::string error;
    project = Project::load(folder.path(), diagnostics, error);
    REQUIRE(project != nullptr);
    std::vector<StoredFigure> figures;
    for (auto [territory, value] : {std::pair{"44", 5000.0}, {"49", 4000.0}, {"53", 987.0}, {"72", 3000.0},
                                    {"85", 2000.0}}) {
      StoredFigure figure;
      figure.indicator = *project->indicators().match("INSCRITS");
      figure.territory = *project->territories().find(TerritoryLevel::departement, territory);
      figure.period = *parse_period("2025-T3");
      figure.value = value;
      figure.status = ObservationStatus::ok;
      figure.source = "france-travail";
      figure.file = "france-travail/export.csv";
      figure.read_at = "2026-10-15T09:00:00";
      figures.push_back(figure);
    }
    dataset = std::make_unique<Dataset>(Dataset::build(
        figures, ModelCatalogues{project->territories(), project->indicators(), project->series_breaks(), "52"},
        diagnostics, {secrecy_pass()}));

    content.catalogues = default_capitalisation_catalogues();
    auto practice = [&](std::string id, std::string title, std::vector<std::string> departements, std::string axis,
                        std::vector<std::string> partners) {
      Practice p;
      p.id = std::move(id);
      p.title = std::move(title);
      p.departements = std::move(departements);
      p.axis = std::move(axis);
      p.kind = "outil";
      p.publics = {"demandeurs-d-emploi"};
      p.partners = std::move(partners);
      p.summary = "Résumé de " + p.title;
      p.contact = "Service <insertion>";
      content.practices.push_back(std::move(p));
    };
    practice("p1-reperage-44", "Repérage partagé", {"44", "53"}, "reperage", {"Cap emploi 44"});
    practice("p2-reperage-49", "Repérage en Anjou", {"49"}, "reperage", {"Mission locale"});
    practice("p3-coordination-44", "Comité des partenaires", {"44"}, "coordination", {"Cap emploi 44", "CARSAT"});
    practice("p4-maintien-85", "Cellule maintien", {"85"}, "maintien-en-emploi", {"SPST"});
    content.practices[0].indicators = {"INSCRITS"};
    content.practices[0].body_html = "<p>Texte <strong>riche</strong></p>";
    content.practices[3].kind = "guide";

    ActionPlan plan;
    plan.departement = "44";
    PlanAction late;
    late.id = "A1";
    late.departement = "44";
    late.priority = "interconnaissance";
    late.title = "Annuaire des acteurs";
    late.pilot = "DREETS";
    late.status = "en-cours";
    late.planned_end = "2026-06-30";
    late.progress = 40;
    late.late = true;
    late.indicators = {"INSCRITS"};
    PlanAction done = late;
    done.id = "A2";
    done.title = "Matinales";
    done.status = "realisee";
    done.progress = 100;
    done.late = false;
    done.stale = true;
    done.last_update = "2026-01-10";
    plan.actions = {late, done};
    plan.priorities = {{"interconnaissance", "Interconnaissance des acteurs", {0, 1}, 70.0}};
    content.plans.push_back(plan);

    auto experiment = [&](std::string slug, std::string title) {
      Experiment e;
      e.slug = std::move(slug);
      e.title = std::move(title);
      e.territories = {"72"};
      e.carrier = "Cap emploi 72";
      e.target = 40;
      e.sections = {{"Facteurs de réussite", "<p>Un référent unique</p>"}};
      for (auto [period, entries] : {std::pair{"2025-T1", 12.0}, {"2025-T2", 3.0}, {"2025-T3", 14.0}}) {
        e.results.push_back({period, "entrees", entries, {}});
        e.results.push_back({period, "part_deld", 61.5, {}});
      }
      content.experiments.push_back(std::move(e));
    };
    experiment("exp-a", "Expérimentation A");
    experiment("exp-b", "Expérimentation B");
  }
};

}  // namespace prith::test
