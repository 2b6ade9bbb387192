#include "cli/project_argument.h"

#include <doctest/doctest.h>

#include <sstream>

#include "cli/commands.h"
#include "test_folder.h"

using namespace prith;

TEST_CASE("load_project_argument: no folder is the demo project") {
  std::ostringstream err;
  auto loaded = load_project_argument("", err);
  REQUIRE(loaded);
  CHECK(loaded->root == demo_project_folder());
  REQUIRE(loaded->project);
  CHECK_FALSE(loaded->has_errors());
  CHECK(err.str().empty());
}

TEST_CASE("load_project_argument: a folder that is not a project says why") {
  test::TemporaryFolder folder;
  std::ostringstream err;
  CHECK_FALSE(load_project_argument(folder.path().string(), err));
  CHECK(err.str().find("prith.ini manque") != std::string::npos);
}

TEST_CASE("load_project_argument: a missing catalogue is an error diagnostic, the project still loads") {
  test::TemporaryFolder folder;
  std::string root = (folder.path() / "projet").string();
  std::ostringstream out, err;
  REQUIRE(run_init({root}, out, err) == kExitClean);
  std::filesystem::remove(folder.path() / "projet" / "indicators.csv");
  auto loaded = load_project_argument(root, err);
  REQUIRE(loaded);
  REQUIRE(loaded->project);
  CHECK(loaded->has_errors());
  REQUIRE(loaded->diagnostics.size() == 1);
  CHECK(loaded->diagnostics[0].code == DiagnosticCode::catalogue_invalid);
  CHECK(loaded->diagnostics[0].value == "indicators.csv");
}

TEST_CASE("the arguments of check, build and history: a folder, flags, options with a value") {
  std::ostringstream err;
  auto line = prith::parse_project_command({"projet", "--json", "--now", "2026-01-15"}, {"--json"}, {"--now"},
                                           "Usage.\n", err);
  REQUIRE(line);
  CHECK(line->folder == "projet");
  CHECK(line->has("--json"));
  CHECK(line->option("--now") == "2026-01-15");
  CHECK(line->option("--autre").empty());
  CHECK_FALSE(prith::parse_project_command({"--now"}, {}, {"--now"}, "Usage.\n", err));  // no value
  CHECK_FALSE(prith::parse_project_command({"a", "b"}, {}, {}, "Usage.\n", err));
  CHECK(err.str() == "Option inconnue ou incomplète « --now ». Usage.\nUn seul dossier de projet à la fois. Usage.\n");
}
