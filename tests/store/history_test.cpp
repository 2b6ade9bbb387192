// The history of the store: batches in order, and for each revision the
// figures it added, changed and removed, exactly.
#include "store/history.h"

#include <doctest/doctest.h>

#include "store/store_test_project.h"

using namespace prith;
using prith::test::long_csv;

namespace {

std::vector<BatchHistory> history_of(const test::StoreProject& project) {
  Store store(project.store_path());
  return read_history(store);
}

std::string keys(const std::vector<FigureChange>& changes) {
  std::string text;
  for (const FigureChange& change : changes) {
    if (!text.empty()) text += ", ";
    for (const std::string* part : {&change.key.indicator, &change.key.territory, &change.key.period}) {
      if (part != &change.key.indicator) text += ' ';
      text += *part;
    }
    if (change.before) {
      text += ' ';
      text += stored_value_fr(*change.before);
    }
    if (change.after) {
      text += change.before ? " -> " : " ";
      text += stored_value_fr(*change.after);
    }
  }
  return text;
}

}  // namespace

TEST_CASE("history reports what each revision added, changed and removed") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv",
                       long_csv("44;2025T2;DEBOE;1200;\n44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n"
                                "85;2025T3;DEBOE;300;\n"));
  project.ingest("2026-01-15T09:30:00Z");
  // The partner corrects T3, drops Vendée's T3, adds T4 and no longer sends T2.
  project.write_export("france-travail/deboe.csv",
                       long_csv("44;2025T3;DEBOE;1262,5;\n49;2025T3;DEBOE;s;\n44;2025T4;DEBOE;1300;\n"));
  project.ingest("2026-04-15T10:00:00Z");

  std::vector<BatchHistory> history = history_of(project);
  REQUIRE(history.size() == 2);
  CHECK(history[0].id == 1);
  CHECK(history[0].read_at == "2026-01-15T09:30:00Z");
  CHECK(history[0].file == "exports/france-travail/deboe.csv");
  CHECK(history[0].source == "france-travail");
  CHECK(history[0].sha256.size() == 64);
  CHECK(history[0].observations == 4);
  CHECK_FALSE(history[0].revision);
  CHECK(history[0].added.empty());  // a first reading lists no figure

  const BatchHistory& revision = history[1];
  CHECK(revision.revision);
  CHECK(revision.observations == 3);
  CHECK(keys(revision.added) == "DEBOE 44 2025-T4 1\u00a0300");
  CHECK(keys(revision.changed) == "DEBOE 44 2025-T3 1\u00a0250 -> 1\u00a0262,5, DEBOE 49 2025-T3 800 -> secret");
  // Vendée's T3 is missing from a file that covers T3; 44's T2 is not
  // removed: the new file covers no T2.
  CHECK(keys(revision.removed) == "DEBOE 85 2025-T3 300");
  CHECK(revision.unchanged == 0);
}

TEST_CASE("removed figures compare a batch with what its source gave, whatever the file's name") {
  test::StoreProject project;
  project.write_export("france-travail/deboe_2025T1.csv",
                       long_csv("44;2025T1;DEBOE;1250;\n49;2025T1;DEBOE;800;\n53;2025T1;DEBOE;410;\n"
                                "44;2025T1;DEBOE_A;700;\n"));
  project.write_export("agefiph/aides.csv", long_csv("72;2025T1;DEBOE;90;\n"));
  project.ingest("2026-01-15");
  // The partner's next export re-sends T1 without Maine-et-Loire, and no
  // DEBOE_A at all; Agefiph's Sarthe is another source's.
  project.write_export("france-travail/deboe_2025T2.csv",
                       long_csv("44;2025T1;DEBOE;1250;\n53;2025T1;DEBOE;410;\n44;2025T2;DEBOE;1300;\n"));
  project.ingest("2026-04-15");
  std::vector<BatchHistory> history = history_of(project);
  REQUIRE(history.size() == 3);
  CHECK(history[2].file == "exports/france-travail/deboe_2025T2.csv");
  CHECK(history[2].revision);
  CHECK(keys(history[2].removed) == "DEBOE 49 2025-T1 800");
  CHECK(history[2].unchanged == 2);
  CHECK(keys(history[2].added) == "DEBOE 44 2025-T2 1\u00a0300");
  CHECK(history[2].changed.empty());
  CHECK(revision_counts_fr(history[2]) == "1 chiffre ajouté, 0 modifié, 1 retiré, 2 inchangés");

  // Files of one source that share no figure (one MDPH per département in
  // the same folder) do not remove each other's.
  project.write_export("mdph/MDPH44.csv", long_csv("44;2024T1;DEBOE;12;\n44;2024T2;DEBOE;13;\n"));
  project.ingest("2026-04-16");
  project.write_export("mdph/MDPH49.csv", long_csv("49;2024T1;DEBOE;21;\n49;2024T2;DEBOE;22;\n"));
  project.ingest("2026-04-17");
  history = history_of(project);
  REQUIRE(history.size() == 5);
  CHECK(history[4].source == "mdph");
  CHECK(history[4].removed.empty());
  CHECK_FALSE(history[4].revision);
  project.remove_export("mdph/MDPH44.csv");
  project.remove_export("mdph/MDPH49.csv");

  // A file outside every source folder is compared with its own name only.
  project.write_export("divers/tableau.csv", long_csv("44;2025T1;DEBOE;1250;\n"));
  project.ingest("2026-05-15");
  history = history_of(project);
  REQUIRE(history.size() == 6);
  CHECK(history[5].source == "");
  CHECK(history[5].removed.empty());
  CHECK(history[5].unchanged == 1);
}

TEST_CASE("a refused batch is listed, changes nothing and is not the previous batch of its file") {
  test::StoreProject project;
  project.write_export("cap-emploi/activite.csv", long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n"));
  project.ingest("2026-01-15");
  project.write_export("cap-emploi/activite.csv", std::string("\0\1\2binaire", 10));
  project.ingest("2026-02-15");
  project.write_export("cap-emploi/activite.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  project.ingest("2026-03-15");
  std::vector<BatchHistory> history = history_of(project);
  REQUIRE(history.size() == 3);
  REQUIRE(history[1].refusal);
  CHECK(history[1].refusal->code == DiagnosticCode::not_text);
  CHECK_FALSE(history[1].revision);
  CHECK(keys(history[2].removed) == "DEBOE 49 2025-T3 800");
}

TEST_CASE("stored keys read as a pilot reads them") {
  CHECK(stored_key_fr({"DEBOE", "departement", "44", "2025-T3"}) == "DEBOE · 44 · T3 2025");
  CHECK(stored_key_fr({"DEBOE", "region", "52", "2025"}) == "DEBOE · 52 (region) · 2025");
  CHECK(stored_key_fr({"DEBOE", "departement", "44", "bizarre"}) == "DEBOE · 44 · bizarre");
}

TEST_CASE("stored values read as a pilot reads them") {
  CHECK(stored_value_fr({ObservationStatus::ok, 14178}) == "14\u00a0178");
  CHECK(stored_value_fr({ObservationStatus::ok, 0}) == "0");
  CHECK(stored_value_fr({ObservationStatus::confidential, 0}) == "secret");
  CHECK(stored_value_fr({ObservationStatus::missing, 0}) == "non disponible");
}
