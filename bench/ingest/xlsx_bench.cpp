// Reads a workbook through read_xlsx_file into a counting sink, REPEAT times
// (after one warm-up), and prints cells/s: best, median, worst.
// Usage: xlsx_bench WORKBOOK.xlsx [REPEAT=5]. See bench/ingest/README.md.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "ingest/xlsx_reader.h"

namespace {

class CountingSink : public prith::RowSink {
 public:
  std::size_t cells = 0, rows = 0, tables = 0;
  double checksum = 0;  // keeps the cells' content live
  void begin_table(const prith::TableInfo&) override { ++tables; }
  void row(const prith::RawRow& row) override {
    ++rows;
    cells += row.cells.size();
    for (const prith::RawCell& cell : row.cells) checksum += cell.number + static_cast<double>(cell.text.size());
  }
  void end_table() override {}
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: xlsx_bench WORKBOOK.xlsx [REPEAT]\n");
    return 2;
  }
  const int repeat = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<double> rates;
  CountingSink last;
  for (int i = 0; i <= repeat; ++i) {
    CountingSink sink;
    std::vector<prith::Diagnostic> diagnostics;
    auto start = std::chrono::steady_clock::now();
    auto refusal = prith::read_xlsx_file(argv[1], sink, diagnostics);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (refusal) {
      std::fprintf(stderr, "refused: %s\n", refusal->message.c_str());
      return 1;
    }
    if (i > 0) rates.push_back(static_cast<double>(sink.cells) / seconds);  // run 0 warms the cache
    last = sink;
  }
  std::sort(rates.begin(), rates.end());
  std::printf("%s: %zu rows, %zu cells; cells/s best %.0f, median %.0f, worst %.0f (%d runs)\n", argv[1], last.rows,
              last.cells, rates.back(), rates[rates.size() / 2], rates.front(), repeat);
  return 0;
}
