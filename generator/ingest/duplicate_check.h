// Finds the figures a file gives twice: the same indicator, territory and
// period in two places. Identical values are a warning and the second is
// dropped; different values are an error naming both places, and neither is
// kept — prith never chooses between two figures of a partner. Each
// diagnostic's value, the text of the repeated cell, is left empty and
// listed in FileReading::values_from_cells (cell_texts.h).
#pragma once

#include "ingest/mapping_catalogues.h"
#include "ingest/observation.h"

namespace prith {

void check_duplicates(FileReading& reading, const MappingCatalogues& catalogues);

}  // namespace prith
