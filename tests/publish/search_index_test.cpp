#include "publish/search_index.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "test_folder.h"

namespace fs = std::filesystem;
using prith::test::TemporaryFolder;

namespace {

std::string page(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title +
         "</title></head><body><main data-pagefind-body><h1>" + title + "</h1><p>" + body +
         "</p></main></body></html>\n";
}

void write_small_site(const TemporaryFolder& folder) {
  folder.write("site/index.html", page("Accueil", "Les chiffres de la région."));
  folder.write("site/territoires/departement-85.html", page("Vendée", "Demandeurs d'emploi en Vendée."));
  folder.write("site/territoires/departement-44.html", page("Loire-Atlantique", "Demandeurs d'emploi."));
}

std::map<std::string, std::string> files_under(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files[fs::relative(entry.path(), root).generic_string()] = bytes.str();
  }
  return files;
}

}  // namespace

TEST_CASE("Pagefind indexes the written pages into pagefind/, the same bytes for the same pages") {
  fs::path pagefind = prith::find_pagefind();
  REQUIRE_MESSAGE(!pagefind.empty(),
                  "Pagefind missing (node_modules/.bin/pagefind): run `bash .ci/install-deps` in the source tree");
  TemporaryFolder first, second;
  write_small_site(first);
  write_small_site(second);

  prith::SearchIndexResult result = prith::index_search(first.path() / "site", pagefind);
  INFO(result.output);
  CHECK(result.indexed);
  CHECK(result.warning_fr.empty());
  CHECK(fs::is_regular_file(first.path() / "site/pagefind/pagefind.js"));
  CHECK(fs::is_regular_file(first.path() / "site/pagefind/pagefind-entry.json"));

  REQUIRE(prith::index_search(second.path() / "site", pagefind).indexed);
  CHECK(files_under(first.path() / "site/pagefind") == files_under(second.path() / "site/pagefind"));
}

TEST_CASE("without Pagefind the build warns in French and the pages stay as they are") {
  TemporaryFolder folder;
  write_small_site(folder);
  prith::SearchIndexResult result = prith::index_search(folder.path() / "site", folder.path() / "absent/pagefind");
  CHECK_FALSE(result.indexed);
  CHECK(result.warning_fr.find("La recherche n'est pas indexée : Pagefind est introuvable") == 0);
  CHECK(result.warning_fr.find("bash .ci/install-deps") != std::string::npos);
  CHECK(result.warning_fr.find("restent complètes") != std::string::npos);
  CHECK_FALSE(fs::exists(folder.path() / "site/pagefind"));
  CHECK(fs::is_regular_file(folder.path() / "site/index.html"));
}

TEST_CASE("a failing Pagefind: its exit code and last line reach the warning") {
  TemporaryFolder folder;
  write_small_site(folder);
  std::string script = folder.write("fake-pagefind", "#!/bin/sh\necho 'Walking source directory'\n"
                                                     "echo 'Error: disk full' >&2\nexit 3\n");
  fs::permissions(script, fs::perms::owner_all);
  prith::SearchIndexResult result = prith::index_search(folder.path() / "site", script);
  CHECK_FALSE(result.indexed);
  CHECK(result.warning_fr.find("Pagefind a échoué (code 3) : Error: disk full.") != std::string::npos);
  CHECK(result.output.find("Walking source directory") != std::string::npos);
}

TEST_CASE("a Pagefind that writes no index (no page marked for it) is not an indexed search") {
  TemporaryFolder folder;
  write_small_site(folder);
  std::string script = folder.write("silent-pagefind", "#!/bin/sh\nexit 0\n");
  fs::permissions(script, fs::perms::owner_all);
  prith::SearchIndexResult result = prith::index_search(folder.path() / "site", script);
  CHECK_FALSE(result.indexed);
  CHECK(result.warning_fr.find("aucun index") != std::string::npos);
}
