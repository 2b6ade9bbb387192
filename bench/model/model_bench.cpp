// Builds the Dataset of the national reference workload
// (../shared/bench/WORKLOAD.md: 119 territories × 40 quarters × 30
// indicators) from its indicators_long.csv, turned into StoredFigures as the
// store would hand them over. Prints the time to build, best / median /
// worst over RUNS, and the peak RSS. Run through run_model_bench.sh.
//
//   model_bench DATA_DIR TERRITORIES_CSV [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "national_workload.h"
#include "model/figure_labels.h"

using namespace prith;
using namespace prith::bench;


int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: model_bench DATA_DIR TERRITORIES_CSV [RUNS]\n");
    return 2;
  }
  const std::string data = argv[1];
  const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  using clock = std::chrono::steady_clock;

  auto start = clock::now();
  const NationalWorkload workload = load_national_workload(data, argv[2]);
  const TerritoryCatalogue& territories = workload.territories;
  const IndicatorCatalogue& indicators = workload.indicators;
  const SeriesBreakCatalogue& breaks = workload.breaks;
  const std::vector<StoredFigure>& figures = workload.figures;
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
