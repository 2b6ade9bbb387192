#include "store/schema.h"

namespace prith {

namespace {

// Version 1: batches, their observations and diagnostics. Territories,
// indicators and periods are kept as codes, not as catalogue ids: ids are
// positions in the catalogue files and change when a line is added.
constexpr const char* kVersion1 = R"SQL(
CREATE TABLE batches (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,
  source TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  read_at TEXT NOT NULL,
  refusal_code INTEGER,
  refusal_message TEXT,
  observations INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  infos INTEGER NOT NULL
);
CREATE INDEX batches_by_sha256 ON batches(sha256);
CREATE TABLE observations (
  batch INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
  indicator TEXT NOT NULL,
  territory_level TEXT NOT NULL,
  territory TEXT NOT NULL,
  period TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'confidential', 'missing')),
  value REAL,
  sheet TEXT NOT NULL,
  line INTEGER NOT NULL,
  column_number INTEGER NOT NULL,
  comment TEXT NOT NULL,
  link TEXT NOT NULL
);
CREATE TABLE diagnostics (
  batch INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
  severity TEXT NOT NULL,
  code INTEGER NOT NULL,
  code_name TEXT NOT NULL,
  sheet TEXT NOT NULL,
  line INTEGER NOT NULL,
  column_number INTEGER NOT NULL,
  value TEXT NOT NULL,
  message TEXT NOT NULL
);
)SQL";

// Version 2: the format the file was read as and its size, so that the
// history can say "classeur XLSX de 48 Ko" without the file, which may be
// gone. Batches stored by version 1 get '' and NULL: not known.
constexpr const char* kVersion2 = R"SQL(
ALTER TABLE batches ADD COLUMN format TEXT NOT NULL DEFAULT '';
ALTER TABLE batches ADD COLUMN bytes INTEGER;
)SQL";

// Version 3: the fingerprint of what the reading depended on besides the
// bytes (reading_fingerprint.h). Batches stored before get '': not known,
// so their files are read once more by the next build.
constexpr const char* kVersion3 = R"SQL(
ALTER TABLE batches ADD COLUMN reading TEXT NOT NULL DEFAULT '';
)SQL";

// Version 4: the breakdown category an observation is a part of ("sexe:F",
// breakdowns.csv), '' for the headline figure; rows stored before are
// headline figures. The model reads the headline rows only (docs/store.md).
constexpr const char* kVersion4 = R"SQL(
ALTER TABLE observations ADD COLUMN breakdown TEXT NOT NULL DEFAULT '';
)SQL";

}  // namespace

const std::vector<std::string>& store_migrations() {
  static const std::vector<std::string> migrations = {kVersion1, kVersion2, kVersion3, kVersion4};
  return migrations;
}

int store_schema_version(Database& database) {
  return static_cast<int>(database.single_integer("PRAGMA user_version"));
}

void migrate_store(Database& database, int target) {
  int version = store_schema_version(database);
  if (version > kStoreSchemaVersion)
    throw SqliteError("la base est au schéma " + std::to_string(version) + ", cette version de prith ne connaît que " +
                      "le schéma " + std::to_string(kStoreSchemaVersion) + " : mettez prith à jour");
  const std::vector<std::string>& migrations = store_migrations();
  for (; version < target; ++version) {
    Transaction transaction(database);
    database.execute(migrations[static_cast<std::size_t>(version)]);
    database.execute("PRAGMA user_version = " + std::to_string(version + 1));
    transaction.commit();
  }
}

}  // namespace prith
