// Builds the Dataset of the national reference workload
// (../shared/bench/WORKLOAD.md: 119 territories × 40 quarters × 30
// indicators) from its indicators_long.csv, turned into StoredFigures as the
// store would hand them over. Prints the time to build, best / median /
// worst over RUNS, and the peak RSS. Run through run_model_bench.sh.
//
//   model_bench DATA_DIR TERRITORIES_CSV [RUNS]
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
#include "model/figure_labels.h"

using namespace prith;

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
    std::fprintf(stderr, "usage: model_bench DATA_DIR TERRITORIES_CSV [RUNS]\n");
    return 2;
  }
  const std::string data = argv[1];
  const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  using clock = std::chrono::steady_clock;

  auto start = clock::now();
  std::vector<Diagnostic> catalogue_diagnostics;
  TerritoryCatalogue territories = TerritoryCatalogue::parse(read_file(argv[2]), "territories.csv",
                                                             catalogue_diagnostics);
  IndicatorCatalogue indicators = IndicatorCatalogue::parse(indicator_catalogue(read_file(data + "/indicators.csv")),
                                                            "indicators.csv", catalogue_diagnostics);
  SeriesBreakCatalogue breaks;
  std::vector<StoredFigure> figures = stored_figures(read_file(data + "/indicators_long.csv"), territories,
                                                     indicators);
  const double prepare = std::chrono::duration<double>(clock::now() - start).count();
  const double rss_before = peak_rss_mib();
  std::printf("stored figures: %zu (prepared in %.3f s, peak RSS so far %.1f MiB)\n", figures.size(), prepare,
              rss_before);

  std::vector<double> seconds;
  std::size_t cells = 0, diagnostics_count = 0;
  for (int run = 0; run < runs; ++run) {
    std::vector<Diagnostic> diagnostics;
    auto begin = clock::now();
    Dataset dataset =
        Dataset::build(figures, ModelCatalogues{territories, indicators, breaks, ""}, diagnostics);
    seconds.push_back(std::chrono::duration<double>(clock::now() - begin).count());
    cells = dataset.tree().size() * dataset.periods().size() * dataset.indicators().all().size();
    diagnostics_count = diagnostics.size();
    if (run > 0) continue;
    // The workload's key figure, to compare with its own definition: the
    // national total of the latest quarter and its change over a year.
    const Period latest = dataset.periods().all().back();
    for (const char* code : {"ind01", "ind28"}) {
      const Cell* france = dataset.cell(*indicators.match(code), *territories.find(TerritoryLevel::country, "FR"),
                                        latest);
      if (!france) continue;
      const Derived& change = france->derived.year_ago;
      std::printf("France %s %s: %.10g %s; year on year: %s\n", code, latest.to_string().c_str(),
                  france->figure.value, flags_fr(france->figure).c_str(),
                  change.ok() ? (std::to_string(change.value) + " %").c_str()
                              : std::string(derived_status_fr(change.status)).c_str());
    }
  }
  std::sort(seconds.begin(), seconds.end());
  std::printf("dataset: %zu cells (%zu indicators), %zu diagnostics\n", cells, indicators.all().size(),
              diagnostics_count);
  std::printf("build_dataset over %d runs: best %.3f s, median %.3f s, worst %.3f s\n", runs, seconds.front(),
              seconds[seconds.size() / 2], seconds.back());
  std::printf("peak RSS: %.1f MiB (%.1f MiB before the first build)\n", peak_rss_mib(), rss_before);
  return 0;
}
