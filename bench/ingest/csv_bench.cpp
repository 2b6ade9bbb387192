// Speed of the whole CSV reader path (read, decode, sniff, parse, RawRows)
// on one core. Usage: csv_bench FILE [RUNS]. See bench/ingest/README.md.
//
// The sink only counts cells and bytes, so the figure is the reader's own;
// the table mapper's cost will be measured on top of it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "ingest/csv_reader.h"

namespace {

class CountingSink : public prith::RowSink {
 public:
  void begin_table(const prith::TableInfo&) override {}
  void row(const prith::RawRow& row) override {
    ++rows;
    for (const prith::RawCell& cell : row.cells) {
      ++cells;
      bytes += cell.text.size();
    }
  }
  void end_table() override {}
  std::size_t rows = 0, cells = 0, bytes = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE [RUNS]\n", argv[0]);
    return 2;
  }
  const std::string path = argv[1];
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  const double megabytes = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
  std::vector<double> speeds, cpu_speeds;
  for (int run = 0; run <= runs; ++run) {  // run 0 warms the page cache
    CountingSink sink;
    std::vector<prith::Diagnostic> diagnostics;
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();
    auto refusal = prith::read_csv_file(path, sink, diagnostics);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // CPU time too: on a shared machine wall time also counts other processes.
    double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    if (refusal) {
      std::fprintf(stderr, "refused: %s\n", refusal->message.c_str());
      return 1;
    }
    if (run == 0) {
      std::printf("%s: %.1f MB, %zu rows, %zu cells, %zu cell bytes\n%s\n", path.c_str(), megabytes,
                  sink.rows, sink.cells, sink.bytes, diagnostics.front().message.c_str());
      continue;
    }
    speeds.push_back(megabytes / seconds);
    cpu_speeds.push_back(megabytes / cpu_seconds);
    std::printf("run %d: %.3f s wall, %.3f s CPU, %.1f MB/s\n", run, seconds, cpu_seconds,
                speeds.back());
  }
  std::sort(speeds.begin(), speeds.end());
  std::sort(cpu_speeds.begin(), cpu_speeds.end());
  std::printf("wall: best %.1f MB/s, median %.1f MB/s, worst %.1f MB/s over %d runs\n",
              speeds.back(), speeds[speeds.size() / 2], speeds.front(), runs);
  std::printf("CPU:  best %.1f MB/s, median %.1f MB/s\n", cpu_speeds.back(),
              cpu_speeds[cpu_speeds.size() / 2]);
  return 0;
}
