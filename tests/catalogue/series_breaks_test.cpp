#include "catalogue/series_breaks.h"

#include <doctest/doctest.h>

using namespace prith;

namespace {

IndicatorCatalogue indicators() {
  std::vector<Diagnostic> ignored;
  return IndicatorCatalogue::parse("code;label\nDEBOE;Demandeurs BOE\nDEFM_ABC;Demandeurs ABC\n", "indicators.csv",
                                   ignored);
}

}  // namespace

TEST_CASE("a declared break gives its indicator, day, reason and first periods") {
  std::vector<Diagnostic> diagnostics;
  IndicatorCatalogue catalogue = indicators();
  SeriesBreakCatalogue breaks = SeriesBreakCatalogue::parse(
      "\xEF\xBB\xBFindicateur;date;motif\r\nDEFM_ABC;01/01/2025;Catégories redéfinies\r\n"
      "DEBOE;2025-01-01;\"Catégories redéfinies ; inscription automatique\"\r\nDEBOE;2023-05-15;Autre\r\n",
      "series_breaks.csv", catalogue, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(breaks.all().size() == 3);
  const SeriesBreak& first = breaks.all()[0];
  CHECK(first.indicator == 1);
  CHECK(first.iso_date() == "2025-01-01");
  CHECK(first.reason == "Catégories redéfinies");
  CHECK(first.line == 2);
  CHECK(breaks.all()[1].reason == "Catégories redéfinies ; inscription automatique");
  // A day in May: the quarter, the month and the year that contain it.
  const SeriesBreak& may = breaks.all()[2];
  CHECK(may.first_period(Period::Kind::quarter).to_string() == "2023-T2");
  CHECK(may.first_period(Period::Kind::month).to_string() == "2023-05");
  CHECK(may.first_period(Period::Kind::year).to_string() == "2023");
  // of() sorts by day.
  std::vector<const SeriesBreak*> deboe = breaks.of(0);
  REQUIRE(deboe.size() == 2);
  CHECK(deboe[0]->iso_date() == "2023-05-15");
  CHECK(deboe[1]->iso_date() == "2025-01-01");
  CHECK(breaks.of(1).size() == 1);
}

TEST_CASE("a bad row is reported in French at its place and left out, the others are kept") {
  std::vector<Diagnostic> diagnostics;
  IndicatorCatalogue catalogue = indicators();
  SeriesBreakCatalogue breaks = SeriesBreakCatalogue::parse(
      "date;indicator;reason\n"
      "2025-01-01;DEBOE;Redéfinition\n"
      "2025-01-01;FOO;Redéfinition\n"
      "29/02/2025;DEBOE;Jour impossible\n"
      "2025-01-01;DEFM_ABC;\n"
      "01/01/2025;DEBOE;La même rupture\n"
      "2025-T1;DEFM_ABC;Un trimestre n'est pas un jour\n",
      "series_breaks.csv", catalogue, diagnostics);
  REQUIRE(breaks.all().size() == 1);
  REQUIRE(diagnostics.size() == 5);
  for (const Diagnostic& d : diagnostics) {
    CHECK(d.code == DiagnosticCode::catalogue_invalid);
    CHECK(d.severity == Severity::error);
  }
  CHECK(diagnostics[0].place.line == 3);
  CHECK(diagnostics[0].place.column == 2);
  CHECK(diagnostics[0].value == "FOO");
  CHECK(diagnostics[0].message ==
        "series_breaks.csv, ligne 3, colonne 2 (indicator) : indicateur « FOO » absent de indicators.csv ; la "
        "rupture est ignorée");
  CHECK(diagnostics[1].message ==
        "series_breaks.csv, ligne 4, colonne 1 (date) : date « 29/02/2025 » invalide ; attendu AAAA-MM-JJ ou "
        "JJ/MM/AAAA entre 1990 et 2100 ; la rupture est ignorée");
  CHECK(diagnostics[2].place.column == 3);
  CHECK(diagnostics[2].message.find("motif manquant") != std::string::npos);
  CHECK(diagnostics[3].message ==
        "series_breaks.csv, ligne 6, colonne 1 (date) : rupture de DEBOE au 2025-01-01 déjà déclarée (ligne 2) ; "
        "cette ligne est ignorée");
  CHECK(diagnostics[4].value == "2025-T1");
}

TEST_CASE("a file without the reason column reads no break") {
  std::vector<Diagnostic> diagnostics;
  IndicatorCatalogue catalogue = indicators();
  SeriesBreakCatalogue breaks =
      SeriesBreakCatalogue::parse("indicator;date;note\nDEBOE;2025-01-01;x\n", "series_breaks.csv", catalogue,
                                  diagnostics);
  CHECK(breaks.all().empty());
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].severity == Severity::warning);
  CHECK(diagnostics[0].value == "note");
  CHECK(diagnostics[1].message == "series_breaks.csv, ligne 1 : colonne « reason » absente : aucune rupture de "
                                  "série n'est lue");
}

TEST_CASE("hostile series_breaks.csv texts never crash") {
  IndicatorCatalogue catalogue = indicators();
  for (const char* text : {"", "\n\n", "indicator;date;reason", "indicator;date;reason\n;;\n", "\"",
                           "indicator;date;reason\nDEBOE;9999-99-99;x\nDEBOE;2025-13-01;x\nDEBOE;2025-1-1;x\n"}) {
    std::vector<Diagnostic> diagnostics;
    SeriesBreakCatalogue breaks = SeriesBreakCatalogue::parse(text, "series_breaks.csv", catalogue, diagnostics);
    CHECK(breaks.all().empty());
  }
}
