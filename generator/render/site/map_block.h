// The map of the départements on an indicator page: one value per
// département at one quarter, from published figures only (a secret figure
// is ChartPoint::secret(), its value never read), drawn inline as SVG with
// its summary, the départements without shape named, and the attribution
// of the shapes. The numbers are those of the bar chart's table above it:
// the map has no table of its own.
#pragma once

#include <kainjow/mustache.hpp>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "render/maps/map_spec.h"
#include "render/site/site_page.h"

namespace prith {

// The spec of the map of `indicator` across `territories` at `period`.
MapSpec departements_map_spec(const Dataset& dataset, IndicatorId indicator,
                              const std::vector<TerritoryId>& territories, std::size_t period,
                              const std::string& title);

// The data of the {{>bloc_carte}} partial (id, svg, resume, sans_fond, chiffres,
// attribution, png: the link to graphiques/<indicator slug>-carte.png,
// written unless SiteInputs::draw_pngs is false); false when no département
// has a shape (no map section).
// `bar_table`: the same territories are in the bar chart's table above (a
// regional project); else (a national project, whose bars are the régions)
// the page's full table holds the départements' numbers, and `chiffres` says so.
kainjow::mustache::data map_block(SitePage& page, IndicatorId indicator, const std::vector<TerritoryId>& territories,
                                  std::size_t period, const std::string& title, bool bar_table = true);

}  // namespace prith
