// The whole reading path of a partner file, as `prith check` runs it:
// decode, sniff, parse, find the header, resolve every cell into
// observations, look for duplicates. Prints MB/s (best and median of the
// runs) and the process's peak RSS.
//
// usage: ingest_bench PROJECT_DIR FILE [RUNS]   (see bench/README.md)
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/partner_file.h"
#include "project/project.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: ingest_bench PROJECT_DIR FILE [RUNS]\n");
    return 2;
  }
  // As prith's main does: big buffers go back to the system when freed.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  std::vector<prith::Diagnostic> diagnostics;
  std::string error;
  auto project = prith::Project::load(argv[1], diagnostics, error);
  if (!project) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }
  double megabytes = static_cast<double>(std::filesystem::file_size(argv[2])) / 1e6;
  std::vector<double> rates, cpu_rates;
  std::size_t observations = 0, errors = 0;
  for (int run = 0; run < runs; ++run) {
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();
    prith::FileReading reading = prith::read_partner_file(argv[2], argv[2], project->catalogues());
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    rates.push_back(megabytes / seconds);
    cpu_rates.push_back(megabytes / cpu_seconds);
    observations = reading.observations.size();
    errors = prith::count_by_severity(reading.diagnostics).errors;
  }
  std::sort(rates.begin(), rates.end());
  std::sort(cpu_rates.begin(), cpu_rates.end());
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("file: %.1f MB, %zu observations, %zu errors\n", megabytes, observations, errors);
  std::printf("MB/s: best %.1f, median %.1f, worst %.1f (%d runs)\n", rates.back(), rates[rates.size() / 2],
              rates.front(), runs);
  // On a shared machine the wall clock also counts other processes.
  std::printf("MB/s of CPU time: best %.1f, median %.1f\n", cpu_rates.back(), cpu_rates[cpu_rates.size() / 2]);
  std::printf("peak RSS: %.1f MiB (%.2f x the file)\n", usage.ru_maxrss / 1024.0,
              usage.ru_maxrss / 1024.0 * 1.048576 / megabytes);
  return 0;
}
