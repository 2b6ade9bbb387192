#include "render/opendata/datapackage.h"

#include <doctest/doctest.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <map>
#include <regex>
#include <set>
#include <stdexcept>

#include "open_data_test_support.h"
#include "render/opendata/csv_table.h"
#include "render/opendata/open_data.h"

using namespace prith;

namespace {

// What a page writes for one of its tables (the site's renderer does it with csv_field).
DataFile page_table(OutputFolder& output) {
  DataFile file{"donnees/tableaux/departement-44-1.csv", "Demandeurs d'emploi en Loire-Atlantique",
                "Le tableau de la page du département.",
                {{"periode", "string", "Période"}, {"valeur", "number", "Valeur ; s si secret"}}};
  CsvTable table(file.columns);
  table.text("2025-T3").text("s").end_row();
  output.write(file.path, table.str());
  return file;
}

struct Package {
  test::TemporaryFolder folder;
  std::unique_ptr<Project> project = test::open_data_project(folder);
  OutputFolder output{folder.path() / "site"};
  std::vector<DataFile> files;
  Poco::JSON::Object::Ptr json;
  std::string text;
  Package() {
    test::OpenDataFixture fixture;
    files = write_open_data(fixture.build(), *project, {}, output);
    files.push_back(page_table(output));
    write_datapackage(files, *project, output);
    text = test::read_file((folder.path() / "site" / kDatapackagePath).string());
    json = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
  }
};

}  // namespace

TEST_CASE("datapackage.json: a tabular data package named, dated and licensed from the settings") {
  Package package;
  const Poco::JSON::Object& json = *package.json;
  CHECK(json.getValue<std::string>("profile") == "tabular-data-package");
  CHECK(package.project->settings().name == "PRITH Pays de la Loire");
  CHECK(json.getValue<std::string>("name") == "prith-pays-de-la-loire");
  CHECK(std::regex_match(json.getValue<std::string>("name"), std::regex("^[-a-z0-9._/]+$")));
  CHECK(json.getValue<std::string>("title").find(package.project->settings().name) != std::string::npos);
  CHECK_FALSE(json.getValue<std::string>("description").empty());
  REQUIRE_FALSE(package.project->settings().publication_date.empty());
  CHECK(json.getValue<std::string>("created") == package.project->settings().publication_date + "T00:00:00Z");
  Poco::JSON::Array::Ptr licenses = json.getArray("licenses");
  REQUIRE(licenses->size() == 1);
  CHECK(licenses->getObject(0)->getValue<std::string>("name") == "etalab-2.0");
  CHECK(licenses->getObject(0)->getValue<std::string>("path").starts_with("https://www.etalab.gouv.fr/"));
  // Partner text is data here (JSON-escaped); only a web address becomes a path.
  Poco::JSON::Array::Ptr sources = json.getArray("sources");
  REQUIRE(sources->size() == 2);
  CHECK(sources->getObject(0)->getValue<std::string>("title") == "=HYPERLINK(\"http://exemple.invalid\",\"clic\")");
  CHECK(sources->getObject(0)->getValue<std::string>("path") == "https://www.francetravail.fr");
  CHECK_FALSE(sources->getObject(1)->has("path"));  // javascript:alert(1)
}

TEST_CASE("datapackage.json: every file written has a resource whose schema is the CSV's header") {
  Package package;
  Poco::JSON::Array::Ptr resources = package.json->getArray("resources");
  REQUIRE(resources->size() == package.files.size());
  std::set<std::string> names;
  for (std::size_t i = 0; i < resources->size(); ++i) {
    Poco::JSON::Object::Ptr resource = resources->getObject(static_cast<unsigned>(i));
    const std::string path = resource->getValue<std::string>("path");
    CAPTURE(path);
    CHECK("donnees/" + path == package.files[i].path);
    CHECK(std::regex_match(resource->getValue<std::string>("name"), std::regex("^[-a-z0-9._/]+$")));
    CHECK(names.insert(resource->getValue<std::string>("name")).second);
    CHECK(resource->getValue<std::string>("profile") == "tabular-data-resource");
    CHECK(resource->getValue<std::string>("format") == "csv");
    CHECK(resource->getValue<std::string>("encoding") == "utf-8");
    CHECK(resource->getObject("dialect")->getValue<std::string>("delimiter") == ",");
    Poco::JSON::Object::Ptr schema = resource->getObject("schema");
    Poco::JSON::Array::Ptr missing = schema->getArray("missingValues");
    REQUIRE(missing->size() == 2);
    CHECK(missing->getElement<std::string>(0) == "");
    CHECK(missing->getElement<std::string>(1) == "s");
    // The header of the file on disk, field by field.
    std::vector<std::vector<std::string>> rows =
        test::parse_csv(test::read_file((package.folder.path() / "site/donnees" / path).string()));
    REQUIRE_FALSE(rows.empty());
    Poco::JSON::Array::Ptr fields = schema->getArray("fields");
    REQUIRE(fields->size() == rows[0].size());
    for (std::size_t f = 0; f < fields->size(); ++f) {
      Poco::JSON::Object::Ptr field = fields->getObject(static_cast<unsigned>(f));
      CHECK(field->getValue<std::string>("name") == rows[0][f]);
      const std::string type = field->getValue<std::string>("type");
      CHECK((type == "string" || type == "number" || type == "integer" || type == "date"));
      CHECK_FALSE(field->getValue<std::string>("description").empty());
      // Every value of a typed column reads as its type, or is a missing value.
      for (std::size_t r = 1; r < rows.size(); ++r) {
        const std::string& value = rows[r][f];
        if (value.empty() || value == "s" || type == "string") continue;
        CAPTURE(value);
        if (type == "number") CHECK(std::regex_match(value, std::regex("^-?[0-9]+(\\.[0-9]+)?(e[-+][0-9]+)?$")));
        if (type == "integer") CHECK(std::regex_match(value, std::regex("^-?[0-9]+$")));
        if (type == "date") CHECK(std::regex_match(value, std::regex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")));
      }
    }
  }
  CHECK(names.count("chiffres") == 1);
  CHECK(names.count("tableaux-departement-44-1") == 1);
}

TEST_CASE("datapackage.json: the same inputs give the same bytes") {
  Package first, second;
  CHECK(first.text == second.text);
}

TEST_CASE("datapackage.json refuses a file outside donnees/") {
  Package package;
  std::vector<DataFile> files = package.files;
  files.push_back(DataFile{"index.html", "Accueil", "", {}});
  CHECK_THROWS_AS(datapackage_json(files, *package.project), std::invalid_argument);
  files.back().path = "donnees/../index.html";
  CHECK_THROWS_AS(datapackage_json(files, *package.project), std::invalid_argument);
}

TEST_CASE("datapackage.json: the licence named in prith.ini [site] licence") {
  test::TemporaryFolder folder;
  std::unique_ptr<Project> initial = test::open_data_project(folder);
  std::string ini = test::read_file((folder.path() / "projet/prith.ini").string());
  const std::string line = "licence = etalab-2.0";
  REQUIRE(ini.find(line) != std::string::npos);
  ini.replace(ini.find(line), line.size(), "licence = ODbL-1.0");
  folder.write("projet/prith.ini", ini);
  std::vector<Diagnostic> diagnostics;
  std::string error;
  std::unique_ptr<Project> project = Project::load(folder.path() / "projet", diagnostics, error);
  REQUIRE(project != nullptr);
  CHECK(project->settings().licence == "ODbL-1.0");
  Poco::JSON::Object::Ptr json =
      Poco::JSON::Parser().parse(datapackage_json({}, *project)).extract<Poco::JSON::Object::Ptr>();
  CHECK(json->getArray("licenses")->getObject(0)->getValue<std::string>("name") == "ODbL-1.0");
  CHECK(json->getArray("licenses")->getObject(0)->getValue<std::string>("path") ==
        "https://opendatacommons.org/licenses/odbl/1-0/");
}
