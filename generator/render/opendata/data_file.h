// One downloadable data file of the site, as the "Données" page lists it and
// datapackage.json (Frictionless) describes it.
#pragma once

#include <string>
#include <vector>

namespace prith {

struct DataColumn {
  std::string name;         // the CSV header: "territoire_code"
  std::string type;         // Frictionless type: "string", "number", "integer", "date"
  std::string description;  // French: "Code INSEE du territoire"
};

struct DataFile {
  std::string path;         // relative to the site's root: "donnees/chiffres.csv"
  std::string title;        // French: "Tous les chiffres publiés"
  std::string description;  // French, one or two sentences
  std::vector<DataColumn> columns;
};

}  // namespace prith
