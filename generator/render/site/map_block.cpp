#include "render/site/map_block.h"


#include "model/figure_labels.h"
#include "render/charts/font_metrics.h"
#include "render/maps/departement_shapes.h"
#include "render/maps/map_layout.h"
#include "publish/content_digest.h"
#include "render/maps/png_map.h"
#include "render/maps/svg_map.h"
#include "render/site/series_blocks.h"
#include "render/site/site_links.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

// What the PNG is made from, for OutputFolder's reuse: the SVG holds every
// coordinate, colour and word of the layout (and no hidden value).
std::string map_key(const std::string& svg) { return "carte-1-" + digest_of(svg); }

}  // namespace

MapSpec departements_map_spec(const Dataset& dataset, IndicatorId indicator,
                              const std::vector<TerritoryId>& territories, std::size_t period,
                              const std::string& title) {
  const Indicator& definition = dataset.indicators().at(indicator);
  MapSpec spec;
  spec.title = title;
  spec.period = dataset.periods().all()[period].french_label();
  ValueFormat format = value_format(definition);
  spec.unit = format.unit;
  // The same digits as the bar chart's table: the map says its numbers are those.
  spec.decimals = format.decimals;
  spec.fixed = format.fixed;
  spec.measure = definition.label;
  // As the charts: labels start with a capital, the summary reads "… (2 696 demandeurs…)".
  if (!spec.measure.empty() && spec.measure[0] >= 'A' && spec.measure[0] <= 'Z') spec.measure[0] += 'a' - 'A';
  for (TerritoryId territory : territories) {
    const Territory& place = dataset.territories().at(territory);
    std::span<const Cell> cells = dataset.series(indicator, territory);
    Figure figure = period < cells.size() ? cells[period].figure : Figure{};
    spec.areas.push_back({place.code, place.name, chart_point(figure), figure.visible() ? flags_fr(figure) : ""});
  }
  return spec;
}

data map_block(SitePage& page, IndicatorId indicator, const std::vector<TerritoryId>& territories, std::size_t period,
               const std::string& title, bool bar_table) {
  const Dataset& dataset = page.site().inputs.dataset;
  MapSpec spec = departements_map_spec(dataset, indicator, territories, period, title);
  FontMetrics metrics;
  MapLayout layout = layout_map(spec, DepartementShapes::bundled(), metrics);
  if (layout.shapes.empty()) return data(false);
  data view;
  view["id"] = "carte";
  std::string svg = render_map_svg(layout, "carte");
  view["resume"] = layout.summary;
  set_text(view, "sans_fond", layout.unshaped_sentence);
  if (page.site().inputs.draw_pngs) {
    std::string png_path = "graphiques/" + indicator_slug(dataset.indicators().at(indicator)) + "-carte.png";
    page.site().charts.queue_png(png_path, map_key(svg),
                                 [layout = std::move(layout)] { return render_map_png(layout); });
    view["png"] = page.root() + png_path;
  }
  view["svg"] = std::move(svg);
  view["chiffres"] = bar_table ? "Les chiffres de la carte sont ceux du tableau du graphique en barres ci-dessus."
                               : "Les chiffres de chaque département sont dans le tableau de tous les territoires, "
                                 "plus bas.";
  view["attribution"] = std::string(kMapAttribution);
  return view;
}

}  // namespace prith
