// The staging publisher: one-step swap, stale staging removed, refused
// outputs, the lock, and a failed build that leaves the site untouched.
#include "publish/site_publisher.h"

#include <doctest/doctest.h>

#include "publish/content_digest.h"
#include "publish/site_files.h"
#include "test_folder.h"

using namespace prith;
namespace fs = std::filesystem;

namespace {

// Publishes a site holding `files` (path → bytes) into `output`.
void publish_site(const fs::path& output, const std::map<std::string, std::string>& files,
                  const std::string& fingerprint = "f1") {
  SitePublisher publisher(output, {});
  for (const auto& [path, bytes] : files) publisher.staging().write(path, bytes);
  publisher.publish(fingerprint);
}

struct HookReset {
  ~HookReset() { publish_hook_before_swap() = nullptr; }
};

}  // namespace

TEST_CASE("publish swaps the new site in place of the previous one, whole") {
  test::TemporaryFolder folder;
  fs::path output = folder.path() / "site";
  publish_site(output, {{"index.html", "ancien"}, {"territoires/departement-53.html", "Mayenne"}});
  std::map<std::string, std::string> first = test::site_files(output);
  CHECK(first.at("index.html") == "ancien");
  CHECK(first.count(".prith-build.json") == 1);

  publish_site(output, {{"index.html", "nouveau"}, {"indicateurs/DEBOE.html", "DEBOE"}}, "f2");
  std::map<std::string, std::string> second = test::site_files(output);
  CHECK(second.at("index.html") == "nouveau");
  CHECK(second.at("indicateurs/DEBOE.html") == "DEBOE");
  CHECK(second.count("territoires/departement-53.html") == 0);  // not a mix of both
  CHECK_FALSE(fs::exists(folder.path() / ".site.staging"));     // the old tree is gone

  std::optional<BuildManifest> manifest = BuildManifest::read_from(output);
  REQUIRE(manifest);
  CHECK(manifest->fingerprint == "f2");
  CHECK(manifest->files.size() == 2);
  CHECK(manifest->files.at("index.html").digest == digest_of("nouveau"));
}

TEST_CASE("a stale staging folder left by a killed build is removed by the next one") {
  test::TemporaryFolder folder;
  fs::path output = folder.path() / "site";
  folder.write(".site.staging/index.html", "à moitié écrit");
  {
    SitePublisher publisher(output, {});
    CHECK_FALSE(fs::exists(folder.path() / ".site.staging" / "index.html"));
    publisher.staging().write("index.html", "complet");
    publisher.publish("f");
  }
  CHECK(test::read_bytes(output / "index.html") == "complet");
  CHECK_FALSE(fs::exists(folder.path() / ".site.staging"));
}

TEST_CASE("a wrong --out is refused before anything is touched") {
  test::TemporaryFolder folder;
  fs::path project = folder.path() / "projet";
  folder.write("projet/prith.ini", "[project]\n");
  folder.write("documents/lettre.txt", "à garder");

  CHECK_THROWS_WITH_AS(check_output_folder(project, {project}), doctest::Contains("c'est le dossier"), PublishRefused);
  CHECK_THROWS_WITH_AS(check_output_folder(folder.path(), {project}), doctest::Contains("il contient le dossier"),
                       PublishRefused);
  CHECK_THROWS_WITH_AS(check_output_folder("/", {}), doctest::Contains("racine"), PublishRefused);
  if (const char* home = std::getenv("HOME"); home && *home)
    CHECK_THROWS_WITH_AS(check_output_folder(home, {}), doctest::Contains("dossier personnel"), PublishRefused);
  CHECK_THROWS_WITH_AS(check_output_folder(folder.path() / "documents", {project}),
                       doctest::Contains("prith ne l'a pas construit"), PublishRefused);
  CHECK_THROWS_WITH_AS(check_output_folder(folder.path() / "documents" / "lettre.txt", {project}),
                       doctest::Contains("c'est un fichier"), PublishRefused);
  CHECK_THROWS_AS(SitePublisher(folder.path() / "documents", {project}), PublishRefused);
  CHECK(test::read_bytes(folder.path() / "documents" / "lettre.txt") == "à garder");

  // A new folder, an empty one and one prith built are fine.
  CHECK_NOTHROW(check_output_folder(folder.path() / "nouveau", {project}));
  fs::create_directories(folder.path() / "vide");
  CHECK_NOTHROW(check_output_folder(folder.path() / "vide", {project}));
  publish_site(folder.path() / "site", {{"index.html", "x"}});
  CHECK_NOTHROW(check_output_folder(folder.path() / "site", {project}));
}

TEST_CASE("a second build of the same output is refused while the first holds the lock") {
  test::TemporaryFolder folder;
  fs::path output = folder.path() / "site";
  {
    SitePublisher first(output, {});
    first.staging().write("index.html", "premier");
    CHECK_THROWS_WITH_AS(SitePublisher(output, {}), doctest::Contains("déjà en cours"), BuildAlreadyRunning);
    // The refused build did not remove the running one's staging folder.
    CHECK(fs::exists(folder.path() / ".site.staging" / "index.html"));
    first.publish("f");
  }
  CHECK_NOTHROW(SitePublisher(output, {}));
}

TEST_CASE("a build that fails midway leaves the previous site byte-identical") {
  test::TemporaryFolder folder;
  fs::path output = folder.path() / "site";
  publish_site(output, {{"index.html", "publié"}, {"donnees/chiffres.csv", "a;b\n1;2\n"}});
  std::map<std::string, std::string> before = test::site_files(output);

  HookReset reset;
  publish_hook_before_swap() = [] { throw std::runtime_error("disque plein"); };
  {
    SitePublisher publisher(output, {});
    publisher.staging().write("index.html", "à moitié");
    CHECK_THROWS_WITH(publisher.publish("f2"), "disque plein");
  }
  CHECK(test::site_files(output) == before);
  CHECK_FALSE(fs::exists(folder.path() / ".site.staging"));
}

TEST_CASE("up_to_date compares the published site's fingerprint") {
  test::TemporaryFolder folder;
  fs::path output = folder.path() / "site";
  CHECK_FALSE(SitePublisher(output, {}).up_to_date("f1"));
  publish_site(output, {{"index.html", "x"}}, "f1");
  {
    SitePublisher publisher(output, {});
    CHECK(publisher.up_to_date("f1"));
    CHECK_FALSE(publisher.up_to_date("f2"));
  }
  fs::remove(output / "index.html");  // removed by hand: the site is not complete any more
  CHECK_FALSE(SitePublisher(output, {}).up_to_date("f1"));
}
