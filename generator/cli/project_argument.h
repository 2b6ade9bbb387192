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

// `folder` empty: the demo project. When the folder is not a project at all,
// says why on `err` and returns nullopt: the command exits kExitUsage.
std::optional<LoadedProject> load_project_argument(const std::string& folder, std::ostream& err);

}  // namespace prith
