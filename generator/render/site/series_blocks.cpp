#include "render/site/series_blocks.h"

#include "render/site/site_links.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

ChartPoint chart_point(const Figure& figure) {
  if (figure.visible()) return ChartPoint::of(figure.value);
  if (figure.status == ObservationStatus::missing) return ChartPoint::missing();
  return ChartPoint::secret();
}

namespace {

ChartSpec base_spec(const Dataset& dataset, IndicatorId indicator, const std::string& title) {
  const Indicator& definition = dataset.indicators().at(indicator);
  ChartSpec spec;
  spec.title = title;
  ValueFormat format = value_format(definition);
  spec.unit = format.unit;
  spec.decimals = format.fixed ? format.decimals : 0;
  spec.measure = definition.label;
  // Labels start with a capital; the summary reads "2 696 demandeurs…".
  if (!spec.measure.empty() && spec.measure[0] >= 'A' && spec.measure[0] <= 'Z') spec.measure[0] += 'a' - 'A';
  return spec;
}

}  // namespace

data under_heading(data table) {
  table.set("legende_masquee", true);
  return table;
}

SiteTable territories_by_quarter(SitePage& page, IndicatorId indicator, const std::vector<TerritoryId>& territories,
                                 const std::vector<std::size_t>& periods, const std::string& caption) {
  const Dataset& dataset = page.site().inputs.dataset;
  const std::vector<Period>& all = dataset.periods().all();
  SiteTable table;
  table.caption = caption;
  table.row_header = {"Territoire", "territoire", "Nom du territoire"};
  for (std::size_t p : periods)
    table.columns.push_back({all[p].french_label(), all[p].to_string(),
                             dataset.indicators().at(indicator).label + ", " + all[p].french_label()});
  for (TerritoryId territory : territories) {
    SiteTable::Row row{dataset.territories().at(territory).name, {}};
    std::span<const Cell> series = dataset.series(indicator, territory);
    for (std::size_t p : periods) {
      Figure figure = p < series.size() ? series[p].figure : Figure{};
      row.cells.push_back(page.cell(figure, indicator, all[p]));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

data over_time_block(SitePage& page, IndicatorId indicator, const std::vector<TerritoryId>& territories,
                     const std::vector<std::size_t>& periods, const std::string& title, bool png) {
  return over_time_block(page, indicator, territories, territories, periods, title, png);
}

data over_time_block(SitePage& page, IndicatorId indicator, const std::vector<TerritoryId>& territories,
                     const std::vector<TerritoryId>& tabled, const std::vector<std::size_t>& periods,
                     const std::string& title, bool png) {
  const Dataset& dataset = page.site().inputs.dataset;
  const std::vector<Period>& all = dataset.periods().all();
  ChartSpec spec = base_spec(dataset, indicator, title);
  spec.kind = ChartKind::line_over_time;
  if (!territories.empty()) spec.place = place_fr(dataset.territories().at(territories.front()));
  for (std::size_t p : periods) spec.x_labels.push_back(all[p].french_label());
  for (std::size_t i = 1; i < periods.size(); ++i)
    if (dataset.series_break(indicator, all[periods[i]])) spec.breaks.push_back({i});
  for (TerritoryId territory : territories) {
    ChartSeries series{dataset.territories().at(territory).name, {}};
    std::span<const Cell> cells = dataset.series(indicator, territory);
    for (std::size_t p : periods) series.points.push_back(p < cells.size() ? chart_point(cells[p].figure) : ChartPoint::missing());
    spec.series.push_back(std::move(series));
  }
  SiteTable numbers = territories_by_quarter(page, indicator, tabled, periods, "Données du graphique : " + title);
  return page.chart(spec, numbers, png);
}

data across_block(SitePage& page, IndicatorId indicator, const std::vector<TerritoryId>& territories,
                  std::size_t period, const std::string& title) {
  const Dataset& dataset = page.site().inputs.dataset;
  const Period& when = dataset.periods().all()[period];
  ChartSpec spec = base_spec(dataset, indicator, title);
  spec.kind = ChartKind::bars_across_territories;
  spec.period = when.french_label();
  ChartSeries series{when.french_label(), {}};
  for (TerritoryId territory : territories) {
    spec.x_labels.push_back(dataset.territories().at(territory).name);
    std::span<const Cell> cells = dataset.series(indicator, territory);
    series.points.push_back(period < cells.size() ? chart_point(cells[period].figure) : ChartPoint::missing());
  }
  spec.series.push_back(std::move(series));
  SiteTable numbers =
      territories_by_quarter(page, indicator, territories, {period}, "Données du graphique : " + title);
  return page.chart(spec, numbers);
}

}  // namespace prith
