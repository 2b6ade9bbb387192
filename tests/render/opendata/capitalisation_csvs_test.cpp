// The capitalisation's open data: one line per practice and per action, the
// experiments' results in long form with "s" for a secret cell (never its
// value), and the columns datapackage.json describes.
#include "render/opendata/capitalisation_csvs.h"

#include <doctest/doctest.h>

#include <sstream>

#include "../capitalisation_sample.h"
#include "render/opendata/datapackage.h"

using namespace prith;

namespace {

std::vector<std::string> lines_of(const std::string& csv) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = csv.find("\r\n", start)) != std::string::npos; start = end + 2)
    lines.push_back(csv.substr(start, end - start));
  return lines;
}

}  // namespace

TEST_CASE("pratiques.csv: a header of the described columns, one line per practice") {
  test::CapitalisationSample sample;
  std::vector<std::string> lines = lines_of(practices_csv(sample.content));
  REQUIRE(lines.size() == 5);
  std::string header;
  for (const DataColumn& column : practices_file().columns) header += (header.empty() ? "" : ",") + column.name;
  CHECK(lines[0] == header);
  CHECK(lines[1].rfind("p1-reperage-44,Repérage partagé,44|53,reperage,Repérage,outil,demandeurs-d-emploi,"
                       "Cap emploi 44,",
                       0) == 0);
}

TEST_CASE("plans-d-action.csv: the late action says oui, its progress is a plain number") {
  test::CapitalisationSample sample;
  std::vector<std::string> lines = lines_of(action_plans_csv(sample.content));
  REQUIRE(lines.size() == 3);
  CHECK(lines[1] == "44,interconnaissance,Interconnaissance des acteurs,A1,Annuaire des acteurs,DREETS,,en-cours,,"
                    "2026-06-30,,,40,INSCRITS,,oui,non");
  CHECK(lines[2].find(",100,INSCRITS,2026-01-10,non,oui") != std::string::npos);
}

TEST_CASE("experimentations.csv: results in long form, secret cells s and their value nowhere") {
  test::CapitalisationSample sample;
  std::string csv = experiments_csv(sample.content);
  std::vector<std::string> lines = lines_of(csv);
  CHECK(lines[0] == "experimentation,titre,periode,mesure,valeur,statut");
  CHECK(csv.find("exp-a,Expérimentation A,2025-T1,entrees,12,\r\n") != std::string::npos);
  CHECK(csv.find("exp-a,Expérimentation A,2025-T2,entrees,s,secret\r\n") != std::string::npos);
  CHECK(csv.find(",entrees,3,") == std::string::npos);
  // The cumulative entries stop at the secret quarter: 12 + 3 + 14 would give the 3 back.
  CHECK(csv.find("exp-a,Expérimentation A,2025-T1,entrees_cumulees,12,\r\n") != std::string::npos);
  CHECK(csv.find(",entrees_cumulees,15,") == std::string::npos);
  CHECK(csv.find(",entrees_cumulees,29,") == std::string::npos);
}

TEST_CASE("the three files are written and datapackage.json describes them") {
  test::CapitalisationSample sample;
  OutputFolder out(sample.folder.path() / "site");
  std::vector<DataFile> files = write_capitalisation_data(sample.content, out);
  REQUIRE(files.size() == 3);
  CHECK(test::read_file((out.root() / "donnees/pratiques.csv").string()) == practices_csv(sample.content));
  write_datapackage(files, *sample.project, out);
  std::string package = test::read_file((out.root() / "donnees/datapackage.json").string());
  CHECK(package.find("experimentations.csv") != std::string::npos);
  CHECK(package.find("mise_a_jour_ancienne") != std::string::npos);
}
