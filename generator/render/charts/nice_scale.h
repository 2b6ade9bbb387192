// A value axis with "nice" round ticks (1, 2, 2.5, 5 × 10^n), always
// including zero: bars must start at zero to compare lengths honestly, and
// lines share the rule so that a small change never looks like a collapse.
#pragma once

#include <string>
#include <vector>

namespace prith {

struct NiceScale {
  double min = 0;
  double max = 1;
  double step = 1;
  std::vector<double> ticks;       // from min to max inclusive
  std::vector<std::string> labels; // French: "12 345", "3,5 %"
  int tick_decimals = 0;
};

// `low`/`high` are the data's extremes (any order of magnitude, may be equal
// or negative); `target_ticks` is how many intervals one would like.
// unit "%" appends " %" (no-break space) to the labels.
NiceScale nice_scale(double low, double high, int target_ticks, const std::string& unit);

}  // namespace prith
