// The national reference workload's annex (../shared/bench/WORKLOAD.md:
// 30 indicators × 119 territories × 40 quarters = 142,800 figures, one sheet
// and two charts per indicator): the Dataset is built once from the
// workload's indicators_long.csv, then the workbook is described and written
// RUNS times. Prints best / median / worst seconds and the peak RSS. Run
// through run_workbook_bench.sh.
//
//   workbook_bench DATA_DIR TERRITORIES_CSV OUT_XLSX [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "national_workload.h"
#include "model/figure_labels.h"
#include "model/secrecy_pass.h"
#include "render/excel/annex_workbook.h"
#include "render/excel/workbook_writer.h"

using namespace prith;
using namespace prith::bench;


int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: workbook_bench DATA_DIR TERRITORIES_CSV OUT_XLSX [RUNS]\n");
    return 2;
  }
  const std::string data = argv[1];
  const std::filesystem::path output = argv[3];
  const int runs = argc > 4 ? std::max(1, std::atoi(argv[4])) : 5;
  using clock = std::chrono::steady_clock;

  NationalWorkload workload = load_national_workload(data, argv[2]);
  std::vector<Diagnostic> diagnostics = std::move(workload.catalogue_diagnostics);
  Dataset dataset = Dataset::build(workload.figures,
                                   ModelCatalogues{workload.territories, workload.indicators, workload.breaks, ""},
                                   diagnostics, {secrecy_pass()});
  std::vector<StoredFigure>().swap(workload.figures);  // as before: only the Dataset stays while the workbook is written
  const double rss_before = peak_rss_mib();

  // Every région and département of the tree (the country row left out): 119 rows.
  AnnexScope scope;
  scope.regional = true;
  scope.title = "Annexe statistique, France, banc d'essai";
  for (NodeIndex node = 0; node < dataset.tree().size(); ++node)
    if (dataset.tree().node(node).level != TerritoryLevel::country) scope.rows.push_back(node);
  AnnexContext context{"Banc d'essai prith", "2026-11-15", {{"bench", "Jeu de données de référence"}}};

  std::vector<double> describe_seconds, write_seconds;
  std::size_t numbers = 0, charts = 0;
  for (int run = 0; run < runs; ++run) {
    auto begin = clock::now();
    WorkbookDescription workbook = annex_workbook(dataset, context, scope, {});
    auto described = clock::now();
    std::string error;
    if (!write_workbook(workbook, output, error)) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return 1;
    }
    auto written = clock::now();
    describe_seconds.push_back(std::chrono::duration<double>(described - begin).count());
    write_seconds.push_back(std::chrono::duration<double>(written - begin).count());
    numbers = charts = 0;
    for (const SheetDescription& sheet : workbook.sheets) {
      charts += sheet.charts.size();
      for (const auto& row : sheet.rows)
        for (const SheetCell& cell : row) numbers += cell.kind == SheetCell::Kind::number;
    }
  }
  std::sort(describe_seconds.begin(), describe_seconds.end());
  std::sort(write_seconds.begin(), write_seconds.end());
  std::printf("workbook: %zu rows × %zu quarters × %zu indicators; %zu number cells, %zu charts, %ju bytes\n",
              scope.rows.size(), quarter_indexes(dataset).size(), dataset.indicators().all().size(), numbers, charts,
              static_cast<std::uintmax_t>(std::filesystem::file_size(output)));
  std::printf("describe over %d runs: best %.3f s, median %.3f s, worst %.3f s\n", runs, describe_seconds.front(),
              describe_seconds[describe_seconds.size() / 2], describe_seconds.back());
  std::printf("describe + write over %d runs: best %.3f s, median %.3f s, worst %.3f s\n", runs,
              write_seconds.front(), write_seconds[write_seconds.size() / 2], write_seconds.back());
  std::printf("peak RSS: %.1f MiB (%.1f MiB with the Dataset alone)\n", peak_rss_mib(), rss_before);
  return 0;
}
