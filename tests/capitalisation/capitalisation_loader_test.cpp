#include "capitalisation/capitalisation_loader.h"

#include <doctest/doctest.h>

#include <sstream>

#include "capitalisation/experiment_secrecy.h"
#include "capitalisation_test_support.h"
#include "cli/commands.h"

using namespace prith;

namespace {

struct LoadedDemo {
  std::unique_ptr<Project> project;
  CapitalisationReading reading;
  LoadedDemo(const std::string& root) {
    std::vector<Diagnostic> diagnostics;
    std::string error;
    project = Project::load(root, diagnostics, error);
    REQUIRE(project);
    reading = load_capitalisation(*project);
  }
  const CapitalisationFileReport* file(const std::string& name) const {
    for (const auto& report : reading.files) {
      if (report.file == name) return &report;
    }
    return nullptr;
  }
};

std::string new_project(test::TemporaryFolder& folder) {
  std::string root = (folder.path() / "projet").string();
  std::ostringstream out, err;
  REQUIRE(run_init({root}, out, err) == kExitClean);
  return root;
}

}  // namespace

TEST_CASE("the demo loads with exactly its planted faults") {
  LoadedDemo demo(std::string(PRITH_SOURCE_DIR) + "/config");
  const Capitalisation& content = demo.reading.content;
  CHECK(content.practices.size() == 33);
  CHECK(content.plans.size() == 5);
  CHECK(content.experiments.size() == 3);
  std::vector<std::string> problems;
  for (const auto& report : demo.reading.files) {
    for (const std::string& line : test::summarise(report.diagnostics)) problems.push_back(report.file + " " + line);
  }
  CHECK(problems == std::vector<std::string>{
                        "capitalisation/pratiques.csv axis_unknown L32C4 Insertion professionnelle",
                        "capitalisation/plans-d-action.xlsx done_without_date Plans d'action!G19 Réalisée"});
  // Every axis and every département has practices.
  for (const CatalogueEntry& axis : content.catalogues.axes) {
    CHECK_MESSAGE(content.practices_where(axis.code, "", "", "").size() >= 3, axis.code);
  }
  for (const char* departement : {"44", "49", "53", "72", "85"}) {
    CHECK_MESSAGE(content.practices_where("", departement, "", "").size() >= 5, departement);
    REQUIRE(content.plan_of(departement));
    CHECK(content.plan_of(departement)->actions.size() >= 3);
  }
  for (const CatalogueEntry& kind : content.catalogues.kinds) {
    CHECK_MESSAGE(!content.practices_where("", "", "", kind.code).empty(), kind.code);
  }
  CHECK(content.shared_measures() == std::vector<std::string>{"entrees", "objectif_entrees", "delai_premiere_solution",
                                                              "sorties", "sorties_emploi", "sorties_formation",
                                                              "sorties_abandon", "sorties_autres"});
  // The regional practice runs in the five départements.
  const Practice* regional = nullptr;
  for (const Practice& p : content.practices) {
    if (p.id == "pdl-coo-05") regional = &p;
  }
  REQUIRE(regional);
  CHECK(regional->departements == std::vector<std::string>{"44", "49", "53", "72", "85"});
  // Related practices: same axis or a shared partner, the practice itself excluded.
  std::vector<const Practice*> related = content.related_practices(*regional);
  CHECK(!related.empty());
  for (const Practice* other : related) CHECK(other->id != regional->id);
  // The Markdown fiche is rendered.
  const Practice* duoday = nullptr;
  for (const Practice& p : content.practices) {
    if (p.id == "72-sen-06") duoday = &p;
  }
  REQUIRE(duoday);
  CHECK(duoday->body_html.find("<strong>livret d'accueil</strong>") != std::string::npos);
  CHECK(duoday->departements == std::vector<std::string>{"72", "85"});
}

TEST_CASE("the demo's small ESAT counts are secret in what the pages publish") {
  LoadedDemo demo(std::string(PRITH_SOURCE_DIR) + "/config");
  const Experiment* passerelle = nullptr;
  for (const Experiment& e : demo.reading.content.experiments) {
    if (e.slug == "passerelle-esat-entreprise") passerelle = &e;
  }
  REQUIRE(passerelle);
  CHECK(passerelle->stale);
  bool some_secret = false;
  for (const PublishedResult& result : published_experiment_results(*passerelle)) {
    if (result.period == "2025-T4" && result.measure == "entrees") CHECK(result.secret);
    some_secret = some_secret || result.secret;
  }
  CHECK(some_secret);
}

TEST_CASE("duplicate identifiers across files: the later one is left out, naming the first") {
  test::TemporaryFolder folder;
  std::string root = new_project(folder);
  folder.write("projet/capitalisation/pratiques/fiche-a.md",
               "---\nidentifiant: P1\ntitre: Fiche A\ndépartements: 44\naxe: Coordination\ntype: Outil\n"
               "résumé: A.\n---\n");
  folder.write("projet/capitalisation/pratiques.csv",
               "Identifiant;Titre;Départements;Axe;Type;Résumé\n"
               "P1;Autre titre;44;Coordination;Outil;B.\n"
               "P2;Fiche  a;44;Coordination;Outil;C.\n"
               "P3;Fiche C;44;Coordination;Outil;D.\n");
  folder.write("projet/capitalisation/plans-d-action.csv",
               "Département;Priorité;Identifiant;Action;Pilote;Statut\n"
               "44;P;A1;Un;Cap emploi;En cours\n"
               "Loire-Atlantique;P;A1;Deux;Cap emploi;En cours\n"
               "49;P;A1;Trois;Cap emploi;En cours\n");
  folder.write("projet/capitalisation/experimentations/orpheline-resultats.csv", "Période;Entrées\n2025-T1;4\n");
  LoadedDemo loaded(root);
  CHECK(loaded.reading.content.practices.size() == 2);
  const CapitalisationFileReport* table = loaded.file("capitalisation/pratiques.csv");
  REQUIRE(table);
  CHECK(test::summarise(table->diagnostics) ==
        std::vector<std::string>{"identifier_duplicate L2C0 p1", "identifier_duplicate L3C0 Fiche  a"});
  CHECK(table->diagnostics[2].message ==
        "Titre « Fiche  a » déjà utilisé (capitalisation/pratiques/fiche-a.md, ligne 1) : cette fiche est ignorée.");
  CHECK(table->items == 1);
  const CapitalisationFileReport* plans = loaded.file("capitalisation/plans-d-action.csv");
  REQUIRE(plans);
  CHECK(test::summarise(plans->diagnostics) == std::vector<std::string>{"identifier_duplicate L3C0 A1"});
  CHECK(loaded.reading.content.plans.size() == 2);
  const CapitalisationFileReport* orphan = loaded.file("capitalisation/experimentations/orpheline-resultats.csv");
  REQUIRE(orphan);
  CHECK(test::summarise(orphan->diagnostics) == std::vector<std::string>{"field_missing L0C0 "});
}

TEST_CASE("axes.csv extends the catalogue") {
  test::TemporaryFolder folder;
  std::string root = new_project(folder);
  folder.write("projet/axes.csv", "code;label\n;Repérage\nlogement;Accès au logement\nlogement;Doublon\n");
  folder.write("projet/capitalisation/pratiques.csv",
               "Titre;Départements;Axe;Type;Résumé\nBail glissant;44;Accès au logement;Action;A.\n");
  LoadedDemo loaded(root);
  CHECK(loaded.reading.content.catalogues.axes.size() == 2);
  REQUIRE(loaded.reading.content.practices.size() == 1);
  CHECK(loaded.reading.content.practices[0].axis == "logement");
  const CapitalisationFileReport* axes = loaded.file("axes.csv");
  REQUIRE(axes);
  CHECK(test::summarise(axes->diagnostics) == std::vector<std::string>{"catalogue_invalid L4C1 logement"});
}

TEST_CASE("hostile files: a web page saved as .xlsx, binary and oversized Markdown, a lock file") {
  test::TemporaryFolder folder;
  std::string root = new_project(folder);
  folder.write("projet/capitalisation/pratiques.xlsx", "<html><body>Session expirée</body></html>");
  folder.write("projet/capitalisation/pratiques/binaire.md", std::string("\x00\xff\xfe---\x01\x02", 9));
  folder.write("projet/capitalisation/pratiques/enorme.md", "---\ntitre: x\n---\n" + std::string(2 << 20, 'a'));
  folder.write("projet/capitalisation/pratiques/~$verrou.md", "---\n");
  folder.write("projet/capitalisation/plans-d-action.csv", "Département;Priorité\n44;P\n\"non fermé\n");
  LoadedDemo loaded(root);
  CHECK(loaded.reading.content.practices.empty());
  CHECK(loaded.file("capitalisation/pratiques/~$verrou.md") == nullptr);
  const CapitalisationFileReport* page = loaded.file("capitalisation/pratiques.xlsx");
  REQUIRE(page);
  CHECK(test::summarise(page->diagnostics) == std::vector<std::string>{"not_a_zip L0C0 "});
  const CapitalisationFileReport* binary = loaded.file("capitalisation/pratiques/binaire.md");
  REQUIRE(binary);
  CHECK(test::summarise(binary->diagnostics).at(0).rfind("front_matter_invalid L1C1", 0) == 0);
  const CapitalisationFileReport* huge = loaded.file("capitalisation/pratiques/enorme.md");
  REQUIRE(huge);
  CHECK(test::summarise(huge->diagnostics) == std::vector<std::string>{"file_too_large L0C0 "});
  const CapitalisationFileReport* plans = loaded.file("capitalisation/plans-d-action.csv");
  REQUIRE(plans);
  CHECK(!plans->diagnostics.empty());
  CHECK(loaded.reading.content.plans.empty());
}
