// The newest stored figure of every (indicator, territory, period): what the
// model is built from.
#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "model/model_input.h"
#include "store/store.h"

namespace prith {

// The newest batch wins (batches in the order they were stored; within one
// batch, the last occurrence). `revised_at` is the date (YYYY-MM-DD) of the
// newest batch that brought a value different from the one stored before
// it, "" when the figure never changed. Codes the catalogues no longer know
// are left out. Sorted by indicator, territory, period (catalogue order).
std::vector<StoredFigure> latest_figures(Store& store, const TerritoryCatalogue& territories,
                                         const IndicatorCatalogue& indicators);

// One 64-bit key per figure, from catalogue ids.
std::uint64_t figure_key(IndicatorId indicator, TerritoryId territory, const Period& period);

// The keys of every figure the store holds (that the catalogues know).
std::unordered_set<std::uint64_t> stored_figure_keys(Store& store, const TerritoryCatalogue& territories,
                                                     const IndicatorCatalogue& indicators);

}  // namespace prith
