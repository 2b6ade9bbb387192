// The national reference workload's annex (../shared/bench/WORKLOAD.md:
// 30 indicators × 119 territories × 40 quarters = 142,800 figures, one sheet
// and two charts per indicator): the Dataset is built once from the
// workload's indicators_long.csv, then the workbook is described and written
// RUNS times. Prints best / median / worst seconds and the peak RSS. Run
// through run_workbook_bench.sh.
//
//   workbook_bench DATA_DIR TERRITORIES_CSV OUT_XLSX [RUNS]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "catalogue/catalogue_csv.h"
#include "model/dataset.h"
#include "model/figure_labels.h"
#include "model/secrecy_pass.h"
#include "render/excel/annex_workbook.h"
#include "render/excel/workbook_writer.h"

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
  if (argc < 4) {
    std::fprintf(stderr, "usage: workbook_bench DATA_DIR TERRITORIES_CSV OUT_XLSX [RUNS]\n");
    return 2;
  }
  const std::string data = argv[1];
  const std::filesystem::path output = argv[3];
  const int runs = argc > 4 ? std::max(1, std::atoi(argv[4])) : 5;
  using clock = std::chrono::steady_clock;

  std::vector<Diagnostic> diagnostics;
  TerritoryCatalogue territories = TerritoryCatalogue::parse(read_file(argv[2]), "territories.csv", diagnostics);
  IndicatorCatalogue indicators = IndicatorCatalogue::parse(indicator_catalogue(read_file(data + "/indicators.csv")),
                                                            "indicators.csv", diagnostics);
  SeriesBreakCatalogue breaks;
  Dataset dataset = Dataset::build(stored_figures(read_file(data + "/indicators_long.csv"), territories, indicators),
                                   ModelCatalogues{territories, indicators, breaks, ""}, diagnostics,
                                   {secrecy_pass()});
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
              scope.rows.size(), quarter_indexes(dataset).size(), indicators.all().size(), numbers, charts,
              static_cast<std::uintmax_t>(std::filesystem::file_size(output)));
  std::printf("describe over %d runs: best %.3f s, median %.3f s, worst %.3f s\n", runs, describe_seconds.front(),
              describe_seconds[describe_seconds.size() / 2], describe_seconds.back());
  std::printf("describe + write over %d runs: best %.3f s, median %.3f s, worst %.3f s\n", runs,
              write_seconds.front(), write_seconds[write_seconds.size() / 2], write_seconds.back());
  std::printf("peak RSS: %.1f MiB (%.1f MiB with the Dataset alone)\n", peak_rss_mib(), rss_before);
  return 0;
}
