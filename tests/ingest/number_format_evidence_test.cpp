#include "ingest/number_format_evidence.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/partner_file.h"
#include "ingest/table_mapper.h"
#include "test_folder.h"
#include "test_support.h"

using namespace prith;
using prith::test::text_row;

namespace {

struct Read {
  test::Catalogues catalogues;
  FileReading reading;

  std::vector<std::pair<std::string, double>> values() const {
    std::vector<std::pair<std::string, double>> found;
    for (const Observation& o : reading.observations) {
      found.emplace_back(catalogues.territories.at(o.territory).code + " " + catalogues.indicators.at(o.indicator).code,
                         o.value);
    }
    return found;
  }
  std::vector<const Diagnostic*> all(DiagnosticCode code) const {
    std::vector<const Diagnostic*> found;
    for (const Diagnostic& d : reading.diagnostics) {
      if (d.code == code) found.push_back(&d);
    }
    return found;
  }
  std::string layout() const {
    auto found = all(DiagnosticCode::layout_detected);
    return found.empty() ? std::string() : found.front()->message;
  }
};

std::unique_ptr<Read> read_tables(const std::vector<std::vector<RawRow>>& tables, NumberFormatSetting setting = {}) {
  auto read = std::make_unique<Read>();
  MappingCatalogues catalogues = read->catalogues.mapping();
  TableMapper mapper(catalogues, "export", read->reading, setting);
  for (const auto& rows : tables) test::feed(mapper, rows);
  mapper.finish();
  return read;
}

RawRow long_row(std::uint32_t line, const char* territory, const char* indicator, const char* value) {
  return text_row(line, {territory, "2025-T3", indicator, value});
}
const RawRow kLongHeader = text_row(1, {"Département", "Trimestre", "Indicateur", "Valeur"});

}  // namespace

TEST_CASE("an English column: its decimal point and comma thousands read 12,345 as twelve thousand") {
  // The shape of issue 13's first case: a pipe-delimited English export.
  auto read = read_tables({{kLongHeader, long_row(2, "44", "DEBOE", "12,345"), long_row(3, "49", "TAUX", "3.6"),
                            long_row(4, "53", "TAUX", "1,204,310.55")}});
  CHECK(read->values() == std::vector<std::pair<std::string, double>>{
                              {"44 DEBOE", 12345}, {"49 TAUX", 3.6}, {"53 TAUX", 1204310.55}});
  CHECK(read->all(DiagnosticCode::ambiguous_number).empty());
  CHECK(read->layout().find("Nombres au format anglais : virgule des milliers, point décimal (d'après « 3.6 », "
                            "ligne 3, colonne 4 ; option --number-format en).") != std::string::npos);
}

TEST_CASE("a French column: its decimal comma reads 7.214 people as seven thousand") {
  auto read = read_tables({{kLongHeader, long_row(2, "44", "TAUX", "4,1 %"),
                            long_row(3, "49", "TAUX", "1 017 402,19"), long_row(4, "53", "DEBOE", "7.214")}});
  CHECK(read->values() == std::vector<std::pair<std::string, double>>{
                              {"44 TAUX", 4.1}, {"49 TAUX", 1017402.19}, {"53 DEBOE", 7214}});
  CHECK(read->layout().find("Nombres au format français : point ou espace des milliers, virgule décimale (d'après "
                            "« 4,1 % », ligne 2, colonne 4 ; option --number-format fr).") != std::string::npos);
}

TEST_CASE("a column that writes both conventions leaves its ambiguous cells unread, each with an error") {
  auto read = read_tables({{kLongHeader, long_row(2, "44", "TAUX", "4,1"), long_row(3, "49", "TAUX", "3.6"),
                            long_row(4, "53", "DEBOE", "12,345"), long_row(5, "72", "DEBOE", "1.500")}});
  CHECK(read->values() == std::vector<std::pair<std::string, double>>{{"44 TAUX", 4.1}, {"49 TAUX", 3.6}});
  auto errors = read->all(DiagnosticCode::ambiguous_number);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0]->severity == Severity::error);
  CHECK(errors[0]->value == "12,345");
  CHECK(errors[0]->place.line == 4);
  CHECK(errors[0]->place.column == 4);
  CHECK(errors[0]->message ==
        "Nombre ambigu « 12,345 » pour DEBOE, 53 Mayenne, 2025-T3 : 12,345 avec une virgule décimale ou 12\u00a0345 avec "
        "des séparateurs de milliers, et sa colonne écrit « 4,1 », ligne 2, colonne 4 avec une virgule décimale mais "
        "« 3.6 », ligne 3, colonne 4 avec un point décimal. prith ne choisit pas : précisez le format (option "
        "--number-format fr ou en, colonne number_format de sources.csv) ; la valeur n'est pas lue.");
  CHECK(errors[1]->value == "1.500");
  CHECK(read->layout().find("Nombres au format") == std::string::npos);
}

TEST_CASE("with no evidence, a count is whole: the unit settles 12,345 people, not a rate") {
  auto read = read_tables({{kLongHeader, long_row(2, "44", "DEBOE", "12,345"), long_row(3, "49", "DEBOE", "7.214"),
                            long_row(4, "53", "TAUX", "12,345"), long_row(5, "72", "DEBOE", "1,000"),
                            long_row(6, "85", "DEBOE", "812")}});
  // 1,000 people is 1 or 1000, both whole: nothing settles it.
  CHECK(read->values() == std::vector<std::pair<std::string, double>>{
                              {"44 DEBOE", 12345}, {"49 DEBOE", 7214}, {"85 DEBOE", 812}});
  auto errors = read->all(DiagnosticCode::ambiguous_number);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0]->value == "12,345");
  CHECK(errors[0]->place.line == 4);
  CHECK(errors[0]->message.find("aucune autre cellule du fichier ne montre comment il écrit ses nombres") !=
        std::string::npos);
  CHECK(errors[1]->value == "1,000");
}

TEST_CASE("a wide table: another column's decimal comma decides a column that has none") {
  auto wide = read_tables({{text_row(1, {"Département", "Trimestre", "Taux de maintien", "Demandeurs d'emploi BOE"}),
                            text_row(2, {"44", "2025-T3", "12,345", "1.204"}),
                            text_row(3, {"49", "2025-T3", "13,5", "14.178"})}});
  CHECK(wide->values() == std::vector<std::pair<std::string, double>>{
                              {"44 TAUX", 12.345}, {"44 DEBOE", 1204}, {"49 TAUX", 13.5}, {"49 DEBOE", 14178}});
  CHECK(wide->all(DiagnosticCode::ambiguous_number).empty());
}

TEST_CASE("an earlier table of the file decides for a later one that shows no decimal") {
  auto read = read_tables({{kLongHeader, long_row(2, "44", "TAUX", "3.6")},
                           {kLongHeader, long_row(2, "49", "TAUX", "12,345")}});
  CHECK(read->values() == std::vector<std::pair<std::string, double>>{{"44 TAUX", 3.6}, {"49 TAUX", 12345}});
}

TEST_CASE("a count that evidence reads as a fraction is an error, not a published 12,345 people") {
  auto read = read_tables({{kLongHeader, long_row(2, "44", "TAUX", "4,1"), long_row(3, "49", "DEBOE", "12,345")}});
  CHECK(read->values() == std::vector<std::pair<std::string, double>>{{"44 TAUX", 4.1}});
  auto errors = read->all(DiagnosticCode::fractional_count);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0]->severity == Severity::error);
  CHECK(errors[0]->value == "12,345");
}

TEST_CASE("the pilot's setting reads every cell its way and is named in the layout sentence") {
  NumberFormatSetting english{DecimalConvention::point, "option --number-format en"};
  auto read = read_tables({{kLongHeader, long_row(2, "44", "TAUX", "12,345"), long_row(3, "49", "TAUX", "3,5")}},
                          english);
  CHECK(read->values() == std::vector<std::pair<std::string, double>>{{"44 TAUX", 12345}});
  CHECK(read->all(DiagnosticCode::value_invalid).size() == 1);  // 3,5 is no English number
  CHECK(read->layout().find("Nombres lus au format anglais (option --number-format en).") != std::string::npos);

  NumberFormatSetting french{DecimalConvention::comma, "option --number-format fr"};
  auto counted = read_tables({{kLongHeader, long_row(2, "44", "DEBOE", "12,345")}}, french);
  CHECK(counted->values().empty());
  CHECK(counted->all(DiagnosticCode::fractional_count).size() == 1);
}

TEST_CASE("an ambiguous value on a total row is compared once evidence has read it") {
  auto table = [](const char* total) {
    return std::vector<RawRow>{text_row(1, {"Département", "Trimestre", "Demandeurs d'emploi BOE"}),
                               text_row(2, {"44", "2025-T3", "1.204"}), text_row(3, {"49", "2025-T3", "2.010"}),
                               text_row(4, {"Total", "2025-T3", total})};
  };
  const std::vector<RawRow> french = {kLongHeader, long_row(2, "53", "TAUX", "4,1")};
  auto agreeing = read_tables({french, table("3.214")});
  CHECK(agreeing->values() == std::vector<std::pair<std::string, double>>{
                                  {"53 TAUX", 4.1}, {"44 DEBOE", 1204}, {"49 DEBOE", 2010}});
  CHECK(agreeing->all(DiagnosticCode::total_mismatch).empty());
  auto differing = read_tables({french, table("3.215")});
  auto mismatch = differing->all(DiagnosticCode::total_mismatch);
  REQUIRE(mismatch.size() == 1);
  CHECK(mismatch[0]->place.line == 4);
}

TEST_CASE("notes stay on their observation when an ambiguous cell before them is dropped") {
  auto read = read_tables({{text_row(1, {"Département", "Trimestre", "Indicateur", "Valeur", "Commentaire"}),
                            text_row(2, {"44", "2025-T3", "TAUX", "4,1", ""}),
                            text_row(3, {"49", "2025-T3", "TAUX", "3.6", ""}),
                            text_row(4, {"53", "2025-T3", "TAUX", "1,250", "douteux"}),
                            text_row(5, {"72", "2025-T3", "TAUX", "2,5", "campagne"})}});
  REQUIRE(read->reading.observations.size() == 3);
  REQUIRE(read->reading.notes.size() == 1);
  CHECK(read->reading.notes[0].comment == "campagne");
  CHECK(read->reading.notes[0].observation == 2);
}

TEST_CASE("describe_number_format_fr names every thousands mark the column used") {
  NumberFormatEvidence evidence;
  evidence.add("14\xC2\xA0" "178,5", NumberShape::decimal_comma, SourcePlace{2, 3, ""});
  evidence.add("1 204", NumberShape::neutral, SourcePlace{3, 3, ""});
  CHECK(describe_number_format_fr(DecimalConvention::comma, evidence, "d'après « 14 178,5 »") ==
        "nombres au format français : espace ou espace insécable des milliers, virgule décimale (d'après « 14 178,5 » "
        "; option --number-format fr)");
  NumberFormatEvidence plain;
  plain.add("3.5", NumberShape::decimal_point, SourcePlace{2, 3, ""});
  CHECK(describe_number_format_fr(DecimalConvention::point, plain, "d'après « 3.5 »") ==
        "nombres au format anglais : sans séparateur des milliers, point décimal (d'après « 3.5 » ; option "
        "--number-format en)");
  CHECK(parse_number_format_option("fr") == DecimalConvention::comma);
  CHECK(parse_number_format_option("en") == DecimalConvention::point);
  CHECK(!parse_number_format_option("de").has_value());
}

TEST_CASE("issue 13's first two files, read from disk as a partner sends them") {
  test::TemporaryFolder folder;
  folder.write("anglais.csv",
               "Département|Trimestre|Indicateur|Valeur\n44|2025-T3|DEBOE|12,345\n49|2025-T3|TAUX|3.6\n"
               "53|2025-T3|TAUX|1,204,310.55\n");
  folder.write("francais.csv",
               "Département;Trimestre;Indicateur;Valeur\n44;2025-T3;TAUX;4,1 %\n49;2025-T3;TAUX;1 017 402,19 €\n"
               "53;2025-T3;DEBOE;7.214\n");
  test::Catalogues catalogues;
  MappingCatalogues mapping = catalogues.mapping();
  FileReading english = read_partner_file((folder.path() / "anglais.csv").string(), "anglais.csv", mapping);
  REQUIRE(english.observations.size() == 3);
  CHECK(english.observations[0].value == 12345);
  CHECK(english.observations[2].value == 1204310.55);
  FileReading french = read_partner_file((folder.path() / "francais.csv").string(), "francais.csv", mapping);
  REQUIRE(french.observations.size() == 3);
  CHECK(french.observations[2].value == 7214);
  for (const FileReading* reading : {&english, &french}) {
    for (const Diagnostic& d : reading->diagnostics) CHECK(d.severity == Severity::info);
  }
}
