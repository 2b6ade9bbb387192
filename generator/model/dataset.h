// The immutable Dataset the renderers read: every figure of every indicator,
// territory of the tree and period, reported or computed, with its flags and
// derived figures. Built once by build_dataset (docs/model.md).
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "catalogue/indicator_catalogue.h"
#include "catalogue/series_breaks.h"
#include "catalogue/territory_catalogue.h"
#include "core/diagnostic.h"
#include "model/figure_grid.h"
#include "model/model_input.h"
#include "model/period_axis.h"
#include "model/territory_tree.h"

namespace prith {

struct ModelCatalogues {
  const TerritoryCatalogue& territories;
  const IndicatorCatalogue& indicators;
  const SeriesBreakCatalogue& breaks;
  std::string region;  // settings().region, may be empty
};

// What a pass over the figures sees: the grid to mark, and everything it may
// need to decide (the thresholds of indicators.csv, the source of each
// reported figure through its provenance).
struct FigurePassContext {
  FigureGrid& grid;
  const TerritoryTree& tree;
  const TerritoryCatalogue& territories;
  const PeriodAxis& periods;
  const IndicatorCatalogue& indicators;
  const std::vector<Provenance>& provenances;
  std::vector<Diagnostic>& diagnostics;
};

// A pass over the figures after aggregation and rates, before evolutions,
// shares, ranks and rolling sums: statistical secrecy goes here and marks
// figures kHidden; everything computed after it reads visible figures only.
using FigurePass = std::function<void(FigurePassContext&)>;

class Dataset {
 public:
  // Catalogues are copied: the Dataset stands alone.
  static Dataset build(const std::vector<StoredFigure>& figures, const ModelCatalogues& catalogues,
                       std::vector<Diagnostic>& diagnostics, const std::vector<FigurePass>& passes = {});

  const TerritoryCatalogue& territories() const { return territories_; }
  const IndicatorCatalogue& indicators() const { return indicators_; }
  const TerritoryTree& tree() const { return tree_; }
  const PeriodAxis& periods() const { return periods_; }
  const std::vector<Provenance>& provenances() const { return provenances_; }

  // Null when the territory is not in the tree or the period outside the axis.
  const Cell* cell(IndicatorId indicator, TerritoryId territory, const Period& period) const;
  // One (indicator, territory) over periods().all(); empty outside the tree.
  std::span<const Cell> series(IndicatorId indicator, TerritoryId territory) const;
  // The declared break whose first period is `period` (a ratio also carries
  // its terms' breaks), or null.
  const SeriesBreak* series_break(IndicatorId indicator, const Period& period) const;
  // "4 départements sur 5" for a partial figure, "" otherwise.
  static std::string parts_fr(const Figure& figure);

 private:
  TerritoryCatalogue territories_;
  IndicatorCatalogue indicators_;
  TerritoryTree tree_;
  PeriodAxis periods_;
  FigureGrid grid_;
  std::vector<Provenance> provenances_;
  std::vector<std::vector<SeriesBreak>> breaks_;  // by indicator, own and inherited
};

}  // namespace prith
