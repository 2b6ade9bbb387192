#include "cli/project_argument.h"

namespace prith {

std::optional<LoadedProject> load_project_argument(const std::string& folder, std::ostream& err) {
  LoadedProject loaded;
  loaded.root = folder.empty() ? demo_project_folder() : std::filesystem::path(folder);
  std::string error;
  loaded.project = Project::load(loaded.root, loaded.diagnostics, error);
  if (!loaded.project) {
    err << error << "\n";
    return std::nullopt;
  }
  return loaded;
}

}  // namespace prith
