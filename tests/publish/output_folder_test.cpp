// OutputFolder: paths stay inside the site; reuse() takes a file from the
// previous site only when its key is the same and the file is there.
#include "publish/output_folder.h"

#include <doctest/doctest.h>

#include "publish/content_digest.h"
#include "publish/site_files.h"
#include "test_folder.h"

using namespace prith;
namespace fs = std::filesystem;

TEST_CASE("paths that are absolute or climb out of the site are refused") {
  test::TemporaryFolder folder;
  OutputFolder site(folder.path() / "site");
  CHECK_THROWS_AS(site.write("../dehors.html", "x"), std::invalid_argument);
  CHECK_THROWS_AS(site.write("/etc/passwd", "x"), std::invalid_argument);
  CHECK_THROWS_AS(site.write("", "x"), std::invalid_argument);
  CHECK_THROWS_AS(site.write("a/./b", "x"), std::invalid_argument);
  CHECK_FALSE(fs::exists(folder.path() / "dehors.html"));
}

TEST_CASE("reuse() links the previous file when its key is unchanged, and refuses otherwise") {
  test::TemporaryFolder folder;
  fs::path previous_root = folder.path() / "ancien";
  folder.write("ancien/graphiques/a-1.png", "PNG a");
  folder.write("ancien/graphiques/b-1.png", "PNG b");
  BuildManifest previous;
  previous.files["graphiques/a-1.png"] = {"cle-a", digest_of("PNG a")};
  previous.files["graphiques/b-1.png"] = {"cle-b", digest_of("PNG b")};
  previous.files["graphiques/perdu.png"] = {"cle-p", digest_of("?")};  // listed, but the file is gone

  OutputFolder site(folder.path() / "nouveau");
  CHECK_FALSE(site.reuse("graphiques/a-1.png", "cle-a"));  // no previous site given yet
  site.reuse_from(previous_root, previous);
  CHECK(site.reuse("graphiques/a-1.png", "cle-a"));
  CHECK(test::read_bytes(site.root() / "graphiques/a-1.png") == "PNG a");
  CHECK_FALSE(site.reuse("graphiques/b-1.png", "cle-b-modifiee"));
  CHECK_FALSE(fs::exists(site.root() / "graphiques/b-1.png"));
  CHECK_FALSE(site.reuse("graphiques/perdu.png", "cle-p"));
  CHECK_FALSE(site.reuse("graphiques/inconnu.png", "cle-a"));
  CHECK_FALSE(site.reuse("graphiques/a-1.png", ""));  // no key: always rendered
  CHECK(site.reused_count() == 1);

  site.write("graphiques/b-1.png", "PNG b2", "cle-b-modifiee");
  std::map<std::string, ManifestEntry> entries = site.entries();
  CHECK(entries.at("graphiques/a-1.png") == ManifestEntry{"cle-a", digest_of("PNG a")});
  CHECK(entries.at("graphiques/b-1.png") == ManifestEntry{"cle-b-modifiee", digest_of("PNG b2")});
  CHECK(entries.size() == 2);

  // Writing over a reused file (a hard link) never changes the previous site's.
  site.write("graphiques/a-1.png", "PNG a2", "cle-a2");
  CHECK(test::read_bytes(previous_root / "graphiques/a-1.png") == "PNG a");
  CHECK(test::read_bytes(site.root() / "graphiques/a-1.png") == "PNG a2");
}

TEST_CASE("bytes identical to the previous site's file are linked, not written again") {
  test::TemporaryFolder folder;
  fs::path previous_root = folder.path() / "ancien";
  folder.write("ancien/territoires/53.html", "<p>Mayenne : 2 696</p>");
  folder.write("ancien/territoires/44.html", "<p>Loire-Atlantique : 9 001</p>");
  BuildManifest previous;
  previous.files["territoires/53.html"] = {"", digest_of("<p>Mayenne : 2 696</p>")};
  // A manifest digest that says "same" for other bytes: the bytes decide.
  previous.files["territoires/44.html"] = {"", digest_of("<p>Loire-Atlantique : 9 100</p>")};

  OutputFolder site(folder.path() / "nouveau");
  site.reuse_from(previous_root, previous);
  site.write("territoires/53.html", "<p>Mayenne : 2 696</p>");
  site.write("territoires/44.html", "<p>Loire-Atlantique : 9 100</p>");
  site.write("territoires/85.html", "<p>Vendée : 4 210</p>");
  CHECK(site.reused_count() == 1);
  CHECK(fs::hard_link_count(site.root() / "territoires/53.html") == 2);
  CHECK(fs::hard_link_count(site.root() / "territoires/44.html") == 1);
  CHECK(test::read_bytes(site.root() / "territoires/44.html") == "<p>Loire-Atlantique : 9 100</p>");
  CHECK(test::read_bytes(previous_root / "territoires/44.html") == "<p>Loire-Atlantique : 9 001</p>");
  CHECK(site.entries().at("territoires/53.html").digest == digest_of("<p>Mayenne : 2 696</p>"));

  // An asset copied again with the same bytes is linked too.
  folder.write("ancien/assets/site.css", "body{}");
  folder.write("theme/site.css", "body{}");
  previous.files["assets/site.css"] = {"", digest_of("body{}")};
  OutputFolder next(folder.path() / "suivant");
  next.reuse_from(previous_root, previous);
  next.copy_file(folder.path() / "theme/site.css", "assets/site.css");
  CHECK(next.reused_count() == 1);
  CHECK(fs::hard_link_count(next.root() / "assets/site.css") == 2);
  CHECK_THROWS_AS(next.copy_file(folder.path() / "theme/absent.css", "assets/absent.css"), std::runtime_error);
}

TEST_CASE("files written through file_path() and copy_file() are in the manifest with their digest") {
  test::TemporaryFolder folder;
  std::string asset = folder.write("assets/style.css", "body{}");
  OutputFolder site(folder.path() / "site");
  site.copy_file(asset, "assets/style.css");
  std::ofstream(site.file_path("annexes/annexe.xlsx"), std::ios::binary) << "classeur";
  std::map<std::string, ManifestEntry> entries = site.entries();
  CHECK(entries.at("assets/style.css").digest == digest_of("body{}"));
  CHECK(entries.at("annexes/annexe.xlsx").digest == digest_of("classeur"));
  CHECK(entries.at("annexes/annexe.xlsx").key == "");
}

TEST_CASE("a file written through file_path() with a key is reused by the next build") {
  test::TemporaryFolder folder;
  OutputFolder first(folder.path() / "premier");
  std::ofstream(first.file_path("annexes/annexe.xlsx", "cle-classeur"), std::ios::binary) << "classeur";
  std::map<std::string, ManifestEntry> entries = first.entries();
  CHECK(entries.at("annexes/annexe.xlsx") == ManifestEntry{"cle-classeur", digest_of("classeur")});

  BuildManifest previous;
  previous.files = entries;
  OutputFolder second(folder.path() / "second");
  second.reuse_from(first.root(), previous);
  CHECK_FALSE(second.reuse("annexes/annexe.xlsx", "autre-cle"));
  CHECK(second.reuse("annexes/annexe.xlsx", "cle-classeur"));
  CHECK(test::read_bytes(second.root() / "annexes/annexe.xlsx") == "classeur");
  // Writing it again through file_path() never changes the previous site's.
  std::ofstream(second.file_path("annexes/annexe.xlsx", "autre-cle"), std::ios::binary) << "nouveau";
  CHECK(test::read_bytes(first.root() / "annexes/annexe.xlsx") == "classeur");
  CHECK(second.entries().at("annexes/annexe.xlsx") == ManifestEntry{"autre-cle", digest_of("nouveau")});
}

TEST_CASE("a folder that was not empty: a file already there is replaced, not written through") {
  test::TemporaryFolder folder;
  folder.write("ancien/index.html", "ancienne page");
  fs::create_directories(folder.path() / "site");
  fs::create_hard_link(folder.path() / "ancien/index.html", folder.path() / "site/index.html");
  OutputFolder site(folder.path() / "site");
  site.write("index.html", "nouvelle page");
  CHECK(test::read_bytes(folder.path() / "ancien/index.html") == "ancienne page");
  CHECK(test::read_bytes(site.root() / "index.html") == "nouvelle page");
}

TEST_CASE("the manifest reads back what it wrote, byte for byte") {
  BuildManifest manifest;
  manifest.fingerprint = "0123456789abcdef";
  manifest.files["index.html"] = {"clé \"accueil\"", digest_of("x")};
  manifest.files["territoires/region-52.html"] = {"", digest_of("y")};
  manifest.notes["model_report"] = "Modèle : 12 chiffres\n  avertissement · …\n";
  std::optional<BuildManifest> back = BuildManifest::parse(manifest.to_json());
  REQUIRE(back);
  CHECK(*back == manifest);
  CHECK(back->to_json() == manifest.to_json());
  CHECK_FALSE(BuildManifest::parse("{\"format\":\"autre\"}"));
  CHECK_FALSE(BuildManifest::parse("pas du json"));
}
