// The capitalisation as open data (docs/open_data.md): donnees/pratiques.csv,
// donnees/plans-d-action.csv and donnees/experimentations.csv (results in
// long form; a secret cell is "s", its value never written).
#pragma once

#include <string>
#include <vector>

#include "capitalisation/capitalisation_model.h"
#include "publish/output_folder.h"
#include "render/opendata/data_file.h"

namespace prith {

DataFile practices_file();
DataFile action_plans_file();
DataFile experiments_file();

std::string practices_csv(const Capitalisation& content);
std::string action_plans_csv(const Capitalisation& content);
std::string experiments_csv(const Capitalisation& content);

// Writes the three files; returns their descriptions, in that order.
std::vector<DataFile> write_capitalisation_data(const Capitalisation& content, OutputFolder& output);

}  // namespace prith
