#include "model/secrecy_pass.h"

#include <cmath>

#include "core/french_format.h"
#include "model/secrecy_suppression.h"

namespace prith {

namespace {

// The table of one indicator and period: one cell per tree node.
SecrecyTable table_of(const FigurePassContext& context, IndicatorId indicator, std::size_t period) {
  SecrecyTable table;
  const std::vector<TreeNode>& nodes = context.tree.nodes();
  for (NodeIndex node = 0; node < nodes.size(); ++node) {
    const Figure& figure = context.grid.at(indicator, node, period).figure;
    SecrecyCell cell;
    cell.value = figure.value;
    // A partner's own secret or a missing figure has no value here: to the
    // audit it is one more unknown, and nothing of ours to protect.
    cell.missing = !figure.known();
    cell.hidden = figure.has(kHidden);
    table.cells.push_back(cell);
  }
  for (NodeIndex node = 0; node < nodes.size(); ++node) {
    const TreeNode& parent = nodes[node];
    if (parent.children.empty()) continue;
    const Figure& total = context.grid.at(indicator, node, period).figure;
    if (!total.known()) continue;
    SecrecyRelation relation{node, {}};
    for (NodeIndex child : parent.children) {
      // A computed total adds its known parts only; a reported one covers
      // them all, the unknown ones included.
      if (total.origin == FigureOrigin::computed && !context.grid.at(indicator, child, period).figure.known()) {
        continue;
      }
      relation.parts.push_back(child);
    }
    if (!relation.parts.empty()) table.relations.push_back(relation);
  }
  return table;
}

}  // namespace

FigurePass secrecy_pass() {
  return [](FigurePassContext& context) {
    const std::vector<Indicator>& indicators = context.indicators.all();
    const std::size_t periods = context.periods.size();
    const std::size_t nodes = context.tree.size();
    for (IndicatorId id = 0; id < indicators.size(); ++id) {
      const Indicator& indicator = indicators[id];
      if (!indicator.secret || indicator.aggregation != Aggregation::sum) continue;
      SecrecyRule rule;
      rule.threshold = indicator.secret_threshold;
      rule.protection = indicator.secret_protection;
      for (std::size_t period = 0; period < periods; ++period) {
        SecrecyTable table = table_of(context, id, period);
        SuppressionResult result = suppress_small_counts(table, rule);
        for (NodeIndex node = 0; node < nodes; ++node) {
          if (table.cells[node].hidden) context.grid.at(id, node, period).figure.flags |= kHidden;
        }
        for (const AuditInterval& interval : result.unprotected) {
          const Territory& territory =
              context.territories.at(context.tree.node(static_cast<NodeIndex>(interval.cell)).territory);
          Diagnostic diagnostic;
          diagnostic.severity = Severity::error;
          diagnostic.code = DiagnosticCode::secrecy_unprotected;
          diagnostic.value = indicator.code;
          diagnostic.message =
              "Secret statistique non garanti pour " + indicator.code + ", " + territory.code + " " +
              territory.name + ", " + context.periods.all()[period].to_string() +
              " : les chiffres publiés permettent d'en déduire la valeur entre " +
              format_number_fr(interval.low) + " et " +
              (std::isinf(interval.high) ? std::string("l'infini") : format_number_fr(interval.high)) +
              ". La publication est arrêtée.";
          context.diagnostics.push_back(diagnostic);
        }
      }
    }
    // A rate with a hidden term, a mean with a hidden weight: hidden too.
    for (IndicatorId id = 0; id < indicators.size(); ++id) {
      const Indicator& indicator = indicators[id];
      std::vector<IndicatorId> terms;
      for (const std::string& code : {indicator.numerator, indicator.denominator, indicator.weight}) {
        if (code.empty()) continue;
        if (auto term = context.indicators.match(code)) terms.push_back(*term);
      }
      if (terms.empty()) continue;
      for (NodeIndex node = 0; node < nodes; ++node) {
        for (std::size_t period = 0; period < periods; ++period) {
          for (IndicatorId term : terms) {
            if (context.grid.at(term, node, period).figure.has(kHidden)) {
              context.grid.at(id, node, period).figure.flags |= kHidden;
            }
          }
        }
      }
    }
  };
}

}  // namespace prith
