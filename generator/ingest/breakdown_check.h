// Cross-checks the breakdown columns of a table with its headline: for a
// summed indicator, the categories of one dimension ("Hommes", "Femmes")
// must add up to the "Total" beside them. A difference is a warning at the
// total's cell naming each category's; a group with a secret, a missing or
// an unread category is not checked.
#pragma once

#include <span>
#include <vector>

#include "ingest/mapping_catalogues.h"
#include "ingest/observation.h"

namespace prith {

// A mismatch's value, the total cell's text, is read again after the file
// (cell_texts.h): its index goes to `values_from_cells`.
void check_breakdowns(std::span<const Observation> table, const FileReading& reading,
                      const MappingCatalogues& catalogues, std::vector<Diagnostic>& diagnostics,
                      std::vector<std::size_t>& values_from_cells);

}  // namespace prith
