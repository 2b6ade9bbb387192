#include "ingest/xlsx_shared_strings.h"

#include <doctest/doctest.h>

#include "ingest/zip_archive.h"
#include "xlsx_test_support.h"

namespace prith {

TEST_CASE("decode_ooxml_escapes") {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"ligne_x000D_suivante", "ligne\rsuivante"},
      {"_x0041__x00E9_", "A\xC3\xA9"},
      {"_x12_", "_x12_"},           // too short: kept
      {"_xZZZZ_", "_xZZZZ_"},       // not hex: kept
      {"code_x", "code_x"},
      {"sans échappement", "sans échappement"},
  };
  for (const Case& c : cases) {
    std::string text = c.in;
    decode_ooxml_escapes(text);
    CHECK(text == c.out);
  }
}

TEST_CASE("read_xlsx_shared_strings: runs concatenated, phonetic runs left out, spaces kept") {
  std::unique_ptr<ZipArchive> archive;
  REQUIRE_FALSE(ZipArchive::open(test::xlsx_fixture("handmade/strings.xlsx"), {}, archive));
  const ZipEntry* entry = archive->find("xl/sharedStrings.xml");
  REQUIRE(entry != nullptr);
  XlsxSharedStrings strings;
  REQUIRE_FALSE(read_xlsx_shared_strings(*archive, *entry, strings));
  REQUIRE(strings.size() == 5);
  CHECK(strings.at(0) == "Territoire");
  CHECK(strings.at(1) == "Demandeurs BOE");
  CHECK(strings.at(2) == "東京");
  CHECK(strings.at(3) == "  Ain ");
  CHECK(strings.at(4) == "ligne\rsuivante");
}

}  // namespace prith
