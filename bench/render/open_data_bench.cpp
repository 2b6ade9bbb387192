// Writes the bulk open data file donnees/chiffres.csv (and the catalogue
// files) for the national reference workload (../shared/bench/WORKLOAD.md:
// 119 territories × 40 quarters × 30 indicators), the Dataset built with
// statistical secrecy from its indicators_long.csv as model_bench does.
// Prints best / median / worst seconds over RUNS, the size of the file and
// the peak RSS. Run through run_open_data_bench.sh.
//
//   open_data_bench DATA_DIR TERRITORIES_CSV [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "national_workload.h"
#include "model/secrecy_pass.h"
#include "render/opendata/catalogue_csvs.h"
#include "render/opendata/figures_csv.h"

using namespace prith;
using namespace prith::bench;


int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: open_data_bench DATA_DIR TERRITORIES_CSV [RUNS]\n");
    return 2;
  }
  const std::string data = argv[1];
  const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  using clock = std::chrono::steady_clock;

  const NationalWorkload workload = load_national_workload(data, argv[2]);
  std::vector<Diagnostic> diagnostics = workload.catalogue_diagnostics;
  Dataset dataset = Dataset::build(workload.figures,
                                   ModelCatalogues{workload.territories, workload.indicators, workload.breaks, ""},
                                   diagnostics, {secrecy_pass()});
  std::printf("dataset: %zu stored figures, %zu diagnostics\n", workload.figures.size(), diagnostics.size());

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
