#include "ingest/table_mapper.h"

#include <algorithm>

#include <doctest/doctest.h>

#include "test_support.h"

using namespace prith;
using prith::test::text_row;

namespace {

struct Mapped {
  test::Catalogues catalogues;
  FileReading reading;

  std::string code(const Observation& o) const { return catalogues.territories.at(o.territory).code; }
  std::string indicator(const Observation& o) const { return catalogues.indicators.at(o.indicator).code; }
  std::vector<std::string> codes_of(DiagnosticCode code) const {
    std::vector<std::string> seen;
    for (const Diagnostic& d : reading.diagnostics) {
      if (d.code == code) seen.push_back(d.value);
    }
    return seen;
  }
  // Errors and warnings: what a pilot must act on.
  std::vector<Diagnostic> problems() const {
    std::vector<Diagnostic> found;
    for (const Diagnostic& d : reading.diagnostics) {
      if (d.severity != Severity::info) found.push_back(d);
    }
    return found;
  }
  const Diagnostic* first(DiagnosticCode code) const {
    for (const Diagnostic& d : reading.diagnostics) {
      if (d.code == code) return &d;
    }
    return nullptr;
  }
};

std::unique_ptr<Mapped> map_rows(const std::vector<RawRow>& rows, const std::string& sheet = "",
                                 const std::string& file_stem = "export") {
  auto mapped = std::make_unique<Mapped>();
  REQUIRE(mapped->catalogues.diagnostics.empty());
  MappingCatalogues catalogues = mapped->catalogues.mapping();
  TableMapper mapper(catalogues, file_stem, mapped->reading);
  test::feed(mapper, rows, sheet);
  mapper.finish();
  return mapped;
}

}  // namespace

TEST_CASE("long layout after a title, with a comment column") {
  auto m = map_rows({
      text_row(1, {"Aides accordées par l'Agefiph"}),
      text_row(2, {}),
      text_row(3, {"Département", "Trimestre", "Indicateur", "Valeur", "Commentaire"}),
      text_row(4, {"44", "2025T3", "Placements", "1 234", ""}),
      text_row(5, {"Maine-et-Loire", "T3 2025", "MAINTIENS", "0", "campagne d'été"}),
      text_row(7, {"LOIRE ATLANTIQUE", "2025-T2", "TAUX", "14 178,5", ""}),
  });
  REQUIRE(m->reading.observations.size() == 3);
  const Observation& first = m->reading.observations[0];
  CHECK(m->code(first) == "44");
  CHECK(m->indicator(first) == "PLACEMENTS");
  CHECK(first.period.to_string() == "2025-T3");
  CHECK(first.value == 1234);
  CHECK(first.status == ObservationStatus::ok);
  CHECK(first.line == 4);
  CHECK(first.column == 4);
  const Observation& zero = m->reading.observations[1];
  CHECK(m->code(zero) == "49");
  CHECK(zero.value == 0);
  CHECK(zero.status == ObservationStatus::ok);  // a real 0 stays 0
  CHECK(m->reading.observations[2].value == 14178.5);
  REQUIRE(m->reading.notes.size() == 1);
  CHECK(m->reading.notes[0].observation == 1);
  CHECK(m->reading.notes[0].comment == "campagne d'été");
  CHECK(m->problems().empty());
}

TEST_CASE("wide by quarter with a blank territory header and a footnote") {
  auto m = map_rows({
      text_row(1, {"Demandeurs d'emploi BOE", "", ""}),
      text_row(2, {"", "T2 2025", "T3 2025"}),
      text_row(3, {"44 - Loire-Atlantique", "14 100", "14 178"}),
      text_row(4, {"53 - Mayenne", "n.d.", "s"}),
      text_row(5, {"Pays de la Loire", "40 000", "40 500"}),
      text_row(6, {"Source : France Travail, STMT – données brutes"}),
  });
  REQUIRE(m->reading.observations.size() == 6);
  CHECK(m->indicator(m->reading.observations[0]) == "DEBOE");
  CHECK(m->reading.observations[1].period.to_string() == "2025-T3");
  CHECK(m->reading.observations[1].value == 14178);
  CHECK(m->reading.observations[2].status == ObservationStatus::missing);
  CHECK(m->reading.observations[3].status == ObservationStatus::confidential);
  CHECK(m->code(m->reading.observations[4]) == "52");
  CHECK(m->catalogues.territories.at(m->reading.observations[4].territory).level == TerritoryLevel::region);
  CHECK(m->codes_of(DiagnosticCode::value_missing) == std::vector<std::string>{"n.d."});
  CHECK(m->codes_of(DiagnosticCode::value_confidential) == std::vector<std::string>{"s"});
  CHECK(m->first(DiagnosticCode::territory_unknown) == nullptr);  // the footnote is not a territory
}

TEST_CASE("wide by indicator, one column per indicator, period column") {
  auto m = map_rows({
      text_row(1, {"Date", "Territoire", "Nombre de placements", "Maintiens (%)", "Remarque sans objet"}),
      text_row(2, {"30/09/2025", "Vendée (85)", "210", "55", "x"}),
  });
  REQUIRE(m->reading.observations.size() == 2);
  CHECK(m->code(m->reading.observations[0]) == "85");
  CHECK(m->indicator(m->reading.observations[0]) == "PLACEMENTS");
  CHECK(m->indicator(m->reading.observations[1]) == "MAINTIENS");
  CHECK(m->reading.observations[0].period.to_string() == "2025-T3");
}

TEST_CASE("an unknown header is a warning that names it") {
  auto m = map_rows({
      text_row(1, {"Département", "Trimestre", "Placements", "Entrées en formation"}),
      text_row(2, {"44", "2025-T3", "12", "7"}),
  });
  const Diagnostic* ignored = m->first(DiagnosticCode::column_ignored);
  REQUIRE(ignored != nullptr);
  CHECK(ignored->severity == Severity::warning);
  CHECK(ignored->value == "Entrées en formation");
  CHECK(ignored->place.line == 1);
  CHECK(ignored->place.column == 4);
  CHECK(m->reading.observations.size() == 1);
}

TEST_CASE("two header rows: an indicator merged over its quarters") {
  auto m = map_rows({
      text_row(1, {"Département", "Placements", "", "Maintiens", ""}),
      text_row(2, {"", "T2 2025", "T3 2025", "T2 2025", "T3 2025"}),
      text_row(3, {"44", "100", "110", "50", "55"}),
  });
  REQUIRE(m->reading.observations.size() == 4);
  CHECK(m->indicator(m->reading.observations[1]) == "PLACEMENTS");
  CHECK(m->reading.observations[1].period.to_string() == "2025-T3");
  CHECK(m->indicator(m->reading.observations[2]) == "MAINTIENS");
  CHECK(m->reading.observations[2].period.to_string() == "2025-T2");
  CHECK(m->reading.observations[3].value == 55);
  CHECK(m->problems().empty());
}

TEST_CASE("the indicator comes from the sheet name") {
  std::vector<RawRow> rows = {text_row(4, {"", "Territoire", "T3 2025"}), text_row(5, {"", "MAYENNE", "31"})};
  auto m = map_rows(rows, "Maintiens");
  REQUIRE(m->reading.observations.size() == 1);
  CHECK(m->indicator(m->reading.observations[0]) == "MAINTIENS");
  CHECK(m->reading.place_of(m->reading.observations[0]).cell() == "C5");
}

TEST_CASE("a table whose indicator nobody names is refused with a hint") {
  auto m = map_rows({text_row(1, {"Territoire", "T3 2025"}), text_row(2, {"44", "3"})}, "Feuil1");
  CHECK(m->reading.observations.empty());
  const Diagnostic* layout = m->first(DiagnosticCode::layout_unknown);
  REQUIRE(layout != nullptr);
  CHECK(layout->severity == Severity::error);
  CHECK(layout->message.find("quel indicateur") != std::string::npos);
}

TEST_CASE("a total row is checked against the sum, not read as a territory") {
  auto m = map_rows({
      text_row(1, {"Département", "T3 2025"}),
      text_row(2, {"44", "100"}),
      text_row(3, {"49", "50"}),
      text_row(4, {"Total", "151"}),
  }, "Placements");
  CHECK(m->reading.observations.size() == 2);
  CHECK(m->first(DiagnosticCode::total_row) != nullptr);
  const Diagnostic* mismatch = m->first(DiagnosticCode::total_mismatch);
  REQUIRE(mismatch != nullptr);
  CHECK(mismatch->place.cell() == "B4");
  CHECK(mismatch->value == "151");
  CHECK(mismatch->message ==
        "Le total 151 ne correspond pas à la somme des 2 départements du tableau (150) pour PLACEMENTS, 2025-T3 : "
        "vérifiez le fichier auprès du partenaire.");
}

TEST_CASE("a matching total raises no warning") {
  auto m = map_rows({text_row(1, {"Département", "T3 2025"}), text_row(2, {"44", "100"}),
                     text_row(3, {"49", "50"}), text_row(4, {"Total", "150"})},
                    "Placements");
  CHECK(m->first(DiagnosticCode::total_mismatch) == nullptr);
}

TEST_CASE("an unknown territory is an error; the other rows still go through") {
  auto m = map_rows({
      text_row(1, {"Département", "Trimestre", "Placements"}),
      text_row(2, {"Loire-Atlantque", "2025-T3", "12"}),
      text_row(3, {"72", "2025-T3", "8"}),
  });
  REQUIRE(m->reading.observations.size() == 1);
  CHECK(m->code(m->reading.observations[0]) == "72");
  const Diagnostic* unknown = m->first(DiagnosticCode::territory_unknown);
  REQUIRE(unknown != nullptr);
  CHECK(unknown->place.line == 2);
  CHECK(unknown->place.column == 1);
  CHECK(unknown->value == "Loire-Atlantque");
  CHECK(unknown->message == (
        "Territoire inconnu « Loire-Atlantque » : attendu un code INSEE de département ou de région (« 44 », "
        "« 2A », « R52 ») ou son nom (« Loire-Atlantique ») ; la ligne n'est pas lue."));
}

TEST_CASE("unreadable values and periods are errors naming the cell") {
  auto m = map_rows({
      text_row(1, {"Département", "Trimestre", "Placements", "Maintiens"}),
      text_row(2, {"44", "2025-T3", "12abc", "4"}),
      text_row(3, {"49", "Q5 2025", "1", "2"}),
  });
  REQUIRE(m->reading.observations.size() == 1);
  CHECK(m->reading.observations[0].value == 4);
  const Diagnostic* value = m->first(DiagnosticCode::value_invalid);
  REQUIRE(value != nullptr);
  CHECK(value->place.line == 2);
  CHECK(value->place.column == 3);
  CHECK(value->value == "12abc");
  const Diagnostic* period = m->first(DiagnosticCode::period_invalid);
  REQUIRE(period != nullptr);
  CHECK(period->place.line == 3);
  CHECK(period->place.column == 2);
}

TEST_CASE("duplicates: identical rows warn once, conflicting values keep neither") {
  auto m = map_rows({
      text_row(1, {"Département", "Trimestre", "Indicateur", "Valeur"}),
      text_row(2, {"44", "2025-T3", "PLACEMENTS", "12"}),
      text_row(3, {"44", "2025-T3", "PLACEMENTS", "12"}),
      text_row(4, {"49", "2025-T3", "PLACEMENTS", "7"}),
      text_row(5, {"49", "2025-T3", "PLACEMENTS", "9"}),
  });
  REQUIRE(m->reading.observations.size() == 1);
  CHECK(m->reading.observations[0].line == 2);
  const Diagnostic* duplicate = m->first(DiagnosticCode::duplicate_row);
  REQUIRE(duplicate != nullptr);
  CHECK(duplicate->severity == Severity::warning);
  CHECK(duplicate->place.line == 3);
  CHECK(duplicate->message ==
        "Ligne en double : PLACEMENTS, 44 Loire-Atlantique, 2025-T3 vaut déjà 12 (ligne 2, colonne 4) ; la "
        "répétition est ignorée.");
  const Diagnostic* conflict = m->first(DiagnosticCode::conflicting_values);
  REQUIRE(conflict != nullptr);
  CHECK(conflict->severity == Severity::error);
  CHECK(conflict->place.line == 5);
  CHECK(conflict->message ==
        "Valeurs différentes pour PLACEMENTS, 49 Maine-et-Loire, 2025-T3 : 7 (ligne 4, colonne 4), 9 (ligne 5, "
        "colonne 4) ; aucune n'est retenue tant que le fichier n'est pas corrigé.");
}

TEST_CASE("workbook cells: numbers, percentages, errors") {
  RawRow header = text_row(1, {"Département", "T3 2025"});
  RawRow percent{2, {test::text_cell(1, "44"), test::number_cell(2, 0.035, true)}};
  RawCell error = test::text_cell(2, "#DIV/0!");
  error.kind = CellKind::error;
  RawRow broken{3, {test::text_cell(1, "49"), error}};
  auto m = map_rows({header, percent, broken}, "Taux de maintien");
  REQUIRE(m->reading.observations.size() == 2);
  CHECK(m->reading.observations[0].value == doctest::Approx(3.5));
  CHECK(m->reading.observations[1].status == ObservationStatus::missing);
}

TEST_CASE("a région column settles codes that are also départements") {
  auto m = map_rows({text_row(1, {"Région", "Trimestre", "Placements"}), text_row(2, {"52", "2025-T3", "900"})});
  REQUIRE(m->reading.observations.size() == 1);
  CHECK(m->catalogues.territories.at(m->reading.observations[0].territory).level == TerritoryLevel::region);
  auto d = map_rows({text_row(1, {"Département", "Trimestre", "Placements"}), text_row(2, {"52", "2025-T3", "9"})});
  REQUIRE(d->reading.observations.size() == 1);
  CHECK(d->catalogues.territories.at(d->reading.observations[0].territory).level == TerritoryLevel::departement);
}

TEST_CASE("notice and empty sheets are skipped with a note; a table without header is an error") {
  auto notice = map_rows({text_row(1, {"Ce classeur présente les placements."})}, "Notice");
  CHECK(notice->first(DiagnosticCode::sheet_skipped) != nullptr);
  CHECK(count_by_severity(notice->reading.diagnostics).errors == 0);
  auto empty = map_rows({}, "Feuil3");
  CHECK(empty->first(DiagnosticCode::sheet_empty) != nullptr);
  auto headless = map_rows({text_row(1, {"a", "b"}), text_row(2, {"1", "2"})}, "Feuil1");
  const Diagnostic* missing = headless->first(DiagnosticCode::header_not_found);
  REQUIRE(missing != nullptr);
  CHECK(missing->place.sheet == "Feuil1");
}

TEST_CASE("cells beyond the header are reported once per row") {
  auto m = map_rows({text_row(1, {"Département", "Trimestre", "Placements"}),
                     text_row(2, {"44", "2025-T3", "5", "", "oups", "encore"})});
  CHECK(m->reading.observations.size() == 1);
  CHECK(m->codes_of(DiagnosticCode::ragged_row) == std::vector<std::string>{"oups"});
}

TEST_CASE("bare codes that are also régions wait until the column shows départements") {
  // 01 and 24 are départements and régions; 05 can only be Hautes-Alpes.
  auto m = map_rows({
      text_row(1, {"territory", "period", "indicator", "value"}),
      text_row(2, {"01", "2025-T3", "PLACEMENTS", "1"}),
      text_row(3, {"24", "2025-T3", "PLACEMENTS", "2"}),
      text_row(4, {"05", "2025-T3", "PLACEMENTS", "3"}),
      text_row(5, {"11", "2025-T3", "PLACEMENTS", "4"}),
  });
  CHECK(m->problems().empty());
  REQUIRE(m->reading.observations.size() == 4);
  std::vector<std::string> codes;
  for (const Observation& o : m->reading.observations) {
    codes.push_back(m->code(o) + "@" + std::to_string(o.line));
    CHECK(m->catalogues.territories.at(o.territory).level == TerritoryLevel::departement);
  }
  CHECK(codes == std::vector<std::string>{"01@2", "24@3", "05@4", "11@5"});
}

TEST_CASE("a column of codes that never shows its level stays ambiguous, candidates named") {
  auto m = map_rows({
      text_row(1, {"Code", "Trimestre", "Placements"}),
      text_row(2, {"24", "2025-T3", "1"}),
      text_row(3, {"44", "2025-T3", "2"}),  // in the project's région 52: Loire-Atlantique
  });
  REQUIRE(m->reading.observations.size() == 1);
  CHECK(m->code(m->reading.observations[0]) == "44");
  const Diagnostic* ambiguous = m->first(DiagnosticCode::territory_ambiguous);
  REQUIRE(ambiguous != nullptr);
  CHECK(ambiguous->place.line == 2);
  CHECK(ambiguous->message ==
        "Territoire ambigu « 24 » : il peut désigner 24 Centre-Val de Loire, 24 Dordogne. Écrivez le code INSEE "
        "(« 44 », « R52 ») ou le nom complet ; la ligne n'est pas lue.");
}

TEST_CASE("how each table was understood is said once, at its header") {
  auto m = map_rows({
      text_row(3, {"Indicateur", "Territoire", "T2 2025", "T3 2025"}),
      text_row(4, {"Placements", "44 - Loire-Atlantique", "10", "11"}),
  });
  const Diagnostic* layout = m->first(DiagnosticCode::layout_detected);
  REQUIRE(layout != nullptr);
  CHECK(layout->severity == Severity::info);
  CHECK(layout->place.line == 3);
  CHECK(layout->place.column == 2);
  CHECK(layout->message ==
        "Tableau lu en format large (une colonne par période) : en-tête ligne 3, territoires en colonne 2, "
        "indicateurs en colonne 1, 2 colonnes de valeurs.");
  auto sheet = map_rows({text_row(4, {"", "Département", "T3 2025"}), text_row(5, {"", "MAYENNE", "31"})},
                        "Maintiens");
  REQUIRE(sheet->first(DiagnosticCode::layout_detected) != nullptr);
  CHECK(sheet->first(DiagnosticCode::layout_detected)->message ==
        "Tableau lu en format large (une colonne par période) : en-tête ligne 4, territoires en colonne B, "
        "1 colonne de valeurs, indicateur MAINTIENS d'après le nom de la feuille.");
}

TEST_CASE("a group row above a named header: indicators merged over their quarters") {
  auto m = map_rows({
      text_row(1, {"", "Placements", "", "Maintiens", ""}),
      text_row(2, {"Département", "T1 2025", "T2 2025", "T1 2025", "T2 2025"}),
      text_row(3, {"Loire-Atlantique", "100", "110", "10", "11"}),
  });
  CHECK(m->problems().empty());
  REQUIRE(m->reading.observations.size() == 4);
  CHECK(m->indicator(m->reading.observations[1]) == "PLACEMENTS");
  CHECK(m->reading.observations[1].period.to_string() == "2025-T2");
  CHECK(m->indicator(m->reading.observations[2]) == "MAINTIENS");
  CHECK(m->reading.observations[2].value == 10);
}

TEST_CASE("a metadata row above the header is not part of it") {
  auto m = map_rows({
      text_row(1, {"Extraction du", "30/09/2025", "", ""}),
      text_row(2, {"Département", "T1 2025", "T2 2025", "T3 2025"}),
      text_row(3, {"44", "10", "11", "12"}),
  }, "", "Placements");
  CHECK(m->problems().empty());
  REQUIRE(m->reading.observations.size() == 3);
  CHECK(m->reading.observations[0].period.to_string() == "2025-T1");
  CHECK(m->reading.observations[2].period.to_string() == "2025-T3");
}

TEST_CASE("a territory column headed \"Code\" is recognised by its codes, never a data row as header") {
  auto m = map_rows({
      text_row(1, {"Code", "Trimestre", "Valeur"}),
      text_row(2, {"49", "2025-T3", "10"}),
      text_row(3, {"72", "2025-T3", "20"}),
  }, "", "placements");
  CHECK(m->problems().empty());
  REQUIRE(m->reading.observations.size() == 2);
  CHECK(m->code(m->reading.observations[0]) == "49");
  CHECK(m->reading.observations[0].value == 10);
}

TEST_CASE("when the perimeter and the column's level disagree, the code stays ambiguous") {
  // 49 shows a column of départements, but 52 in a project of the région 52
  // may be the région's row: Haute-Marne or Pays de la Loire, prith cannot tell.
  auto m = map_rows({text_row(1, {"Code", "T1 2025"}), text_row(2, {"44", "10"}), text_row(3, {"49", "20"}),
                     text_row(4, {"52", "150"})},
                    "", "placements");
  REQUIRE(m->reading.observations.size() == 2);
  const Diagnostic* ambiguous = m->first(DiagnosticCode::territory_ambiguous);
  REQUIRE(ambiguous != nullptr);
  CHECK(ambiguous->place.line == 4);
  CHECK(ambiguous->message.find("52 Pays de la Loire, 52 Haute-Marne") != std::string::npos);
  // "R52" says which.
  auto explicit_code = map_rows({text_row(1, {"Code", "T1 2025"}), text_row(2, {"49", "20"}),
                                 text_row(3, {"R52", "150"})},
                                "", "placements");
  REQUIRE(explicit_code->reading.observations.size() == 2);
  CHECK(explicit_code->catalogues.territories.at(explicit_code->reading.observations[1].territory).level ==
        TerritoryLevel::region);
}

TEST_CASE("a year column and a quarter column make one period") {
  auto m = map_rows({
      text_row(1, {"Année", "Trimestre", "Département", "Placements"}),
      text_row(2, {"2025", "T1", "44", "10"}),
      text_row(3, {"2025", "2", "44", "11"}),
  });
  CHECK(m->problems().empty());
  REQUIRE(m->reading.observations.size() == 2);
  CHECK(m->reading.observations[0].period.to_string() == "2025-T1");
  CHECK(m->reading.observations[1].period.to_string() == "2025-T2");
}

TEST_CASE("an unreadable quarter beside a year: the value is the quarter cell's own text") {
  auto m = map_rows({
      text_row(1, {"Année", "Trimestre", "Département", "Placements"}),
      text_row(2, {"2025", "5", "44", "10"}),
  });
  const Diagnostic* period = m->first(DiagnosticCode::period_invalid);
  REQUIRE(period != nullptr);
  CHECK(period->place.column == 2);
  CHECK(period->value == "5");
  CHECK(period->message.find("« 5 2025 »") != std::string::npos);
}

TEST_CASE("tables stacked in one sheet are each read with their own header") {
  auto m = map_rows({
      text_row(1, {"Placements"}),
      text_row(2, {"Département", "T1 2025", "T2 2025"}),
      text_row(3, {"44", "10", "11"}),
      text_row(4, {}),
      text_row(5, {"Maintiens"}),
      text_row(6, {"Département", "T3 2025", "T4 2025"}),
      text_row(7, {"44", "1", "2"}),
  }, "Activité");
  CHECK(m->problems().empty());
  REQUIRE(m->reading.observations.size() == 4);
  CHECK(m->indicator(m->reading.observations[0]) == "PLACEMENTS");
  CHECK(m->indicator(m->reading.observations[2]) == "MAINTIENS");
  CHECK(m->reading.observations[2].period.to_string() == "2025-T3");
  CHECK(m->reading.observations[3].line == 7);
}

TEST_CASE("a total written beside an empty territory cell is a total row") {
  auto m = map_rows({text_row(1, {"Code", "Département", "T1 2025"}), text_row(2, {"44", "Loire-Atlantique", "10"}),
                     text_row(3, {"49", "Maine-et-Loire", "20"}), text_row(4, {"Total", "", "31"})},
                    "", "placements");
  REQUIRE(m->problems().size() == 1);
  CHECK(m->problems()[0].code == DiagnosticCode::total_mismatch);
  CHECK(m->problems()[0].place.line == 4);
  CHECK(m->reading.observations.size() == 2);
}

TEST_CASE("a région row is checked against all its départements") {
  std::vector<RawRow> rows = {text_row(1, {"Département", "T1 2025"})};
  const char* departements[] = {"44", "49", "53", "72", "85"};
  std::uint32_t line = 2;
  for (const char* code : departements) rows.push_back(text_row(line++, {code, "10"}));
  rows.push_back(text_row(line, {"Pays de la Loire", "51"}));
  auto m = map_rows(rows, "", "placements");
  REQUIRE(m->problems().size() == 1);
  CHECK(m->problems()[0].message ==
        "Le chiffre de la région Pays de la Loire (51) ne correspond pas à la somme de ses 5 départements dans le "
        "tableau (50) pour PLACEMENTS, 2025-T1 : vérifiez le fichier auprès du partenaire.");
  // With two départements only, the région's figure cannot be checked.
  auto partial = map_rows({text_row(1, {"Département", "T1 2025"}), text_row(2, {"44", "10"}),
                           text_row(3, {"49", "20"}), text_row(4, {"Pays de la Loire", "31"})},
                          "", "placements");
  CHECK(partial->problems().empty());
}

TEST_CASE("a rejected row does not turn every total into a false mismatch") {
  auto m = map_rows({text_row(1, {"Département", "T1 2025", "T2 2025"}), text_row(2, {"44", "10", "10"}),
                     text_row(3, {"Loire-Atlantque", "5", "5"}), text_row(4, {"Total", "15", "15"})},
                    "", "placements");
  REQUIRE(m->problems().size() == 1);
  CHECK(m->problems()[0].code == DiagnosticCode::territory_unknown);
}

TEST_CASE("past the rows it can hold back, a column gives the same answer to the same code") {
  test::Catalogues catalogues;
  MappingCatalogues mapping{catalogues.territories, *catalogues.resolver, catalogues.indicators, ""};
  FileReading reading;
  TableMapper mapper(mapping, "placements", reading);
  mapper.begin_table(TableInfo{});
  mapper.row(text_row(1, {"Code", "Trimestre", "Valeur"}));
  for (std::uint32_t line = 2; line < 10003; ++line) mapper.row(text_row(line, {"24", "2025-T1", "1"}));
  mapper.row(text_row(10003, {"49", "2025-T1", "1"}));
  mapper.row(text_row(10004, {"24", "2025-T1", "1"}));
  mapper.end_table();
  std::size_t ambiguous = 0;
  for (const Diagnostic& d : reading.diagnostics) ambiguous += d.code == DiagnosticCode::territory_ambiguous;
  CHECK(ambiguous == 10002);  // every "24", before and after the 49
  CHECK(reading.observations.size() == 1);
}

TEST_CASE("a column that proves a decimal point reads one dot and three digits as decimals: a count cannot be") {
  auto m = map_rows({text_row(1, {"Département", "Trimestre", "Placements"}),
                     text_row(2, {"44", "2025-T1", "14.178"}), text_row(3, {"49", "2025-T1", "3.5"}),
                     text_row(4, {"53", "2025-T1", "1.250"})});
  // 3.5 proves the decimal point; 14.178 and 1.250 placements would then be fractional.
  REQUIRE(m->reading.observations.size() == 1);
  CHECK(m->reading.observations[0].value == 3.5);
  std::vector<std::string> fractional = m->codes_of(DiagnosticCode::fractional_count);
  std::sort(fractional.begin(), fractional.end());
  CHECK(fractional == std::vector<std::string>{"1.250", "14.178", "3.5"});  // 3.5: a warning, read as written
  const Diagnostic* refused = nullptr;
  for (const Diagnostic& d : m->reading.diagnostics) {
    if (d.code == DiagnosticCode::fractional_count && d.value == "14.178") refused = &d;
  }
  REQUIRE(refused != nullptr);
  CHECK(refused->severity == Severity::error);
  CHECK(refused->message ==
        "Valeur « 14.178 » pour PLACEMENTS, 44 Loire-Atlantique, 2025-T1 : lue 14,178 (d'après « 3.5 », ligne 3, "
        "colonne 3), or un effectif ne peut pas être fractionnaire. Vérifiez le format des nombres de l'export "
        "(option --number-format fr ou en, colonne number_format de sources.csv) ; la valeur n'est pas lue.");
}

TEST_CASE("an Excel serial date left in a CSV period column is a date") {
  auto m = map_rows({text_row(1, {"Département", "Période", "Placements"}), text_row(2, {"44", "45930", "3"})});
  REQUIRE(m->reading.observations.size() == 1);
  CHECK(m->reading.observations[0].period.to_string() == "2025-T3");  // 30/09/2025
}

TEST_CASE("sheets past the 255th are reported, not read under another name") {
  test::Catalogues catalogues;
  MappingCatalogues mapping = catalogues.mapping();
  FileReading reading;
  TableMapper mapper(mapping, "classeur", reading);
  for (int sheet = 1; sheet <= 256; ++sheet) {
    test::feed(mapper, {text_row(1, {"Département", "T1 2025"}), text_row(2, {"44", "1"})},
               "Placements " + std::to_string(sheet));
  }
  mapper.finish();
  CHECK(reading.sheets.size() == 255);
  std::size_t refused = 0;
  for (const Diagnostic& d : reading.diagnostics) refused += d.code == DiagnosticCode::too_many_sheets;
  CHECK(refused == 1);
}

TEST_CASE("a former name is read as today's département, said once per file; a split one is ambiguous") {
  auto m = map_rows({
      text_row(1, {"Département", "Trimestre", "Placements"}),
      text_row(2, {"Côtes-du-Nord", "2025-T3", "12"}),
      text_row(3, {"COTES DU NORD", "2025-T4", "13"}),
      text_row(4, {"Loire-Inférieure", "2025-T3", "40"}),
      text_row(5, {"Seine-et-Oise", "2025-T3", "7"}),
      text_row(6, {"78 - Seine-et-Oise", "2025-T4", "8"}),
  });
  REQUIRE(m->reading.observations.size() == 3);
  CHECK(m->code(m->reading.observations[0]) == "22");
  CHECK(m->code(m->reading.observations[1]) == "22");
  CHECK(m->code(m->reading.observations[2]) == "44");
  std::vector<const Diagnostic*> former;
  for (const Diagnostic& d : m->reading.diagnostics) {
    if (d.code == DiagnosticCode::territory_former_name) former.push_back(&d);
  }
  REQUIRE(former.size() == 2);
  CHECK(former[0]->severity == Severity::info);
  CHECK(former[0]->place.line == 2);
  CHECK(former[0]->place.column == 1);
  CHECK(former[0]->value == "Côtes-du-Nord");
  CHECK(former[0]->message ==
        "« Côtes-du-Nord » : ancien nom du département Côtes-d'Armor (22) jusqu'en 1990, lu comme 22 Côtes-d'Armor "
        "(former_departements.csv ; signalé une fois par fichier).");
  CHECK(former[1]->place.line == 4);
  CHECK(former[1]->value == "Loire-Inférieure");
  CHECK(m->codes_of(DiagnosticCode::territory_ambiguous) ==
        std::vector<std::string>{"Seine-et-Oise", "78 - Seine-et-Oise"});
  const Diagnostic* split = m->first(DiagnosticCode::territory_ambiguous);
  REQUIRE(split != nullptr);
  CHECK(split->place.line == 5);
  CHECK(split->message ==
        "Territoire ambigu « Seine-et-Oise » : ancien département Seine-et-Oise, partagé en 1968 entre 78 Yvelines, "
        "91 Essonne, 92 Hauts-de-Seine, 93 Seine-Saint-Denis, 94 Val-de-Marne, 95 Val-d'Oise. prith ne choisit "
        "pas : écrivez le code INSEE d'aujourd'hui de chaque ligne ; la ligne n'est pas lue.");
}

TEST_CASE("a title an unquoted comma cut into cells is not the header, even when a cell says département") {
  auto m = map_rows({
      text_row(1, {"Effectifs en fin de trimestre", " données brutes", " par département", "", "", ""}),
      text_row(2, {"", "Indicateur", "2025T4", "2026T1"}),
      text_row(3, {"Loire-Atlantique", "DEBOE", "8559", "8588"}),
      text_row(4, {"Vendée", "DEBOE", "3 200", "3 250"}),
  });
  REQUIRE(m->reading.observations.size() == 4);
  CHECK(m->code(m->reading.observations[0]) == "44");
  CHECK(m->reading.observations[0].value == 8559);
  CHECK(m->reading.observations[3].value == 3250);
  CHECK(m->problems().empty());
}

TEST_CASE("a header whose territories are all misspelled is still the header: each row says so") {
  auto m = map_rows({
      text_row(1, {"Département", "Trimestre", "Indicateur", "Valeur"}),
      text_row(2, {"Loire-Atlantque", "2025-T3", "DEBOE", "12"}),
      text_row(3, {"Vendé", "2025-T3", "DEBOE", "13"}),
  });
  CHECK(m->reading.observations.empty());
  CHECK(m->codes_of(DiagnosticCode::territory_unknown) == std::vector<std::string>{"Loire-Atlantque", "Vendé"});
}
