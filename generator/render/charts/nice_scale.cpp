#include "render/charts/nice_scale.h"

#include <cmath>

#include "core/french_format.h"

namespace prith {

namespace {

// Of the round steps near the raw one, the step whose interval count is
// closest to the target; on a tie the smaller step (more gridlines).
double nice_step(double low, double high, int target) {
  double raw = (high - low) / target;
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double best = 0;
  double best_distance = 1e300;
  for (double scale : {magnitude / 10, magnitude, magnitude * 10}) {
    for (double factor : {1.0, 2.0, 2.5, 5.0}) {
      double step = factor * scale;
      double intervals = std::ceil(high / step - 1e-9) - std::floor(low / step + 1e-9);
      double distance = std::fabs(intervals - target);
      if (distance < best_distance) best = step, best_distance = distance;
    }
  }
  return best;
}

// Decimals needed to print multiples of `step` exactly (2.5 → 1, 0.25 → 2).
int decimals_of(double step) {
  for (int decimals = 0; decimals < 6; ++decimals) {
    double scaled = step * std::pow(10.0, decimals);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) return decimals;
  }
  return 6;
}

}  // namespace

NiceScale nice_scale(double low, double high, int target_ticks, const std::string& unit) {
  NiceScale scale;
  low = std::min(low, 0.0);
  high = std::max(high, 0.0);
  if (!std::isfinite(low) || !std::isfinite(high)) low = 0, high = 0;
  if (high - low <= 0) high = low + 1;  // all zero: still an axis from 0 to 1
  if (target_ticks < 1) target_ticks = 1;
  scale.step = nice_step(low, high, target_ticks);
  scale.min = std::floor(low / scale.step + 1e-9) * scale.step;
  scale.max = std::ceil(high / scale.step - 1e-9) * scale.step;
  scale.tick_decimals = decimals_of(scale.step);
  int count = static_cast<int>(std::lround((scale.max - scale.min) / scale.step));
  for (int i = 0; i <= count; ++i) {
    double tick = scale.min + i * scale.step;
    if (std::fabs(tick) < scale.step * 1e-9) tick = 0;  // no "-0"
    scale.ticks.push_back(tick);
    std::string label = format_number_fr(tick, scale.tick_decimals);
    if (unit == "%") label += "\xC2\xA0%";
    scale.labels.push_back(label);
  }
  return scale;
}

}  // namespace prith
