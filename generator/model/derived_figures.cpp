#include "model/derived_figures.h"

#include <algorithm>
#include <cmath>

#include "model/aggregation.h"

namespace prith {

namespace {

// Why `figure` cannot be used, or ok.
DerivedStatus input_status(const Figure& figure) {
  if (figure.has(kHidden) || figure.status == ObservationStatus::confidential) return DerivedStatus::secret;
  if (!figure.known()) return DerivedStatus::missing;
  if (figure.has(kPartial)) return DerivedStatus::partial;
  return DerivedStatus::ok;
}

Derived not_there(DerivedStatus status) { return Derived{0, status}; }

// A value too large for a double is no evolution, sum or share.
Derived finite(double value) {
  return std::isfinite(value) ? Derived{value, DerivedStatus::ok} : not_there(DerivedStatus::missing);
}

}  // namespace

bool break_between(std::span<const SeriesBreak> breaks, const Period& from, const Period& to) {
  const int low = period_ordinal(from), high = period_ordinal(to);
  return std::any_of(breaks.begin(), breaks.end(), [&](const SeriesBreak& b) {
    const int first = period_ordinal(b.first_period(from.kind));
    return low < first && first <= high;
  });
}

Derived evolution(const Figure& before, const Figure& now, bool in_points) {
  for (const Figure* figure : {&now, &before}) {
    if (DerivedStatus status = input_status(*figure); status != DerivedStatus::ok) return not_there(status);
  }
  if (in_points) return finite(now.value - before.value);
  if (before.value == 0) return not_there(DerivedStatus::zero_base);
  return finite((now.value - before.value) / std::fabs(before.value) * 100);
}

Derived rolling_sum(std::span<const Figure> window) {
  double sum = 0;
  for (const Figure& figure : window) {
    if (DerivedStatus status = input_status(figure); status != DerivedStatus::ok) return not_there(status);
    sum += figure.value;
  }
  return finite(sum);
}

Derived share(const Figure& part, const Figure& whole) {
  for (const Figure* figure : {&part, &whole}) {
    if (DerivedStatus status = input_status(*figure); status != DerivedStatus::ok) return not_there(status);
  }
  if (whole.value == 0) return not_there(DerivedStatus::zero_base);
  return finite(part.value / whole.value * 100);
}

std::vector<std::uint16_t> competition_ranks(std::span<const Figure> figures) {
  std::vector<std::uint16_t> ranks(figures.size(), 0);
  for (std::size_t i = 0; i < figures.size(); ++i) {
    if (input_status(figures[i]) != DerivedStatus::ok) continue;
    std::uint16_t larger = 0;
    for (const Figure& other : figures) {
      if (input_status(other) == DerivedStatus::ok && other.value > figures[i].value) ++larger;
    }
    ranks[i] = static_cast<std::uint16_t>(larger + 1);
  }
  return ranks;
}

namespace {

void derive_series(std::span<Cell> series, const PeriodAxis& periods, const Indicator& indicator,
                   std::span<const SeriesBreak> breaks) {
  const bool in_points = evolves_in_points(indicator);
  // Four quarters add up for counts over a period, not for stocks at a date.
  const bool additive = indicator.aggregation == Aggregation::sum && indicator.nature != Nature::stock;
  std::vector<Figure> window(4);
  for (std::size_t p = 0; p < series.size(); ++p) {
    const Period& now = periods.all()[p];
    DerivedFigures& derived = series[p].derived;
    auto evolution_from = [&](int steps) {
      const Period then = period_before(now, steps);
      std::optional<std::size_t> at = periods.index_of(then);
      if (!at) return not_there(DerivedStatus::missing);
      if (break_between(breaks, then, now)) return not_there(DerivedStatus::series_break);
      return evolution(series[*at].figure, series[p].figure, in_points);
    };
    derived.previous = evolution_from(1);
    derived.year_ago = evolution_from(periods_per_year(now.kind));
    if (!additive || now.kind != Period::Kind::quarter) continue;
    const Period first = period_before(now, 3);
    std::optional<std::size_t> at = periods.index_of(first);
    if (!at) {
      derived.rolling_four_quarters = not_there(DerivedStatus::missing);
    } else if (break_between(breaks, first, now)) {
      derived.rolling_four_quarters = not_there(DerivedStatus::series_break);
    } else {
      for (std::size_t k = 0; k < 4; ++k) window[k] = series[*at + k].figure;
      derived.rolling_four_quarters = rolling_sum(window);
    }
  }
}

void derive_shares_and_ranks(FigureGrid& grid, const TerritoryTree& tree, IndicatorId id, bool additive) {
  std::vector<Figure> siblings;
  for (NodeIndex parent = 0; parent < tree.size(); ++parent) {
    const std::vector<NodeIndex>& children = tree.node(parent).children;
    if (children.empty()) continue;
    for (std::size_t p = 0; p < grid.periods(); ++p) {
      siblings.clear();
      for (NodeIndex child : children) siblings.push_back(grid.at(id, child, p).figure);
      std::vector<std::uint16_t> ranks = competition_ranks(siblings);
      const std::uint16_t ranked = static_cast<std::uint16_t>(
          std::count_if(ranks.begin(), ranks.end(), [](std::uint16_t r) { return r != 0; }));
      const Figure& whole = grid.at(id, parent, p).figure;
      for (std::size_t c = 0; c < children.size(); ++c) {
        DerivedFigures& derived = grid.at(id, children[c], p).derived;
        derived.rank = ranks[c];
        derived.rank_among = ranks[c] ? ranked : 0;
        if (additive) derived.share_of_parent = share(siblings[c], whole);
      }
    }
  }
}

}  // namespace

void derive_figures(FigureGrid& grid, const TerritoryTree& tree, const PeriodAxis& periods,
                    const IndicatorCatalogue& indicators, const std::vector<std::vector<SeriesBreak>>& breaks) {
  for (IndicatorId id = 0; id < grid.indicators(); ++id) {
    const Indicator& indicator = indicators.at(id);
    for (NodeIndex node = 0; node < tree.size(); ++node) {
      derive_series(grid.series(id, node), periods, indicator, breaks[id]);
    }
    derive_shares_and_ranks(grid, tree, id, indicator.aggregation == Aggregation::sum);
  }
}

}  // namespace prith
