#include "model/secrecy_pass.h"

#include <cmath>
#include <map>
#include <numeric>

#include "core/french_format.h"
#include "model/secrecy_suppression.h"

namespace prith {

namespace {

// Periods tied by sums: a year and its quarters and months, a quarter and
// its months. Secrecy settles each group as one table, so that a year
// published beside three visible quarters cannot give the fourth away.
std::vector<std::vector<std::size_t>> period_groups(const PeriodAxis& axis) {
  const std::vector<Period>& periods = axis.all();
  std::vector<std::size_t> root(periods.size());
  std::iota(root.begin(), root.end(), 0);
  auto find = [&](std::size_t i) {
    while (root[i] != i) i = root[i] = root[root[i]];
    return i;
  };
  auto quarter_of = [](const Period& month) { return static_cast<std::uint8_t>((month.index + 2) / 3); };
  for (std::size_t a = 0; a < periods.size(); ++a) {
    for (std::size_t b = 0; b < periods.size(); ++b) {
      const Period& big = periods[a];
      const Period& small = periods[b];
      bool contains = big.year == small.year &&
                      ((big.kind == Period::Kind::year && small.kind != Period::Kind::year) ||
                       (big.kind == Period::Kind::quarter && small.kind == Period::Kind::month &&
                        quarter_of(small) == big.index));
      if (contains) root[find(b)] = find(a);
    }
  }
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < periods.size(); ++i) groups[find(i)].push_back(i);
  std::vector<std::vector<std::size_t>> result;
  for (auto& [key, members] : groups) result.push_back(std::move(members));
  return result;
}

// The secrecy table of one indicator over one group of periods: one cell
// per (tree node, period), and every sum an attacker may use.
class TableBuilder {
 public:
  TableBuilder(const FigurePassContext& context, IndicatorId indicator, const std::vector<std::size_t>& periods)
      : context_(context), indicator_(indicator), periods_(periods) {}

  std::size_t cell_of(NodeIndex node, std::size_t period_slot) const {
    return period_slot * context_.tree.size() + node;
  }

  SecrecyTable build(bool summed) const {
    SecrecyTable table;
    for (std::size_t slot = 0; slot < periods_.size(); ++slot) {
      for (NodeIndex node = 0; node < context_.tree.size(); ++node) {
        const Figure& figure = figure_at(node, slot);
        SecrecyCell cell;
        cell.value = figure.value;
        // A partner's own secret is a hidden cell of unknown value: the
        // audit must protect it like ours. A missing figure is unknown too,
        // with nothing to protect.
        cell.hidden = figure.has(kHidden) || figure.status == ObservationStatus::confidential;
        cell.missing = figure.status == ObservationStatus::missing;
        table.cells.push_back(cell);
      }
    }
    if (!summed) return table;
    for (std::size_t slot = 0; slot < periods_.size(); ++slot) add_tree_sums(table, slot);
    add_time_sums(table);
    return table;
  }

 private:
  const Figure& figure_at(NodeIndex node, std::size_t slot) const {
    return context_.grid.at(indicator_, node, periods_[slot]).figure;
  }

  // Keeps a sum only when it holds on the true values: an attacker's
  // deduction from a false equation is wrong, and the audit's must not fail.
  // A partner's secret or a missing part has no value here to check with.
  void add_if_true(SecrecyTable& table, SecrecyRelation relation) const {
    if (relation.parts.empty()) return;
    double sum = 0;
    bool all_known = true;
    for (std::size_t part : relation.parts) {
      all_known &= figure_of(part).status == ObservationStatus::ok;
      sum += table.cells[part].value;
    }
    if (all_known && std::fabs(sum - table.cells[relation.total].value) > 0.5) return;
    table.relations.push_back(std::move(relation));
  }

  const Figure& figure_of(std::size_t cell) const {
    return figure_at(static_cast<NodeIndex>(cell % context_.tree.size()), cell / context_.tree.size());
  }

  // A région or country total: a computed one is exactly the sum of the
  // known départements it was computed from; a partner's covers all of
  // them (a country's, all its régions when the tree holds them all).
  void add_tree_sums(SecrecyTable& table, std::size_t slot) const {
    for (NodeIndex node = 0; node < context_.tree.size(); ++node) {
      const TreeNode& parent = context_.tree.node(node);
      if (parent.level == TerritoryLevel::departement) continue;
      const Figure& total = figure_at(node, slot);
      if (!total.known()) continue;
      SecrecyRelation relation{cell_of(node, slot), {}};
      if (total.origin == FigureOrigin::computed) {
        for (NodeIndex d : parent.departements) {
          if (d != node && figure_at(d, slot).known()) relation.parts.push_back(cell_of(d, slot));
        }
      } else if (parent.level == TerritoryLevel::region) {
        for (NodeIndex d : parent.departements) {
          if (d != node) relation.parts.push_back(cell_of(d, slot));
        }
      } else if (holds_every_region(parent)) {
        for (NodeIndex child : parent.children) relation.parts.push_back(cell_of(child, slot));
      }
      add_if_true(table, std::move(relation));
    }
  }

  bool holds_every_region(const TreeNode& country) const {
    std::size_t regions = 0;
    for (const Territory& territory : context_.territories.all()) regions += territory.level == TerritoryLevel::region;
    return country.children.size() == regions;
  }

  // A year = its four quarters (or twelve months), a quarter = its three
  // months, for indicators counted over the period (not a stock at a date).
  void add_time_sums(SecrecyTable& table) const {
    if (context_.indicators.at(indicator_).nature == Nature::stock) return;
    const std::vector<Period>& axis = context_.periods.all();
    for (std::size_t big = 0; big < periods_.size(); ++big) {
      const Period& whole = axis[periods_[big]];
      if (whole.kind == Period::Kind::month) continue;
      for (Period::Kind part_kind : {Period::Kind::quarter, Period::Kind::month}) {
        if (part_kind == whole.kind || (whole.kind == Period::Kind::quarter && part_kind == Period::Kind::quarter)) {
          continue;
        }
        std::size_t expected = whole.kind == Period::Kind::year ? (part_kind == Period::Kind::quarter ? 4 : 12) : 3;
        std::vector<std::size_t> slots;
        for (std::size_t small = 0; small < periods_.size(); ++small) {
          const Period& part = axis[periods_[small]];
          bool inside = part.kind == part_kind && part.year == whole.year &&
                        (whole.kind == Period::Kind::year || (part.index + 2) / 3 == whole.index);
          if (inside) slots.push_back(small);
        }
        if (slots.size() != expected) continue;
        for (NodeIndex node = 0; node < context_.tree.size(); ++node) {
          if (!figure_at(node, big).known()) continue;
          SecrecyRelation relation{cell_of(node, big), {}};
          for (std::size_t small : slots) relation.parts.push_back(cell_of(node, small));
          add_if_true(table, std::move(relation));
        }
      }
    }
  }

  const FigurePassContext& context_;
  IndicatorId indicator_;
  const std::vector<std::size_t>& periods_;
};

void hide(Cell& cell, bool& changed) {
  if (!cell.figure.has(kHidden)) changed = true;
  cell.figure.flags |= kHidden;
  cell.alternate.flags |= kHidden;  // the other figure of the cell never shows either
}

// Counts that the secrecy rule covers: neither a rate nor a mean.
bool is_counted(const Indicator& indicator) {
  return indicator.secret &&
         (indicator.aggregation == Aggregation::sum || indicator.aggregation == Aggregation::none);
}

void suppress_counts(FigurePassContext& context) {
  const std::vector<Indicator>& indicators = context.indicators.all();
  std::vector<std::vector<std::size_t>> groups = period_groups(context.periods);
  const std::size_t nodes = context.tree.size();
  for (IndicatorId id = 0; id < indicators.size(); ++id) {
    const Indicator& indicator = indicators[id];
    if (!is_counted(indicator)) continue;
    SecrecyRule rule;
    rule.threshold = indicator.secret_threshold;
    rule.protection = indicator.secret_protection;
    for (const std::vector<std::size_t>& group : groups) {
      TableBuilder builder(context, id, group);
      SecrecyTable table = builder.build(indicator.aggregation == Aggregation::sum);
      SuppressionResult result = suppress_small_counts(table, rule);
      bool changed = false;
      for (std::size_t cell = 0; cell < table.cells.size(); ++cell) {
        if (!table.cells[cell].hidden) continue;
        Cell& target = context.grid.at(id, static_cast<NodeIndex>(cell % nodes), group[cell / nodes]);
        if (target.figure.status == ObservationStatus::ok) hide(target, changed);
      }
      for (const AuditInterval& interval : result.unprotected) {
        const Territory& territory =
            context.territories.at(context.tree.node(static_cast<NodeIndex>(interval.cell % nodes)).territory);
        Diagnostic diagnostic;
        diagnostic.severity = Severity::error;
        diagnostic.code = DiagnosticCode::secrecy_unprotected;
        diagnostic.value = indicator.code;
        diagnostic.message =
            "Secret statistique non garanti pour " + indicator.code + ", " + territory.code + " " + territory.name +
            ", " + context.periods.all()[group[interval.cell / nodes]].to_string() +
            " : les chiffres publiés permettent d'en déduire la valeur entre " + format_number_fr(interval.low) +
            " et " + (std::isinf(interval.high) ? std::string("l'infini") : format_number_fr(interval.high)) +
            ". La publication est arrêtée.";
        context.diagnostics.push_back(diagnostic);
      }
    }
  }
}

// A rate or a mean is hidden when a term it uses is: its own numerator,
// denominator or weight, or, above the départements, any département's
// term it was computed from (the sums of a partial rate, a région mean).
// Repeated until nothing changes: a rate of rates follows its terms.
void hide_dependent_figures(FigurePassContext& context) {
  const std::vector<Indicator>& indicators = context.indicators.all();
  const std::size_t periods = context.periods.size();
  bool changed = true;
  while (changed) {
    changed = false;
    for (IndicatorId id = 0; id < indicators.size(); ++id) {
      std::vector<IndicatorId> terms;
      for (const std::string& code : {indicators[id].numerator, indicators[id].denominator, indicators[id].weight}) {
        if (code.empty()) continue;
        if (auto term = context.indicators.match(code)) terms.push_back(*term);
      }
      if (terms.empty()) continue;
      for (NodeIndex node = 0; node < context.tree.size(); ++node) {
        const TreeNode& tree_node = context.tree.node(node);
        for (std::size_t period = 0; period < periods; ++period) {
          Cell& cell = context.grid.at(id, node, period);
          if (cell.figure.has(kHidden)) continue;
          // Above the départements, a mean is always computed from them; a
          // rate too, unless the territory's own terms were both whole.
          bool from_parts = false;
          if (tree_node.level != TerritoryLevel::departement && cell.figure.origin == FigureOrigin::computed) {
            from_parts = indicators[id].aggregation == Aggregation::weighted_mean;
            for (IndicatorId term : terms) {
              const Figure& own = context.grid.at(term, node, period).figure;
              from_parts |= !own.known() || own.has(kPartial);
            }
          }
          bool uses_hidden = false;
          for (IndicatorId term : terms) {
            uses_hidden |= context.grid.at(term, node, period).figure.has(kHidden);
            if (!from_parts) continue;
            for (NodeIndex d : tree_node.departements) uses_hidden |= context.grid.at(term, d, period).figure.has(kHidden);
          }
          if (uses_hidden) hide(cell, changed);
        }
      }
    }
  }
}

}  // namespace

FigurePass secrecy_pass() {
  return [](FigurePassContext& context) {
    suppress_counts(context);
    hide_dependent_figures(context);
  };
}

}  // namespace prith
