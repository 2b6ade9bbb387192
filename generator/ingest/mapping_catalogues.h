// The catalogues a partner file is read against.
#pragma once

#include <string>

#include "catalogue/breakdown_catalogue.h"
#include "catalogue/indicator_catalogue.h"
#include "catalogue/period.h"
#include "catalogue/territory_catalogue.h"
#include "catalogue/territory_resolver.h"

namespace prith {

struct MappingCatalogues {
  const TerritoryCatalogue& territories;
  const TerritoryResolver& resolver;
  const IndicatorCatalogue& indicators;
  // The project's région (INSEE code, "" for none). A bare code that names
  // two territories ("44": Loire-Atlantique or the région Grand Est) is
  // read inside this perimeter when exactly one of them lies in it.
  std::string region;
  // Categories whose headers make breakdown columns (breakdowns.csv); null:
  // none, every value column holds headline figures.
  const BreakdownCatalogue* breakdowns = nullptr;
};

// A figure's key as messages name it: "DEBOE, 44 Loire-Atlantique, Femmes
// (sexe), 2025-T3"; a null territory is a total row ("DEBOE, total, 2025-T3").
std::string describe_figure_key(const MappingCatalogues& catalogues, IndicatorId indicator, const Territory* territory,
                                const Period& period, BreakdownId breakdown);

}  // namespace prith
