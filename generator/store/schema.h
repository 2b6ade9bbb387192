// The store's schema and its forward migrations. The version lives in
// SQLite's user_version; each migration runs in its own transaction, so a
// store is always at one version or the next, never in between.
#pragma once

#include <string>
#include <vector>

#include "store/sqlite_db.h"

namespace prith {

constexpr int kStoreSchemaVersion = 4;

// migrations()[i] brings a store from version i to version i + 1.
const std::vector<std::string>& store_migrations();

// Brings `database` to `target` (kStoreSchemaVersion unless a test wants an
// older layout). Throws SqliteError, also when the file was written by a
// newer prith (a version above kStoreSchemaVersion).
void migrate_store(Database& database, int target = kStoreSchemaVersion);

int store_schema_version(Database& database);

}  // namespace prith
