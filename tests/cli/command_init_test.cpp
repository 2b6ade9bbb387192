#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "cli/commands.h"
#include "test_folder.h"

using namespace prith;

TEST_CASE("init creates a project that check accepts") {
  test::TemporaryFolder folder;
  std::string root = (folder.path() / "prith-normandie").string();
  std::ostringstream out, err;
  REQUIRE(run_init({root}, out, err) == kExitClean);
  for (const char* name : {"prith.ini", "indicators.csv", "territories.csv", "sources.csv", "axes.csv", "README.md"}) {
    CHECK_MESSAGE(std::filesystem::is_regular_file(std::filesystem::path(root) / name), name);
  }
  CHECK(std::filesystem::is_directory(std::filesystem::path(root) / "exports" / "france-travail"));
  CHECK(std::filesystem::is_directory(std::filesystem::path(root) / "capitalisation" / "pratiques"));

  std::ostringstream check_out, check_err;
  CHECK(run_check({root}, check_out, check_err) == kExitClean);
  CHECK(check_out.str().find("Aucun export") != std::string::npos);
  CHECK(check_out.str().find("Résumé : 0 fichier lu, 0 observation, 0 erreur, 0 avertissement") !=
        std::string::npos);
}

TEST_CASE("init never writes over an existing folder") {
  test::TemporaryFolder folder;
  folder.write("projet/notes.txt", "à garder");
  std::ostringstream out, err;
  CHECK(run_init({(folder.path() / "projet").string()}, out, err) == kExitUsage);
  CHECK(err.str().find("existe déjà et n'est pas vide") != std::string::npos);
  CHECK(run_init({}, out, err) == kExitUsage);
}

TEST_CASE("check on a folder that is not a project is a usage error") {
  test::TemporaryFolder folder;
  std::ostringstream out, err;
  CHECK(run_check({folder.path().string()}, out, err) == kExitUsage);
  CHECK(err.str().find("prith.ini manque") != std::string::npos);
  CHECK(run_check({"--inconnue"}, out, err) == kExitUsage);
  CHECK(run_cli({"publie"}, out, err) == kExitUsage);
}
