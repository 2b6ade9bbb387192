// What a map of départements shows, described once by whoever builds a page
// (like ChartSpec for charts): one value per département at one quarter,
// secret or missing ones marked as such. Layout and drawing read only this.
#pragma once

#include <string>
#include <vector>

#include "render/charts/chart_spec.h"

namespace prith {

struct MapArea {
  std::string code;  // "44", "2A", "971": the shape's key
  std::string name;  // "Loire-Atlantique"
  ChartPoint point;  // a secret point's value is read nowhere
  std::string flags = {};  // flags_fr of a visible figure ("provisoire, révisé le …"), "" otherwise
};

struct MapSpec {
  std::string title;    // the map's accessible name (<title>)
  std::string measure;  // as ChartSpec::measure, for the summary
  std::string period;   // "T3 2026"
  std::string unit;     // as ChartSpec::unit: "%", "" for counts, "jours"...
  int decimals = 0;
  bool fixed = true;  // as the tables (value_format): false prints up to `decimals` ("1,7", "2")
  std::vector<MapArea> areas;
  double map_size = 420;  // the longer side of the drawn départements, in pixels
};

// The spec as the bar chart of the same numbers: the summary of a map is
// the summary of that chart (highest and lowest département).
ChartSpec as_bar_chart(const MapSpec& spec);

}  // namespace prith
