// The store's schema: created at the current version in WAL mode with
// foreign keys, migrated forward from version 1 without losing a batch,
// and refused when a newer prith wrote it.
#include "store/schema.h"

#include <doctest/doctest.h>

#include "store/content_hash.h"
#include "store/history.h"
#include "store/reading_fingerprint.h"
#include "store/latest_figures.h"
#include "store/store_test_project.h"

using namespace prith;

namespace {

// A batch and one observation as prith wrote them at schema version 1.
void write_version_1_store(const std::string& path) {
  Database database(path);
  migrate_store(database, 1);
  REQUIRE(store_schema_version(database) == 1);
  database.execute(
      "INSERT INTO batches (id, file, source, sha256, read_at, observations, errors, warnings, infos) VALUES"
      " (1, 'exports/france-travail/deboe.csv', 'france-travail', 'ab12', '2025-10-15T08:00:00Z', 1, 0, 0, 2);"
      "INSERT INTO observations VALUES (1, 'DEBOE', 'departement', '44', '2025-T2', 'ok', 1180, '', 2, 4, '', '');");
}

}  // namespace

TEST_CASE("a new store is at the current schema, in WAL mode, with foreign keys enforced") {
  test::TemporaryFolder folder;
  Store store((folder.path() / "prith.sqlite").string());
  CHECK(store_schema_version(store.database()) == kStoreSchemaVersion);
  CHECK(kStoreSchemaVersion == 4);
  CHECK(store.database().single_text("PRAGMA journal_mode") == "wal");
  CHECK(store.database().single_integer("PRAGMA foreign_keys") == 1);
  CHECK_THROWS_AS(store.database().execute("INSERT INTO observations VALUES (99, 'DEBOE', 'departement', '44',"
                                           " '2025-T2', 'ok', 1, '', 2, 4, '', '', '')"),
                  SqliteError);
  CHECK_THROWS_AS(store.database().execute("INSERT INTO batches (file, source, sha256, read_at, observations,"
                                           " errors, warnings, infos) VALUES ('f', '', 'x', 'now', 0, 0, 0, 0);"
                                           "INSERT INTO observations VALUES (last_insert_rowid(), 'DEBOE',"
                                           " 'departement', '44', '2025-T2', 'faux', 1, '', 2, 4, '', '', '')"),
                  SqliteError);
}

TEST_CASE("a version 1 store is migrated forward and keeps its batches") {
  test::StoreProject project;
  write_version_1_store(project.store_path());
  project.write_export("france-travail/deboe.csv", test::long_csv("44;2025T3;DEBOE;1250;\n"));
  project.ingest("2026-01-15");

  Store store(project.store_path());
  CHECK(store_schema_version(store.database()) == kStoreSchemaVersion);
  std::vector<BatchHistory> history = read_history(store);
  REQUIRE(history.size() == 2);
  CHECK(history[0].read_at == "2025-10-15T08:00:00Z");
  CHECK(history[0].format == "");  // not known before version 2
  CHECK_FALSE(history[0].bytes);
  CHECK(history[1].format == "csv");
  REQUIRE(history[1].bytes);
  CHECK(*history[1].bytes > 0);

  auto loaded = project.load();
  std::vector<StoredFigure> figures = latest_figures(store, loaded->territories(), loaded->indicators());
  REQUIRE(figures.size() == 2);
  CHECK(figures[0].period.to_string() == "2025-T2");
  CHECK(figures[0].value == 1180);
  CHECK(figures[0].read_at == "2025-10-15T08:00:00Z");
  CHECK(store.database().single_text("PRAGMA integrity_check") == "ok");
}

TEST_CASE("a version 2 store is migrated forward; its files are read once more, then no more") {
  test::StoreProject project;
  std::string contents = test::long_csv("44;2025T3;DEBOE;1250;\n");
  project.write_export("france-travail/deboe.csv", contents);
  std::optional<ContentHash> hash = hash_file((project.root() / "exports/france-travail/deboe.csv").string());
  REQUIRE(hash);
  {
    Database database(project.store_path());
    migrate_store(database, 2);
    database.execute(
        "INSERT INTO batches (id, file, source, sha256, read_at, observations, errors, warnings, infos, format, bytes)"
        " VALUES (1, 'exports/france-travail/deboe.csv', 'france-travail', '" + hash->sha256 +
        "', '2026-01-15T08:00:00Z', 1, 0, 0, 2, 'csv', " + std::to_string(hash->bytes) + ");"
        "INSERT INTO observations VALUES (1, 'DEBOE', 'departement', '44', '2025-T3', 'ok', 1250, '', 2, 4, '', '');");
  }
  IngestReport report = project.ingest("2026-02-15");
  REQUIRE(report.files.size() == 1);
  CHECK(report.files[0].reread);  // read under rules not recorded: read again
  CHECK(report.files[0].outcome == FileOutcome::revision);
  CHECK(report.files[0].batch == 2);
  {
    Store store(project.store_path());
    CHECK(store_schema_version(store.database()) == kStoreSchemaVersion);
    CHECK(store.database().single_text("SELECT reading FROM batches WHERE id = 1") == "");
    CHECK(store.database().single_text("SELECT reading FROM batches WHERE id = 2") ==
          reading_fingerprint(*project.load()));
    std::vector<BatchHistory> history = read_history(store);
    REQUIRE(history.size() == 2);
    CHECK(history[1].unchanged == 1);
    CHECK(history[1].changed.empty());
  }
  IngestReport again = project.ingest("2026-02-16");
  CHECK(again.files[0].outcome == FileOutcome::unchanged);
  CHECK(again.files[0].batch == 2);
}

TEST_CASE("a version 3 store is migrated forward: its rows are headline figures") {
  test::StoreProject project;
  {
    Database database(project.store_path());
    migrate_store(database, 3);
    database.execute(
        "INSERT INTO batches (id, file, source, sha256, read_at, observations, errors, warnings, infos, format, bytes,"
        " reading) VALUES (1, 'exports/france-travail/old.csv', 'france-travail', 'cd34', '2025-10-15T08:00:00Z', 1,"
        " 0, 0, 2, 'csv', 40, 'x');"
        "INSERT INTO observations VALUES (1, 'DEBOE', 'departement', '44', '2025-T2', 'ok', 1180, '', 2, 4, '', '');");
  }
  Store store(project.store_path());
  CHECK(store_schema_version(store.database()) == 4);
  CHECK(store.database().single_text("SELECT '[' || breakdown || ']' FROM observations") == "[]");
  auto loaded = project.load();
  std::vector<StoredFigure> figures = latest_figures(store, loaded->territories(), loaded->indicators());
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].value == 1180);
}

TEST_CASE("a store written by a newer prith is refused, not rewritten") {
  test::TemporaryFolder folder;
  std::string path = (folder.path() / "prith.sqlite").string();
  {
    Database database(path);
    database.execute("PRAGMA user_version = 7");
  }
  try {
    Store store(path);
    FAIL("a newer store was opened");
  } catch (const SqliteError& error) {
    CHECK(std::string(error.what()) ==
          "la base est au schéma 7, cette version de prith ne connaît que le schéma 4 : mettez prith à jour");
  }
  Database database(path);
  CHECK(store_schema_version(database) == 7);
}

TEST_CASE("a file that is not a database is refused with SQLite's reason") {
  test::TemporaryFolder folder;
  std::string path = folder.write("prith.sqlite", "ceci n'est pas une base SQLite, mais un texte assez long pour tromper");
  CHECK_THROWS_AS(Store{path}, SqliteError);
}
