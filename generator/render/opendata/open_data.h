// The bulk open data files of the site (docs/open_data.md): every figure
// in long form and the catalogues behind them, written under donnees/.
// The per-table CSVs (donnees/tableaux/…) are written by the pages that
// show the tables; datapackage.h describes them all.
#pragma once

#include <vector>

#include "model/dataset.h"
#include "project/project.h"
#include "publish/output_folder.h"
#include "render/opendata/data_file.h"
#include "store/history.h"

namespace prith {

// Writes donnees/chiffres.csv, indicateurs.csv, territoires.csv,
// sources.csv and revisions.csv; returns their descriptions, in that order.
std::vector<DataFile> write_open_data(const Dataset& dataset, const Project& project,
                                      const std::vector<BatchHistory>& history, OutputFolder& output);

}  // namespace prith
