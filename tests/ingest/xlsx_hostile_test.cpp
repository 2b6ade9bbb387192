// Workbooks from anywhere: every hostile package is refused with its code,
// nothing outside the package is opened, and every truncation or corruption
// of a valid workbook reads or is refused cleanly.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "ingest/xlsx_reader.h"
#include "xlsx_test_support.h"

namespace prith {

using test::read_xlsx;
using test::xlsx_fixture;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void spill(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::size_t open_descriptors() {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++count;
  return count;
}

// A read that ends well or with a refusal, never with unbalanced tables.
void check_clean(const test::XlsxReading& reading, const std::set<DiagnosticCode>& allowed) {
  if (reading.refusal) {
    CHECK(allowed.count(reading.refusal->code) == 1);
    CHECK_FALSE(reading.refusal->message.empty());
  } else {
    for (const auto& table : reading.sink.tables) CHECK(table.ended);
  }
}

}  // namespace

TEST_CASE("read_xlsx_file: each hostile package gets its refusal code") {
  struct Case {
    const char* file;
    DiagnosticCode code;
  } cases[] = {
      {"hostile/html.xlsx", DiagnosticCode::not_a_zip},
      {"hostile/text.xlsx", DiagnosticCode::not_a_zip},
      {"hostile/empty.xlsx", DiagnosticCode::not_a_zip},
      {"libreoffice/formulas.xls", DiagnosticCode::unsupported_format_xls},
      {"hostile/encrypted_ooxml.xlsx", DiagnosticCode::unsupported_zip_feature},
      {"hostile/truncated.xlsx", DiagnosticCode::corrupt_zip},
      {"hostile/no_end_of_directory.xlsx", DiagnosticCode::corrupt_zip},
      {"hostile/bad_local_header.xlsx", DiagnosticCode::corrupt_zip},
      {"hostile/crc_mismatch.xlsx", DiagnosticCode::corrupt_zip},
      {"hostile/bomb.xlsx", DiagnosticCode::zip_bomb},
      {"hostile/size_lie.xlsx", DiagnosticCode::zip_bomb},
      {"hostile/many_entries.xlsx", DiagnosticCode::zip_too_many_entries},
      {"hostile/duplicate.xlsx", DiagnosticCode::zip_duplicate_entry},
      {"hostile/duplicate_case.xlsx", DiagnosticCode::zip_duplicate_entry},
      {"hostile/unsafe_dotdot.xlsx", DiagnosticCode::zip_unsafe_entry_name},
      {"hostile/unsafe_absolute.xlsx", DiagnosticCode::zip_unsafe_entry_name},
      {"hostile/unsafe_drive.xlsx", DiagnosticCode::zip_unsafe_entry_name},
      {"hostile/unsafe_nul.xlsx", DiagnosticCode::zip_unsafe_entry_name},
      {"hostile/xxe_workbook.xlsx", DiagnosticCode::xml_doctype_forbidden},
      {"hostile/xxe_sheet_passwd.xlsx", DiagnosticCode::xml_doctype_forbidden},
      {"hostile/billion_laughs.xlsx", DiagnosticCode::xml_doctype_forbidden},
      {"hostile/doctype_content_types.xlsx", DiagnosticCode::xml_doctype_forbidden},
      {"hostile/malformed_sheet.xlsx", DiagnosticCode::malformed_xml},
      {"hostile/malformed_workbook.xlsx", DiagnosticCode::malformed_xml},
      {"hostile/no_workbook.xlsx", DiagnosticCode::missing_part},
      {"hostile/xlsb_renamed.xlsx", DiagnosticCode::unsupported_format},
      {"hostile/missing_sheet.xlsx", DiagnosticCode::missing_part},
      {"hostile/rels_escape.xlsx", DiagnosticCode::invalid_part_reference},
      {"hostile/rels_url.xlsx", DiagnosticCode::invalid_part_reference},
      {"hostile/rels_external.xlsx", DiagnosticCode::invalid_part_reference},
      {"hostile/rels_file_url.xlsx", DiagnosticCode::invalid_part_reference},
      {"hostile/rels_secret.xlsx", DiagnosticCode::invalid_part_reference},
      {"hostile/huge_cell.xlsx", DiagnosticCode::entry_too_large},
      {"hostile/huge_tag.xlsx", DiagnosticCode::entry_too_large},
      {"hostile/many_sheets.xlsx", DiagnosticCode::entry_too_large},
      {"hostile/many_relationships.xlsx", DiagnosticCode::entry_too_large},
      {"hostile/repeated_cells.xlsx", DiagnosticCode::malformed_xml},
      {"hostile/encrypted_entry.xlsx", DiagnosticCode::unsupported_zip_feature},
      {"hostile/bzip2_entry.xlsx", DiagnosticCode::unsupported_zip_feature},
  };
  // Several packages point at secret.txt (external entity, relationship
  // target): it must never be opened, and no descriptor may leak.
  test::OpenWatch watch(xlsx_fixture("hostile/secret.txt"));
  REQUIRE(watch.armed());
  const std::size_t descriptors = open_descriptors();
  for (const Case& c : cases) {
    CAPTURE(c.file);
    auto reading = read_xlsx(xlsx_fixture(c.file));
    REQUIRE(reading.refusal);
    CHECK(code_name(reading.refusal->code) == code_name(c.code));
  }
  CHECK_FALSE(watch.opened());
  CHECK(open_descriptors() == descriptors);
  CHECK_FALSE(read_xlsx(xlsx_fixture("hostile/valid.xlsx")).refusal);
}

TEST_CASE("read_xlsx_file: content out of all proportion is refused, not held in memory") {
  auto reading = read_xlsx(xlsx_fixture("hostile/huge_cell.xlsx"));
  REQUIRE(reading.refusal);
  CHECK(reading.refusal->message ==
        "La feuille « Feuil1 » contient une cellule de plus de 1 Mo (ligne 1) : ce n'est pas un classeur "
        "ordinaire, le fichier est refusé.");
  reading = read_xlsx(xlsx_fixture("hostile/huge_tag.xlsx"));
  REQUIRE(reading.refusal);
  CHECK(reading.refusal->message ==
        "La partie « xl/worksheets/sheet1.xml » contient un élément XML démesuré (plus de 32 Mo à garder en "
        "mémoire d'un coup) : ce n'est pas un classeur ordinaire, le fichier est refusé.");
  reading = read_xlsx(xlsx_fixture("hostile/many_sheets.xlsx"));
  REQUIRE(reading.refusal);
  CHECK(reading.refusal->message ==
        "Le classeur déclare plus de 10000 feuilles : ce n'est pas un classeur ordinaire, le fichier est refusé.");
}

TEST_CASE("read_xlsx_file: 250 cached errors make 100 detailed diagnostics and one summary") {
  auto reading = read_xlsx(xlsx_fixture("hostile/many_errors.xlsx"));
  REQUIRE_FALSE(reading.refusal);
  CHECK(reading.sink.tables.at(0).cell_count() == 500);  // every cell still goes through
  auto errors = reading.with_code(DiagnosticCode::formula_error);
  REQUIRE(errors.size() == 101);
  CHECK(errors[99]->place.cell() == "B100");
  const Diagnostic& summary = *errors[100];
  CHECK(summary.place.sheet == "Feuil1");
  CHECK(summary.place.cell().empty());
  CHECK(summary.value == "150");
  CHECK(summary.message ==
        "La feuille « Feuil1 » compte 150 autres cellules dans le même cas (formula_error) ; seules les 100 "
        "premières sont détaillées.");
}

TEST_CASE("OpenWatch, the tests' witness, does see an open") {
  const std::string secret = xlsx_fixture("hostile/secret.txt");
  test::OpenWatch watch(secret);
  REQUIRE(watch.armed());
  CHECK_FALSE(watch.opened());
  CHECK(slurp(secret) == "SECRET-CONTENT\n");
  CHECK(watch.opened());
}

TEST_CASE("read_xlsx_file: no entity is resolved, no file outside the package is opened") {
  const std::string secret = xlsx_fixture("hostile/secret.txt");
  test::OpenWatch watch(secret);
  REQUIRE(watch.armed());
  auto reading = read_xlsx(xlsx_fixture("hostile/xxe_workbook.xlsx"));
  REQUIRE(reading.refusal);
  CHECK(reading.refusal->code == DiagnosticCode::xml_doctype_forbidden);
  CHECK(reading.refusal->message ==
        "La partie « xl/workbook.xml » contient une déclaration DOCTYPE, interdite dans un classeur (elle "
        "pourrait faire lire des fichiers extérieurs) : le fichier est refusé.");
  CHECK(reading.sink.tables.empty());
  CHECK_FALSE(watch.opened());

  reading = read_xlsx(xlsx_fixture("hostile/xxe_sheet_passwd.xlsx"));
  REQUIRE(reading.refusal);
  for (const auto& table : reading.sink.tables) {
    for (const auto& row : table.rows) {
      for (const auto& cell : row.cells) CHECK(cell.text.find("root:") == std::string::npos);
    }
  }
}

TEST_CASE("read_xlsx_file: every truncation of a workbook is a clean refusal") {
  for (const char* name : {"openpyxl/cells.xlsx", "hostile/valid.xlsx"}) {
    const std::string bytes = slurp(xlsx_fixture(name));
    REQUIRE(bytes.size() > 1000);
    const std::string cut = xlsx_fixture("hostile/cut.tmp.xlsx");
    for (std::size_t size = 0; size < bytes.size(); ++size) {
      spill(cut, std::string_view(bytes).substr(0, size));
      auto reading = read_xlsx(cut);
      CAPTURE(size);
      REQUIRE(reading.refusal);
      check_clean(reading, {DiagnosticCode::corrupt_zip, DiagnosticCode::not_a_zip});
    }
    std::remove(cut.c_str());
  }
}

TEST_CASE("read_xlsx_file: every corrupted byte of a workbook reads or is refused cleanly") {
  const std::set<DiagnosticCode> allowed = {
      DiagnosticCode::not_a_zip,          DiagnosticCode::corrupt_zip,
      DiagnosticCode::zip_bomb,           DiagnosticCode::entry_too_large,
      DiagnosticCode::zip_too_many_entries, DiagnosticCode::zip_duplicate_entry,
      DiagnosticCode::zip_unsafe_entry_name, DiagnosticCode::unsupported_zip_feature,
      DiagnosticCode::xml_doctype_forbidden, DiagnosticCode::malformed_xml,
      DiagnosticCode::missing_part,       DiagnosticCode::invalid_part_reference,
      DiagnosticCode::unsupported_format, DiagnosticCode::unsupported_format_xls,
  };
  const std::string bytes = slurp(xlsx_fixture("hostile/valid.xlsx"));
  const std::string bent = xlsx_fixture("hostile/bent.tmp.xlsx");
  std::size_t refused = 0, read = 0;
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    for (unsigned char mask : {0x01, 0x80, 0xFF}) {
      std::string copy = bytes;
      copy[at] = static_cast<char>(copy[at] ^ mask);
      spill(bent, copy);
      auto reading = read_xlsx(bent);
      CAPTURE(at);
      check_clean(reading, allowed);
      ++(reading.refusal ? refused : read);
    }
  }
  std::remove(bent.c_str());
  // Most flips are caught (CRC, headers); a few land in ignored bytes.
  CHECK(refused > read);
}

}  // namespace prith
