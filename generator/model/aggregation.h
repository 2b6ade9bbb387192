// The rules that compute a figure from others (docs/model.md): a région from
// its départements by the indicator's aggregation, a rate from its two terms.
// Pure functions over Figures, so that each rule is tested by hand.
#pragma once

#include <span>

#include "catalogue/indicator_catalogue.h"
#include "model/figure.h"

namespace prith {

// Sum of the known parts; partial when some are not known.
Figure aggregate_sum(std::span<const Figure> parts);
// Σ value·weight / Σ weight over the parts whose value and weight are both
// known (a negative weight makes the part unusable); missing when Σ weight is 0.
Figure aggregate_weighted_mean(std::span<const Figure> values, std::span<const Figure> weights);
// Σ numerator / Σ denominator × scale over the parts where both are known:
// a ratio of sums, never a mean of ratios.
Figure aggregate_ratio(std::span<const Figure> numerators, std::span<const Figure> denominators, double scale);
// numerator / denominator × scale for one territory; missing when the
// denominator is 0.
Figure ratio_of(const Figure& numerator, const Figure& denominator, double scale);

// What a rate's unit multiplies by: "%" and "pour 100" 100, "‰" and "pour
// 1000" 1000, "pour 10 000" 10000, anything else 1.
double ratio_scale(const Indicator& indicator);
// Rates move in points, everything else in %: aggregation ratio or unit "%".
bool evolves_in_points(const Indicator& indicator);

// Reported and computed differ beyond the tolerance: |r - c| > max(absolute,
// 0.1 % of |c|), absolute 0.5 for sums (whole counts, euros) and 0.05 for
// means and rates (written to the tenth). Sets `tolerance` to the bound used.
bool differs(Aggregation aggregation, double reported, double computed, double& tolerance);

}  // namespace prith
