#include "ingest/xlsx_package.h"

#include <doctest/doctest.h>

#include "ingest/zip_archive.h"
#include "xlsx_test_support.h"

namespace prith {

namespace {

std::optional<Refusal> read_package(const std::string& name, XlsxPackage& package) {
  std::unique_ptr<ZipArchive> archive;
  if (auto refusal = ZipArchive::open(test::xlsx_fixture(name), {}, archive)) return refusal;
  return read_xlsx_package(*archive, package);
}

}  // namespace

TEST_CASE("resolve_part_target: relative to the source part, never outside the package") {
  struct Case {
    const char* source;
    const char* target;
    const char* part;  // nullptr: refused
  } cases[] = {
      {"xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"},
      {"xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"},
      {"xl/workbook.xml", "./worksheets/../worksheets/sheet2.xml", "xl/worksheets/sheet2.xml"},
      {"xl/workbook.xml", "../docProps/app.xml", "docProps/app.xml"},
      {"", "xl/workbook.xml", "xl/workbook.xml"},
      {"xl/workbook.xml", "../../../etc/x", nullptr},
      {"xl/workbook.xml", "../..", nullptr},
      {"xl/workbook.xml", "http://example.com/sheet1.xml", nullptr},
      {"xl/workbook.xml", "file:///etc/passwd", nullptr},
      {"xl/workbook.xml", "C:\\x.xml", nullptr},
      {"xl/workbook.xml", "", nullptr},
  };
  for (const Case& c : cases) {
    CAPTURE(c.target);
    auto part = resolve_part_target(c.source, c.target);
    if (c.part == nullptr) {
      CHECK_FALSE(part.has_value());
    } else {
      CHECK(part.value_or("(refusé)") == c.part);
    }
  }
}

TEST_CASE("read_xlsx_package: sheets in workbook order with their states and kinds (openpyxl)") {
  XlsxPackage package;
  REQUIRE_FALSE(read_package("openpyxl/sheets.xlsx", package));
  CHECK(package.workbook_part == "xl/workbook.xml");
  CHECK_FALSE(package.date1904);
  REQUIRE(package.sheets.size() == 6);
  const char* names[] = {"Notice", "Données", "Cachée", "Graphique", "Très cachée", "Vide"};
  SheetState states[] = {SheetState::visible, SheetState::visible, SheetState::hidden,
                         SheetState::visible, SheetState::very_hidden, SheetState::visible};
  for (std::size_t i = 0; i < 6; ++i) {
    CAPTURE(i);
    CHECK(package.sheets[i].name == names[i]);
    CHECK(package.sheets[i].state == states[i]);
    CHECK(package.sheets[i].kind == (i == 3 ? SheetKind::chartsheet : SheetKind::worksheet));
  }
  CHECK(package.sheets[3].part == "xl/chartsheets/sheet1.xml");
  CHECK_FALSE(package.styles_part.empty());
}

TEST_CASE("read_xlsx_package: the 1904 date system and writer-chosen prefixes") {
  XlsxPackage package;
  REQUIRE_FALSE(read_package("handmade/prefixed.xlsx", package));
  CHECK(package.date1904);
  REQUIRE(package.sheets.size() == 1);
  CHECK(package.sheets[0].name == "Préfixes");
  CHECK(package.shared_strings_part.empty());
}

TEST_CASE("read_xlsx_package: missing parts") {
  XlsxPackage package;
  auto refusal = read_package("hostile/no_workbook.xlsx", package);
  REQUIRE(refusal);
  CHECK(refusal->code == DiagnosticCode::missing_part);
  CHECK(refusal->message ==
        "Le classeur est incomplet : il y manque la partie « xl/workbook.xml » ; réenregistrez le fichier depuis "
        "Excel ou LibreOffice.");
  refusal = read_package("hostile/missing_sheet.xlsx", package);
  REQUIRE(refusal);
  CHECK(refusal->code == DiagnosticCode::missing_part);
  CHECK(refusal->message.find("« xl/worksheets/sheet2.xml »") != std::string::npos);
  refusal = read_package("hostile/no_content_types.xlsx", package);
  REQUIRE(refusal);
  CHECK(refusal->code == DiagnosticCode::missing_part);
}

TEST_CASE("read_xlsx_package: relationships leaving the package") {
  for (const char* name : {"rels_escape", "rels_url", "rels_external", "rels_file_url", "rels_secret"}) {
    CAPTURE(name);
    XlsxPackage package;
    auto refusal = read_package(std::string("hostile/") + name + ".xlsx", package);
    REQUIRE(refusal);
    CHECK(refusal->code == DiagnosticCode::invalid_part_reference);
  }
  XlsxPackage package;
  CHECK(read_package("hostile/rels_escape.xlsx", package)->message ==
        "Le classeur renvoie à « ../../../etc/x », hors du fichier : un classeur ne doit dépendre d'aucun fichier "
        "extérieur ; le fichier est refusé.");
}

}  // namespace prith
