#include "model/computed_figures.h"

#include <cmath>
#include <functional>

#include "core/french_format.h"
#include "model/aggregation.h"

namespace prith {

namespace {

std::optional<IndicatorId> find_code(const IndicatorCatalogue& indicators, const std::string& code) {
  for (std::size_t i = 0; i < indicators.all().size(); ++i) {
    if (indicators.all()[i].code == code) return static_cast<IndicatorId>(i);
  }
  return std::nullopt;
}

std::vector<IndicatorId> inputs_of(const IndicatorRule& rule) {
  std::vector<IndicatorId> inputs;
  for (const std::optional<IndicatorId>& input : {rule.weight, rule.numerator, rule.denominator}) {
    if (input) inputs.push_back(*input);
  }
  return inputs;
}

// Puts the computed figure in its cell. A reported figure that says
// something (a value or "secret") stays shown and the computed one becomes
// its alternate; a reported "n.d." gives way to the computed figure.
// Returns whether a reported value and a complete computed one can be compared.
bool place(Cell& cell, const Figure& computed) {
  if (cell.figure.present() && cell.figure.status != ObservationStatus::missing) {
    cell.alternate = computed;
    return cell.figure.known() && computed.known() && !computed.has(kPartial);
  }
  if (cell.figure.present()) cell.alternate = cell.figure;
  cell.figure = computed;
  return false;
}

struct Context {
  FigureGrid& grid;
  const TerritoryTree& tree;
  const PeriodAxis& periods;
  const TerritoryCatalogue& territories;
  const IndicatorCatalogue& indicators;
  const std::vector<Provenance>& provenances;
  std::vector<Diagnostic>& diagnostics;

  std::string territory_fr(NodeIndex node) const {
    const Territory& territory = territories.at(tree.node(node).territory);
    return territory.name + " (" + territory.code + ")";
  }

  void mismatch(IndicatorId id, NodeIndex node, std::size_t period, const std::string& how) {
    const Cell& cell = grid.at(id, node, period);
    const Indicator& indicator = indicators.at(id);
    double tolerance = 0;
    if (!differs(indicator.aggregation, cell.figure.value, cell.alternate.value, tolerance)) return;
    const bool rate = indicator.aggregation == Aggregation::ratio;
    const Provenance* from =
        cell.figure.provenance < provenances.size() ? &provenances[cell.figure.provenance] : nullptr;
    Diagnostic d;
    d.severity = Severity::warning;
    d.code = rate ? DiagnosticCode::rate_mismatch : DiagnosticCode::aggregate_mismatch;
    d.value = format_number_fr(cell.figure.value, 4);
    d.message = territory_fr(node) + ", " + indicator.code + ", " + periods.all()[period].french_label() + " : " +
                format_number_fr(cell.figure.value, 4) + " déclaré" +
                (from ? " par " + from->source + " (" + from->file + ")" : std::string()) + ", " +
                format_number_fr(cell.alternate.value, 4) + " pour " + how + " ; écart " +
                format_number_fr(std::fabs(cell.figure.value - cell.alternate.value), 4) +
                " au-delà de la tolérance " + format_number_fr(tolerance, 4) + ". Le chiffre déclaré est publié.";
    diagnostics.push_back(std::move(d));
  }

  // Figures of `id` at every département below `node`, for one period.
  void parts(IndicatorId id, NodeIndex node, std::size_t period, std::vector<Figure>& out) const {
    out.clear();
    for (NodeIndex d : tree.node(node).departements) out.push_back(grid.at(id, d, period).figure);
  }
};

void compute_aggregates(Context& c, IndicatorId id, const IndicatorRule& rule) {
  std::vector<Figure> values, weights;
  for (NodeIndex node = 0; node < c.tree.size(); ++node) {
    if (c.tree.node(node).level == TerritoryLevel::departement) continue;
    const std::size_t n = c.tree.node(node).departements.size();
    const std::string how = rule.aggregation == Aggregation::sum
                                ? "la somme des " + count_fr(n, "département", "départements")
                                : "la moyenne des " + count_fr(n, "département", "départements") +
                                      " pondérée par " + c.indicators.at(*rule.weight).code;
    for (std::size_t p = 0; p < c.periods.size(); ++p) {
      c.parts(id, node, p, values);
      Figure computed;
      if (rule.aggregation == Aggregation::sum) {
        computed = aggregate_sum(values);
      } else {
        c.parts(*rule.weight, node, p, weights);
        computed = aggregate_weighted_mean(values, weights);
      }
      if (place(c.grid.at(id, node, p), computed)) c.mismatch(id, node, p, how);
    }
  }
}

void compute_rates(Context& c, IndicatorId id, const IndicatorRule& rule) {
  const std::string how = "le rapport " + c.indicators.at(*rule.numerator).code + " / " +
                          c.indicators.at(*rule.denominator).code;
  std::vector<Figure> numerators, denominators;
  for (NodeIndex node = 0; node < c.tree.size(); ++node) {
    const bool departement = c.tree.node(node).level == TerritoryLevel::departement;
    for (std::size_t p = 0; p < c.periods.size(); ++p) {
      const Figure& numerator = c.grid.at(*rule.numerator, node, p).figure;
      const Figure& denominator = c.grid.at(*rule.denominator, node, p).figure;
      Figure computed;
      // The territory's own terms when both are known and whole; else, above
      // the départements, the ratio of the sums over the départements where
      // both terms are known, so that both sums cover the same départements.
      if (departement || (numerator.known() && denominator.known() && !numerator.has(kPartial) &&
                          !denominator.has(kPartial))) {
        computed = ratio_of(numerator, denominator, rule.scale);
      } else {
        c.parts(*rule.numerator, node, p, numerators);
        c.parts(*rule.denominator, node, p, denominators);
        computed = aggregate_ratio(numerators, denominators, rule.scale);
      }
      if (place(c.grid.at(id, node, p), computed)) c.mismatch(id, node, p, how);
    }
  }
}

}  // namespace

ComputationPlan plan_computation(const IndicatorCatalogue& indicators, std::vector<Diagnostic>& diagnostics) {
  ComputationPlan plan;
  const std::size_t count = indicators.all().size();
  plan.rules.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    const Indicator& indicator = indicators.all()[i];
    IndicatorRule& rule = plan.rules[i];
    rule.aggregation = indicator.aggregation;
    if (indicator.aggregation == Aggregation::weighted_mean) rule.weight = find_code(indicators, indicator.weight);
    if (indicator.aggregation == Aggregation::ratio) {
      rule.numerator = find_code(indicators, indicator.numerator);
      rule.denominator = find_code(indicators, indicator.denominator);
      rule.scale = ratio_scale(indicator);
    }
    // The catalogue already turns a rule naming no known indicator into
    // none; this keeps the model safe with any catalogue.
    if ((rule.aggregation == Aggregation::weighted_mean && !rule.weight) ||
        (rule.aggregation == Aggregation::ratio && (!rule.numerator || !rule.denominator))) {
      rule = IndicatorRule{};
    }
  }
  // Depth-first: 0 unseen, 1 on the current path, 2 done.
  std::vector<int> state(count, 0);
  std::vector<bool> cyclic(count, false);
  std::function<bool(IndicatorId)> visit = [&](IndicatorId id) -> bool {
    if (state[id] == 2) return !cyclic[id];
    if (state[id] == 1) return false;
    state[id] = 1;
    bool ok = true;
    for (IndicatorId input : inputs_of(plan.rules[id])) ok = visit(input) && ok;
    state[id] = 2;
    if (!ok) cyclic[id] = true;
    plan.order.push_back(id);
    return ok;
  };
  for (std::size_t i = 0; i < count; ++i) visit(static_cast<IndicatorId>(i));
  for (std::size_t i = 0; i < count; ++i) {
    if (!cyclic[i]) continue;
    plan.rules[i] = IndicatorRule{};
    diagnostics.push_back(file_diagnostic(
        Severity::error, DiagnosticCode::indicator_cycle, indicators.all()[i].code,
        "L'indicateur " + quote_fr(indicators.all()[i].code) +
            " dépend de lui-même par ses colonnes weight, numerator ou denominator de indicators.csv : il n'est "
            "ni agrégé ni calculé, seuls les chiffres déclarés sont publiés."));
  }
  return plan;
}

void compute_figures(FigureGrid& grid, const ComputationPlan& plan, const TerritoryTree& tree,
                     const PeriodAxis& periods, const TerritoryCatalogue& territories,
                     const IndicatorCatalogue& indicators, const std::vector<Provenance>& provenances,
                     std::vector<Diagnostic>& diagnostics) {
  Context context{grid, tree, periods, territories, indicators, provenances, diagnostics};
  for (IndicatorId id : plan.order) {
    const IndicatorRule& rule = plan.rules[id];
    switch (rule.aggregation) {
      case Aggregation::sum:
      case Aggregation::weighted_mean: compute_aggregates(context, id, rule); break;
      case Aggregation::ratio: compute_rates(context, id, rule); break;
      case Aggregation::none: break;
    }
  }
}

}  // namespace prith
