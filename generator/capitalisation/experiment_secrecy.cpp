#include "capitalisation/experiment_secrecy.h"

#include <map>
#include <set>

#include "model/secrecy_suppression.h"

namespace prith {

std::vector<PublishedResult> published_experiment_results(const Experiment& experiment) {
  // Which results of each period are hidden.
  std::set<std::size_t> hidden;
  std::map<std::string, std::vector<std::size_t>> by_period;
  for (std::size_t i = 0; i < experiment.results.size(); ++i) by_period[experiment.results[i].period].push_back(i);
  std::set<std::string> periods_with_hidden_entries;
  SecrecyRule rule;
  rule.threshold = experiment.secrecy_threshold;
  for (const auto& [period, indexes] : by_period) {
    SecrecyTable table;
    std::vector<std::size_t> result_of_cell;
    std::optional<std::size_t> exits_cell;
    std::vector<std::size_t> exit_kinds;
    for (std::size_t index : indexes) {
      const ExperimentResult& result = experiment.results[index];
      const ExperimentMeasure* measure = find_experiment_measure(result.measure);
      if (measure == nullptr || !measure->is_count_of_people) continue;
      std::size_t cell = table.cells.size();
      table.cells.push_back({result.measure, result.value});
      result_of_cell.push_back(index);
      if (result.measure == "sorties") exits_cell = cell;
      if (result.measure.rfind("sorties_", 0) == 0) exit_kinds.push_back(cell);
    }
    if (exits_cell && !exit_kinds.empty()) table.relations.push_back({*exits_cell, exit_kinds});
    suppress_small_counts(table, rule);
    for (std::size_t cell = 0; cell < table.cells.size(); ++cell) {
      if (!table.cells[cell].hidden) continue;
      hidden.insert(result_of_cell[cell]);
      if (table.cells[cell].label == "entrees") periods_with_hidden_entries.insert(period);
    }
  }
  std::vector<PublishedResult> published;
  for (std::size_t i = 0; i < experiment.results.size(); ++i) {
    const ExperimentResult& result = experiment.results[i];
    const ExperimentMeasure* measure = find_experiment_measure(result.measure);
    bool secret = hidden.count(i) > 0 ||
                  (measure && measure->unit != ExperimentMeasure::Unit::count &&
                   periods_with_hidden_entries.count(result.period) > 0);
    published.push_back({result.period, result.measure, secret ? std::nullopt : std::optional<double>(result.value),
                         secret});
  }
  double cumulative = 0;
  bool broken = false;
  for (const auto& [period, indexes] : by_period) {
    for (std::size_t index : indexes) {
      if (experiment.results[index].measure != "entrees") continue;
      broken = broken || hidden.count(index) > 0;
      cumulative += experiment.results[index].value;
      published.push_back({period, "entrees_cumulees", broken ? std::nullopt : std::optional<double>(cumulative), broken});
    }
  }
  return published;
}

}  // namespace prith
