// The reading fingerprint: it changes with what the reading depended on
// (catalogues, région, reader version), and only with that.
#include "store/reading_fingerprint.h"

#include <doctest/doctest.h>

#include <fstream>

#include "store/store_test_project.h"

using namespace prith;

namespace {

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << text;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(file), {});
}

}  // namespace

TEST_CASE("the fingerprint follows the catalogues and the région, not the exports") {
  test::StoreProject project;
  std::string first = reading_fingerprint(*project.load());
  CHECK(first.size() == 64);
  CHECK(reading_fingerprint(*project.load()) == first);
  project.write_export("france-travail/deboe.csv", test::long_csv("44;2025T3;DEBOE;1250;\n"));
  CHECK(reading_fingerprint(*project.load()) == first);  // exports are not part of it

  std::filesystem::path indicators = project.root() / "indicators.csv";
  std::string catalogue = read_text(indicators);
  write_file(indicators, catalogue + "\n");
  std::string with_alias = reading_fingerprint(*project.load());
  CHECK(with_alias != first);
  write_file(indicators, catalogue);
  CHECK(reading_fingerprint(*project.load()) == first);

  std::filesystem::path settings = project.root() / "prith.ini";
  std::string ini = read_text(settings);
  REQUIRE(ini.find("region = 52") != std::string::npos);
  write_file(settings, std::string(ini).replace(ini.find("region = 52"), 11, "region = 53"));
  CHECK(reading_fingerprint(*project.load()) != first);
  write_file(settings, ini);

  // A project without territories.csv reads with the embedded default: the
  // same fingerprint as the default written out; another list differs.
  std::filesystem::path territories = project.root() / "territories.csv";
  if (std::filesystem::exists(territories)) std::filesystem::remove(territories);
  std::string without = reading_fingerprint(*project.load());
  write_file(territories, embedded_files().at("territories.csv"));
  CHECK(reading_fingerprint(*project.load()) == without);
  write_file(territories, embedded_files().at("territories.csv") + "\n");
  CHECK(reading_fingerprint(*project.load()) != without);
}

TEST_CASE("the fingerprint follows former_departements.csv, embedded or the project's own") {
  test::StoreProject project;
  std::filesystem::path former = project.root() / "former_departements.csv";
  if (std::filesystem::exists(former)) std::filesystem::remove(former);
  const std::string without = reading_fingerprint(*project.load());
  const std::string embedded = embedded_files().at("former_departements.csv");
  REQUIRE(embedded.find("Côtes-du-Nord;22;1990;") != std::string::npos);
  write_file(former, embedded);
  CHECK(reading_fingerprint(*project.load()) == without);
  // One more former name: the same exports may now read otherwise.
  write_file(former, embedded + "Meurthe;54,57;1871;\"loi du 7 septembre 1871\"\n");
  CHECK(reading_fingerprint(*project.load()) != without);
}
