// prith build on a project made by prith init: what each export became,
// the French summary and the exit code.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "store/store_test_project.h"

using namespace prith;
using prith::test::long_csv;

namespace {

struct Run {
  int status = -1;
  std::string out, err;
};

Run build(const test::StoreProject& project, const std::string& now) {
  std::ostringstream out, err;
  Run run;
  run.status = run_build({project.root().string(), "--now", now}, out, err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("build stores new exports, skips known ones and says so in French") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n"));
  Run first = build(project, "2026-01-15T09:30");
  CHECK(first.status == kExitClean);
  CHECK(first.err == "");
  CHECK(has(first.out, "lecture du 2026-01-15T09:30:00Z\n"));
  CHECK(has(first.out, "exports/france-travail/deboe.csv — nouveau lot n° 1, 2 observations\n"));
  // The capitalisation is reported like `check` does: axes.csv (written by init) is one more file read.
  CHECK(has(first.out, "\nCapitalisation\n\naxes.csv — 6 axes\n"));
  CHECK(has(first.out, "Résumé : 1 nouveau lot dont 0 révision, 0 fichier inchangé, 0 fichier refusé ou illisible,"
                       " 0 erreur, 0 avertissement, 3 informations.\n"));

  Run again = build(project, "2026-01-16");
  CHECK(again.status == kExitClean);
  CHECK(has(again.out, "exports/france-travail/deboe.csv — inchangé : déjà en base (lot n° 1), non relu\n"));
  CHECK(has(again.out, "Résumé : 0 nouveau lot dont 0 révision, 1 fichier inchangé,"));

  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1262;\n44;2025T4;DEBOE;1300;\n"));
  project.write_export("cap-emploi/activite.xlsx", "pas un classeur");
  Run revision = build(project, "2026-04-15");
  CHECK(revision.status == kExitDataErrors);
  CHECK(has(revision.out, "exports/cap-emploi/activite.xlsx — fichier refusé, enregistré comme lot n° 2\n"));
  CHECK(has(revision.out, "exports/france-travail/deboe.csv — révision, lot n° 3, 2 observations : 1 chiffre ajouté,"
                          " 1 modifié, 1 retiré, 0 inchangé\n"));
  CHECK(has(revision.out, "Résumé : 2 nouveaux lots dont 1 révision, 0 fichier inchangé, 1 fichier refusé ou illisible,"
                          " 1 erreur,"));

  Run still = build(project, "2026-04-16");
  CHECK(still.status == kExitDataErrors);  // the refused file is still there
  CHECK(has(still.out, "exports/cap-emploi/activite.xlsx — inchangé, toujours refusé (lot n° 2) : "));
}

TEST_CASE("build's usage errors and an unusable store") {
  test::StoreProject project;
  std::ostringstream out, err;
  CHECK(run_build({project.root().string(), "--now", "hier"}, out, err) == kExitUsage);
  CHECK(err.str() ==
        "--now vaut « hier » : une date AAAA-MM-JJ ou un instant AAAA-MM-JJTHH:MM[:SS][Z] en UTC était attendu.\n");
  std::ostringstream out2, err2;
  CHECK(run_build({project.root().string(), "--now"}, out2, err2) == kExitUsage);
  CHECK(has(err2.str(), "Option inconnue ou incomplète « --now »"));

  std::ofstream(project.store_path()) << "ceci n'est pas une base SQLite, mais du texte qui en tient la place";
  std::ostringstream out3, err3;
  CHECK(run_build({project.root().string(), "--now", "2026-01-15"}, out3, err3) == kExitDataErrors);
  CHECK(has(err3.str(), "La base " + project.store_path() + " est inutilisable : "));
}

TEST_CASE("build makes the model of the store and hides small counts") {
  test::StoreProject project;
  // Mayenne's 3 is a small count (threshold 5): it is hidden, and so is the
  // smallest count beside it, so that the région total does not give it away.
  project.write_export("france-travail/deboe.csv",
                       long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n53;2025T3;DEBOE;3;\n"
                                "72;2025T3;DEBOE;400;\n85;2025T3;DEBOE;600;\n"));
  Run run = build(project, "2026-01-15T09:30");
  CHECK(run.status == kExitClean);
  CHECK(has(run.out, "\nModèle : 6 chiffres (départements, régions, pays) dont 2 masqués par le secret statistique\n"));
}

TEST_CASE("an error stays reported until the catalogue is fixed; the fix reads the file again") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;BOE PDL;800;\n"));
  Run first = build(project, "2026-01-15");
  CHECK(first.status == kExitDataErrors);
  CHECK(has(first.out, "indicator_unknown"));

  Run again = build(project, "2026-01-16");
  CHECK(again.status == kExitDataErrors);  // the problem is not fixed: it does not go quiet
  CHECK(has(again.out, "exports/france-travail/deboe.csv — inchangé : déjà en base (lot n° 1), non relu ;"
                       " ses erreurs restent à corriger\n"));
  CHECK(has(again.out, "indicator_unknown"));
  CHECK(has(again.out, "1 fichier inchangé, 0 fichier refusé ou illisible, 1 erreur,"));

  std::filesystem::path indicators = project.root() / "indicators.csv";
  std::ifstream in(indicators, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  std::size_t aliases = text.find("DEBOE ABC|");
  REQUIRE(aliases != std::string::npos);
  text.insert(aliases, "BOE PDL|");
  std::ofstream(indicators, std::ios::binary | std::ios::trunc) << text;

  Run fixed = build(project, "2026-01-17");
  CHECK(fixed.status == kExitClean);
  CHECK(has(fixed.out, "exports/france-travail/deboe.csv — relu : les catalogues ont changé, révision, lot n° 2,"));
  CHECK_FALSE(has(fixed.out, "indicator_unknown"));

  Run settled = build(project, "2026-01-18");
  CHECK(settled.status == kExitClean);
  CHECK(has(settled.out, "exports/france-travail/deboe.csv — inchangé : déjà en base (lot n° 2), non relu\n"));
}

TEST_CASE("build warns of figures a partner's next export no longer gives, or gives as n.d.") {
  test::StoreProject project;
  project.write_export("france-travail/deboe_2025T1.csv",
                       long_csv("44;2025T1;DEBOE;1250;\n49;2025T1;DEBOE;800;\n53;2025T1;DEBOE;410;\n"));
  build(project, "2026-01-15");
  project.write_export("france-travail/deboe_2025T2.csv",
                       long_csv("44;2025T1;DEBOE;1250;\n53;2025T1;DEBOE;n.d.;\n44;2025T2;DEBOE;1300;\n"));
  Run run = build(project, "2026-04-15");
  CHECK(run.status == kExitClean);  // warnings, not errors
  CHECK(has(run.out, "exports/france-travail/deboe_2025T2.csv — révision, lot n° 2, 3 observations : 1 chiffre ajouté,"
                     " 1 modifié, 1 retiré, 1 inchangé\n"));
  CHECK(has(run.out, "  avertissement · figure_removed : DEBOE · 49 · T1 2025 : 800 donné par la source france-travail,"
                     " absent de ce fichier qui donne pourtant DEBOE pour T1 2025 ; le modèle garde la dernière valeur"
                     " en base. Vérifiez auprès du partenaire s'il l'a retiré.\n"));
  CHECK(has(run.out, "  avertissement · figure_withdrawn : DEBOE · 53 · T1 2025 : 410 en base, donné maintenant comme"
                     " non disponible ; le modèle le publie non disponible.\n"));
  CHECK(has(run.out, "0 erreur, 2 avertissements,"));

  // The history says the same, in the same words.
  std::ostringstream out, err;
  CHECK(run_history({project.root().string()}, out, err) == kExitClean);
  CHECK(has(out.str(), "  Révision : 1 chiffre ajouté, 1 modifié, 1 retiré, 1 inchangé\n"));
  CHECK(has(out.str(), "    retiré   DEBOE · 49 · T1 2025 : 800\n"));
}

TEST_CASE("build --out writes the Excel annexes of the latest quarter, and names them") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n"));
  std::filesystem::path site = project.root() / "sortie";
  std::ostringstream out, err;
  int status = run_build({project.root().string(), "--now", "2026-01-15", "--out", site.string()}, out, err);
  CHECK(status == kExitClean);
  CHECK(err.str() == "");
  const std::filesystem::path regional = site / "annexes" / "annexe-pays-de-la-loire-2025-T3.xlsx";
  CHECK(std::filesystem::file_size(regional) > 5000);
  for (const char* name : {"annexe-44-loire-atlantique-2025-T3.xlsx", "annexe-49-maine-et-loire-2025-T3.xlsx",
                           "annexe-53-mayenne-2025-T3.xlsx", "annexe-72-sarthe-2025-T3.xlsx",
                           "annexe-85-vendee-2025-T3.xlsx"}) {
    CHECK_MESSAGE(std::filesystem::exists(site / "annexes" / name), name);
  }
}

TEST_CASE("build writes the site into DIR/site, or where --out says") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n"));
  Run first = build(project, "2026-01-15T09:30");
  CHECK(first.status == kExitClean);
  CHECK(has(first.out, "Site publié dans "));
  CHECK(std::filesystem::is_regular_file(project.root() / "site" / "index.html"));
  CHECK(std::filesystem::is_regular_file(project.root() / "site" / "territoires" / "departement-44.html"));

  std::ostringstream out, err;
  std::filesystem::path elsewhere = project.root() / "publication";
  CHECK(run_build({project.root().string(), "--now", "2026-01-16", "--out", elsewhere.string()}, out, err) ==
        kExitClean);
  CHECK(std::filesystem::is_regular_file(elsewhere / "index.html"));
  std::ifstream page(elsewhere / "territoires" / "departement-44.html");
  std::stringstream html;
  html << page.rdbuf();
  CHECK(has(html.str(), "1\u00a0250"));
}
