// prith build publishes the site: where, what it says when nothing changed,
// a refused --out, a second build at once, and a failed build that keeps the
// previous site.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/commands.h"
#include "publish/build_manifest.h"
#include "publish/site_files.h"
#include "publish/site_publisher.h"
#include "store/store_test_project.h"

using namespace prith;
using prith::test::long_csv;
namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out, err;
};

Run build(const std::vector<std::string>& arguments) {
  std::ostringstream out, err;
  Run run;
  run.status = run_build(arguments, out, err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("build publishes DIR/site, then does nothing when nothing changed") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  std::string root = project.root().string();
  Run first = build({root, "--now", "2026-01-15"});
  CHECK(first.status == kExitClean);
  CHECK(has(first.out, "Site publié dans " + (project.root() / "site").string()));
  std::optional<BuildManifest> manifest = BuildManifest::read_from(project.root() / "site");
  REQUIRE(manifest);
  CHECK_FALSE(fs::exists(project.root() / ".site.staging"));

  Run again = build({root, "--now", "2026-01-16"});
  CHECK(again.status == kExitClean);
  CHECK(has(again.out, "Site à jour : rien n'a changé depuis la dernière publication.\n"));
  // The model is not built again, but its report is said again, word for word.
  std::string model_line = first.out.substr(first.out.find("Modèle : "));
  model_line = model_line.substr(0, model_line.find('\n'));
  CHECK(model_line.find(" chiffres (départements, régions, pays)") != std::string::npos);
  CHECK(has(again.out, "\n" + model_line + "\n"));
  CHECK(BuildManifest::read_from(project.root() / "site") == manifest);

  // A new export, or a changed catalogue, publishes again.
  project.write_export("france-travail/deboe-t4.csv", long_csv("44;2025T4;DEBOE;1300;\n"));
  Run changed = build({root, "--now", "2026-04-15"});
  CHECK(has(changed.out, "Site publié dans "));
  std::string fingerprint = BuildManifest::read_from(project.root() / "site")->fingerprint;
  CHECK(fingerprint != manifest->fingerprint);
  // The home page tells what came since the previous publication, which the
  // manifest remembers.
  CHECK(manifest->notes.at("published_batches") == "1");
  std::string home = test::read_bytes(project.root() / "site" / "index.html");
  CHECK(has(home, "(reçus le 15 avril 2026)."));
  CHECK_FALSE(has(home, "15 janvier 2026)."));
  std::ofstream(project.root() / "prith.ini", std::ios::app) << "\n; modifié\n";
  Run settings = build({root, "--now", "2026-04-16"});
  CHECK(has(settings.out, "Site publié dans "));
  CHECK(BuildManifest::read_from(project.root() / "site")->fingerprint != fingerprint);
  home = test::read_bytes(project.root() / "site" / "index.html");
  CHECK(has(home, "Aucun nouvel envoi des partenaires."));
}

TEST_CASE("build --out publishes elsewhere and refuses a folder it must not replace") {
  test::StoreProject project;
  test::TemporaryFolder elsewhere;
  elsewhere.write("mes-documents/note.txt", "à garder");
  std::string root = project.root().string();

  Run other = build({root, "--out", (elsewhere.path() / "public").string(), "--now", "2026-01-15"});
  CHECK(other.status == kExitClean);
  CHECK(BuildManifest::read_from(elsewhere.path() / "public"));

  Run documents = build({root, "--out", (elsewhere.path() / "mes-documents").string(), "--now", "2026-01-15"});
  CHECK(documents.status == kExitUsage);
  CHECK(has(documents.err, "prith ne l'a pas construit"));
  CHECK(test::read_bytes(elsewhere.path() / "mes-documents" / "note.txt") == "à garder");

  Run itself = build({root, "--out", root, "--now", "2026-01-15"});
  CHECK(itself.status == kExitUsage);
  CHECK(has(itself.err, "refusé : c'est le dossier"));
  CHECK(fs::exists(project.root() / "prith.ini"));
}

TEST_CASE("a second build while one runs says so in French and exits 1") {
  test::StoreProject project;
  SitePublisher running(project.root() / "site", {});
  Run second = build({project.root().string(), "--now", "2026-01-15"});
  CHECK(second.status == kExitDataErrors);
  CHECK(has(second.err, "est déjà en cours"));
}

TEST_CASE("a build that fails keeps the previous site byte-identical and says so") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  std::string root = project.root().string();
  REQUIRE(build({root, "--now", "2026-01-15"}).status == kExitClean);
  std::map<std::string, std::string> before = test::site_files(project.root() / "site");

  project.write_export("france-travail/deboe-t4.csv", long_csv("44;2025T4;DEBOE;1300;\n"));
  publish_hook_before_swap() = [] { throw std::runtime_error("plus de place sur le disque"); };
  Run failed = build({root, "--now", "2026-04-15"});
  publish_hook_before_swap() = nullptr;
  CHECK(failed.status == kExitDataErrors);
  CHECK(has(failed.err, "La construction du site a échoué : plus de place sur le disque"));
  CHECK(has(failed.err, "reste en place, inchangé"));
  CHECK(test::site_files(project.root() / "site") == before);
  CHECK_FALSE(fs::exists(project.root() / ".site.staging"));

  // The next build publishes what the failed one could not.
  Run next = build({root, "--now", "2026-04-16"});
  CHECK(has(next.out, "Site publié dans "));
  CHECK(test::site_files(project.root() / "site") != before);
}

TEST_CASE("data errors are printed and the site is still published, with exit code 1") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\nLoire-Atlantque;2025T3;DEBOE;3;\n"));
  Run run = build({project.root().string(), "--now", "2026-01-15"});
  CHECK(run.status == kExitDataErrors);
  CHECK(has(run.out, "territory_unknown"));
  CHECK(has(run.out, "Site publié dans "));
  CHECK(BuildManifest::read_from(project.root() / "site"));
}
