// The national reference workload (../shared/bench/WORKLOAD.md: 119
// territories × 40 quarters × 30 indicators) as the store would hand it to
// the model: the catalogues and the StoredFigures read from make_dataset.py's
// files. Shared by the benches that start from a Dataset (model, open data,
// workbook), so that they all measure the same input.
#pragma once

#include <sys/resource.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "catalogue/indicator_catalogue.h"
#include "catalogue/period.h"
#include "catalogue/series_breaks.h"
#include "catalogue/territory_catalogue.h"
#include "core/diagnostic.h"
#include "model/model_input.h"

namespace prith::bench {

inline std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

inline double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

// The workload's indicators, summed, as its régions are; plus one rate
// nobody reports (ind01 / ind02 in %), so that rates are computed too.
inline std::string indicator_catalogue(const std::string& workload_csv) {
  std::string out = "code;label;unit;aggregation;numerator;denominator\n";
  std::istringstream lines(workload_csv);
  std::string line;
  std::getline(lines, line);  // code;label;unit
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::size_t a = line.find(';'), b = line.find(';', a + 1);
    out += line.substr(0, a) + ";" + line.substr(a + 1, b - a - 1) + ";" + line.substr(b + 1) + ";sum;;\n";
  }
  out += "RATE_01_02;Rapport ind01 / ind02;%;ratio;ind01;ind02\n";
  return out;
}

inline std::vector<StoredFigure> stored_figures(const std::string& text, const TerritoryCatalogue& territories,
                                                const IndicatorCatalogue& indicators) {
  std::vector<StoredFigure> figures;
  figures.reserve(150000);
  std::istringstream lines(text);
  std::string line;
  std::getline(lines, line);  // territory;period;indicator;value
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::size_t a = line.find(';'), b = line.find(';', a + 1), c = line.find(';', b + 1);
    if (c == std::string::npos) continue;
    std::string territory = line.substr(0, a), value = line.substr(c + 1);
    std::optional<TerritoryId> id = territory[0] == 'R'
                                        ? territories.find(TerritoryLevel::region, territory.substr(1))
                                        : territories.find(TerritoryLevel::departement, territory);
    std::optional<Period> period = parse_period(line.substr(a + 1, b - a - 1));
    std::optional<IndicatorId> indicator = indicators.match(line.substr(b + 1, c - b - 1));
    if (!id || !period || !indicator) continue;
    StoredFigure figure;
    figure.territory = *id;
    figure.period = *period;
    figure.indicator = *indicator;
    figure.status = value.empty() ? ObservationStatus::missing : ObservationStatus::ok;
    figure.value = value.empty() ? 0 : std::stod(value);
    figure.source = "bench";
    figure.file = "indicators_long.csv";
    figure.read_at = "2026-01-15T09:00:00";
    figures.push_back(std::move(figure));
  }
  return figures;
}

struct NationalWorkload {
  TerritoryCatalogue territories;
  IndicatorCatalogue indicators;
  SeriesBreakCatalogue breaks;  // none: the workload declares no break
  std::vector<StoredFigure> figures;
  std::vector<Diagnostic> catalogue_diagnostics;
};

// DATA_DIR holds make_dataset.py's indicators.csv and indicators_long.csv;
// the territories are the project's own catalogue (config/territories.csv).
inline NationalWorkload load_national_workload(const std::string& data_dir, const std::string& territories_csv) {
  NationalWorkload workload;
  workload.territories =
      TerritoryCatalogue::parse(read_file(territories_csv), "territories.csv", workload.catalogue_diagnostics);
  workload.indicators = IndicatorCatalogue::parse(indicator_catalogue(read_file(data_dir + "/indicators.csv")),
                                                  "indicators.csv", workload.catalogue_diagnostics);
  workload.figures =
      stored_figures(read_file(data_dir + "/indicators_long.csv"), workload.territories, workload.indicators);
  return workload;
}

}  // namespace prith::bench
