#include "ingest/cell_texts.h"

namespace prith {

void CellTextCollector::want(const SourcePlace& place) {
  wanted_.emplace(place.sheet, place.line, place.column);
  wanted_rows_.emplace(place.sheet, place.line);
}

void CellTextCollector::row(const RawRow& row) {
  // Most rows hold no wanted cell: one lookup per row, not per cell.
  if (!wanted_rows_.count(std::make_pair(sheet_, row.line))) return;
  for (const RawCell& cell : row.cells) {
    Key key{sheet_, row.line, cell.column};
    if (wanted_.count(key)) found_[key] = cell.text;
  }
}

const std::string* CellTextCollector::text_at(const SourcePlace& place) const {
  const auto found = found_.find(Key{place.sheet, place.line, place.column});
  return found == found_.end() ? nullptr : &found->second;
}

void quote_cell_texts(FileReading& reading, const std::function<void(RowSink&)>& read_again) {
  if (reading.values_from_cells.empty()) return;
  CellTextCollector collector;
  for (std::size_t index : reading.values_from_cells) collector.want(reading.diagnostics.at(index).place);
  read_again(collector);
  for (std::size_t index : reading.values_from_cells) {
    Diagnostic& diagnostic = reading.diagnostics.at(index);
    if (const std::string* text = collector.text_at(diagnostic.place)) diagnostic.value = *text;
  }
  reading.values_from_cells.clear();
}

}  // namespace prith
