// Writes the bulk open data file donnees/chiffres.csv (and the catalogue
// files) for the national reference workload (../shared/bench/WORKLOAD.md:
// 119 territories × 40 quarters × 30 indicators), the Dataset built with
// statistical secrecy from its indicators_long.csv as model_bench does.
// Prints best / median / worst seconds over RUNS, the size of the file and
// the peak RSS. Run through run_open_data_bench.sh.
//
//   open_data_bench DATA_DIR TERRITORIES_CSV [RUNS]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "catalogue/catalogue_csv.h"
#include "model/dataset.h"
#include "model/secrecy_pass.h"
#include "render/opendata/catalogue_csvs.h"
#include "render/opendata/figures_csv.h"

using namespace prith;

// The loading below is model_bench's (bench/model/model_bench.cpp).
namespace {

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

// The workload's indicators, summed, as its régions are; plus one rate
// nobody reports (ind01 / ind02 in %), so that rates are computed too.
std::string indicator_catalogue(const std::string& workload_csv) {
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

std::vector<StoredFigure> stored_figures(const std::string& text, const TerritoryCatalogue& territories,
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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: open_data_bench DATA_DIR TERRITORIES_CSV [RUNS]\n");
    return 2;
  }
  const std::string data = argv[1];
  const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  using clock = std::chrono::steady_clock;

  std::vector<Diagnostic> diagnostics;
  TerritoryCatalogue territories = TerritoryCatalogue::parse(read_file(argv[2]), "territories.csv", diagnostics);
  IndicatorCatalogue indicators = IndicatorCatalogue::parse(indicator_catalogue(read_file(data + "/indicators.csv")),
                                                            "indicators.csv", diagnostics);
  SeriesBreakCatalogue breaks;
  std::vector<StoredFigure> figures = stored_figures(read_file(data + "/indicators_long.csv"), territories,
                                                     indicators);
  Dataset dataset = Dataset::build(figures, ModelCatalogues{territories, indicators, breaks, ""}, diagnostics,
                                   {secrecy_pass()});
  std::printf("dataset: %zu stored figures, %zu diagnostics\n", figures.size(), diagnostics.size());

  std::vector<double> seconds;
  std::size_t bytes = 0, rows = 0;
  for (int run = 0; run < runs; ++run) {
    auto begin = clock::now();
    std::string csv = figures_csv(dataset);
    std::string catalogues = indicators_csv(dataset) + territories_csv(dataset);
    seconds.push_back(std::chrono::duration<double>(clock::now() - begin).count());
    bytes = csv.size() + catalogues.size();
    rows = static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')) - 1;
  }
  std::sort(seconds.begin(), seconds.end());
  std::printf("chiffres.csv: %zu rows; with the catalogues %.1f MiB\n", rows, bytes / 1048576.0);
  std::printf("open data over %d runs: best %.3f s, median %.3f s, worst %.3f s\n", runs, seconds.front(),
              seconds[seconds.size() / 2], seconds.back());
  std::printf("peak RSS: %.1f MiB\n", peak_rss_mib());
  return 0;
}
