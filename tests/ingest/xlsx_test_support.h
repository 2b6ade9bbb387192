// Helpers shared by the XLSX reader's tests: a sink that records everything,
// fixture paths, and a watch that proves a file was never opened.
#pragma once

#include <sys/inotify.h>
#include <unistd.h>

#include <optional>
#include <string>
#include <vector>

#include "ingest/raw_table.h"
#include "ingest/xlsx_reader.h"

namespace prith::test {

inline std::string xlsx_fixture(const std::string& relative) {
  return std::string(PRITH_TEST_DATA_DIR) + "/xlsx/" + relative;
}

struct RecordedTable {
  TableInfo info;
  std::vector<RawRow> rows;
  bool ended = false;

  const RawCell* cell(std::uint32_t line, std::uint32_t column) const {
    for (const RawRow& row : rows) {
      if (row.line != line) continue;
      for (const RawCell& cell : row.cells) {
        if (cell.column == column) return &cell;
      }
    }
    return nullptr;
  }
  std::size_t cell_count() const {
    std::size_t count = 0;
    for (const RawRow& row : rows) count += row.cells.size();
    return count;
  }
};

class RecordingSink : public RowSink {
 public:
  std::vector<RecordedTable> tables;
  void begin_table(const TableInfo& table) override { tables.push_back(RecordedTable{table, {}, false}); }
  void row(const RawRow& row) override { tables.back().rows.push_back(row); }
  void end_table() override { tables.back().ended = true; }
};

struct XlsxReading {
  std::optional<Refusal> refusal;
  RecordingSink sink;
  std::vector<Diagnostic> diagnostics;

  const RecordedTable* table(const std::string& sheet) const {
    for (const RecordedTable& t : sink.tables) {
      if (t.info.sheet == sheet) return &t;
    }
    return nullptr;
  }
  std::vector<const Diagnostic*> with_code(DiagnosticCode code) const {
    std::vector<const Diagnostic*> found;
    for (const Diagnostic& d : diagnostics) {
      if (d.code == code) found.push_back(&d);
    }
    return found;
  }
};

inline XlsxReading read_xlsx(const std::string& path, const XlsxReadOptions& options = {}) {
  XlsxReading reading;
  reading.refusal = read_xlsx_file(path, reading.sink, reading.diagnostics, options);
  return reading;
}

// Records every open or read of one file between construction and opened().
class OpenWatch {
 public:
  explicit OpenWatch(const std::string& path) : fd_(inotify_init1(IN_NONBLOCK)) {
    if (fd_ >= 0) watch_ = inotify_add_watch(fd_, path.c_str(), IN_OPEN | IN_ACCESS);
  }
  ~OpenWatch() {
    if (fd_ >= 0) close(fd_);
  }
  bool armed() const { return fd_ >= 0 && watch_ >= 0; }
  bool opened() const {
    alignas(inotify_event) char buffer[4096];
    return read(fd_, buffer, sizeof buffer) > 0;
  }

 private:
  int fd_;
  int watch_ = -1;
};

}  // namespace prith::test
