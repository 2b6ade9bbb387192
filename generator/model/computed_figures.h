// The pass of build_dataset that computes figures nobody reported, or
// checks those a partner did: régions and the country from their
// départements, rates from their terms (docs/model.md).
#pragma once

#include <optional>
#include <vector>

#include "catalogue/indicator_catalogue.h"
#include "catalogue/territory_catalogue.h"
#include "core/diagnostic.h"
#include "model/figure_grid.h"

namespace prith {

// What an indicator is computed from, resolved to ids.
struct IndicatorRule {
  Aggregation aggregation = Aggregation::none;
  std::optional<IndicatorId> weight, numerator, denominator;
  double scale = 1;  // of a rate: 100 for "%"
};

// Rules by indicator, and the order to compute them in: an indicator after
// those it is computed from. An indicator in a cycle (A weighted by B, B a
// ratio of A...) is reported as indicator_cycle and computed from nothing.
struct ComputationPlan {
  std::vector<IndicatorRule> rules;
  std::vector<IndicatorId> order;
};
ComputationPlan plan_computation(const IndicatorCatalogue& indicators, std::vector<Diagnostic>& diagnostics);

void compute_figures(FigureGrid& grid, const ComputationPlan& plan, const TerritoryTree& tree,
                     const PeriodAxis& periods, const TerritoryCatalogue& territories,
                     const IndicatorCatalogue& indicators, const std::vector<Provenance>& provenances,
                     std::vector<Diagnostic>& diagnostics);

}  // namespace prith
