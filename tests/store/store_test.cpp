// Crash safety: a process killed in the middle of a batch (SIGKILL inside
// the batch's transaction) leaves the store as it was before that batch.
#include "store/store.h"

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/store_test_project.h"

using namespace prith;
using prith::test::count_rows;
using prith::test::long_csv;

namespace {

// Runs the ingestion in a child process that stops inside the transaction
// of its `kill_at`-th batch, tells the parent through a pipe, and is killed
// there. Returns true when the child reached that point.
bool ingest_and_kill(const test::StoreProject& project, int kill_at) {
  int channel[2];
  REQUIRE(pipe(channel) == 0);
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    close(channel[0]);
    int batches = 0;
    Store::hook_before_commit() = [&] {
      if (++batches < kill_at) return;
      char ready = 'k';
      if (write(channel[1], &ready, 1) != 1) _exit(3);
      for (;;) pause();
    };
    try {
      project.ingest("2026-01-15");
    } catch (...) {
      _exit(4);
    }
    _exit(0);  // never running the parent's doctest teardown
  }
  close(channel[1]);
  char ready = 0;
  bool reached = read(channel[0], &ready, 1) == 1;
  close(channel[0]);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  CHECK(WIFSIGNALED(status));
  return reached;
}

}  // namespace

TEST_CASE("a process killed inside a batch leaves the earlier batches and a sound store") {
  test::StoreProject project;
  project.write_export("agefiph/a.csv", long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n"));
  project.write_export("france-travail/b.csv", long_csv("44;2025T4;DEBOE;1300;\n85;2025T4;DEBOE;310;\n"));
  project.write_export("mdph/c.csv", long_csv("53;2025T4;DEBOE;90;\n"));
  REQUIRE(ingest_and_kill(project, 2));

  {
    Store store(project.store_path());
    CHECK(store.database().single_text("PRAGMA integrity_check") == "ok");
    CHECK(store.database().single_text("PRAGMA foreign_key_check") == "");
    CHECK(count_rows(store, "batches") == 1);
    CHECK(store.database().single_text("SELECT file FROM batches") == "exports/agefiph/a.csv");
    CHECK(count_rows(store, "observations") == 2);
    CHECK(count_rows(store, "diagnostics") == 2);
  }
  // The next build reads the files the killed one had not stored.
  IngestReport report = project.ingest("2026-01-16");
  REQUIRE(report.files.size() == 3);
  CHECK(report.files[0].outcome == FileOutcome::unchanged);
  CHECK(report.files[1].outcome == FileOutcome::new_batch);
  CHECK(report.files[2].outcome == FileOutcome::new_batch);
  Store store(project.store_path());
  CHECK(count_rows(store, "batches") == 3);
  CHECK(count_rows(store, "observations") == 5);
}

TEST_CASE("killed inside the first batch, the store is empty and sound") {
  test::StoreProject project;
  project.write_export("agefiph/a.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  REQUIRE(ingest_and_kill(project, 1));
  Store store(project.store_path());
  CHECK(store.database().single_text("PRAGMA integrity_check") == "ok");
  CHECK(count_rows(store, "batches") == 0);
  CHECK(count_rows(store, "observations") == 0);
}

TEST_CASE("a batch that fails midway is rolled back, not half stored") {
  test::StoreProject project;
  project.write_export("agefiph/a.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  Store::hook_before_commit() = [] { throw SqliteError("panne simulée"); };
  CHECK_THROWS_AS(project.ingest("2026-01-15"), SqliteError);
  Store::hook_before_commit() = nullptr;
  Store store(project.store_path());
  CHECK(count_rows(store, "batches") == 0);
  CHECK(count_rows(store, "observations") == 0);
  CHECK(count_rows(store, "diagnostics") == 0);
}

TEST_CASE("wherever a build of several files is killed, the store holds exactly the batches before it") {
  const char* files[] = {"agefiph/a.csv", "cap-emploi/b.csv", "france-travail/c.csv", "mdph/d.csv"};
  for (int kill_at = 1; kill_at <= 4; ++kill_at) {
    CAPTURE(kill_at);
    test::StoreProject project;
    for (int i = 0; i < 4; ++i)
      project.write_export(files[i], long_csv("44;202" + std::to_string(i) + "T1;DEBOE;" + std::to_string(i) + ";\n"));
    REQUIRE(ingest_and_kill(project, kill_at));
    Store store(project.store_path());
    CHECK(store.database().single_text("PRAGMA integrity_check") == "ok");
    CHECK(count_rows(store, "batches") == kill_at - 1);
    CHECK(count_rows(store, "observations") == kill_at - 1);
    CHECK(store.database().single_integer("SELECT count(*) FROM batches b WHERE observations !="
                                          " (SELECT count(*) FROM observations o WHERE o.batch = b.id)") == 0);
  }
}

TEST_CASE("bytes stored by another build meanwhile are not stored twice") {
  test::StoreProject project;
  auto loaded = project.load();
  FileReading reading;
  reading.file = "exports/agefiph/a.csv";
  Observation observation;
  observation.territory = *loaded->territories().find(TerritoryLevel::departement, "44");
  observation.period = Period{Period::Kind::quarter, 2025, 3};
  observation.value = 1250;
  reading.observations.push_back(observation);
  BatchRecord record{"exports/agefiph/a.csv", "agefiph", std::string(64, 'a'), "2026-01-15T00:00:00Z", 10, ""};
  Store first(project.store_path());
  Store second(project.store_path());  // a second prith on the same store
  Store::AddedBatch added = first.add_batch(record, reading, loaded->territories(), loaded->indicators());
  CHECK(added.added);
  CHECK(added.id == 1);
  Store::AddedBatch again = second.add_batch(record, reading, loaded->territories(), loaded->indicators());
  CHECK_FALSE(again.added);
  CHECK(again.id == 1);
  CHECK(count_rows(first, "batches") == 1);
  CHECK(count_rows(first, "observations") == 1);
  CHECK(first.database().single_text("SELECT indicator || ' ' || territory || ' ' || period || ' ' || value"
                                     " FROM observations") ==
        loaded->indicators().at(0).code + " 44 2025-T3 1250.0");
}
