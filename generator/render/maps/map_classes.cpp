#include "render/maps/map_classes.h"

#include <algorithm>
#include <cmath>

#include "core/french_format.h"

namespace prith {

ChartSpec as_bar_chart(const MapSpec& spec) {
  ChartSpec chart;
  chart.title = spec.title;
  chart.kind = ChartKind::bars_across_territories;
  chart.measure = spec.measure;
  chart.period = spec.period;
  chart.unit = spec.unit;
  chart.decimals = spec.decimals;
  ChartSeries series{spec.period, {}};
  for (const MapArea& area : spec.areas) {
    chart.x_labels.push_back(area.name);
    series.points.push_back(area.point);
  }
  chart.series.push_back(std::move(series));
  return checked_spec(chart);
}

std::vector<MapClass> map_classes(const MapSpec& spec) {
  std::vector<double> values;
  for (const MapArea& area : spec.areas)
    if (area.point.status == PointStatus::value && std::isfinite(area.point.value)) values.push_back(area.point.value);
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  std::size_t count = std::min(kMaxMapClasses, values.size());
  std::vector<MapClass> classes;
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t first = i * values.size() / count, last = (i + 1) * values.size() / count - 1;
    classes.push_back({values[first], values[last]});
  }
  return classes;
}

std::size_t class_of(const std::vector<MapClass>& classes, double value) {
  for (std::size_t i = 0; i < classes.size(); ++i)
    if (value <= classes[i].high) return i;
  return classes.empty() ? 0 : classes.size() - 1;
}

std::string map_value_fr(double value, const MapSpec& spec) {
  std::string text = spec.fixed ? format_fixed_fr(value, spec.decimals) : format_number_fr(value, spec.decimals);
  if (!spec.unit.empty()) text += "\xC2\xA0" + spec.unit;
  return text;
}

std::string class_legend_fr(const MapClass& map_class, const MapSpec& spec) {
  if (map_class.low == map_class.high) return map_value_fr(map_class.low, spec);
  return "de " + map_value_fr(map_class.low, spec) + " à " + map_value_fr(map_class.high, spec);
}

}  // namespace prith
