#include "project/project.h"

#include <doctest/doctest.h>

#include <sstream>

#include "cli/commands.h"
#include "test_folder.h"

using namespace prith;

namespace {

std::unique_ptr<Project> load_with_sources(test::TemporaryFolder& folder, const std::string& sources,
                                           std::vector<Diagnostic>& diagnostics) {
  std::string root = (folder.path() / "projet").string();
  std::ostringstream out, err;
  REQUIRE(run_init({root}, out, err) == kExitClean);
  folder.write("projet/sources.csv", sources);
  std::string error;
  std::unique_ptr<Project> project = Project::load(root, diagnostics, error);
  REQUIRE(project != nullptr);
  return project;
}

const Indicator& indicator(const Project& project, const char* code) {
  return project.indicators().at(*project.indicators().match(code));
}

}  // namespace

TEST_CASE("the demo settings and catalogues load without a diagnostic") {
  std::vector<Diagnostic> diagnostics;
  std::string error;
  std::unique_ptr<Project> project = Project::load(std::string(PRITH_SOURCE_DIR) + "/config", diagnostics, error);
  REQUIRE(project != nullptr);
  CHECK(diagnostics.empty());
  CHECK(project->settings().region == "52");
  CHECK(project->sources().size() == 5);
  CHECK(project->source_of(project->exports_folder() / "mdph" / "MDPH44_RQTH_export.csv")->code == "mdph");
}

TEST_CASE("a source's own secrecy rule applies to its indicators; the stricter threshold wins") {
  test::TemporaryFolder folder;
  std::vector<Diagnostic> diagnostics;
  auto project = load_with_sources(folder,
                                   "code;label;folder;url;secret;secret_threshold\n"
                                   "agefiph;Agefiph;agefiph;;;11\n"
                                   "france-travail;France Travail;france-travail;;non;\n"
                                   "mdph;MDPH;mdph;;oui;3\n",
                                   diagnostics);
  CHECK(diagnostics.empty());
  CHECK(indicator(*project, "AIDES_AGEFIPH").secret_threshold == 11);
  CHECK(indicator(*project, "AIDES_AGEFIPH").secret);
  CHECK_FALSE(indicator(*project, "DEBOE").secret);
  CHECK(indicator(*project, "RQTH_DEMANDES").secret_threshold == 5);  // 3 is weaker than the indicator's 5
}

TEST_CASE("an unreadable secrecy rule in sources.csv is a catalogue error naming the cell") {
  test::TemporaryFolder folder;
  std::vector<Diagnostic> diagnostics;
  load_with_sources(folder, "code;label;folder;url;secret;secret_threshold\nagefiph;Agefiph;agefiph;;peut-être;onze\n",
                    diagnostics);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == DiagnosticCode::catalogue_invalid);
  CHECK(diagnostics[0].value == "peut-être");
  CHECK(diagnostics[1].value == "onze");
  CHECK(diagnostics[1].place.line == 2);
}

TEST_CASE("a source's number_format forces how its files' numbers read; the command line's option wins") {
  test::TemporaryFolder folder;
  std::vector<Diagnostic> diagnostics;
  auto project = load_with_sources(folder,
                                   "code;label;folder;url;secret;secret_threshold;number_format\n"
                                   "agefiph;Agefiph;agefiph;;;;en\n"
                                   "mdph;MDPH;mdph;;;;\n"
                                   "carsat;Carsat;carsat;;;;belge\n",
                                   diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagnosticCode::catalogue_invalid);
  CHECK(diagnostics[0].value == "belge");
  const auto agefiph = project->exports_folder() / "agefiph" / "aides.csv";
  NumberFormatSetting from_source = project->number_setting(agefiph);
  CHECK(from_source.convention == DecimalConvention::point);
  CHECK(from_source.origin == "colonne number_format de sources.csv pour la source agefiph");
  CHECK(project->number_setting(project->exports_folder() / "mdph" / "rqth.csv").convention ==
        DecimalConvention::automatic);
  NumberFormatSetting forced = project->number_setting(agefiph, DecimalConvention::comma);
  CHECK(forced.convention == DecimalConvention::comma);
  CHECK(forced.origin == "option --number-format fr");
}
