// The one French sentence that says what a chart shows, written from its
// numbers: the text alternative of the image (RGAA) and the SVG's <desc>.
#pragma once

#include <string>

#include "render/charts/chart_spec.h"

namespace prith {

// Line chart: the latest visible point of the first series and its change
// over one year when both ends are visible:
//   "Au T3 2025, 2 696 demandeurs d'emploi … en Mayenne, −2,3 % sur un an."
// Rates ("%") change in points: "… : 3,5 %, +0,2 point sur un an."
// Other units follow the value: "Au T3 2026, ancienneté moyenne … en
// Mayenne : 726,3 jours, +1,2 % sur un an." No change is given across a
// series break; each break is named: "Rupture de série au T1 2025 : …".
// Bars: the highest and the lowest visible territory of the first series.
// Secret and missing values are never used, nor hinted at.
std::string chart_summary_fr(const ChartSpec& spec);

}  // namespace prith
