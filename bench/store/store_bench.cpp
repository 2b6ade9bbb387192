// The store on the national reference workload: a fresh store per run,
// every export ingested by the very function `prith build` calls, then
// latest_figures read back for the model. Prints the seconds of each
// phase (median of the runs), the store's size and the peak RSS.
//
// usage: store_bench PROJECT_DIR [RUNS]   (see bench/store/README.md)
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "project/project.h"
#include "store/history.h"
#include "store/ingest_exports.h"
#include "model/dataset.h"
#include "model/secrecy_pass.h"
#include "store/latest_figures.h"

namespace fs = std::filesystem;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

void remove_store(const fs::path& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: store_bench PROJECT_DIR [RUNS]\n");
    return 2;
  }
  mallopt(M_MMAP_THRESHOLD, 1 << 20);  // as prith's main does
  int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<prith::Diagnostic> diagnostics;
  std::string error;
  auto project = prith::Project::load(argv[1], diagnostics, error);
  if (!project) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }
  fs::path store_path = prith::Store::path_in(project->root());
  std::vector<double> ingest_times, latest_times, model_times, total_times, again_times;
  std::size_t observations = 0, figures = 0, batches = 0, model_diagnostics = 0;
  for (int run = 0; run < runs; ++run) {
    remove_store(store_path);
    auto start = std::chrono::steady_clock::now();
    {
      prith::Store store(store_path.string());
      prith::IngestReport report = prith::ingest_exports(*project, store, "2026-01-15T09:30:00Z");
      ingest_times.push_back(seconds_since(start));
      batches = report.files.size();
      observations = 0;
      for (const auto& file : report.files) observations += file.observations;
      auto latest_start = std::chrono::steady_clock::now();
      std::vector<prith::StoredFigure> latest =
          prith::latest_figures(store, project->territories(), project->indicators());
      figures = latest.size();
      latest_times.push_back(seconds_since(latest_start));
      // The model of the whole store, statistical secrecy included, as `prith build` makes it.
      auto model_start = std::chrono::steady_clock::now();
      std::vector<prith::Diagnostic> diagnostics;
      prith::Dataset dataset = prith::Dataset::build(
          latest,
          prith::ModelCatalogues{project->territories(), project->indicators(), project->series_breaks(),
                                 project->settings().region},
          diagnostics, {prith::secrecy_pass()});
      model_times.push_back(seconds_since(model_start));
      model_diagnostics = diagnostics.size();
    }
    total_times.push_back(seconds_since(start));
    // A second build with nothing new: every file is hashed, none is read.
    auto again_start = std::chrono::steady_clock::now();
    {
      prith::Store store(store_path.string());
      prith::ingest_exports(*project, store, "2026-01-16T09:30:00Z");
    }
    again_times.push_back(seconds_since(again_start));
  }
  // A revision: the partner sends the whole file again with one value
  // corrected. The store then holds two batches of every figure.
  fs::path original = project->exports_folder() / "indicators_long.csv";
  fs::path revision = project->exports_folder() / "zz_revision.csv";
  double revision_ingest = 0, revision_latest = 0, revision_history = 0;
  std::size_t revised = 0;
  if (fs::exists(original)) {
    std::ifstream in(original, std::ios::binary);
    std::ofstream out(revision, std::ios::binary);
    std::string line;
    for (int n = 0; std::getline(in, line); ++n) out << (n == 1 ? line + "1" : line) << '\n';
    out.close();
    prith::Store store(store_path.string());
    auto start = std::chrono::steady_clock::now();
    prith::ingest_exports(*project, store, "2026-04-15T09:30:00Z");
    revision_ingest = seconds_since(start);
    start = std::chrono::steady_clock::now();
    for (const auto& figure : prith::latest_figures(store, project->territories(), project->indicators()))
      revised += figure.revised_at.empty() ? 0 : 1;
    revision_latest = seconds_since(start);
    // `prith build` reads the history after storing a file, to say what it
    // changed (and warn of removed figures).
    start = std::chrono::steady_clock::now();
    std::vector<prith::BatchHistory> history = prith::read_history(store);
    revision_history = seconds_since(start);
    fs::remove(revision);
  }
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%zu files, %zu observations stored, %zu latest figures\n", batches, observations, figures);
  std::printf("ingest (read + store): %.3f s   latest_figures: %.3f s   total: %.3f s   (median of %d)\n",
              median(ingest_times), median(latest_times), median(total_times), runs);
  std::printf("model with statistical secrecy: %.3f s (%zu diagnostics); store + model: %.3f s\n",
              median(model_times), model_diagnostics, median(total_times));
  std::printf("second build, nothing new: %.3f s\n", median(again_times));
  std::printf("revision of the whole file (%zu figure changed): ingest %.3f s, latest_figures over two batches %.3f s\n",
              revised, revision_ingest, revision_latest);
  std::printf("history of the two batches (what build prints after storing a file): %.3f s\n", revision_history);
  std::printf("store: %.1f MiB   peak RSS: %.1f MiB\n",
              static_cast<double>(fs::file_size(store_path)) / (1024.0 * 1024.0),
              static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
