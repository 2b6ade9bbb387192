// Helpers for the model tests: the real territories, a small indicator
// catalogue, and stored figures written as one line each.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "catalogue/indicator_catalogue.h"
#include "catalogue/series_breaks.h"
#include "catalogue/territory_catalogue.h"
#include "ingest/partner_file.h"
#include "model/dataset.h"
#include "model/secrecy_table.h"
#include "project/project.h"
#include "test_support.h"

namespace prith::test {

// What the store would hand the model for `project`: every observation of
// every export, read by the real readers, as if read on 15 October 2026.
inline std::vector<StoredFigure> stored_figures_of_exports(const Project& project) {
  std::vector<StoredFigure> figures;
  for (const std::string& path : find_partner_files(project.exports_folder().string())) {
    std::string name = std::filesystem::path(path).lexically_relative(project.exports_folder()).generic_string();
    FileReading reading = read_partner_file(path, name, project.catalogues());
    const Source* source = project.source_of(path);
    for (const Observation& o : reading.observations) {
      StoredFigure figure;
      figure.indicator = o.indicator;
      figure.territory = o.territory;
      figure.period = o.period;
      figure.status = o.status;
      figure.value = o.value;
      figure.source = source ? source->code : "";
      figure.file = name;
      figure.read_at = "2026-10-15T09:00:00";
      figures.push_back(figure);
    }
  }
  return figures;
}

// Figures for unit tests: known(14), known(3, kPartial), secret(), missing().
inline Figure known(double value, std::uint16_t flags = 0) {
  Figure figure;
  figure.status = ObservationStatus::ok;
  figure.value = value;
  figure.flags = flags;
  return figure;
}
inline Figure secret() {
  Figure figure;
  figure.status = ObservationStatus::confidential;
  return figure;
}
inline Figure missing() { return Figure{}; }

// A région (cell 0) whose départements (cells 1..n) hold `departements`,
// tied by one sum: the table of statistical secrecy's unit tests.
inline SecrecyTable region_table(const std::vector<double>& departements) {
  SecrecyTable table;
  double total = 0;
  for (double value : departements) total += value;
  table.cells.push_back(SecrecyCell{"région", total});
  SecrecyRelation relation{0, {}};
  for (std::size_t i = 0; i < departements.size(); ++i) {
    std::string label = "d";  // built in two steps: GCC 12 warns wrongly on "d" + std::string
    label += std::to_string(i + 1);
    table.cells.push_back(SecrecyCell{label, departements[i]});
    relation.parts.push_back(i + 1);
  }
  table.relations.push_back(relation);
  return table;
}

inline constexpr const char* kModelIndicators =
    "code;label;unit;aggregation;weight;numerator;denominator;nature\n"
    "DE;Demandeurs d'emploi;personnes;sum;;;;\n"
    "BOE;Demandeurs d'emploi BOE;personnes;sum;;;;\n"
    "PART;Part des BOE;%;ratio;;BOE;DE;\n"
    "DUREE;Durée moyenne;jours;weighted_mean;BOE;;;\n"
    "SCORE;Score;points;none;;;;\n"
    "STOCK;Inscrits en fin de trimestre;personnes;sum;;;;stock\n";

struct ModelFixture {
  TerritoryCatalogue territories;
  IndicatorCatalogue indicators;
  SeriesBreakCatalogue breaks;
  std::vector<Diagnostic> catalogue_diagnostics;
  std::vector<StoredFigure> figures;
  std::string region = "52";

  explicit ModelFixture(const std::string& indicators_csv = kModelIndicators, const std::string& breaks_csv = "") {
    territories = TerritoryCatalogue::parse(read_file(source_path("config/territories.csv")), "territories.csv",
                                            catalogue_diagnostics);
    indicators = IndicatorCatalogue::parse(indicators_csv, "indicators.csv", catalogue_diagnostics);
    if (!breaks_csv.empty()) {
      breaks = SeriesBreakCatalogue::parse(breaks_csv, "series_breaks.csv", indicators, catalogue_diagnostics);
    }
  }

  IndicatorId indicator(const std::string& code) const { return *indicators.match(code); }
  TerritoryId territory(const std::string& code) const {
    TerritoryLevel level = code == "FR" ? TerritoryLevel::country
                           : code.size() == 3 && code[0] == 'R' ? TerritoryLevel::region
                                                                 : TerritoryLevel::departement;
    return *territories.find(level, level == TerritoryLevel::region ? code.substr(1) : code);
  }

  // add("DE", "44", "2025-T1", 100); territory "R52" is the région, "FR" the country.
  StoredFigure& add(const std::string& indicator_code, const std::string& territory_code, const std::string& period,
                    double value, ObservationStatus status = ObservationStatus::ok) {
    StoredFigure figure;
    figure.indicator = indicator(indicator_code);
    figure.territory = territory(territory_code);
    figure.period = *parse_period(period);
    figure.status = status;
    figure.value = value;
    figure.source = "france-travail";
    figure.file = "france-travail/export.csv";
    figure.read_at = "2026-10-15T09:00:00";
    figures.push_back(figure);
    return figures.back();
  }
  StoredFigure& add_secret(const std::string& i, const std::string& t, const std::string& p) {
    return add(i, t, p, 0, ObservationStatus::confidential);
  }
  StoredFigure& add_missing(const std::string& i, const std::string& t, const std::string& p) {
    return add(i, t, p, 0, ObservationStatus::missing);
  }

  Dataset build(std::vector<Diagnostic>& diagnostics, const std::vector<FigurePass>& passes = {}) const {
    return Dataset::build(figures, ModelCatalogues{territories, indicators, breaks, region}, diagnostics, passes);
  }
  const Cell& cell(const Dataset& dataset, const std::string& i, const std::string& t, const std::string& p) const {
    const Cell* found = dataset.cell(indicator(i), territory(t), *parse_period(p));
    REQUIRE(found != nullptr);
    return *found;
  }
};

}  // namespace prith::test
