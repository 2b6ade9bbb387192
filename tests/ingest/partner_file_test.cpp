// Whole files, from workbooks saved by the real applications (openpyxl,
// LibreOffice; tests/ingest/make_xlsx_fixtures.py) to hostile packages:
// the observations with their cells, or the refusal and nothing else.
#include "ingest/partner_file.h"

#include <doctest/doctest.h>

#include "test_folder.h"
#include "test_support.h"

using namespace prith;

namespace {

constexpr const char* kIndicators =
    "code;label;aliases;unit;aggregation;numerator;denominator\n"
    "DEFM;Demandeurs d'emploi;DEFM;personnes;sum;;\n"
    "DEFM_BOE;Demandeurs d'emploi BOE;DEFM BOE|Dont BOE;personnes;sum;;\n"
    "PART_BOE;Part des BOE;Part;%;ratio;DEFM_BOE;DEFM\n";

struct Read {
  test::Catalogues catalogues{kIndicators};
  FileReading reading;

  explicit Read(const std::string& path) {
    REQUIRE(catalogues.diagnostics.empty());
    MappingCatalogues mapping = catalogues.mapping();
    reading = read_partner_file(path, "fichier", mapping);
  }
  std::vector<std::string> observations() const {
    std::vector<std::string> lines;
    for (const Observation& o : reading.observations) {
      SourcePlace place = reading.place_of(o);
      std::string value = o.status == ObservationStatus::ok ? shortest(o.value) : std::string(status_name(o.status));
      lines.push_back(place.sheet + "!" + place.cell() + " " + catalogues.territories.at(o.territory).code + " " +
                      o.period.to_string() + " " + catalogues.indicators.at(o.indicator).code + " " + value);
    }
    return lines;
  }
  std::vector<std::string> diagnostics() const {
    std::vector<std::string> lines;
    for (const Diagnostic& d : reading.diagnostics) {
      lines.push_back(std::string(code_name(d.code)) + " " + d.place.sheet + "!" + d.place.cell());
    }
    return lines;
  }
  static std::string shortest(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
  }
};

}  // namespace

TEST_CASE("openpyxl workbook: table at C5, merged header over dates, total row") {
  Read read(test::data_path("xlsx/openpyxl/layout.xlsx"));
  CHECK(read.reading.format == FileFormat::xlsx);
  CHECK_FALSE(read.reading.refused);
  CHECK(read.observations() == std::vector<std::string>{
                                   "Tableau!D7 01 2025-T2 DEFM_BOE 812", "Tableau!E7 01 2025-T3 DEFM_BOE 799",
                                   "Tableau!D8 03 2025-T2 DEFM_BOE 456", "Tableau!E8 03 2025-T3 DEFM_BOE 470"});
  // "Part" has no period in its header: that column alone is left out.
  CHECK(read.diagnostics() == std::vector<std::string>{"layout_detected Tableau!C5", "layout_unknown Tableau!F5",
                                                       "total_row Tableau!C9"});
}

TEST_CASE("LibreOffice workbook in the 1904 date system, with hidden, notice and empty sheets") {
  Read read(test::data_path("xlsx/libreoffice/sheets1904.xlsx"));
  CHECK(read.observations() ==
        std::vector<std::string>{"T3 2025!C2 01 2025-T3 DEFM 812", "T3 2025!C3 03 2025-T3 DEFM 456"});
  CHECK(read.diagnostics() == std::vector<std::string>{"sheet_hidden Brouillon!", "sheet_skipped Notice!",
                                                       "layout_detected T3 2025!A1", "sheet_empty Vide!"});
}

TEST_CASE("hostile packages are refused whole, with their code and nothing read") {
  for (auto [file, code] : {std::pair{"html.xlsx", "not_a_zip"}, {"truncated.xlsx", "corrupt_zip"},
                            {"bomb.xlsx", "zip_bomb"}, {"duplicate.xlsx", "zip_duplicate_entry"},
                            {"xxe_sheet_passwd.xlsx", "xml_doctype_forbidden"},
                            {"rels_escape.xlsx", "invalid_part_reference"}, {"unsafe_dotdot.xlsx",
                                                                             "zip_unsafe_entry_name"},
                            {"malformed_sheet.xlsx", "malformed_xml"}}) {
    CAPTURE(file);
    Read read(test::data_path(std::string("xlsx/hostile/") + file));
    REQUIRE(read.reading.refused);
    CHECK(code_name(read.reading.refused->code) == code);
    CHECK(read.reading.observations.empty());
    CHECK(read.reading.diagnostics.size() == 1);
  }
}

TEST_CASE("a legacy .xls is refused with the advice to re-save it") {
  Read read(test::data_path("xlsx/libreoffice/formulas.xls"));
  REQUIRE(read.reading.refused);
  CHECK(read.reading.refused->code == DiagnosticCode::unsupported_format_xls);
  CHECK(read.reading.refused->message.find(".xlsx") != std::string::npos);
}

TEST_CASE("the format comes from the bytes: a workbook named .csv is read as a workbook") {
  test::TemporaryFolder folder;
  std::string renamed = folder.write("export.csv", test::read_file(test::data_path("xlsx/libreoffice/sheets1904.xlsx")));
  CHECK(detect_format(renamed) == DetectedFormat::xlsx);
  Read read(renamed);
  CHECK(read.reading.observations.size() == 2);
}

TEST_CASE("missing files and unknown formats are refusals, not crashes") {
  test::TemporaryFolder folder;
  Read missing((folder.path() / "absent.csv").string());
  REQUIRE(missing.reading.refused);
  CHECK(missing.reading.refused->code == DiagnosticCode::file_unreadable);
  Read pdf(folder.write("rapport.pdf", "%PDF-1.4"));
  REQUIRE(pdf.reading.refused);
  CHECK(pdf.reading.refused->code == DiagnosticCode::unsupported_format);
}

TEST_CASE("partner files are found in any sub-folder, in a stable order, without hidden or lock files") {
  test::TemporaryFolder folder;
  folder.write("exports/b/deux.csv", "x");
  folder.write("exports/a/sous/un.xlsx", "x");
  folder.write("exports/.cache/trois.csv", "x");
  folder.write("exports/a/.~lock.un.xlsx#", "x");
  folder.write("exports/README.md", "x");
  std::vector<std::string> files = find_partner_files((folder.path() / "exports").string());
  REQUIRE(files.size() == 2);
  CHECK(files[0].ends_with("exports/a/sous/un.xlsx"));
  CHECK(files[1].ends_with("exports/b/deux.csv"));
}

TEST_CASE("issue 13, case 3: labels with spaces, commas and parentheses do not make the space the delimiter") {
  test::TemporaryFolder folder;
  const std::string label = "Bénéficiaires de l'OETH inscrits (cat. A, B, C)";
  std::string path = folder.write("oeth.csv", "Département;Trimestre;Indicateur;Valeur\n"
                                              "Loire-Atlantique;2025-T3;" + label + ";1 204\n"
                                              "Maine-et-Loire;2025-T3;" + label + ";845\n"
                                              "Mayenne;2025-T3;" + label + ";s\n");
  test::Catalogues catalogues(std::string(test::kTestIndicators) +
                              "OETH;Bénéficiaires de l'OETH inscrits;" + label + ";personnes;sum;;\n");
  REQUIRE(catalogues.diagnostics.empty());
  FileReading reading = read_partner_file(path, "oeth.csv", catalogues.mapping());
  REQUIRE_FALSE(reading.refused);
  REQUIRE(reading.observations.size() == 3);
  CHECK(reading.observations[0].value == 1204);
  CHECK(reading.observations[1].value == 845);
  CHECK(reading.observations[2].status == ObservationStatus::confidential);
  CHECK(catalogues.indicators.at(reading.observations[0].indicator).code == "OETH");
  REQUIRE_FALSE(reading.diagnostics.empty());
  CHECK(reading.diagnostics[0].code == DiagnosticCode::dialect_detected);
  CHECK(reading.diagnostics[0].message.find("séparateur « ; »") != std::string::npos);
  CHECK(reading.diagnostics[0].message.find("4 colonnes") != std::string::npos);
  for (const Diagnostic& d : reading.diagnostics) CHECK(d.severity == Severity::info);
}
