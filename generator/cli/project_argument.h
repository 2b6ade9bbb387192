// The project a command works on: the folder given on the command line, or
// the demo's when none is, loaded once the same way for `check` and
// `inspect`, with the problems of its settings and catalogues.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "project/project.h"

namespace prith {

struct LoadedProject {
  std::filesystem::path root;
  std::unique_ptr<Project> project;
  // Settings and catalogue problems: the project is still usable (defaults
  // stand in), but an error among them makes the command exit 1.
  std::vector<Diagnostic> diagnostics;

  bool has_errors() const { return count_by_severity(diagnostics).errors > 0; }
};

// The arguments of `check`, `build` and `history`: an optional project
// folder, flags (`--json`) and options with a value (`--now INSTANT`).
struct ProjectCommandLine {
  std::string folder;
  std::vector<std::string> flags;                              // the ones given
  std::vector<std::pair<std::string, std::string>> options;    // name, value

  bool has(std::string_view flag) const;
  std::string option(std::string_view name) const;  // "" when not given
};

// Says on `err` what is wrong, followed by `usage`, and returns nullopt: the
// command exits kExitUsage.
std::optional<ProjectCommandLine> parse_project_command(const std::vector<std::string>& arguments,
                                                        const std::vector<std::string_view>& known_flags,
                                                        const std::vector<std::string_view>& known_options,
                                                        std::string_view usage, std::ostream& err);

// `folder` empty: the demo project. When the folder is not a project at all,
// says why on `err` and returns nullopt: the command exits kExitUsage.
std::optional<LoadedProject> load_project_argument(const std::string& folder, std::ostream& err);

// --number-format's value ("fr", "en", "" for detection), or nullopt after
// saying on `err` what was expected.
std::optional<DecimalConvention> number_format_argument(std::string_view text, std::ostream& err);

}  // namespace prith
