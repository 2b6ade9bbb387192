// A diagnostic's value is the text the file wrote at its place: "9113" when
// the file wrote 9113, "9 113" only when it wrote that. The diagnostics made
// from observations (totals, duplicates) get it by a second reading of the
// few cells they name.
#include "ingest/cell_texts.h"

#include <doctest/doctest.h>

#include "ingest/partner_file.h"
#include "test_folder.h"
#include "test_support.h"

using namespace prith;
using prith::test::text_row;

namespace {

std::vector<std::string> values_of(const FileReading& reading, DiagnosticCode code) {
  std::vector<std::string> values;
  for (const Diagnostic& d : reading.diagnostics) {
    if (d.code == code) values.push_back(d.place.cell().empty() ? "L" + std::to_string(d.place.line) + "C" +
                                                                      std::to_string(d.place.column) + " " + d.value
                                                                : d.place.cell() + " " + d.value);
  }
  return values;
}

struct Read {
  test::Catalogues catalogues;
  FileReading reading;
  test::TemporaryFolder folder;

  Read(const std::string& name, const std::string& contents) {
    REQUIRE(catalogues.diagnostics.empty());
    const std::string path = folder.write(name, contents);
    MappingCatalogues mapping = catalogues.mapping();
    reading = read_partner_file(path, name, mapping);
    REQUIRE_FALSE(reading.refused);
    CHECK(reading.values_from_cells.empty());
  }
};

// The départements of the Pays de la Loire with a région row that is not
// their sum in 2025-T3 and a Total row that is not their sum in 2025-T4.
std::string totals_csv(const std::string& n) {
  return "Département;T3 2025;T4 2025\n"
         "44;" + n + ";" + n + "\n"
         "49;1000;1000\n"
         "53;1000;1000\n"
         "72;1000;1000\n"
         "85;1000;1000\n"
         "Pays de la Loire;" + n + ";13113\n"   // line 7: T3 should be 13113
         "Total;13113;" + n + "\n";            // line 8: T4 should be 13113
}

// 44 given three times in 2025-T3: once more the same, once another figure.
std::string duplicates_csv(const std::string& first, const std::string& again, const std::string& other) {
  return "Département;Trimestre;Indicateur;Valeur\n"
         "44;2025-T3;PLACEMENTS;" + first + "\n"
         "49;2025-T3;PLACEMENTS;12\n"
         "44;2025-T3;PLACEMENTS;" + again + "\n"
         "49;2025-T3;PLACEMENTS;" + other + "\n";
}

}  // namespace

TEST_CASE("a total's and a région row's mismatch quote the cell as the file wrote it") {
  Read plain("placements.csv", totals_csv("9113"));
  CHECK(values_of(plain.reading, DiagnosticCode::total_mismatch) ==
        std::vector<std::string>{"L7C2 9113", "L8C3 9113"});
  Read spaced("placements.csv", totals_csv("9 113"));
  CHECK(values_of(spaced.reading, DiagnosticCode::total_mismatch) ==
        std::vector<std::string>{"L7C2 9 113", "L8C3 9 113"});
  Read quoted("placements.csv", totals_csv("\"9 113\""));  // the text inside the quotes
  CHECK(values_of(quoted.reading, DiagnosticCode::total_mismatch) ==
        std::vector<std::string>{"L7C2 9 113", "L8C3 9 113"});
  Read nbsp("placements.csv", totals_csv("9\xC2\xA0" "113"));
  CHECK(values_of(nbsp.reading, DiagnosticCode::total_mismatch) ==
        std::vector<std::string>{"L7C2 9\xC2\xA0" "113", "L8C3 9\xC2\xA0" "113"});
}

TEST_CASE("a duplicate's and a conflict's value is the repeated cell's text") {
  Read plain("placements.csv", duplicates_csv("9113", "9113", "9114"));
  CHECK(values_of(plain.reading, DiagnosticCode::duplicate_row) == std::vector<std::string>{"L4C4 9113"});
  CHECK(values_of(plain.reading, DiagnosticCode::conflicting_values) == std::vector<std::string>{"L5C4 9114"});
  // The same figure written another way is the same figure, quoted as written.
  Read spaced("placements.csv", duplicates_csv("9113", "9 113", "9 114"));
  CHECK(values_of(spaced.reading, DiagnosticCode::duplicate_row) == std::vector<std::string>{"L4C4 9 113"});
  CHECK(values_of(spaced.reading, DiagnosticCode::conflicting_values) == std::vector<std::string>{"L5C4 9 114"});
  const Diagnostic* conflict = nullptr;
  for (const Diagnostic& d : spaced.reading.diagnostics) {
    if (d.code == DiagnosticCode::conflicting_values) conflict = &d;
  }
  REQUIRE(conflict != nullptr);
  CHECK(conflict->message ==
        "Valeurs différentes pour PLACEMENTS, 49 Maine-et-Loire, 2025-T3 : 12 (ligne 3, colonne 4), 9\xC2\xA0" "114 (ligne 5, "
        "colonne 4) ; aucune n'est retenue tant que le fichier n'est pas corrigé.");
}

TEST_CASE("the collector keeps the wanted cells of the wanted sheet only") {
  CellTextCollector collector;
  CHECK(collector.empty());
  collector.want(SourcePlace{3, 2, "Placements"});
  collector.want(SourcePlace{4, 1, "Placements"});
  collector.want(SourcePlace{9, 9, "Placements"});  // no cell there
  TableInfo maintiens, placements;
  maintiens.sheet = "Maintiens";
  placements.sheet = "Placements";
  collector.begin_table(maintiens);
  collector.row(text_row(3, {"44", "1 000"}));
  collector.end_table();
  collector.begin_table(placements);
  collector.row(text_row(3, {"44", "9 113"}));
  collector.row(text_row(4, {"Total", "9113"}));
  collector.end_table();
  REQUIRE(collector.text_at(SourcePlace{3, 2, "Placements"}) != nullptr);
  CHECK(*collector.text_at(SourcePlace{3, 2, "Placements"}) == "9 113");
  CHECK(*collector.text_at(SourcePlace{4, 1, "Placements"}) == "Total");
  CHECK(collector.text_at(SourcePlace{3, 2, "Maintiens"}) == nullptr);  // not asked for
  CHECK(collector.text_at(SourcePlace{9, 9, "Placements"}) == nullptr);
}

TEST_CASE("quote_cell_texts reads again only when a diagnostic asks, and fills only those") {
  FileReading reading;
  reading.diagnostics.push_back(Diagnostic{Severity::warning, DiagnosticCode::duplicate_row, SourcePlace{2, 2, ""},
                                           "", "doublon"});
  reading.diagnostics.push_back(Diagnostic{Severity::error, DiagnosticCode::value_invalid, SourcePlace{2, 3, ""},
                                           "12abc", "illisible"});
  int readings = 0;
  const auto read_again = [&](RowSink& sink) {
    ++readings;
    test::feed(sink, {text_row(1, {"Département", "Valeur", "Autre"}), text_row(2, {"44", "9 113", "x"})});
  };
  quote_cell_texts(reading, read_again);
  CHECK(readings == 0);
  CHECK(reading.diagnostics[0].value.empty());
  reading.values_from_cells = {0};
  quote_cell_texts(reading, read_again);
  CHECK(readings == 1);
  CHECK(reading.diagnostics[0].value == "9 113");
  CHECK(reading.diagnostics[1].value == "12abc");
  CHECK(reading.values_from_cells.empty());
}
