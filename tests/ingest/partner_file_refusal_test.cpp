// One file can never stop the others: whatever goes wrong while reading it
// becomes the refusal of that file alone, with nothing of it kept.
#include <doctest/doctest.h>

#include <filesystem>
#include <new>
#include <stdexcept>

#include "ingest/partner_file.h"
#include "test_folder.h"
#include "test_support.h"

using namespace prith;

TEST_CASE("read_guarded passes on what the reading returns") {
  CHECK_FALSE(read_guarded([] { return std::optional<Refusal>(); }));
  auto refused = read_guarded([] { return std::optional<Refusal>(Refusal{DiagnosticCode::empty_file, "vide"}); });
  REQUIRE(refused);
  CHECK(refused->code == DiagnosticCode::empty_file);
  CHECK(refused->message == "vide");
}

TEST_CASE("read_guarded turns exhausted memory into a refusal of the file") {
  auto refused = read_guarded([]() -> std::optional<Refusal> { throw std::bad_alloc(); });
  REQUIRE(refused);
  CHECK(refused->code == DiagnosticCode::file_too_large);
  CHECK(refused->message ==
        "La mémoire a manqué pour lire ce fichier : il est écarté, les autres fichiers sont lus. "
        "Découpez l'export ou demandez-le au partenaire sous une autre forme.");
}

TEST_CASE("read_guarded turns a file system error into a refusal of the file") {
  auto refused = read_guarded([]() -> std::optional<Refusal> {
    throw std::filesystem::filesystem_error("gone", std::make_error_code(std::errc::io_error));
  });
  REQUIRE(refused);
  CHECK(refused->code == DiagnosticCode::file_unreadable);
  CHECK(refused->message ==
        "Le système de fichiers a interrompu la lecture du fichier : il est écarté, les autres fichiers sont "
        "lus. Vérifiez qu'il est bien présent et lisible.");
}

TEST_CASE("read_guarded turns any other exception into a refusal of the file") {
  for (int kind = 0; kind < 2; ++kind) {
    auto refused = read_guarded([kind]() -> std::optional<Refusal> {
      if (kind == 0) throw std::runtime_error("boom");
      throw 42;
    });
    REQUIRE(refused);
    CHECK(refused->code == DiagnosticCode::file_unreadable);
    CHECK(refused->message ==
          "Une erreur inattendue a interrompu la lecture du fichier : il est écarté, les autres fichiers sont "
          "lus. Signalez-la avec ce fichier.");
  }
}

TEST_CASE("a CSV of one 20 MB line is refused, and the next file is read") {
  test::TemporaryFolder folder;
  std::string giant = folder.write("giant.csv", std::string(20u << 20, 'x'));
  std::string good = folder.write("good.csv", "Territoire;Période;Placements\n44;2025-T3;812\n");
  test::Catalogues catalogues;
  REQUIRE(catalogues.diagnostics.empty());
  MappingCatalogues mapping = catalogues.mapping();
  FileReading refused = read_partner_file(giant, "giant.csv", mapping);
  REQUIRE(refused.refused);
  CHECK(refused.refused->code == DiagnosticCode::record_too_large);
  CHECK(refused.observations.empty());
  CHECK(count_by_severity(refused.diagnostics).errors == 1);
  FileReading read = read_partner_file(good, "good.csv", mapping);
  CHECK_FALSE(read.refused);
  CHECK(read.observations.size() == 1);
}

TEST_CASE("a LibreOffice .ods among the exports is refused as unsupported, not as a broken Excel file") {
  test::TemporaryFolder folder;
  std::string flat = folder.write("export.ods", "<?xml version=\"1.0\"?><office:document/>");
  CHECK(detect_format(flat) == DetectedFormat::xlsx);  // the workbook reader explains
  test::Catalogues catalogues;
  MappingCatalogues mapping = catalogues.mapping();
  for (const std::string& path : {test::data_path("xlsx/libreoffice/formulas.ods"), flat}) {
    CAPTURE(path);
    FileReading read = read_partner_file(path, "export.ods", mapping);
    REQUIRE(read.refused);
    CHECK(read.refused->code == DiagnosticCode::unsupported_format);
    CHECK(read.refused->message.find("LibreOffice Calc") != std::string::npos);
    CHECK(read.observations.empty());
  }
}
