#include "store/history.h"

#include <map>
#include <set>

#include "core/french_format.h"

namespace prith {

namespace {

using Figures = std::map<StoredKey, StoredValue>;

std::vector<BatchHistory> read_batches(Store& store) {
  std::vector<BatchHistory> batches;
  Statement query(store.database(),
                  "SELECT id, file, source, sha256, read_at, format, bytes, refusal_code, refusal_message,"
                  " observations, errors, warnings, infos FROM batches ORDER BY id");
  while (query.step()) {
    BatchHistory batch;
    batch.id = query.integer(0);
    batch.file = query.text(1);
    batch.source = query.text(2);
    batch.sha256 = query.text(3);
    batch.read_at = query.text(4);
    batch.format = query.text(5);
    if (!query.is_null(6)) batch.bytes = static_cast<std::uint64_t>(query.integer(6));
    if (!query.is_null(7))
      batch.refusal = Refusal{static_cast<DiagnosticCode>(query.integer(7)), query.text(8)};
    batch.observations = static_cast<std::size_t>(query.integer(9));
    batch.errors = static_cast<std::size_t>(query.integer(10));
    batch.warnings = static_cast<std::size_t>(query.integer(11));
    batch.infos = static_cast<std::size_t>(query.integer(12));
    batches.push_back(std::move(batch));
  }
  return batches;
}

StoredValue value_of(const Statement& row) {
  StoredValue value;
  std::string_view status = row.text_view(5);
  value.status = status == "ok"             ? ObservationStatus::ok
                 : status == "confidential" ? ObservationStatus::confidential
                                            : ObservationStatus::missing;
  if (value.status == ObservationStatus::ok) value.value = row.real(6);
  return value;
}

void compare(BatchHistory& batch, const Figures& figures, const Figures& stored, const Figures* previous) {
  for (const auto& [key, value] : figures) {
    auto before = stored.find(key);
    if (before == stored.end()) {
      batch.added.push_back({key, std::nullopt, value});
    } else if (before->second == value) {
      ++batch.unchanged;
    } else {
      batch.changed.push_back({key, before->second, value});
    }
  }
  batch.revision = batch.unchanged > 0 || !batch.changed.empty();
  if (previous) {
    std::set<std::string> periods;
    for (const auto& [key, value] : figures) periods.insert(key.period);
    for (const auto& [key, value] : *previous)
      if (periods.count(key.period) && !figures.count(key)) batch.removed.push_back({key, value, std::nullopt});
    if (!batch.removed.empty()) batch.revision = true;
  }
  if (!batch.revision) batch.added.clear();  // a first reading: its figures are not news
}

}  // namespace

std::string stored_value_fr(const StoredValue& value) {
  switch (value.status) {
    case ObservationStatus::ok: return format_number_fr(value.value, 6);
    case ObservationStatus::confidential: return "secret";
    case ObservationStatus::missing: return "non disponible";
  }
  return "";
}

std::vector<BatchHistory> read_history(Store& store) {
  std::vector<BatchHistory> batches = read_batches(store);
  // Streamed batch by batch: rowid order is batch order (nothing is ever
  // deleted). Held in memory: the newest value of every key, and the
  // figures of the last batch of each (source, file).
  Statement rows(store.database(),
                 "SELECT batch, indicator, territory_level, territory, period, status, value FROM observations"
                 " ORDER BY rowid");
  bool has_row = rows.step();
  Figures stored;
  std::map<std::pair<std::string, std::string>, Figures> last_of_file;
  for (BatchHistory& batch : batches) {
    Figures figures;  // the last occurrence of a key within a batch wins, as in latest_figures
    for (; has_row && rows.integer(0) == batch.id; has_row = rows.step())
      figures[StoredKey{rows.text(1), rows.text(2), rows.text(3), rows.text(4)}] = value_of(rows);
    if (batch.refusal) continue;  // a refused file brought nothing and removes nothing
    auto previous = last_of_file.find({batch.source, batch.file});
    compare(batch, figures, stored, previous == last_of_file.end() ? nullptr : &previous->second);
    for (const auto& [key, value] : figures) stored[key] = value;
    last_of_file[{batch.source, batch.file}] = std::move(figures);
  }
  return batches;
}

}  // namespace prith
