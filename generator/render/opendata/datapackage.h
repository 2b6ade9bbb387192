// donnees/datapackage.json: a Frictionless Data Package (profile
// tabular-data-package) describing every open data file of the site, the
// bulk files of open_data.h and the tables' CSVs (docs/open_data.md).
// Deterministic: `created` is the publication date of the settings, never
// the clock; keys and resources come out in a fixed order.
#pragma once

#include <string>
#include <vector>

#include "project/project.h"
#include "publish/output_folder.h"
#include "render/opendata/data_file.h"

namespace prith {

inline constexpr const char* kDatapackagePath = "donnees/datapackage.json";

// The JSON text. Throws std::invalid_argument for a file outside donnees/
// (a resource's path must be relative to the datapackage, without "..").
std::string datapackage_json(const std::vector<DataFile>& files, const Project& project);

// Writes donnees/datapackage.json.
void write_datapackage(const std::vector<DataFile>& files, const Project& project, OutputFolder& output);

}  // namespace prith
