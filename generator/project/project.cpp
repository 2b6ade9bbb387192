#include "project/project.h"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/Util/IniFileConfiguration.h>

#include <charconv>
#include <fstream>
#include <sstream>

#include "catalogue/catalogue_csv.h"
#include "core/french_format.h"

namespace prith {

namespace fs = std::filesystem;

namespace {

bool read_whole_file(const fs::path& path, std::string& contents) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  std::ostringstream buffer;
  buffer << file.rdbuf();
  contents = buffer.str();
  return true;
}

// The project's own catalogue, or the embedded default when the project
// has none (territories.csv, former_departements.csv: official lists that
// rarely need changing).
std::string catalogue_text(const fs::path& root, const std::string& name, bool required,
                           std::vector<Diagnostic>& diagnostics) {
  std::string contents;
  if (read_whole_file(root / name, contents)) return contents;
  if (required) {
    diagnostics.push_back(file_diagnostic(Severity::error, DiagnosticCode::catalogue_invalid, name,
                                     "Catalogue " + quote_fr(name) + " introuvable dans le projet " +
                                         quote_fr(root.string()) + " : le catalogue par défaut est utilisé."));
  }
  return embedded_files().at(name);
}

ProjectSettings read_settings(const fs::path& file, std::vector<Diagnostic>& diagnostics) {
  ProjectSettings settings;
  try {
    Poco::AutoPtr<Poco::Util::IniFileConfiguration> ini(new Poco::Util::IniFileConfiguration(file.string()));
    settings.name = ini->getString("project.name", "PRITH");
    settings.region = ini->getString("project.region", "");
    settings.publication_date = ini->getString("project.publication_date", "");
    settings.theme = ini->getString("site.theme", "default");
    settings.licence = ini->getString("site.licence", "etalab-2.0");
    settings.title = ini->getString("site.title", "");
    settings.logo = ini->getString("site.logo", "");
    settings.contact = ini->getString("site.contact", "");
    settings.publication_director = ini->getString("site.directeur_publication", "");
    settings.host = ini->getString("site.hebergeur", "");
    settings.host_address = ini->getString("site.hebergeur_adresse", "");
  } catch (const Poco::Exception& error) {
    diagnostics.push_back(file_diagnostic(Severity::error, DiagnosticCode::settings_invalid, "",
                                     "Paramètres illisibles dans prith.ini : " + error.displayText()));
  }
  return settings;
}

// sources.csv: code;label;folder;url;secret;secret_threshold (French headers accepted).
std::vector<Source> read_sources(const std::string& text, std::vector<Diagnostic>& diagnostics) {
  std::vector<Source> sources;
  std::vector<CatalogueRecord> records = split_catalogue_csv(text, "sources.csv", diagnostics);
  if (records.empty()) return sources;
  auto column_of = [&](std::initializer_list<std::string_view> names) -> std::size_t {
    const std::vector<std::string>& header = records.front().fields;
    for (std::size_t i = 0; i < header.size(); ++i) {
      for (std::string_view name : names) {
        if (fold_for_matching(header[i]) == name) return i;
      }
    }
    return header.size();
  };
  std::size_t code = column_of({"code"}), label = column_of({"label", "libelle"}),
              folder = column_of({"folder", "dossier"}), url = column_of({"url", "site"}),
              secret = column_of({"secret"}), threshold = column_of({"secret threshold", "seuil secret"}),
              numbers = column_of({"number format", "format des nombres"});
  auto field = [](const CatalogueRecord& record, std::size_t i) {
    return i < record.fields.size() ? record.fields[i] : std::string();
  };
  for (std::size_t r = 1; r < records.size(); ++r) {
    Source source;
    source.code = field(records[r], code);
    source.label = field(records[r], label);
    source.folder = field(records[r], folder);
    source.url = field(records[r], url);
    if (source.code.empty()) {
      diagnostics.push_back(catalogue_diagnostic("sources.csv", records[r].line, 1, "code", "",
                                                 "une source sans code est ignorée"));
      continue;
    }
    if (source.folder.empty()) source.folder = source.code;
    std::string secret_text = fold_for_matching(field(records[r], secret));
    if (secret_text == "oui" || secret_text == "yes" || secret_text == "1") source.secret = true;
    if (secret_text == "non" || secret_text == "no" || secret_text == "0") source.secret = false;
    if (!secret_text.empty() && !source.secret) {
      diagnostics.push_back(catalogue_diagnostic("sources.csv", records[r].line, static_cast<std::uint32_t>(secret + 1),
                                                 "secret", field(records[r], secret), "attendu « oui » ou « non »"));
    }
    std::string threshold_text = field(records[r], threshold);
    if (!threshold_text.empty()) {
      int value = 0;
      auto [end, failure] = std::from_chars(threshold_text.data(), threshold_text.data() + threshold_text.size(), value);
      if (failure == std::errc() && end == threshold_text.data() + threshold_text.size() && value >= 1 && value <= 1000) {
        source.secret_threshold = value;
      } else {
        diagnostics.push_back(catalogue_diagnostic("sources.csv", records[r].line,
                                                   static_cast<std::uint32_t>(threshold + 1), "secret_threshold",
                                                   threshold_text, "attendu un entier de 1 à 1000"));
      }
    }
    std::string numbers_text = field(records[r], numbers);
    if (auto convention = parse_number_format_option(fold_for_matching(numbers_text))) {
      source.number_format = *convention;
    } else {
      diagnostics.push_back(catalogue_diagnostic("sources.csv", records[r].line,
                                                 static_cast<std::uint32_t>(numbers + 1), "number_format",
                                                 numbers_text,
                                                 "attendu « fr » (virgule décimale), « en » (point décimal) ou "
                                                 "rien (détecté d'après les cellules)"));
    }
    sources.push_back(std::move(source));
  }
  return sources;
}

}  // namespace

std::unique_ptr<Project> Project::load(const fs::path& root, std::vector<Diagnostic>& diagnostics,
                                       std::string& error) {
  std::error_code ignored;
  if (!fs::is_directory(root, ignored)) {
    error = "Dossier de projet introuvable : " + quote_fr(root.string()) +
            ". Créez un projet avec « prith init " + root.string() + " ».";
    return nullptr;
  }
  if (!fs::is_regular_file(root / "prith.ini", ignored)) {
    error = quote_fr(root.string()) + " n'est pas un projet prith : le fichier prith.ini manque. Créez un projet "
            "avec « prith init DOSSIER ».";
    return nullptr;
  }
  std::unique_ptr<Project> project(new Project());
  project->root_ = root;
  project->settings_ = read_settings(root / "prith.ini", diagnostics);
  project->territories_ = TerritoryCatalogue::parse(catalogue_text(root, "territories.csv", false, diagnostics),
                                                    "territories.csv", diagnostics);
  project->indicators_ = IndicatorCatalogue::parse(catalogue_text(root, "indicators.csv", true, diagnostics),
                                                   "indicators.csv", diagnostics);
  std::string breaks;
  if (read_whole_file(root / "series_breaks.csv", breaks)) {
    project->series_breaks_ = SeriesBreakCatalogue::parse(breaks, "series_breaks.csv", project->indicators_, diagnostics);
  }
  project->breakdowns_ = BreakdownCatalogue::parse(catalogue_text(root, "breakdowns.csv", false, diagnostics),
                                                   "breakdowns.csv", project->indicators_, diagnostics);
  project->sources_ = read_sources(catalogue_text(root, "sources.csv", false, diagnostics), diagnostics);
  project->former_names_ =
      FormerNameCatalogue::parse(catalogue_text(root, "former_departements.csv", false, diagnostics),
                                 "former_departements.csv", project->territories_, diagnostics);
  project->resolver_ = std::make_unique<TerritoryResolver>(project->territories_, &project->former_names_);
  for (const Source& source : project->sources_) {
    project->indicators_.apply_source_secrecy(source.code, source.secret, source.secret_threshold);
  }

  const std::string& region = project->settings_.region;
  if (!region.empty() && !project->territories_.find(TerritoryLevel::region, region)) {
    diagnostics.push_back(file_diagnostic(Severity::error, DiagnosticCode::settings_invalid, region,
                                     "Région " + quote_fr(region) +
                                         " inconnue dans prith.ini (clé region de [project]) : attendu un code "
                                         "INSEE de région de territories.csv, par exemple « 52 »."));
  }
  return project;
}

const Source* Project::source_of(const fs::path& file) const {
  fs::path relative = file.lexically_relative(exports_folder());
  if (file.is_absolute() != exports_folder().is_absolute()) {
    relative = fs::absolute(file).lexically_normal().lexically_relative(fs::absolute(exports_folder()).lexically_normal());
  }
  if (relative.empty() || relative.begin() == relative.end()) return nullptr;
  std::string folder = relative.begin()->string();
  for (const Source& source : sources_) {
    if (source.folder == folder) return &source;
  }
  return nullptr;
}

NumberFormatSetting Project::number_setting(const fs::path& file, DecimalConvention command_line) const {
  if (command_line != DecimalConvention::automatic) {
    return {command_line, "option --number-format " + std::string(number_format_option(command_line))};
  }
  const Source* source = source_of(file);
  if (source == nullptr || source->number_format == DecimalConvention::automatic) return {};
  return {source->number_format, "colonne number_format de sources.csv pour la source " + source->code};
}

fs::path demo_project_folder() {
  std::error_code ignored;
  if (fs::is_regular_file("config/prith.ini", ignored)) return fs::path("config");
  return fs::path(PRITH_SOURCE_DIR) / "config";
}

}  // namespace prith
