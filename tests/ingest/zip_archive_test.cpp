#include "ingest/zip_archive.h"

#include <doctest/doctest.h>

#include "xlsx_test_support.h"

namespace prith {

namespace {

std::optional<Refusal> open_fixture(const std::string& name, std::unique_ptr<ZipArchive>& archive,
                                    const ZipLimits& limits = {}) {
  return ZipArchive::open(test::xlsx_fixture(name), limits, archive);
}

// Opens and inflates every entry: the refusal, if any, of the whole archive.
std::optional<Refusal> read_everything(const std::string& name, const ZipLimits& limits = {}) {
  std::unique_ptr<ZipArchive> archive;
  if (auto refusal = open_fixture(name, archive, limits)) return refusal;
  for (const ZipEntry& entry : archive->entries()) {
    auto refusal = archive->stream(entry, limits.max_entry_bytes, [](std::string_view) {
      return std::optional<Refusal>{};
    });
    if (refusal) return refusal;
  }
  return std::nullopt;
}

DiagnosticCode code_of(const std::optional<Refusal>& refusal) {
  REQUIRE(refusal);
  return refusal->code;
}

}  // namespace

TEST_CASE("ZipArchive: lists entries from the central directory and finds them case-insensitively") {
  std::unique_ptr<ZipArchive> archive;
  REQUIRE_FALSE(open_fixture("hostile/valid.xlsx", archive));
  REQUIRE(archive->entries().size() == 5);
  CHECK(archive->entries()[0].name == "[Content_Types].xml");
  const ZipEntry* sheet = archive->find("/XL/worksheets/SHEET1.xml");
  REQUIRE(sheet != nullptr);
  CHECK(sheet->name == "xl/worksheets/sheet1.xml");
  std::string xml;
  REQUIRE_FALSE(archive->read_all(*sheet, xml));
  CHECK(xml.find("<c r=\"B1\"><v>42</v></c>") != std::string::npos);
  CHECK(archive->find("xl/absent.xml") == nullptr);
}

TEST_CASE("ZipArchive: what is not a ZIP") {
  std::unique_ptr<ZipArchive> archive;
  auto refusal = open_fixture("hostile/html.xlsx", archive);
  CHECK(code_of(refusal) == DiagnosticCode::not_a_zip);
  CHECK(refusal->message ==
        "Le fichier n'est pas un classeur .xlsx (ce n'est pas une archive ZIP) : vérifiez qu'il n'a pas été "
        "renommé depuis un autre format (HTML, CSV, texte).");
  CHECK(code_of(open_fixture("hostile/text.xlsx", archive)) == DiagnosticCode::not_a_zip);
  CHECK(code_of(open_fixture("hostile/empty.xlsx", archive)) == DiagnosticCode::not_a_zip);
  CHECK(archive == nullptr);
}

TEST_CASE("ZipArchive: OLE2 files, legacy .xls or password-protected OOXML") {
  std::unique_ptr<ZipArchive> archive;
  auto refusal = open_fixture("libreoffice/formulas.xls", archive);
  CHECK(code_of(refusal) == DiagnosticCode::unsupported_format_xls);
  CHECK(refusal->message ==
        "Le fichier est un classeur Excel 97-2003 (.xls), format non pris en charge : ouvrez-le dans Excel ou "
        "LibreOffice et enregistrez-le au format .xlsx.");
  refusal = open_fixture("hostile/encrypted_ooxml.xlsx", archive);
  CHECK(code_of(refusal) == DiagnosticCode::unsupported_zip_feature);
  CHECK(refusal->message.find("protégé par un mot de passe") != std::string::npos);
}

TEST_CASE("ZipArchive: damaged archives are corrupt_zip") {
  for (const char* name : {"hostile/truncated.xlsx", "hostile/no_end_of_directory.xlsx",
                           "hostile/bad_local_header.xlsx", "hostile/crc_mismatch.xlsx"}) {
    CAPTURE(name);
    CHECK(code_of(read_everything(name)) == DiagnosticCode::corrupt_zip);
  }
  CHECK(read_everything("hostile/truncated.xlsx")->message ==
        "Le fichier est une archive ZIP endommagée (fin du répertoire central introuvable) : il a peut-être été "
        "tronqué pendant un envoi ; demandez-en une nouvelle copie.");
  CHECK(read_everything("hostile/crc_mismatch.xlsx")->message.find(
            "somme de contrôle de « xl/worksheets/sheet1.xml » fausse") != std::string::npos);
}

TEST_CASE("ZipArchive: a deflate bomb is refused before it is inflated") {
  auto refusal = read_everything("hostile/bomb.xlsx");
  CHECK(code_of(refusal) == DiagnosticCode::zip_bomb);
  CHECK(refusal->message ==
        "La partie « xl/worksheets/sheet1.xml » annonce un taux de compression démesuré (bombe de "
        "décompression) : le fichier est refusé.");
}

TEST_CASE("ZipArchive: output is counted, not taken from the size fields") {
  // 1 GiB of zeros declared as 4 KiB: inflate stops at the first chunk past it.
  auto refusal = read_everything("hostile/size_lie.xlsx");
  CHECK(code_of(refusal) == DiagnosticCode::zip_bomb);
  CHECK(refusal->message.find("produit plus d'octets que sa taille annoncée") != std::string::npos);

  ZipLimits limits;
  limits.max_entry_bytes = 1 << 20;
  CHECK(code_of(read_everything("hostile/big_sheet.xlsx", limits)) == DiagnosticCode::entry_too_large);
  limits = ZipLimits{};
  limits.max_ratio = 2;  // big_sheet's XML deflates about 8:1
  CHECK(code_of(read_everything("hostile/big_sheet.xlsx", limits)) == DiagnosticCode::zip_bomb);
  limits = ZipLimits{};
  limits.max_total_bytes = 1 << 20;
  limits.max_entry_bytes = 1ull << 30;
  CHECK(code_of(read_everything("hostile/big_sheet.xlsx", limits)) == DiagnosticCode::zip_bomb);
  CHECK_FALSE(read_everything("hostile/big_sheet.xlsx"));
}

TEST_CASE("ZipArchive: read_all keeps to the buffered-part limit") {
  std::unique_ptr<ZipArchive> archive;
  ZipLimits limits;
  limits.max_buffered_part_bytes = 1000;
  REQUIRE_FALSE(open_fixture("hostile/big_sheet.xlsx", archive, limits));
  std::string xml;
  auto refusal = archive->read_all(*archive->find("xl/worksheets/sheet1.xml"), xml);
  CHECK(code_of(refusal) == DiagnosticCode::entry_too_large);
}

TEST_CASE("ZipArchive: too many entries") {
  std::unique_ptr<ZipArchive> archive;
  auto refusal = open_fixture("hostile/many_entries.xlsx", archive);
  CHECK(code_of(refusal) == DiagnosticCode::zip_too_many_entries);
  CHECK(refusal->message ==
        "L'archive contient 10001 entrées, au-delà de la limite de 10000 : ce n'est pas un classeur ordinaire.");
}

TEST_CASE("ZipArchive: two entries with one name, in any case, are refused") {
  std::unique_ptr<ZipArchive> archive;
  auto refusal = open_fixture("hostile/duplicate.xlsx", archive);
  CHECK(code_of(refusal) == DiagnosticCode::zip_duplicate_entry);
  CHECK(refusal->message ==
        "L'archive contient deux entrées nommées « xl/worksheets/sheet1.xml » : impossible de savoir laquelle "
        "lire, le fichier est refusé.");
  CHECK(code_of(open_fixture("hostile/duplicate_case.xlsx", archive)) == DiagnosticCode::zip_duplicate_entry);
}

TEST_CASE("ZipArchive: unsafe entry names") {
  std::unique_ptr<ZipArchive> archive;
  for (const char* name : {"dotdot", "absolute", "drive", "drive_slash", "backslash", "nul", "inner_dotdot"}) {
    CAPTURE(name);
    auto refusal = open_fixture(std::string("hostile/unsafe_") + name + ".xlsx", archive);
    CHECK(code_of(refusal) == DiagnosticCode::zip_unsafe_entry_name);
  }
  CHECK(open_fixture("hostile/unsafe_dotdot.xlsx", archive)->message ==
        "L'archive contient une entrée au nom dangereux « ../evil » (remontée « .. ») : le fichier est refusé.");
  CHECK(open_fixture("hostile/unsafe_drive_slash.xlsx", archive)->message ==
        "L'archive contient une entrée au nom dangereux « C:/x » (lettre de lecteur) : le fichier est refusé.");
}

TEST_CASE("ZipArchive: encrypted entries and unknown compression methods") {
  std::unique_ptr<ZipArchive> archive;
  CHECK(code_of(open_fixture("hostile/encrypted_entry.xlsx", archive)) == DiagnosticCode::unsupported_zip_feature);
  auto refusal = open_fixture("hostile/bzip2_entry.xlsx", archive);
  CHECK(code_of(refusal) == DiagnosticCode::unsupported_zip_feature);
  CHECK(refusal->message ==
        "L'entrée « xl/worksheets/sheet1.xml » utilise la méthode de compression 12 (seules « stockée » et "
        "« deflate » sont prises en charge) : réenregistrez le classeur depuis Excel ou LibreOffice.");
}

}  // namespace prith
