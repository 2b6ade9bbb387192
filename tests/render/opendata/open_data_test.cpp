#include "render/opendata/open_data.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "open_data_test_support.h"

using namespace prith;

namespace {

FigureChange change(const std::string& indicator, const std::string& territory, const std::string& period,
                    std::optional<StoredValue> before, std::optional<StoredValue> after,
                    const std::string& level = "departement") {
  return FigureChange{StoredKey{indicator, level, territory, period}, before, after};
}
StoredValue ok(double value) { return StoredValue{ObservationStatus::ok, value}; }
StoredValue confidential() { return StoredValue{ObservationStatus::confidential, 0}; }

// Agefiph sent one file, then one refused; France Travail a file and its revision.
std::vector<BatchHistory> history() {
  std::vector<BatchHistory> batches(4);
  batches[0].id = 6;
  batches[0].file = "agefiph/agefiph-2025-T3.xlsx";
  batches[0].source = "agefiph";
  batches[0].read_at = "2026-10-02T08:00:00Z";
  batches[1].id = 7;
  batches[1].file = "france-travail/ft-2025-T3.csv";
  batches[1].source = "france-travail";
  batches[1].read_at = "2026-10-01T08:00:00Z";
  batches[2].id = 8;
  batches[2].file = "france-travail/ft-2025-T3-revise.csv";
  batches[2].source = "france-travail";
  batches[2].read_at = "2026-10-15T09:00:00Z";
  batches[2].revision = true;
  batches[2].changed = {
      change("BOE", "44", "2025-T3", ok(118), ok(121)),
      change("BOE", "53", "2025-T3", ok(17), ok(3)),          // hidden now: neither side is written
      change("BOE", "72", "2025-T3", ok(39), ok(41)),        // hidden beside it
      change("DE", "52", "2025-T3", confidential(), ok(5000), "region"),
      change("ZZZ", "44", "2025-T3", ok(1), ok(2)),          // not in the catalogue: not published
      change("PLAC", "44", "2025-T3", ok(4), ok(55)),        // a small count before: secret
      change("PLAC", "49", "2025-T3", ok(76), ok(77)),       // ... so was its neighbour, maybe
  };
  batches[2].added = {change("DE", "85", "2025-T3", std::nullopt, ok(1000))};
  batches[2].removed = {change("PLAC", "49", "2025-T2", ok(70), std::nullopt)};
  batches[3].id = 9;
  batches[3].file = "agefiph/illisible.xlsx";
  batches[3].source = "agefiph";
  batches[3].read_at = "2026-10-20T08:00:00Z";
  batches[3].refusal = Refusal{DiagnosticCode::file_unreadable, "illisible"};
  return batches;
}

struct Written {
  test::TemporaryFolder folder;
  std::unique_ptr<Project> project = test::open_data_project(folder);
  OutputFolder output{folder.path() / "site"};
  std::vector<DataFile> files;
  Written() {
    test::OpenDataFixture fixture;
    files = write_open_data(fixture.build(), *project, history(), output);
  }
  std::vector<std::vector<std::string>> rows(const std::string& path) const {
    return test::parse_csv(test::read_file((folder.path() / "site" / path).string()));
  }
};

std::string joined(const std::vector<std::string>& row) {
  std::string text;
  for (std::size_t i = 0; i < row.size(); ++i) text += (i ? "," : "") + row[i];
  return text;
}

}  // namespace

TEST_CASE("write_open_data writes the five bulk files, each with the header it describes") {
  Written written;
  std::vector<std::string> paths;
  for (const DataFile& file : written.files) {
    paths.push_back(file.path);
    CAPTURE(file.path);
    std::vector<std::vector<std::string>> rows = written.rows(file.path);
    std::vector<std::string> names;
    for (const DataColumn& column : file.columns) names.push_back(column.name);
    REQUIRE(!rows.empty());
    CHECK(rows[0] == names);
    for (const auto& row : rows) CHECK(row.size() == names.size());
    CHECK_FALSE(file.title.empty());
    CHECK_FALSE(file.description.empty());
  }
  CHECK(paths == std::vector<std::string>{"donnees/chiffres.csv", "donnees/indicateurs.csv", "donnees/territoires.csv",
                                          "donnees/sources.csv", "donnees/revisions.csv"});
}

TEST_CASE("a hidden value appears in no file, not even through a revision or a derived figure") {
  Written written;
  // The hidden figures: BOE 53 (3, 17 before the revision) and 72 (40, 41, 39 before);
  // their rates PART 53 (0.3) and 72 (4, 4.1); PLAC 44's small count 4 before its revision,
  // and 76 beside it.
  const std::set<std::string> hidden = {"3", "17", "40", "41", "39", "0.3", "4", "4.1", "76"};
  for (const DataFile& file : written.files) {
    for (const auto& row : written.rows(file.path)) {
      for (const std::string& field : row) {
        CAPTURE(file.path);
        CAPTURE(joined(row));
        CHECK(hidden.count(field) == 0);
      }
    }
  }
}

TEST_CASE("revisions.csv: one row per changed figure, newest batch first, s when the figure is secret now") {
  Written written;
  std::vector<std::vector<std::string>> rows = written.rows("donnees/revisions.csv");
  REQUIRE(rows.size() == 1 + 8);
  const std::string batch = "8,france-travail/ft-2025-T3-revise.csv,france-travail,2026-10-15,";
  CHECK(joined(rows[1]) == batch + "modifié,BOE,44,departement,2025-T3,118,publié,121,publié");
  CHECK(joined(rows[2]) == batch + "modifié,BOE,53,departement,2025-T3,s,secret,s,secret");
  CHECK(joined(rows[3]) == batch + "modifié,BOE,72,departement,2025-T3,s,secret,s,secret");
  CHECK(joined(rows[4]) == batch + "modifié,DE,52,region,2025-T3,s,secret,5000,publié");
  CHECK(joined(rows[5]) == batch + "modifié,PLAC,44,departement,2025-T3,s,secret,55,publié");
  CHECK(joined(rows[6]) == batch + "modifié,PLAC,49,departement,2025-T3,s,secret,77,publié");
  CHECK(joined(rows[7]) == batch + "ajouté,DE,85,departement,2025-T3,,absent,1000,publié");
  // Another period of PLAC: its old value is given.
  CHECK(joined(rows[8]) == batch + "retiré,PLAC,49,departement,2025-T2,70,publié,,absent");
}

TEST_CASE("sources.csv: the last file read, not a refused one; the periods of its figures; formulas as text") {
  Written written;
  std::vector<std::vector<std::string>> rows = written.rows("donnees/sources.csv");
  REQUIRE(rows.size() == 3);
  CHECK(joined(rows[1]) == "france-travail,'=HYPERLINK(\"http://exemple.invalid\",\"clic\"),https://www.francetravail.fr,"
                           "france-travail/ft-2025-T3-revise.csv,2026-10-15,2025-T2,2025-T3,2");
  CHECK(rows[2][1] == "Agefiph, délégation régionale");
  CHECK(joined(rows[2]) == "agefiph,Agefiph, délégation régionale,javascript:alert(1),"
                           "agefiph/agefiph-2025-T3.xlsx,2026-10-02,2025-T3,2025-T3,1");
  std::string text = test::read_file((written.folder.path() / "site/donnees/sources.csv").string());
  CHECK(text.find("\"'=HYPERLINK(\"\"http://exemple.invalid\"\",\"\"clic\"\")\"") != std::string::npos);
}

TEST_CASE("indicateurs.csv and territoires.csv: the catalogue and the tree of the Dataset") {
  Written written;
  std::vector<std::vector<std::string>> indicators = written.rows("donnees/indicateurs.csv");
  REQUIRE(indicators.size() == 1 + 5);
  CHECK(joined(indicators[3]) == "PART,Part des BOE,BOE / DE,%,france-travail,rapport,,BOE,DE,,oui,5");
  CHECK(joined(indicators[4]) == "SCORE,'+Score partenaire,'=1+1,points,agefiph,aucune,,,,,oui,5");
  CHECK(joined(indicators[5]) == "PLAC,Placements,Retours à l'emploi,personnes,cap-emploi,somme,,,,flux,oui,5");
  std::vector<std::vector<std::string>> territories = written.rows("donnees/territoires.csv");
  REQUIRE(territories.size() == 1 + 6);
  CHECK(joined(territories[1]) == "52,Pays de la Loire,region,,");
  CHECK(joined(territories[3]) == "49,Maine-et-Loire,departement,52,region");
}
