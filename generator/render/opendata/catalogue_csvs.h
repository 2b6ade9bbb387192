// The catalogues behind donnees/chiffres.csv, as open data files
// (docs/open_data.md): donnees/indicateurs.csv (what each indicator counts
// and how), donnees/territoires.csv (the territory tree of the Dataset) and
// donnees/sources.csv (the partners, the last file each sent, the periods
// their figures cover).
#pragma once

#include <string>
#include <vector>

#include "model/dataset.h"
#include "project/project.h"
#include "render/opendata/data_file.h"
#include "store/history.h"

namespace prith {

DataFile indicators_file();
std::string indicators_csv(const Dataset& dataset);

DataFile territories_file();
std::string territories_csv(const Dataset& dataset);

DataFile sources_file();
// Sources from the project; the last file from `history` (the newest batch
// of the source that was not refused); the periods from the figures of the
// Dataset the source gave.
std::string sources_csv(const Dataset& dataset, const Project& project, const std::vector<BatchHistory>& history);

}  // namespace prith
