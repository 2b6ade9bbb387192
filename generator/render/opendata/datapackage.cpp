#include "render/opendata/datapackage.h"

#include <set>
#include <sstream>
#include <stdexcept>

#include "core/json_writer.h"
#include "core/slug.h"

namespace prith {

namespace {

constexpr std::string_view kFolder = "donnees/";

struct Licence {
  const char* name;
  const char* title;
  const char* path;
};

// The licences prith names; another [site] licence value is written as given.
constexpr Licence kLicences[] = {
    {"etalab-2.0", "Licence Ouverte / Open Licence version 2.0",
     "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"},
    {"ODbL-1.0", "Open Data Commons Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"},
    {"CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"},
};

void write_licence(JsonWriter& json, const std::string& name) {
  json.begin_object();
  for (const Licence& licence : kLicences) {
    if (name == licence.name) {
      json.field("name", licence.name);
      json.field("title", licence.title);
      json.field("path", licence.path);
      json.end_object();
      return;
    }
  }
  json.field("name", name);
  json.field("title", name);
  json.end_object();
}

// "chiffres.csv" for "donnees/chiffres.csv".
std::string path_in_package(const std::string& path) {
  if (path.size() <= kFolder.size() || path.compare(0, kFolder.size(), kFolder) != 0 ||
      path.find("..") != std::string::npos || path.find('\\') != std::string::npos) {
    throw std::invalid_argument("open data file outside " + std::string(kFolder) + ": " + path);
  }
  return path.substr(kFolder.size());
}

// "tableaux-departement-44-1" for "tableaux/departement-44-1.csv", unique in the package.
std::string resource_name(const std::string& relative, std::set<std::string>& taken) {
  std::string stem = relative;
  if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".csv") == 0) stem.resize(stem.size() - 4);
  std::string name = slug(stem);
  if (name.empty()) name = "fichier";
  std::string unique = name;
  for (int n = 2; !taken.insert(unique).second; ++n) unique = name + "-" + std::to_string(n);
  return unique;
}

bool is_web_address(const std::string& url) { return url.starts_with("https://") || url.starts_with("http://"); }

void write_resource(JsonWriter& json, const DataFile& file, std::set<std::string>& names) {
  const std::string relative = path_in_package(file.path);
  json.begin_object();
  json.field("name", resource_name(relative, names));
  json.field("path", relative);
  json.field("profile", "tabular-data-resource");
  json.field("title", file.title);
  json.field("description", file.description);
  json.field("format", "csv");
  json.field("mediatype", "text/csv");
  json.field("encoding", "utf-8");
  json.key("dialect");
  json.begin_object();
  json.field("delimiter", ",");
  json.field("quoteChar", "\"");
  json.field("doubleQuote", true);
  json.field("header", true);
  json.end_object();
  json.key("schema");
  json.begin_object();
  json.key("fields");
  json.begin_array();
  for (const DataColumn& column : file.columns) {
    json.begin_object();
    json.field("name", column.name);
    json.field("type", column.type);
    json.field("description", column.description);
    json.end_object();
  }
  json.end_array();
  // Empty: missing; "s": secret (the statut column of the file says which).
  json.key("missingValues");
  json.begin_array();
  json.value("");
  json.value("s");
  json.end_array();
  json.end_object();
  json.end_object();
}

}  // namespace

std::string datapackage_json(const std::vector<DataFile>& files, const Project& project) {
  const ProjectSettings& settings = project.settings();
  std::ostringstream out;
  JsonWriter json(out);
  json.begin_object();
  json.field("profile", "tabular-data-package");
  std::string name = slug(settings.name);
  json.field("name", name.empty() ? std::string("prith") : name);
  json.field("title", settings.name + " : données ouvertes");
  json.field("description",
             "Données ouvertes de « " + settings.name +
                 " » (programme régional pour l'insertion des travailleurs handicapés) : chaque chiffre publié par "
                 "indicateur, territoire et période, les catalogues qui les décrivent et les tableaux du site. Les "
                 "chiffres couverts par le secret statistique valent « s » ; une valeur vide est un chiffre non "
                 "disponible.");
  if (!settings.publication_date.empty()) json.field("created", settings.publication_date + "T00:00:00Z");
  json.key("licenses");
  json.begin_array();
  write_licence(json, settings.licence.empty() ? std::string("etalab-2.0") : settings.licence);
  json.end_array();
  json.key("sources");
  json.begin_array();
  for (const Source& source : project.sources()) {
    json.begin_object();
    json.field("title", source.label);
    if (is_web_address(source.url)) json.field("path", source.url);
    json.end_object();
  }
  json.end_array();
  json.key("resources");
  json.begin_array();
  std::set<std::string> names;
  for (const DataFile& file : files) write_resource(json, file, names);
  json.end_array();
  json.end_object();
  out << '\n';
  return out.str();
}

void write_datapackage(const std::vector<DataFile>& files, const Project& project, OutputFolder& output) {
  output.write(kDatapackagePath, datapackage_json(files, project));
}

}  // namespace prith
