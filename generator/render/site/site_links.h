// Where each page of the site lives (docs/site.md, the fixed plan of URLs)
// and the choices every page shares: which quarters, which région.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "project/project.h"

namespace prith {

// "departement-53", "region-52", "pays-FR": unique across levels.
std::string territory_slug(const Territory& territory);
std::string territory_page(const Territory& territory);  // "territoires/departement-53.html"
std::string sheet_page(const Territory& territory);      // "fiches/departement-53.html"
std::string indicator_page(const Indicator& indicator);  // "indicateurs/DEBOE_A.html" (the code as is)
std::string indicator_slug(const Indicator& indicator);  // "indicateur-deboe"
std::string source_page(const Source& source);           // "sources/france-travail.html"
std::string source_slug(const Source& source);           // "source-france-travail"
// "en Mayenne", "en Pays de la Loire", "en France": for chart summaries.
std::string place_fr(const Territory& territory);

// Indexes in periods().all() of the quarters, oldest first; the last `count` when given.
std::vector<std::size_t> quarter_indexes(const Dataset& dataset, std::size_t count = 0);

// The région's node (the project's région, else the first région of the
// tree); the top of the tree (the country) for a project without a région.
std::optional<NodeIndex> region_node(const Dataset& dataset, const std::string& region_code);

// True when the territory has at least one figure present.
bool has_figures(const Dataset& dataset, TerritoryId territory);

// "assets/img/logo-partenariat.svg": where the site keeps the logo of
// `[site] logo` (its extension kept); "" when the project names none.
std::string partnership_logo_page(const ProjectSettings& settings);

// An indicator whose unit is "%": evolutions in points.
bool is_rate(const Indicator& indicator);

}  // namespace prith

namespace prith {
// `url` when it is an http(s) link, "" otherwise: only those become links.
std::string web_link(const std::string& url);
// Indicators with at least one figure present somewhere, in catalogue order.
std::vector<IndicatorId> shown_indicators(const Dataset& dataset);
}  // namespace prith
