#include "render/site/map_block.h"

#include "render/charts/font_metrics.h"
#include "render/maps/departement_shapes.h"
#include "render/maps/map_layout.h"
#include "render/maps/svg_map.h"
#include "render/site/series_blocks.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

MapSpec departements_map_spec(const Dataset& dataset, IndicatorId indicator,
                              const std::vector<TerritoryId>& territories, std::size_t period,
                              const std::string& title) {
  const Indicator& definition = dataset.indicators().at(indicator);
  MapSpec spec;
  spec.title = title;
  spec.period = dataset.periods().all()[period].french_label();
  ValueFormat format = value_format(definition);
  spec.unit = format.unit;
  spec.decimals = format.fixed ? format.decimals : 0;
  spec.measure = definition.label;
  // As the charts: labels start with a capital, the summary reads "… (2 696 demandeurs…)".
  if (!spec.measure.empty() && spec.measure[0] >= 'A' && spec.measure[0] <= 'Z') spec.measure[0] += 'a' - 'A';
  for (TerritoryId territory : territories) {
    const Territory& place = dataset.territories().at(territory);
    std::span<const Cell> cells = dataset.series(indicator, territory);
    spec.areas.push_back(
        {place.code, place.name, period < cells.size() ? chart_point(cells[period].figure) : ChartPoint::missing()});
  }
  return spec;
}

data map_block(SitePage& page, IndicatorId indicator, const std::vector<TerritoryId>& territories, std::size_t period,
               const std::string& title) {
  const Dataset& dataset = page.site().inputs.dataset;
  MapSpec spec = departements_map_spec(dataset, indicator, territories, period, title);
  FontMetrics metrics;
  MapLayout layout = layout_map(spec, DepartementShapes::bundled(), metrics);
  if (layout.shapes.empty()) return data(false);
  data view;
  view["id"] = "carte";
  view["svg"] = render_map_svg(layout, "carte");
  view["resume"] = layout.summary;
  set_text(view, "sans_fond", layout.unshaped_sentence);
  view["attribution"] = std::string(kMapAttribution);
  return view;
}

}  // namespace prith
