// The raw text of a few cells, read again once a file has been read.
//
// A diagnostic's value is the text the file wrote at its place ("9 113",
// not a reformatted 9113). Most diagnostics are made while their cell is at
// hand; a few are made later, from observations, which keep no text (24
// bytes each, millions in a national file): a duplicate or conflicting
// figure (duplicate_check.cpp), a région row that is not the sum of its
// départements (total_check.cpp), categories that do not add up to their
// total (breakdown_check.cpp). Those name themselves in
// FileReading::values_from_cells, and read_partner_file reads the file a
// second time, only then, keeping the text of those cells alone.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "ingest/observation.h"
#include "ingest/raw_table.h"

namespace prith {

// A RowSink keeping the text of the cells at the places asked for.
class CellTextCollector : public RowSink {
 public:
  void want(const SourcePlace& place);
  bool empty() const { return wanted_.empty(); }

  void begin_table(const TableInfo& table) override { sheet_ = table.sheet; }
  void row(const RawRow& row) override;
  void end_table() override {}

  // The text seen at `place`, or nullptr when no cell was there.
  const std::string* text_at(const SourcePlace& place) const;

 private:
  using Key = std::tuple<std::string, std::uint32_t, std::uint32_t>;  // sheet, line, column
  std::set<Key> wanted_;
  std::set<std::pair<std::string, std::uint32_t>> wanted_rows_;
  std::map<Key, std::string> found_;
  std::string sheet_;
};

// Sets the value of each diagnostic listed in reading.values_from_cells to
// the text at its place, found by `read_again` (which feeds the file's rows
// to the sink it is given), then clears the list. Nothing is read when the
// list is empty. A place where no cell is found keeps the value it had.
void quote_cell_texts(FileReading& reading, const std::function<void(RowSink&)>& read_again);

}  // namespace prith
