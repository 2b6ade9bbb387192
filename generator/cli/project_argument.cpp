#include "cli/project_argument.h"

#include "core/french_format.h"

#include <algorithm>

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

bool ProjectCommandLine::has(std::string_view flag) const {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

std::string ProjectCommandLine::option(std::string_view name) const {
  for (const auto& [option_name, value] : options) {
    if (option_name == name) return value;
  }
  return "";
}

std::optional<ProjectCommandLine> parse_project_command(const std::vector<std::string>& arguments,
                                                        const std::vector<std::string_view>& known_flags,
                                                        const std::vector<std::string_view>& known_options,
                                                        std::string_view usage, std::ostream& err) {
  auto known = [](const std::vector<std::string_view>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
  };
  ProjectCommandLine line;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (known(known_flags, argument)) {
      line.flags.push_back(argument);
    } else if (known(known_options, argument) && i + 1 < arguments.size()) {
      line.options.emplace_back(argument, arguments[++i]);
    } else if (!argument.empty() && argument[0] == '-') {
      err << "Option inconnue ou incomplète « " << argument << " ». " << usage;
      return std::nullopt;
    } else if (line.folder.empty()) {
      line.folder = argument;
    } else {
      err << "Un seul dossier de projet à la fois. " << usage;
      return std::nullopt;
    }
  }
  return line;
}

std::optional<DecimalConvention> number_format_argument(std::string_view text, std::ostream& err) {
  std::optional<DecimalConvention> convention = parse_number_format_option(text);
  if (!convention) {
    err << "Valeur inconnue pour --number-format : " << quote_fr(text)
        << " ; attendu « fr » (virgule décimale) ou « en » (point décimal).\n";
  }
  return convention;
}

}  // namespace prith
