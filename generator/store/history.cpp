#include "store/history.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "catalogue/period.h"
#include "core/french_format.h"

namespace prith {

namespace {

// Keys are held as four interned codes: the national store's history
// holds a few hundred thousand of them, and four strings each would triple
// the memory of a build. Codes are turned back into StoredKey for output.
class Codes {
 public:
  std::uint32_t id(std::string_view text) {
    auto found = ids_.find(std::string(text));
    if (found != ids_.end()) return found->second;
    names_.emplace_back(text);
    return ids_.emplace(names_.back(), static_cast<std::uint32_t>(names_.size() - 1)).first->second;
  }
  const std::string& name(std::uint32_t id) const { return names_[id]; }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> names_;
};

struct Key {
  std::uint32_t indicator, level, territory, period;
  bool operator==(const Key&) const = default;
  std::uint64_t indicator_period() const { return (std::uint64_t{indicator} << 32) | period; }
};
struct KeyHash {
  std::size_t operator()(const Key& key) const {
    std::uint64_t a = key.indicator_period(), b = (std::uint64_t{key.level} << 32) | key.territory;
    return std::hash<std::uint64_t>()(a * 0x9e3779b97f4a7c15ULL ^ b);
  }
};
using Figures = std::unordered_map<Key, StoredValue, KeyHash>;

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

// What one source (or, for files outside every source folder, one file)
// gave: the newest value of every key and the batch that gave it, grouped
// by (indicator, period).
struct SourceValue {
  StoredValue value;
  std::int64_t batch = 0;
};
using SourceFigures = std::unordered_map<std::uint64_t, std::unordered_map<Key, SourceValue, KeyHash>>;

StoredKey stored_key(const Codes& codes, const Key& key) {
  return {codes.name(key.indicator), codes.name(key.level), codes.name(key.territory), codes.name(key.period)};
}

void sort_by_key(std::vector<FigureChange>& changes) {
  std::sort(changes.begin(), changes.end(), [](const FigureChange& a, const FigureChange& b) { return a.key < b.key; });
}

void compare(BatchHistory& batch, const Codes& codes, const Figures& figures, const Figures& stored,
             const SourceFigures& source) {
  for (const auto& [key, value] : figures) {
    auto before = stored.find(key);
    if (before == stored.end()) {
      batch.added.push_back({stored_key(codes, key), std::nullopt, value});
    } else if (before->second == value) {
      ++batch.unchanged;
    } else {
      batch.changed.push_back({stored_key(codes, key), before->second, value});
    }
  }
  // Removed: for each (indicator, period) the batch gives, what the source
  // had given and the batch lacks — only from the earlier batches it
  // overlaps (one key in common): the files it re-sends. One MDPH's file
  // does not remove another MDPH's départements from the same folder.
  std::unordered_set<std::uint64_t> pairs;
  std::unordered_set<std::int64_t> overlapped;
  for (const auto& [key, value] : figures) {
    pairs.insert(key.indicator_period());
    auto held = source.find(key.indicator_period());
    if (held == source.end()) continue;
    auto same = held->second.find(key);
    if (same != held->second.end()) overlapped.insert(same->second.batch);
  }
  for (std::uint64_t pair : pairs) {
    auto held = source.find(pair);
    if (held == source.end()) continue;
    for (const auto& [key, given] : held->second) {
      if (!figures.count(key) && overlapped.count(given.batch))
        batch.removed.push_back({stored_key(codes, key), given.value, std::nullopt});
    }
  }
  sort_by_key(batch.added);
  sort_by_key(batch.changed);
  sort_by_key(batch.removed);
  batch.revision = batch.unchanged > 0 || !batch.changed.empty() || !batch.removed.empty();
  if (!batch.revision) batch.added.clear();  // a first reading: its figures are not news
}

}  // namespace

std::string stored_value_fr(const StoredValue& value) { return figure_fr(value.status, value.value); }

std::string revision_counts_fr(const BatchHistory& batch) {
  return count_fr(batch.added.size(), "chiffre ajouté", "chiffres ajoutés") + ", " +
         count_fr(batch.changed.size(), "modifié", "modifiés") + ", " +
         count_fr(batch.removed.size(), "retiré", "retirés") + ", " +
         count_fr(batch.unchanged, "inchangé", "inchangés");
}

std::string stored_key_fr(const StoredKey& key) {
  std::string territory = key.territory;
  if (key.territory_level != "departement") territory += " (" + key.territory_level + ")";
  std::optional<Period> period = parse_period(key.period);
  return key.indicator + " · " + territory + " · " + (period ? period->french_label() : key.period);
}

std::vector<BatchHistory> read_history(Store& store) {
  std::vector<BatchHistory> batches = read_batches(store);
  // Streamed batch by batch: rowid order is batch order (nothing is ever
  // deleted). Held in memory: the newest value of every key, and the
  // newest value of every key each source gave.
  Statement rows(store.database(),
                 "SELECT batch, indicator, territory_level, territory, period, status, value FROM observations"
                 " WHERE breakdown = '' ORDER BY rowid");
  bool has_row = rows.step();
  Codes codes;
  Figures stored;
  std::map<std::string, SourceFigures> of_source;
  for (BatchHistory& batch : batches) {
    Figures figures;  // the last occurrence of a key within a batch wins, as in latest_figures
    for (; has_row && rows.integer(0) == batch.id; has_row = rows.step()) {
      Key key{codes.id(rows.text_view(1)), codes.id(rows.text_view(2)), codes.id(rows.text_view(3)),
              codes.id(rows.text_view(4))};
      figures[key] = value_of(rows);
    }
    if (batch.refusal) continue;  // a refused file brought nothing and removes nothing
    // A file outside every source folder is compared with its own name only.
    SourceFigures& source = of_source[batch.source.empty() ? "fichier:" + batch.file : batch.source];
    compare(batch, codes, figures, stored, source);
    for (const auto& [key, value] : figures) {
      stored[key] = value;
      source[key.indicator_period()][key] = SourceValue{value, batch.id};
    }
  }
  return batches;
}

}  // namespace prith
