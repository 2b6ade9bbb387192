#include "render/charts/chart_spec.h"

#include <algorithm>
#include <cmath>

namespace prith {

namespace {
double within(double value, double low, double high) {
  return std::isfinite(value) ? std::clamp(value, low, high) : low;
}
}  // namespace

ChartSpec checked_spec(const ChartSpec& spec) {
  ChartSpec checked = spec;
  for (auto& series : checked.series) {
    series.points.resize(checked.x_labels.size(), ChartPoint::missing());
    for (auto& point : series.points) {
      if (point.status == PointStatus::value && !std::isfinite(point.value)) point = ChartPoint::missing();
      if (point.status != PointStatus::value) point.value = 0;  // a hidden value goes no further
    }
  }
  std::erase_if(checked.breaks, [&](const ChartBreak& b) { return b.index == 0 || b.index >= checked.x_labels.size(); });
  std::sort(checked.breaks.begin(), checked.breaks.end(), [](const ChartBreak& a, const ChartBreak& b) { return a.index < b.index; });
  checked.breaks.erase(std::unique(checked.breaks.begin(), checked.breaks.end(),
                                   [](const ChartBreak& a, const ChartBreak& b) { return a.index == b.index; }),
                       checked.breaks.end());
  checked.decimals = std::clamp(checked.decimals, 0, 6);
  checked.width = within(checked.width, 100, 4000);
  checked.height = within(checked.height, 80, 4000);
  return checked;
}

}  // namespace prith
