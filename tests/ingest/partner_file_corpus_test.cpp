// The messy-CSV corpus (tests/ingest/make_csv_corpus.py) read all the way
// to observations: the same table in every encoding, delimiter and line
// ending gives the same figures at the same places.
#include <doctest/doctest.h>

#include <filesystem>

#include "ingest/partner_file.h"
#include "test_folder.h"
#include "test_support.h"

using namespace prith;

namespace {

constexpr const char* kIndicators =
    "code;label;aliases;unit;aggregation\n"
    "DEBOE;Demandeurs d'emploi BOE;;personnes;sum\n"
    "DEMANDEURS;Demandeurs;;personnes;sum\n"
    "ENTREES;Entrées;;personnes;sum\n"
    "MONTANT;Montant;;€;sum\n";

// "44 2025-T3 DEBOE 14178 @2:4" for each observation.
std::vector<std::string> read_observations(const std::string& path, std::vector<std::string>* problems = nullptr) {
  test::Catalogues catalogues(kIndicators);
  REQUIRE(catalogues.diagnostics.empty());
  MappingCatalogues mapping = catalogues.mapping();
  FileReading reading = read_partner_file(path, "fichier", mapping);
  std::vector<std::string> lines;
  for (const Observation& o : reading.observations) {
    char value[32];
    std::snprintf(value, sizeof value, "%g", o.value);
    lines.push_back(catalogues.territories.at(o.territory).code + " " + o.period.to_string() + " " +
                    catalogues.indicators.at(o.indicator).code + " " + value + " @" + std::to_string(o.line) + ":" +
                    std::to_string(o.column));
  }
  for (const Diagnostic& d : reading.diagnostics) {
    if (problems != nullptr && d.severity != Severity::info) problems->push_back(std::string(code_name(d.code)));
  }
  return lines;
}

}  // namespace

TEST_CASE("one table in every encoding gives the same observations") {
  // The corpus names no period: the copy's file name gives it.
  test::TemporaryFolder folder;
  for (const char* name : {"cp1252_semicolon.csv", "utf8_semicolon.csv", "utf8_bom_semicolon.csv",
                           "utf16le_bom_tab.csv", "utf16be_bom_tab.csv", "utf16le_nobom_tab.csv"}) {
    CAPTURE(name);
    std::string copy = folder.write(std::string(name) + "/T3 2025.csv",
                                    test::read_file(test::data_path(std::string("csv-corpus/") + name)));
    std::vector<std::string> problems;
    CHECK(read_observations(copy, &problems) ==
          std::vector<std::string>{"44 2025-T3 MONTANT 14178 @2:3", "49 2025-T3 MONTANT 2.5 @3:3"});
    // "Libellé" and "Note" are no indicator of this catalogue: said, not read.
    CHECK(problems == std::vector<std::string>{"column_ignored", "column_ignored"});
  }
}

TEST_CASE("line endings do not move a figure") {
  for (const char* name : {"lines_lf.csv", "lines_crlf.csv", "lines_cr.csv", "lines_no_final_break.csv"}) {
    CAPTURE(name);
    std::vector<std::string> problems;
    CHECK(read_observations(test::data_path(std::string("csv-corpus/") + name), &problems) ==
          std::vector<std::string>{"44 2025-T3 DEBOE 14178 @2:4", "49 2025-T3 DEBOE 8012 @3:4",
                                   "53 2025-T3 DEBOE 0 @4:4"});  // a real 0 stays 0
    CHECK(problems.empty());
  }
}

TEST_CASE("title lines, blank and delimiter-only lines, footnotes") {
  std::vector<std::string> problems;
  CHECK(read_observations(test::data_path("csv-corpus/preamble_footnotes.csv"), &problems) ==
        std::vector<std::string>{"44 2025-T3 DEBOE 14178 @5:4", "49 2025-T3 DEBOE 8012 @7:4"});
  CHECK(problems.empty());
}

TEST_CASE("two header rows: the indicator repeated over its quarters") {
  std::vector<std::string> problems;
  CHECK(read_observations(test::data_path("csv-corpus/two_header_rows.csv"), &problems) ==
        std::vector<std::string>{"44 2025-T2 DEMANDEURS 14012 @3:2", "44 2025-T3 DEMANDEURS 14178 @3:3",
                                 "44 2025-T3 ENTREES 1203 @3:4", "49 2025-T2 DEMANDEURS 8001 @4:2",
                                 "49 2025-T3 DEMANDEURS 8012 @4:3", "49 2025-T3 ENTREES 950 @4:4"});
  CHECK(problems.empty());
}
