// What every batch brought, in the order batches were stored: the basis of
// `prith history`. Works on the codes as stored, so it needs no catalogue
// and still tells about indicators or territories since removed from them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ingest/observation.h"
#include "store/store.h"

namespace prith {

struct StoredKey {
  std::string indicator, territory_level, territory, period;
  friend auto operator<=>(const StoredKey&, const StoredKey&) = default;
};

struct StoredValue {
  ObservationStatus status = ObservationStatus::missing;
  double value = 0;  // meaningful when status == ok
  friend bool operator==(const StoredValue&, const StoredValue&) = default;
};
std::string stored_value_fr(const StoredValue& value);  // "1 250", "secret", "non disponible"
std::string stored_key_fr(const StoredKey& key);        // "DEBOE · 44 · T3 2025", "DEBOE · 52 (region) · …"

struct FigureChange {
  StoredKey key;
  std::optional<StoredValue> before;  // absent for an added figure
  std::optional<StoredValue> after;   // absent for a removed figure
};

struct BatchHistory {
  std::int64_t id = 0;
  std::string file, source, sha256, read_at, format;
  std::optional<std::uint64_t> bytes;
  std::optional<Refusal> refusal;
  std::size_t observations = 0, errors = 0, warnings = 0, infos = 0;
  // A revision: the batch holds figures an earlier batch already stored.
  bool revision = false;
  // Filled for revisions only, each sorted by key.
  std::vector<FigureChange> added, changed, removed;
  std::size_t unchanged = 0;
};

// "1 chiffre ajouté, 2 modifiés, 0 retiré, 5 inchangés": the counts of a
// revision, in the same words for `history` and `build`.
std::string revision_counts_fr(const BatchHistory& batch);

// Definitions (docs/store.md): for a batch B,
// - added: figures of B that no earlier batch holds;
// - changed: figures of B whose newest earlier value differs (status or value);
// - removed: figures the store holds from B's source (its file, when B is
//   in no source folder) for an (indicator, period) B gives, and that B
//   lacks, when the batch that gave them shares a key with B. The model
//   keeps their newest stored value.
std::vector<BatchHistory> read_history(Store& store);

}  // namespace prith
