// dc:language added to core.xml of a closed workbook: the zip stays valid
// (every other entry's bytes copied), and a file that is not the zip
// libxlsxwriter writes is refused and left as it was.
#include <doctest/doctest.h>

#include <memory>

#include "ingest/zip_archive.h"
#include "render/excel/document_language.h"
#include "render/excel/workbook_writer.h"
#include "test_folder.h"
#include "test_support.h"

using namespace prith;

namespace {

std::string entry_text(const std::string& path, const std::string& name) {
  std::unique_ptr<ZipArchive> archive;
  REQUIRE_FALSE(ZipArchive::open(path, ZipLimits{}, archive));
  const ZipEntry* entry = archive->find(name);
  REQUIRE(entry);
  std::string text;
  REQUIRE_FALSE(archive->read_all(*entry, text));
  return text;
}

WorkbookDescription one_sheet() {
  WorkbookDescription workbook;
  workbook.title = "Essai";
  workbook.created = "2026-11-15";
  SheetDescription sheet;
  sheet.name = "Feuille";
  sheet.table_name = "Tableau_Essai";
  sheet.columns = {{"Effectif", CellFormat::integer}};
  sheet.rows.push_back({SheetCell::of_number(12, CellFormat::integer)});
  workbook.sheets.push_back(sheet);
  return workbook;
}

}  // namespace

TEST_CASE("document language: core.xml says fr-FR, the other parts are unchanged") {
  test::TemporaryFolder folder;
  std::string error;
  const std::string path = (folder.path() / "essai.xlsx").string();
  REQUIRE_MESSAGE(write_workbook(one_sheet(), path, error), error);
  std::string core = entry_text(path, "docProps/core.xml");
  CHECK(core.find("<dc:title>Essai</dc:title>") != std::string::npos);
  CHECK(core.find("<dc:language>fr-FR</dc:language></cp:coreProperties>") != std::string::npos);
  CHECK(entry_text(path, "xl/worksheets/sheet1.xml").find("<v>12</v>") != std::string::npos);
}

TEST_CASE("document language: a file that is no such zip is refused and left as it was") {
  test::TemporaryFolder folder;
  for (const std::string& contents : {std::string("pas un zip"), std::string(), std::string(30, '\0')}) {
    std::string path = folder.write("faux.xlsx", contents);
    std::string error;
    CHECK_FALSE(set_document_language(path, "fr-FR", error));
    CHECK(error.find("langue du document non écrite") != std::string::npos);
    CHECK(test::read_file(path) == contents);
  }
}
