// The pass of build_dataset that derives figures from the shown ones:
// evolutions, rolling four-quarter sums, shares of the parent territory and
// ranks among siblings (docs/model.md). It runs after statistical secrecy
// and reads visible figures only, so nothing derived reveals a hidden one.
#pragma once

#include <span>
#include <vector>

#include "catalogue/indicator_catalogue.h"
#include "catalogue/series_breaks.h"
#include "model/figure_grid.h"

namespace prith {

// Whether a declared break's first period lies in (from, to]: then no
// evolution or rolling sum spans from..to. Periods of one kind.
bool break_between(std::span<const SeriesBreak> breaks, const Period& from, const Period& to);

// The evolution from `before` to `now`: in points, or in % of |before|.
Derived evolution(const Figure& before, const Figure& now, bool in_points);

// Sum of four consecutive quarters, `window` oldest first.
Derived rolling_sum(std::span<const Figure> window);

// `part` as a % of `whole`.
Derived share(const Figure& part, const Figure& whole);

// Ranks of the visible, whole figures: 1 for the largest, equal values share
// the best rank and the next rank skips (10, 8, 8, 5 → 1, 2, 2, 4). Others get 0.
std::vector<std::uint16_t> competition_ranks(std::span<const Figure> figures);

void derive_figures(FigureGrid& grid, const TerritoryTree& tree, const PeriodAxis& periods,
                    const IndicatorCatalogue& indicators, const std::vector<std::vector<SeriesBreak>>& breaks);

}  // namespace prith
