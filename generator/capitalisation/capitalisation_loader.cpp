#include "capitalisation/capitalisation_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "capitalisation/action_plan_reader.h"
#include "capitalisation/capitalisation_catalogues.h"
#include "capitalisation/experiment_reader.h"
#include "capitalisation/practice_reader.h"
#include "core/french_format.h"
#include "core/slug.h"
#include "project/project.h"

namespace prith {

namespace fs = std::filesystem;

namespace {

// Markdown files above this size are refused: a fiche is a few kilobytes.
constexpr std::uintmax_t kMaxMarkdownSize = 1 << 20;

std::vector<fs::path> files_in(const fs::path& folder, std::initializer_list<const char*> extensions) {
  std::vector<fs::path> found;
  std::error_code error;
  if (!fs::is_directory(folder, error)) return found;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
    if (!entry.is_regular_file(error)) continue;
    std::string extension = entry.path().extension().string();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.' || name[0] == '~') continue;  // hidden and Office lock files
    for (const char* wanted : extensions) {
      if (extension == wanted) found.push_back(entry.path());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<fs::path> existing(const fs::path& folder, const std::string& stem) {
  std::vector<fs::path> found;
  for (const char* extension : {".xlsx", ".csv"}) {
    std::error_code error;
    if (fs::is_regular_file(folder / (stem + extension), error)) found.push_back(folder / (stem + extension));
  }
  return found;
}

bool read_text(const fs::path& path, std::string& text, CapitalisationFileReport& report) {
  std::error_code error;
  std::uintmax_t size = fs::file_size(path, error);
  if (error || size > kMaxMarkdownSize) {
    report.diagnostics.push_back(file_diagnostic(Severity::error, error ? DiagnosticCode::file_unreadable
                                                                       : DiagnosticCode::file_too_large,
                                                 "", error ? "Fichier illisible." : "Fichier de plus de 1 Mio : ignoré."));
    return false;
  }
  std::ifstream file(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  text = buffer.str();
  return true;
}

std::string place_fr(const ContentOrigin& origin) {
  std::string place = describe_place_fr(origin.place);
  return origin.file + (place.empty() ? "" : ", " + place);
}

class Loader {
 public:
  Loader(const Project& project, CapitalisationReading& reading)
      : project_(project), reading_(reading),
        context_{reading.content.catalogues, project.territories(), resolver_of(project), project.indicators(),
                 project.settings().region, project.settings().publication_date} {}

  void load() {
    fs::path root = project_.root();
    fs::path folder = root / "capitalisation";
    for (const fs::path& path : files_in(folder / "pratiques", {".md"})) {
      CapitalisationFileReport& report = start(path, "fiche", "fiches");
      std::string text;
      if (!read_text(path, text, report)) continue;
      if (std::optional<Practice> practice = read_practice_markdown_text(text, report.file, context_, report.diagnostics)) {
        add_practice(std::move(*practice), report);
      }
    }
    for (const fs::path& path : existing(folder, "pratiques")) {
      CapitalisationFileReport& report = start(path, "fiche", "fiches");
      for (Practice& practice : read_practice_table(path, report.file, context_, report.diagnostics)) {
        add_practice(std::move(practice), report);
      }
    }
    std::vector<ReadAction> actions;
    for (const fs::path& path : existing(folder, "plans-d-action")) {
      CapitalisationFileReport& report = start(path, "action", "actions");
      for (ReadAction& action : read_action_table(path, report.file, context_, report.diagnostics)) {
        std::string key = action.action.departement + "\n" + action.action.id;
        auto [first, inserted] = action_places_.emplace(key, action.action.origin);
        if (!inserted) {
          report.diagnostics.push_back({Severity::error, DiagnosticCode::identifier_duplicate,
                                        action.action.origin.place, action.action.id,
                                        "Identifiant d'action « " + action.action.id + " » déjà utilisé pour le " +
                                            action.action.departement + " (" + place_fr(first->second) +
                                            ") : cette ligne est ignorée."});
          continue;
        }
        ++report.items;
        actions.push_back(std::move(action));
      }
    }
    reading_.content.plans = group_action_plans(std::move(actions));
    load_experiments(folder / "experimentations");
    std::sort(reading_.content.practices.begin(), reading_.content.practices.end(),
              [](const Practice& a, const Practice& b) { return a.id < b.id; });
  }

 private:
  static const TerritoryResolver& resolver_of(const Project& project) { return project.catalogues().resolver; }

  CapitalisationFileReport& start(const fs::path& path, const char* singular, const char* plural) {
    CapitalisationFileReport report;
    report.file = path.lexically_relative(project_.root()).generic_string();
    report.items_fr = singular;
    report.items_plural_fr = plural;
    reading_.files.push_back(std::move(report));
    return reading_.files.back();
  }

  void add_practice(Practice practice, CapitalisationFileReport& report) {
    std::string title_key = slug(practice.title);
    for (const std::string& key : {"id:" + practice.id, "title:" + title_key}) {
      auto found = practice_places_.find(key);
      if (found == practice_places_.end()) continue;
      bool by_id = key[0] == 'i';
      report.diagnostics.push_back({Severity::error, DiagnosticCode::identifier_duplicate, practice.origin.place,
                                    by_id ? practice.id : practice.title,
                                    std::string(by_id ? "Identifiant de fiche « " + practice.id + " »"
                                                      : "Titre « " + practice.title + " »") +
                                        " déjà utilisé (" + place_fr(found->second) + ") : cette fiche est ignorée."});
      return;
    }
    practice_places_.emplace("id:" + practice.id, practice.origin);
    practice_places_.emplace("title:" + title_key, practice.origin);
    ++report.items;
    reading_.content.practices.push_back(std::move(practice));
  }

  void load_experiments(const fs::path& folder) {
    std::vector<fs::path> descriptions = files_in(folder, {".md"});
    std::vector<fs::path> tables = files_in(folder, {".csv", ".xlsx"});
    for (const fs::path& path : descriptions) {
      CapitalisationFileReport& report = start(path, "expérimentation", "expérimentations");
      std::string text;
      if (!read_text(path, text, report)) continue;
      std::string experiment_slug = slug(path.stem().string());
      std::optional<Experiment> experiment =
          read_experiment_markdown_text(text, experiment_slug, report.file, context_, report.diagnostics);
      if (!experiment) continue;
      ++report.items;
      for (const fs::path& table : tables) {
        if (slug(table.stem().string()) != experiment_slug + "-resultats") continue;
        CapitalisationFileReport& results = start(table, "résultat", "résultats");
        experiment->results = read_experiment_results(table, results.file, results.diagnostics);
        results.items = experiment->results.size();
      }
      reading_.content.experiments.push_back(std::move(*experiment));
    }
    for (const fs::path& table : tables) {
      std::string stem = slug(table.stem().string());
      bool owned = std::any_of(reading_.content.experiments.begin(), reading_.content.experiments.end(),
                               [&](const Experiment& e) { return stem == e.slug + "-resultats"; });
      if (owned) continue;
      CapitalisationFileReport& report = start(table, "résultat", "résultats");
      report.diagnostics.push_back(file_diagnostic(
          Severity::error, DiagnosticCode::field_missing, "",
          "Tableau de résultats sans fiche d'expérimentation lisible à côté (attendu : <nom>.md pour <nom>-resultats." +
              table.extension().string().substr(1) + ") : il n'est pas lu."));
    }
    std::sort(reading_.content.experiments.begin(), reading_.content.experiments.end(),
              [](const Experiment& a, const Experiment& b) { return a.slug < b.slug; });
  }

  const Project& project_;
  CapitalisationReading& reading_;
  ContentContext context_;
  std::map<std::string, ContentOrigin> practice_places_;
  std::map<std::string, ContentOrigin> action_places_;
};

}  // namespace

CapitalisationReading load_capitalisation(const Project& project) {
  CapitalisationReading reading;
  reading.content.catalogues = default_capitalisation_catalogues();
  fs::path axes = project.root() / "axes.csv";
  std::error_code error;
  if (fs::is_regular_file(axes, error)) {
    CapitalisationFileReport report;
    report.file = "axes.csv";
    report.items_fr = "axe";
    report.items_plural_fr = "axes";
    std::vector<CatalogueEntry> read = read_axes_csv(axes, report.diagnostics);
    report.items = read.size();
    if (!read.empty()) reading.content.catalogues.axes = std::move(read);
    reading.files.push_back(std::move(report));
  }
  Loader(project, reading).load();
  return reading;
}

}  // namespace prith
