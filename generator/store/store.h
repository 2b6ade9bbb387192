// The project's memory: every file `prith build` read, as a batch with its
// observations (and where each came from) and its diagnostics, in an
// embedded SQLite file (docs/store.md). Batches are only ever added.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ingest/observation.h"
#include "store/sqlite_db.h"

namespace prith {

struct BatchRecord {
  std::string file;      // path under the project folder: "exports/france-travail/deboe.csv"
  std::string source;    // the partner's code (sources.csv), "" when no source folder holds the file
  std::string sha256;    // of the file's bytes, lower-case hex
  std::string read_at;   // ISO 8601 UTC instant: "2026-01-15T09:30:00Z"
  std::uint64_t bytes = 0;
  std::string reading;   // reading_fingerprint() of the project when the file was read
};

class Store {
 public:
  // DIR/prith.sqlite
  static std::filesystem::path path_in(const std::filesystem::path& project_root);

  // Opens or creates the store and migrates it forward. Throws SqliteError
  // with a French message when the file is not a store prith can use.
  explicit Store(const std::string& path);

  struct KnownContent {
    std::int64_t batch = 0;          // the newest batch that holds these bytes
    std::optional<Refusal> refusal;  // when that batch is a refused file
    std::string reading;             // its reading fingerprint ("" before schema 3)
  };
  // The newest batch (read or refused) that holds these bytes, if any.
  std::optional<KnownContent> knows_content(const std::string& sha256);

  // The errors stored with a batch, in the order they were found: what an
  // unchanged file still has to fix.
  std::vector<Diagnostic> stored_errors(std::int64_t batch);

  struct AddedBatch {
    std::int64_t id = 0;
    bool added = false;  // false: another prith stored these bytes meanwhile; `id` is that batch
  };
  // Adds the batch in one transaction: all of it or nothing. The bytes are
  // looked up again inside the transaction, so two builds running at once
  // never store the same file read under the same fingerprint twice.
  // `breakdowns` names the categories of the reading's breakdown observations.
  AddedBatch add_batch(const BatchRecord& record, const FileReading& reading, const TerritoryCatalogue& territories,
                       const IndicatorCatalogue& indicators, const BreakdownCatalogue* breakdowns = nullptr);

  Database& database() { return database_; }

  // Tests only: called inside add_batch's transaction once every row is
  // written and before the commit, so that a test can kill the process there.
  static std::function<void()>& hook_before_commit();

 private:
  Database database_;
};

}  // namespace prith
