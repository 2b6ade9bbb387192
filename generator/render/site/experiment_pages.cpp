// One page per experiment (experimentations/<slug>.html): its description,
// cumulative entries against the target and outcomes over time (charts and
// tables), its findings; and the comparison of the experiments on the
// measures they share (experimentations/index.html). Every number comes from
// published_experiment_results: a secret cell is "s", its value never read.
#include <map>
#include <set>

#include "capitalisation/experiment_secrecy.h"
#include "core/french_format.h"
#include "render/site/capitalisation_links.h"
#include "render/site/capitalisation_pages.h"
#include "render/site/site_links.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

constexpr const char* kCumulative = "entrees_cumulees";

std::string measure_label(const std::string& code) {
  if (code == kCumulative) return "Entrées cumulées depuis le début";
  const ExperimentMeasure* measure = find_experiment_measure(code);
  return measure ? measure->label : code;
}

ExperimentMeasure::Unit measure_unit(const std::string& code) {
  const ExperimentMeasure* measure = find_experiment_measure(code);
  return measure ? measure->unit : ExperimentMeasure::Unit::count;
}

std::string period_label(const std::string& period) {
  std::optional<Period> parsed = parse_period(period);
  return parsed ? parsed->french_label() : period;
}

// A published result as a table cell: "s" when secret, "n.d." when not given.
TableCell result_cell(const PublishedResult* result) {
  TableCell cell;
  if (!result) {
    cell.kind = ShownKind::missing;
    cell.text = "n.d.";
    cell.status = "non disponible";
  } else if (result->secret || !result->value) {
    cell.kind = ShownKind::secret;
    cell.text = "s";
    cell.status = "secret";
  } else {
    ExperimentMeasure::Unit unit = measure_unit(result->measure);
    cell.kind = ShownKind::value;
    cell.number = *result->value;
    cell.text = unit == ExperimentMeasure::Unit::share    ? format_number_fr(*result->value, 1) + " %"
                : unit == ExperimentMeasure::Unit::months ? format_number_fr(*result->value, 1)
                                                          : format_number_fr(*result->value, 0);
  }
  return cell;
}

ChartPoint result_point(const PublishedResult* result) {
  if (!result) return ChartPoint::missing();
  if (result->secret || !result->value) return ChartPoint::secret();
  return ChartPoint::of(*result->value);
}

// The published results of one experiment, by (period, measure).
struct ResultGrid {
  std::vector<std::string> periods;   // sorted
  std::vector<std::string> measures;  // measure order, then the cumulative entries
  std::map<std::pair<std::string, std::string>, PublishedResult> cells;

  explicit ResultGrid(const Experiment& experiment) {
    std::set<std::string> seen_periods, seen_measures;
    for (PublishedResult& result : published_experiment_results(experiment)) {
      seen_periods.insert(result.period);
      seen_measures.insert(result.measure);
      cells[{result.period, result.measure}] = std::move(result);
    }
    periods.assign(seen_periods.begin(), seen_periods.end());
    for (const ExperimentMeasure& measure : experiment_measures())
      if (seen_measures.count(measure.code)) measures.push_back(measure.code);
    if (seen_measures.count(kCumulative)) measures.push_back(kCumulative);
  }
  const PublishedResult* at(const std::string& period, const std::string& measure) const {
    auto found = cells.find({period, measure});
    return found == cells.end() ? nullptr : &found->second;
  }
  // The latest period giving the measure (secret or not).
  const PublishedResult* latest(const std::string& measure) const {
    for (auto period = periods.rbegin(); period != periods.rend(); ++period)
      if (const PublishedResult* result = at(*period, measure)) return result;
    return nullptr;
  }
};

SiteTable results_table(const Experiment& experiment, const ResultGrid& grid) {
  SiteTable table;
  table.caption = "Résultats trimestre par trimestre : " + experiment.title;
  table.row_header = {"Trimestre", "periode", "Trimestre (AAAA-Tn)"};
  for (const std::string& measure : grid.measures) table.columns.push_back({measure_label(measure), measure, measure_label(measure)});
  for (const std::string& period : grid.periods) {
    SiteTable::Row row{period_label(period), {}};
    for (const std::string& measure : grid.measures) row.cells.push_back(result_cell(grid.at(period, measure)));
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Cumulative entries against the cumulative target (per-quarter targets
// summed, else the experiment's overall target).
void entries_chart(SitePage& page, const Experiment& experiment, const ResultGrid& grid, data& view) {
  if (!grid.cells.empty() && std::find(grid.measures.begin(), grid.measures.end(), kCumulative) == grid.measures.end())
    return;
  ChartSpec chart;
  chart.title = "Entrées cumulées et objectif : " + experiment.title;
  chart.measure = "entrées cumulées dans le dispositif";
  SiteTable table;
  table.caption = chart.title;
  table.row_header = {"Série", "serie", "Entrées cumulées ou objectif"};
  ChartSeries entries{"Entrées cumulées", {}}, target{"Objectif cumulé", {}};
  SiteTable::Row entries_row{"Entrées cumulées", {}}, target_row{"Objectif cumulé", {}};
  bool per_quarter_target = std::find(grid.measures.begin(), grid.measures.end(), "objectif_entrees") != grid.measures.end();
  double target_sum = 0;
  bool target_known = true;
  for (const std::string& period : grid.periods) {
    chart.x_labels.push_back(period_label(period));
    table.columns.push_back({period_label(period), period, "Trimestre " + period_label(period)});
    const PublishedResult* cumulative = grid.at(period, kCumulative);
    entries.points.push_back(result_point(cumulative));
    entries_row.cells.push_back(result_cell(cumulative));
    std::optional<double> goal;
    if (per_quarter_target) {
      const PublishedResult* quarter = grid.at(period, "objectif_entrees");
      if (quarter && quarter->value && target_known) goal = target_sum += *quarter->value;
      else target_known = false;
    } else if (experiment.target) {
      goal = *experiment.target;
    }
    target.points.push_back(goal ? ChartPoint::of(*goal) : ChartPoint::missing());
    TableCell cell = goal ? text_cell(format_number_fr(*goal, 0)) : result_cell(nullptr);
    if (goal) { cell.kind = ShownKind::value; cell.number = *goal; }
    target_row.cells.push_back(std::move(cell));
  }
  chart.series = {entries, target};
  table.rows = {entries_row, target_row};
  view["graphique_entrees"] = page.chart(chart, table);
}

// The shares over time: the outcomes and the profile of the people entering.
void outcomes_chart(SitePage& page, const Experiment& experiment, const ResultGrid& grid, data& view) {
  ChartSpec chart;
  chart.title = "Profil des entrants et résultats au fil des trimestres : " + experiment.title;
  chart.unit = "%";
  chart.decimals = 0;
  chart.measure = "parts en %";
  SiteTable table;
  table.caption = chart.title;
  table.row_header = {"Mesure", "mesure", "Mesure suivie"};
  for (const std::string& period : grid.periods) {
    chart.x_labels.push_back(period_label(period));
    table.columns.push_back({period_label(period), period, "Trimestre " + period_label(period)});
  }
  for (const std::string& measure : grid.measures) {
    if (measure_unit(measure) != ExperimentMeasure::Unit::share) continue;
    ChartSeries series{measure_label(measure), {}};
    SiteTable::Row row{measure_label(measure), {}};
    for (const std::string& period : grid.periods) {
      series.points.push_back(result_point(grid.at(period, measure)));
      row.cells.push_back(result_cell(grid.at(period, measure)));
    }
    chart.series.push_back(std::move(series));
    table.rows.push_back(std::move(row));
  }
  if (!chart.series.empty()) view["graphique_resultats"] = page.chart(chart, table);
}

void write_experiment(SiteContext& site, const Experiment& experiment) {
  const Capitalisation& content = capitalisation_of(site.inputs);
  const Dataset& dataset = site.inputs.dataset;
  SitePage page(site, experiment_page(experiment), "experimentation-" + experiment.slug, experiment.title);
  data view{"titre_experimentation", experiment.title};
  view["territoires"] = departement_names(dataset, experiment.territories);
  view["porteur"] = experiment.carrier;
  set_text(view, "partenaires", joined(experiment.partners));
  set_text(view, "periode", experiment.start_date.empty() ? "" :
           "du " + date_fr(experiment.start_date) + (experiment.end_date.empty() ? "" : " au " + date_fr(experiment.end_date)));
  set_text(view, "objectif", experiment.target ? format_number_fr(*experiment.target, 0) + " entrées" : "");
  set_text(view, "public", experiment.target_public);
  set_text(view, "axe", experiment.axis.empty() ? "" : entry_label(content.catalogues.axes, experiment.axis));
  set_text(view, "resume", experiment.summary);
  set_text(view, "mise_a_jour", experiment.last_update.empty() ? "" : date_fr(experiment.last_update));
  view["ancienne"] = experiment.stale;
  std::vector<data> sections;
  for (const ExperimentSection& section : experiment.sections) {
    data item{"titre", section.heading};
    item["html"] = section.html;  // sanitized by capitalisation/markdown_html
    sections.push_back(std::move(item));
  }
  view["sections"] = list_of(sections);
  if (sections.empty()) set_text(view, "corps", experiment.body_html);
  ResultGrid grid(experiment);
  if (!grid.periods.empty()) {
    entries_chart(page, experiment, grid, view);
    outcomes_chart(page, experiment, grid, view);
    view["tableau"] = page.table(results_table(experiment, grid));
  }
  page.write("experimentation", std::move(view), {{"Expérimentations", "experimentations/index.html"}});
}

void write_comparison(SiteContext& site) {
  const Capitalisation& content = capitalisation_of(site.inputs);
  SitePage page(site, "experimentations/index.html", "experimentations", "Expérimentations");
  data view;
  std::vector<data> experiments;
  std::vector<ResultGrid> grids;
  for (const Experiment& experiment : content.experiments) {
    data item{"titre", experiment.title};
    item["lien"] = page.root() + experiment_page(experiment);
    item["territoires"] = departement_names(site.inputs.dataset, experiment.territories);
    item["porteur"] = experiment.carrier;
    experiments.push_back(std::move(item));
    grids.emplace_back(experiment);
  }
  view["experimentations"] = list_of(experiments);
  view["a_des_experimentations"] = !experiments.empty();
  std::vector<std::string> shared = content.shared_measures();
  if (!shared.empty()) {
    SiteTable table;
    table.caption = "Les expérimentations comparées sur leurs mesures communes (dernier trimestre connu de chacune)";
    table.row_header = {"Expérimentation", "experimentation", "Titre de l'expérimentation"};
    for (const std::string& measure : shared) table.columns.push_back({measure_label(measure), measure, measure_label(measure)});
    for (std::size_t i = 0; i < content.experiments.size(); ++i) {
      SiteTable::Row row{content.experiments[i].title, {}};
      for (const std::string& measure : shared) row.cells.push_back(result_cell(grids[i].latest(measure)));
      table.rows.push_back(std::move(row));
    }
    view["tableau"] = page.table(table);
    // The chart: the first shared share (an outcome), else the first shared measure.
    std::string charted = shared.front();
    for (const std::string& measure : shared)
      if (measure_unit(measure) == ExperimentMeasure::Unit::share) { charted = measure; break; }
    ChartSpec chart;
    chart.kind = ChartKind::bars_across_territories;
    chart.title = measure_label(charted) + " : les expérimentations comparées";
    chart.measure = measure_label(charted);
    chart.unit = measure_unit(charted) == ExperimentMeasure::Unit::share ? "%" : "";
    chart.period = "dernier trimestre connu";
    SiteTable numbers;
    numbers.caption = chart.title;
    numbers.row_header = {"Mesure", "mesure", "Mesure comparée"};
    ChartSeries series{measure_label(charted), {}};
    SiteTable::Row row{measure_label(charted), {}};
    for (std::size_t i = 0; i < content.experiments.size(); ++i) {
      chart.x_labels.push_back(content.experiments[i].title);
      numbers.columns.push_back({content.experiments[i].title, content.experiments[i].slug, content.experiments[i].title});
      series.points.push_back(result_point(grids[i].latest(charted)));
      row.cells.push_back(result_cell(grids[i].latest(charted)));
    }
    chart.series = {series};
    numbers.rows = {row};
    view["graphique"] = page.chart(chart, numbers);
  }
  page.write("experimentations", std::move(view), {});
}

}  // namespace

void write_experiment_pages(SiteContext& site) {
  write_comparison(site);
  for (const Experiment& experiment : capitalisation_of(site.inputs).experiments) write_experiment(site, experiment);
}

}  // namespace prith
