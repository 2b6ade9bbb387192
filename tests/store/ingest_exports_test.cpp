// The ingestion of a project's exports into its store: a file already read
// is a no-op, a refused file is a batch, deleted exports lose nothing, and
// every observation keeps the place it came from.
#include "store/ingest_exports.h"

#include <doctest/doctest.h>

#include <fstream>

#include "store/latest_figures.h"
#include "store/store_test_project.h"

using namespace prith;
using prith::test::count_rows;
using prith::test::long_csv;

TEST_CASE("reading the same exports again adds no batch and no row") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n"));
  project.write_export("agefiph/aides.csv", long_csv("85;2025T3;DEBOE;300;\n"));
  IngestReport first = project.ingest("2026-01-15T09:30:00Z");
  REQUIRE(first.files.size() == 2);
  CHECK(first.files[0].file == "exports/agefiph/aides.csv");
  CHECK(first.files[0].source == "agefiph");
  CHECK(first.files[0].outcome == FileOutcome::new_batch);
  CHECK(first.files[1].outcome == FileOutcome::new_batch);
  CHECK(first.files[1].observations == 2);

  IngestReport second = project.ingest("2026-01-16T09:30:00Z");
  CHECK(second.count(FileOutcome::unchanged) == 2);
  CHECK(second.files[0].batch == first.files[0].batch);
  CHECK(second.files[0].diagnostics.empty());
  Store store(project.store_path());
  CHECK(count_rows(store, "batches") == 2);
  CHECK(count_rows(store, "observations") == 3);
  CHECK(count_rows(store, "diagnostics") == 4);  // dialect and layout, per file
  CHECK(store.database().single_text("SELECT group_concat(read_at, ',') FROM batches") ==
        "2026-01-15T09:30:00Z,2026-01-15T09:30:00Z");
}

TEST_CASE("the same bytes under another name are not read twice") {
  test::StoreProject project;
  std::string contents = long_csv("44;2025T3;DEBOE;1250;\n");
  project.write_export("france-travail/a.csv", contents);
  project.ingest("2026-01-15");
  project.write_export("france-travail/copie de a.csv", contents);
  IngestReport report = project.ingest("2026-01-16");
  REQUIRE(report.files.size() == 2);
  CHECK(report.files[1].file == "exports/france-travail/copie de a.csv");
  CHECK(report.files[1].outcome == FileOutcome::unchanged);
  CHECK(report.files[1].batch == 1);
}

TEST_CASE("a new export covering stored figures is a revision, and deleted exports lose nothing") {
  test::StoreProject project;
  project.write_export("france-travail/t3.csv", long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;DEBOE;800;\n"));
  project.ingest("2026-01-15");
  project.remove_export("france-travail/t3.csv");
  project.write_export("france-travail/t4.csv", long_csv("44;2025T3;DEBOE;1262;\n44;2025T4;DEBOE;1300;\n"));
  IngestReport report = project.ingest("2026-04-15");
  REQUIRE(report.files.size() == 1);
  CHECK(report.files[0].outcome == FileOutcome::revision);
  CHECK(report.files[0].already_stored == 1);
  CHECK(report.files[0].batch == 2);

  auto loaded = project.load();
  Store store(project.store_path());
  std::vector<StoredFigure> figures = latest_figures(store, loaded->territories(), loaded->indicators());
  REQUIRE(figures.size() == 3);  // 49's T3 came from the deleted file and is still there
  // In catalogue order: 44 T3, 44 T4, 49 T3.
  CHECK(loaded->territories().at(figures[2].territory).code == "49");
  CHECK(figures[2].file == "exports/france-travail/t3.csv");
  CHECK(figures[2].value == 800);
}

TEST_CASE("a refused file is a batch with its refusal, and stays refused while its bytes do not change") {
  test::StoreProject project;
  project.write_export("cap-emploi/activite.xlsx", "<html>pas un classeur</html>");
  IngestReport first = project.ingest("2026-01-15");
  REQUIRE(first.files.size() == 1);
  CHECK(first.files[0].outcome == FileOutcome::refused);
  REQUIRE(first.files[0].refusal);
  CHECK(first.files[0].refusal->code == DiagnosticCode::not_a_zip);
  CHECK(first.diagnostics().errors == 1);

  IngestReport second = project.ingest("2026-01-16");
  CHECK(second.files[0].outcome == FileOutcome::still_refused);
  CHECK(second.files[0].batch == first.files[0].batch);
  Store store(project.store_path());
  CHECK(count_rows(store, "batches") == 1);
  CHECK(store.database().single_integer("SELECT refusal_code FROM batches") == 500);
  CHECK(store.database().single_text("SELECT code_name FROM diagnostics WHERE severity = 'error'") == "not_a_zip");
}

TEST_CASE("each stored observation keeps its place, status, comment and the file's diagnostics") {
  test::StoreProject project;
  std::string contents =
      long_csv("44;2025T3;DEBOE;1250;chiffre provisoire\n49;2025T3;DEBOE;s;\n85;2025T3;DEBOE;n.d.;\n");
  project.write_export("france-travail/deboe.csv", contents);
  project.ingest("2026-01-15");
  Store store(project.store_path());
  Statement rows(store.database(),
                 "SELECT territory, period, status, value, sheet, line, column_number, comment FROM observations"
                 " ORDER BY rowid");
  REQUIRE(rows.step());
  CHECK(rows.text(0) == "44");
  CHECK(rows.text(1) == "2025-T3");
  CHECK(rows.text(2) == "ok");
  CHECK(rows.real(3) == 1250);
  CHECK(rows.text(4) == "");
  CHECK(rows.integer(5) == 2);
  CHECK(rows.integer(6) == 4);
  CHECK(rows.text(7) == "chiffre provisoire");
  REQUIRE(rows.step());
  CHECK(rows.text(2) == "confidential");
  CHECK(rows.is_null(3));
  CHECK(rows.integer(5) == 3);
  REQUIRE(rows.step());
  CHECK(rows.text(2) == "missing");
  CHECK(rows.is_null(3));
  CHECK_FALSE(rows.step());
  CHECK(store.database().single_text("SELECT group_concat(code_name, ',') FROM diagnostics") ==
        "dialect_detected,layout_detected,value_confidential,value_missing");
  CHECK(store.database().single_text("SELECT format || ' ' || bytes FROM batches") == "csv " + std::to_string(contents.size()));
}

TEST_CASE("breakdown columns are stored with their category, and the figures read their total only") {
  test::StoreProject project;
  project.write_export("france-travail/deboe-sexe.csv",
                       "Département;Trimestre;Indicateur;Hommes;Femmes;Total\n"
                       "44;2025T3;DEBOE;700;550;1250\n"
                       "49;2025T3;DEBOE;400;s;810\n");
  IngestReport report = project.ingest("2026-01-15");
  REQUIRE(report.files.size() == 1);
  CHECK(report.files[0].observations == 6);
  Store store(project.store_path());
  CHECK(store.database().single_text("SELECT group_concat(territory || ' ' || breakdown || ' ' || status || ' ' ||"
                                     " ifnull(value, '-'), ', ') FROM (SELECT * FROM observations ORDER BY rowid)") ==
        "44 sexe:H ok 700.0, 44 sexe:F ok 550.0, 44  ok 1250.0, 49 sexe:H ok 400.0, 49 sexe:F confidential -, "
        "49  ok 810.0");
  auto loaded = project.load();
  std::vector<StoredFigure> figures = latest_figures(store, loaded->territories(), loaded->indicators());
  REQUIRE(figures.size() == 2);
  CHECK(figures[0].value == 1250);
  CHECK(figures[1].value == 810);
  // Read again, nothing is a revision: the categories are not keys of the model.
  project.write_export("france-travail/deboe-sexe-bis.csv",
                       "Département;Trimestre;Indicateur;Hommes;Femmes;Total\n44;2025T4;DEBOE;1;2;3\n");
  IngestReport second = project.ingest("2026-02-15");
  bool found = false;
  for (const IngestedFile& file : second.files) {
    if (file.file.find("bis") == std::string::npos) continue;
    found = true;
    CHECK(file.already_stored == 0);
  }
  CHECK(found);
}

namespace {

// Adds `alias` to the aliases of `code` in the project's indicators.csv.
void add_alias(const test::StoreProject& project, const std::string& code, const std::string& alias) {
  std::filesystem::path path = project.root() / "indicators.csv";
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  std::string line_start = "\n" + code + ";";
  std::size_t line = text.find(line_start);
  REQUIRE(line != std::string::npos);
  std::size_t aliases = text.find(';', text.find(';', line + 1) + 1) + 1;  // after code and label
  text.insert(aliases, alias + "|");
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

std::vector<std::string> codes(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> names;
  for (const Diagnostic& diagnostic : diagnostics) names.emplace_back(code_name(diagnostic.code));
  return names;
}

}  // namespace

TEST_CASE("a file read before a catalogue fix is read again, and its error is reported until then") {
  test::StoreProject project;
  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\n49;2025T3;BOE PDL;800;\n"));
  IngestReport first = project.ingest("2026-01-15");
  REQUIRE(first.files.size() == 1);
  CHECK(first.files[0].outcome == FileOutcome::new_batch);
  CHECK(first.files[0].observations == 1);
  CHECK(first.diagnostics().errors == 1);

  // Nothing changed: not read again, but the stored error is still there.
  IngestReport again = project.ingest("2026-01-16");
  CHECK(again.files[0].outcome == FileOutcome::unchanged);
  CHECK_FALSE(again.files[0].reread);
  REQUIRE(codes(again.files[0].diagnostics) == std::vector<std::string>{"indicator_unknown"});
  CHECK(again.files[0].diagnostics[0].place.line == 3);
  CHECK(again.files[0].diagnostics[0].value == "BOE PDL");
  CHECK(again.diagnostics().errors == 1);

  add_alias(project, "DEBOE", "BOE PDL");
  IngestReport fixed = project.ingest("2026-01-17");
  CHECK(fixed.files[0].reread);
  CHECK(fixed.files[0].outcome == FileOutcome::revision);  // 44's figure, same value
  CHECK(fixed.files[0].batch == 2);
  CHECK(fixed.files[0].observations == 2);
  CHECK(fixed.diagnostics().errors == 0);

  auto loaded = project.load();
  Store store(project.store_path());
  std::vector<StoredFigure> figures = latest_figures(store, loaded->territories(), loaded->indicators());
  REQUIRE(figures.size() == 2);
  CHECK(loaded->territories().at(figures[1].territory).code == "49");
  CHECK(figures[1].value == 800);
  CHECK(figures[0].revised_at == "");  // the same 1 250 read again is no revision of it

  IngestReport settled = project.ingest("2026-01-18");
  CHECK(settled.files[0].outcome == FileOutcome::unchanged);
  CHECK(settled.files[0].batch == 2);
  CHECK(settled.files[0].diagnostics.empty());
  CHECK(count_rows(store, "batches") == 2);
}

TEST_CASE("files read again keep the order of their batches, so a correction stays the newest") {
  test::StoreProject project;
  project.write_export("france-travail/z_premier.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  project.ingest("2026-01-15");
  project.write_export("france-travail/a_correction.csv", long_csv("44;2025T3;DEBOE;1262;\n"));
  project.ingest("2026-02-15");
  add_alias(project, "DEBOE", "BOE PDL");
  IngestReport reread = project.ingest("2026-03-15");
  REQUIRE(reread.files.size() == 2);
  CHECK(reread.files[0].file == "exports/france-travail/a_correction.csv");  // report in listing order
  CHECK(reread.files[0].batch == 4);  // but read after z_premier.csv, as first stored
  CHECK(reread.files[1].batch == 3);
  auto loaded = project.load();
  Store store(project.store_path());
  std::vector<StoredFigure> figures = latest_figures(store, loaded->territories(), loaded->indicators());
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].value == 1262);
}
