// Breakdown columns: "Hommes", "Femmes" or age bands beside "Total" in a
// long or wide table are read as parts of the headline, each observation
// with its category; the checks (duplicates, total rows, categories that
// do not add up) see the category too.
#include <algorithm>

#include <doctest/doctest.h>

#include "core/french_format.h"
#include "core/json_writer.h"
#include "ingest/partner_file.h"
#include "ingest/table_mapper.h"
#include "test_folder.h"
#include "test_support.h"

using namespace prith;
using prith::test::text_row;

namespace {

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

struct Mapped {
  test::Catalogues catalogues;
  FileReading reading;

  explicit Mapped(const std::string& indicators_csv = test::kTestIndicators,
                  const std::string& breakdowns_csv = "") : catalogues(indicators_csv) {
    if (!breakdowns_csv.empty()) {
      catalogues.breakdowns =
          BreakdownCatalogue::parse(breakdowns_csv, "breakdowns.csv", catalogues.indicators, catalogues.diagnostics);
    }
    REQUIRE(catalogues.diagnostics.empty());
  }
  void map(const std::vector<RawRow>& rows, const std::string& sheet = "") {
    MappingCatalogues mapping = catalogues.mapping();
    TableMapper mapper(mapping, "export", reading);
    test::feed(mapper, rows, sheet);
    mapper.finish();
  }
  // "44 DEBOE sexe:F 2025-T3 = 550" for each observation, in order, one per line.
  std::string lines() const {
    std::vector<std::string> out;
    for (const Observation& o : reading.observations) {
      std::string value = o.status == ObservationStatus::ok ? shortest_number(o.value) : std::string(status_name(o.status));
      out.push_back(catalogues.territories.at(o.territory).code + " " + catalogues.indicators.at(o.indicator).code +
                    " " + (o.breakdown == kHeadline ? std::string("total") : catalogues.breakdowns.key(o.breakdown)) +
                    " " + o.period.to_string() + " = " + value);
    }
    return joined(out);
  }
  std::vector<const Diagnostic*> all(DiagnosticCode code) const {
    std::vector<const Diagnostic*> found;
    for (const Diagnostic& d : reading.diagnostics) {
      if (d.code == code) found.push_back(&d);
    }
    return found;
  }
  std::size_t problems() const {
    return static_cast<std::size_t>(std::count_if(reading.diagnostics.begin(), reading.diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity != Severity::info; }));
  }
};

}  // namespace

TEST_CASE("issue 13, case 4: a long table with Hommes, Femmes and Total columns") {
  Mapped m;
  m.map({
      text_row(1, {"Département", "Trimestre", "Indicateur", "Hommes", "Femmes", "Total"}),
      text_row(2, {"44", "2025-T3", "DEBOE", "700", "550", "1 250"}),
      text_row(3, {"49", "2025-T3", "MAINTIENS", "12", "s", "20"}),
  });
  CHECK(m.lines() == joined({
                         "44 DEBOE sexe:H 2025-T3 = 700", "44 DEBOE sexe:F 2025-T3 = 550",
                         "44 DEBOE total 2025-T3 = 1250", "49 MAINTIENS sexe:H 2025-T3 = 12",
                         "49 MAINTIENS sexe:F 2025-T3 = confidential", "49 MAINTIENS total 2025-T3 = 20"}));
  CHECK(m.problems() == 0);
  auto layout = m.all(DiagnosticCode::layout_detected);
  REQUIRE(layout.size() == 1);
  CHECK(layout[0]->message.find("dont Hommes (sexe) en colonne 4, Femmes (sexe) en colonne 5 et l'ensemble en "
                                "colonne 6") != std::string::npos);
}

TEST_CASE("age bands with Ensemble, in a sheet whose columns are letters") {
  Mapped m;
  m.map({
            text_row(1, {"Département", "Période", "Indicateur", "Moins de 26 ans", "26 - 49 ans", "50 ans et +",
                         "Ensemble"}),
            text_row(2, {"Loire-Atlantique", "T3 2025", "Demandeurs d'emploi BOE", "95", "610", "545", "1250"}),
        },
        "DEBOE par âge");
  CHECK(m.lines() == joined({"44 DEBOE age:moins_26 2025-T3 = 95", "44 DEBOE age:26_49 2025-T3 = 610",
                                              "44 DEBOE age:50_plus 2025-T3 = 545", "44 DEBOE total 2025-T3 = 1250"}));
  auto layout = m.all(DiagnosticCode::layout_detected);
  REQUIRE(layout.size() == 1);
  CHECK(layout[0]->message.find("50 ans et plus (tranche d'âge) en colonne F et l'ensemble en colonne G") !=
        std::string::npos);
}

TEST_CASE("a wide table: each indicator's label merged over its categories and its total") {
  Mapped m;
  m.map({
      text_row(1, {"Territoire", "Période", "DEBOE", "", "", "MAINTIENS", "", ""}),
      text_row(2, {"", "", "Hommes", "Femmes", "Total", "Hommes", "Femmes", "Total"}),
      text_row(3, {"44", "2025-T3", "700", "550", "1250", "30", "25", "55"}),
  });
  CHECK(m.lines() == joined({
                         "44 DEBOE sexe:H 2025-T3 = 700", "44 DEBOE sexe:F 2025-T3 = 550", "44 DEBOE total 2025-T3 = 1250",
                         "44 MAINTIENS sexe:H 2025-T3 = 30", "44 MAINTIENS sexe:F 2025-T3 = 25",
                         "44 MAINTIENS total 2025-T3 = 55"}));
  CHECK(m.problems() == 0);
}

TEST_CASE("categories merged over indicators, and over quarters") {
  Mapped by_indicator;
  by_indicator.map({
      text_row(1, {"", "", "Hommes", "", "Femmes", ""}),
      text_row(2, {"Département", "Trimestre", "DEBOE", "MAINTIENS", "DEBOE", "MAINTIENS"}),
      text_row(3, {"44", "2025-T3", "700", "30", "550", "25"}),
  });
  CHECK(by_indicator.lines() ==
        joined({"44 DEBOE sexe:H 2025-T3 = 700", "44 MAINTIENS sexe:H 2025-T3 = 30",
                                 "44 DEBOE sexe:F 2025-T3 = 550", "44 MAINTIENS sexe:F 2025-T3 = 25"}));
  Mapped by_quarter;
  by_quarter.map({
      text_row(1, {"Département", "Indicateur", "T2 2025", "", "T3 2025", ""}),
      text_row(2, {"", "", "Femmes", "Total", "Femmes", "Total"}),
      text_row(3, {"44", "DEBOE", "540", "1 200", "550", "1 250"}),
  });
  CHECK(by_quarter.lines() ==
        joined({"44 DEBOE sexe:F 2025-T2 = 540", "44 DEBOE total 2025-T2 = 1200",
                                 "44 DEBOE sexe:F 2025-T3 = 550", "44 DEBOE total 2025-T3 = 1250"}));
}

TEST_CASE("categories that do not add up to their total: a warning at the total naming every cell") {
  Mapped m;
  m.map({
      text_row(1, {"Département", "Trimestre", "Indicateur", "Hommes", "Femmes", "Total"}),
      text_row(2, {"44", "2025-T3", "DEBOE", "700", "550", "1 250"}),
      text_row(3, {"85", "2025-T3", "DEBOE", "300", "200", "510"}),
      text_row(4, {"49", "2025-T3", "DEBOE", "s", "200", "510"}),  // a secret: nothing to add up
      text_row(5, {"53", "2025-T3", "TAUX", "3,5", "4,5", "4"}),    // a rate is not a sum
  });
  auto mismatches = m.all(DiagnosticCode::breakdown_mismatch);
  REQUIRE(mismatches.size() == 1);
  CHECK(mismatches[0]->severity == Severity::warning);
  CHECK(mismatches[0]->place.line == 3);
  CHECK(mismatches[0]->place.column == 6);
  CHECK(mismatches[0]->message ==
        "Les catégories de « Sexe » (Hommes 300 (ligne 3, colonne 4) + Femmes 200 (ligne 3, colonne 5) = 500) ne font "
        "pas le total 510 (ligne 3, colonne 6) pour DEBOE, 85 Vendée, 2025-T3 : vérifiez le fichier auprès du "
        "partenaire ; les valeurs sont lues telles quelles.");
  CHECK(m.reading.observations.size() == 12);  // every value is still read
}

TEST_CASE("a total row is compared with the départements category by category") {
  Mapped m;
  m.map({
      text_row(1, {"Département", "Trimestre", "Indicateur", "Hommes", "Femmes", "Total"}),
      text_row(2, {"44", "2025-T3", "DEBOE", "700", "550", "1250"}),
      text_row(3, {"49", "2025-T3", "DEBOE", "400", "410", "810"}),
      text_row(4, {"Total", "2025-T3", "DEBOE", "1101", "960", "2060"}),
  });
  auto mismatches = m.all(DiagnosticCode::total_mismatch);
  REQUIRE(mismatches.size() == 1);
  CHECK(mismatches[0]->place.column == 4);
  CHECK(mismatches[0]->message.find("Le total " + format_number_fr(1101) +
                                    " ne correspond pas à la somme des 2 départements du tableau (" +
                                    format_number_fr(1100) + ") pour DEBOE, Hommes (sexe), 2025-T3") != std::string::npos);
  CHECK(m.all(DiagnosticCode::breakdown_mismatch).empty());
  CHECK(m.reading.observations.size() == 6);
}

TEST_CASE("the same category twice is a duplicate; another value for it is a conflict naming it") {
  Mapped m;
  m.map({
      text_row(1, {"Département", "Trimestre", "Indicateur", "Hommes", "Femmes", "Total"}),
      text_row(2, {"44", "2025-T3", "DEBOE", "700", "550", "1250"}),
      text_row(3, {"44", "2025-T3", "DEBOE", "700", "551", "1250"}),
  });
  auto conflicts = m.all(DiagnosticCode::conflicting_values);
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0]->place.line == 3);
  CHECK(conflicts[0]->place.column == 5);
  CHECK(conflicts[0]->message.find("DEBOE, 44 Loire-Atlantique, Femmes (sexe), 2025-T3") != std::string::npos);
  CHECK(m.all(DiagnosticCode::duplicate_row).size() == 1);
}

TEST_CASE("a category declared for other indicators only is not read for this one, said once") {
  Mapped m(test::kTestIndicators,
           "dimension;dimension_label;category;label;indicators\n"
           "sexe;Sexe;H;Hommes;DEBOE\n"
           "sexe;Sexe;F;Femmes;DEBOE\n");
  m.map({
      text_row(1, {"Département", "Trimestre", "Indicateur", "Hommes", "Femmes", "Total"}),
      text_row(2, {"44", "2025-T3", "DEBOE", "700", "550", "1250"}),
      text_row(3, {"44", "2025-T3", "MAINTIENS", "30", "25", "55"}),
      text_row(4, {"49", "2025-T3", "MAINTIENS", "10", "12", "22"}),
  });
  CHECK(m.lines() == joined({"44 DEBOE sexe:H 2025-T3 = 700", "44 DEBOE sexe:F 2025-T3 = 550",
                                              "44 DEBOE total 2025-T3 = 1250", "44 MAINTIENS total 2025-T3 = 55",
                                              "49 MAINTIENS total 2025-T3 = 22"}));
  auto ignored = m.all(DiagnosticCode::column_ignored);
  REQUIRE(ignored.size() == 2);
  CHECK(ignored[0]->place.line == 3);
  CHECK(ignored[0]->value == "Hommes");
  CHECK(ignored[0]->message.find("n'est pas déclarée pour cet indicateur (breakdowns.csv, colonne indicators)") !=
        std::string::npos);
  CHECK(ignored[1]->value == "Femmes");
}

TEST_CASE("a Total column with no category beside it is still an unknown column") {
  Mapped m;
  m.map({
      text_row(1, {"Département", "Trimestre", "Indicateur", "Valeur", "Total"}),
      text_row(2, {"44", "2025-T3", "DEBOE", "1250", "1250"}),
  });
  CHECK(m.lines() == joined({"44 DEBOE total 2025-T3 = 1250"}));
  auto ignored = m.all(DiagnosticCode::column_ignored);
  REQUIRE(ignored.size() == 1);
  CHECK(ignored[0]->value == "Total");
}

TEST_CASE("a Sexe column: each row's category, Ensemble for the headline, an unknown one refused at its cell") {
  Mapped m;
  m.map({
      text_row(1, {"Département", "Trimestre", "Indicateur", "Sexe", "Valeur"}),
      text_row(2, {"44", "2025-T3", "DEBOE", "Hommes", "700"}),
      text_row(3, {"44", "2025-T3", "DEBOE", "femme", "550"}),
      text_row(4, {"44", "2025-T3", "DEBOE", "Ensemble", "1250"}),
      text_row(5, {"49", "2025-T3", "DEBOE", "Autre", "3"}),
      text_row(6, {"49", "2025-T3", "DEBOE", "", "810"}),
      text_row(7, {"49", "2025-T3", "DEBOE", "50 ans et plus", "300"}),  // another dimension's category
  });
  CHECK(m.lines() == joined({"44 DEBOE sexe:H 2025-T3 = 700", "44 DEBOE sexe:F 2025-T3 = 550",
                             "44 DEBOE total 2025-T3 = 1250"}));
  auto unknown = m.all(DiagnosticCode::breakdown_unknown);
  REQUIRE(unknown.size() == 3);
  CHECK(unknown[0]->severity == Severity::error);
  CHECK(unknown[0]->place.line == 5);
  CHECK(unknown[0]->place.column == 4);
  CHECK(unknown[0]->value == "Autre");
  CHECK(unknown[0]->message ==
        "Catégorie inconnue « Autre » dans la colonne « Sexe » : attendu « Hommes », « Femmes », ou « Ensemble » / "
        "« Total » pour le chiffre d'ensemble (breakdowns.csv). La ligne n'est pas lue.");
  CHECK(unknown[1]->message.rfind("Catégorie absente dans la colonne « Sexe »", 0) == 0);
  CHECK(unknown[2]->value == "50 ans et plus");
  auto layout = m.all(DiagnosticCode::layout_detected);
  REQUIRE(layout.size() == 1);
  CHECK(layout[0]->message.find("catégories de « Sexe » en colonne 4") != std::string::npos);
}

TEST_CASE("a Tranche d'âge column with a Total value column: the bands checked against the Total row") {
  Mapped m;
  m.map({
      text_row(1, {"Département", "Trimestre", "Indicateur", "Tranche d'âge", "Total"}),
      text_row(2, {"44", "2025-T3", "DEBOE", "Moins de 26 ans", "100"}),
      text_row(3, {"44", "2025-T3", "DEBOE", "26-49 ans", "600"}),
      text_row(4, {"44", "2025-T3", "DEBOE", "50 ans et plus", "550"}),
      text_row(5, {"44", "2025-T3", "DEBOE", "Total", "1200"}),
  });
  CHECK(m.lines() == joined({"44 DEBOE age:moins_26 2025-T3 = 100", "44 DEBOE age:26_49 2025-T3 = 600",
                             "44 DEBOE age:50_plus 2025-T3 = 550", "44 DEBOE total 2025-T3 = 1200"}));
  auto mismatches = m.all(DiagnosticCode::breakdown_mismatch);
  REQUIRE(mismatches.size() == 1);
  CHECK(mismatches[0]->place.line == 5);
  CHECK(mismatches[0]->message.find("Les catégories de « Tranche d'âge »") == 0);
}

TEST_CASE("a sheet saved by LibreOffice Calc: indicators merged over Hommes, Femmes and Total") {
  test::Catalogues catalogues;
  REQUIRE(catalogues.diagnostics.empty());
  FileReading reading = read_partner_file(test::data_path("xlsx/libreoffice/breakdowns.xlsx"), "breakdowns.xlsx",
                                          catalogues.mapping());
  REQUIRE_FALSE(reading.refused);
  std::vector<std::string> cells;
  for (const Observation& o : reading.observations) {
    cells.push_back(reading.place_of(o).cell() + " " + catalogues.indicators.at(o.indicator).code + " " +
                    (o.breakdown == kHeadline ? std::string("total") : catalogues.breakdowns.key(o.breakdown)) + " " +
                    (o.status == ObservationStatus::ok ? shortest_number(o.value) : std::string(status_name(o.status))));
  }
  CHECK(joined(cells) == joined({"C4 DEBOE sexe:H 700", "D4 DEBOE sexe:F 550", "E4 DEBOE total 1250",
                                 "F4 MAINTIENS sexe:H 30", "G4 MAINTIENS sexe:F 25", "H4 MAINTIENS total 55",
                                 "C5 DEBOE sexe:H 300", "D5 DEBOE sexe:F 200", "E5 DEBOE total 510",
                                 "F5 MAINTIENS sexe:H confidential", "G5 MAINTIENS sexe:F 12",
                                 "H5 MAINTIENS total 20"}));
  std::vector<std::string> problems;
  for (const Diagnostic& d : reading.diagnostics) {
    if (d.severity != Severity::info) problems.push_back(std::string(code_name(d.code)) + " " + d.place.cell());
  }
  CHECK(joined(problems) == joined({"breakdown_mismatch E5"}));  // the total formula E4 is right; E5 is one off
  for (const Diagnostic& d : reading.diagnostics) {
    if (d.code == DiagnosticCode::breakdown_mismatch) CHECK(d.value == "510");  // the cell's text, read again
  }
}

TEST_CASE("issue 13, case 4, read from disk: a '|' file with indicator codes and Hommes | Femmes | Total") {
  test::TemporaryFolder folder;
  std::string path = folder.write("sexe.csv", "Département|Trimestre|Indicateur|Hommes|Femmes|Total\n"
                                              "44|2025-T3|DEBOE|7 012|6 166|13 178\n"
                                              "85|2025-T3|MAINTIENS|12|9|22\n");
  test::Catalogues catalogues;
  FileReading reading = read_partner_file(path, "sexe.csv", catalogues.mapping());
  REQUIRE_FALSE(reading.refused);
  std::vector<std::string> read;
  for (const Observation& o : reading.observations) {
    read.push_back(catalogues.territories.at(o.territory).code + " " + catalogues.indicators.at(o.indicator).code +
                   " " + (o.breakdown == kHeadline ? std::string("total") : catalogues.breakdowns.key(o.breakdown)) +
                   " " + shortest_number(o.value));
  }
  CHECK(joined(read) == joined({"44 DEBOE sexe:H 7012", "44 DEBOE sexe:F 6166", "44 DEBOE total 13178",
                                "85 MAINTIENS sexe:H 12", "85 MAINTIENS sexe:F 9", "85 MAINTIENS total 22"}));
  std::vector<std::string> problems;
  for (const Diagnostic& d : reading.diagnostics) {
    if (d.severity != Severity::info) problems.push_back(std::string(code_name(d.code)) + " " + d.value);
  }
  CHECK(joined(problems) == joined({"breakdown_mismatch 22"}));  // 12 + 9 is 21
}
