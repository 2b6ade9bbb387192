// A prith project folder: settings (prith.ini), catalogues
// (indicators.csv, territories.csv, sources.csv, series_breaks.csv, breakdowns.csv) and the partners' exports
// under exports/. `prith init` creates one; the demo lives in config/.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <vector>

#include "catalogue/breakdown_catalogue.h"
#include "catalogue/indicator_catalogue.h"
#include "catalogue/series_breaks.h"
#include "catalogue/territory_catalogue.h"
#include "catalogue/territory_resolver.h"
#include "core/diagnostic.h"
#include "ingest/table_mapper.h"

namespace prith {

struct Source {
  std::string code;    // "france-travail"
  std::string label;   // "France Travail"
  std::string folder;  // sub-folder of exports/ holding its files
  std::string url;
  // The partner's own secrecy rule, applied to every indicator of this
  // source: "non" switches secrecy off, a threshold raises the indicator's
  // (the stricter rule wins). Unset when the columns are empty.
  std::optional<bool> secret;
  std::optional<int> secret_threshold;
  // How its exports write numbers ("fr", "en"; column number_format),
  // for a partner whose files never show a decimal (docs/catalogues.md).
  DecimalConvention number_format = DecimalConvention::automatic;
};

struct ProjectSettings {
  std::string name;              // "PRITH Pays de la Loire"
  std::string region;            // INSEE code of the région: "52"
  std::string publication_date;  // ISO date, fixed for reproducible outputs
  std::string theme;             // "default" or "dsfr"
  std::string licence = "etalab-2.0";  // licence of the open data ([site] licence): "etalab-2.0" by default
  // [site] keys shown on the pages; empty when the project leaves them out.
  std::string title;                 // [site] title: the site's title in its header; `name` when empty
  std::string logo;                  // [site] logo: the partnership's logo (SVG, PNG or JPEG), relative to the project folder
  std::string contact;               // [site] contact: e-mail or postal address for readers
  std::string publication_director;  // [site] directeur_publication
  std::string host, host_address;    // [site] hebergeur, hebergeur_adresse
};

class Project {
 public:
  // Loads the folder; problems with settings or catalogues become
  // diagnostics. Returns null when the folder is not a project at all.
  static std::unique_ptr<Project> load(const std::filesystem::path& root, std::vector<Diagnostic>& diagnostics,
                                       std::string& error);

  Project(const Project&) = delete;
  Project& operator=(const Project&) = delete;

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path exports_folder() const { return root_ / "exports"; }
  const ProjectSettings& settings() const { return settings_; }
  const std::vector<Source>& sources() const { return sources_; }
  const TerritoryCatalogue& territories() const { return territories_; }
  const FormerNameCatalogue& former_names() const { return former_names_; }
  const IndicatorCatalogue& indicators() const { return indicators_; }
  // series_breaks.csv; empty when the project has none (no default: the
  // breaks name the project's own indicators).
  const SeriesBreakCatalogue& series_breaks() const { return series_breaks_; }
  // breakdowns.csv (sexe, tranche d'âge…): the project's, else the default.
  const BreakdownCatalogue& breakdowns() const { return breakdowns_; }
  MappingCatalogues catalogues() const {
    return {territories_, *resolver_, indicators_, settings_.region, &breakdowns_};
  }

  // The source whose folder holds `file` (a path under exports/), or null.
  const Source* source_of(const std::filesystem::path& file) const;
  // How `file`'s numbers read: the command line's --number-format when
  // given, else its source's number_format, else detected from its cells.
  NumberFormatSetting number_setting(const std::filesystem::path& file,
                                     DecimalConvention command_line = DecimalConvention::automatic) const;

 private:
  Project() = default;
  std::filesystem::path root_;
  ProjectSettings settings_;
  std::vector<Source> sources_;
  TerritoryCatalogue territories_;
  FormerNameCatalogue former_names_;
  IndicatorCatalogue indicators_;
  SeriesBreakCatalogue series_breaks_;
  BreakdownCatalogue breakdowns_;
  std::unique_ptr<TerritoryResolver> resolver_;
};

// The embedded default files (settings and catalogues), by file name.
const std::map<std::string, std::string>& embedded_files();

// The demo project: ./config when run from the source tree, else the
// config/ folder of the source tree prith was built from.
std::filesystem::path demo_project_folder();

}  // namespace prith
