#include "model/dataset.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/french_format.h"
#include "model/computed_figures.h"
#include "model/derived_figures.h"

namespace prith {

namespace {

bool valid_period(const Period& period) {
  if (period.year < 1990 || period.year > 2100) return false;
  switch (period.kind) {
    case Period::Kind::quarter: return period.index >= 1 && period.index <= 4;
    case Period::Kind::month: return period.index >= 1 && period.index <= 12;
    case Period::Kind::year: return period.index == 0;
  }
  return false;
}

// "2026-10-08" or "2026-10-08T09:00:00" → 20261008; 0 when unreadable.
std::uint32_t date_number(const std::string& iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return 0;
  std::uint32_t number = 0;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (iso[i] < '0' || iso[i] > '9') return 0;
    number = number * 10 + static_cast<std::uint32_t>(iso[i] - '0');
  }
  return number;
}

Diagnostic unplaced(const std::string& value, const std::string& message) {
  return file_diagnostic(Severity::warning, DiagnosticCode::figure_outside_tree, value, message);
}

// What the store can hold but the model cannot use: ids no catalogue has,
// a period outside what prith reads, a value that is not a number.
std::optional<Diagnostic> invalid(const StoredFigure& stored, std::size_t indicators, std::size_t territories) {
  std::string what;
  if (stored.indicator >= indicators) {
    what = "indicateur n° " + std::to_string(stored.indicator) + " inconnu de indicators.csv";
  } else if (stored.territory >= territories) {
    what = "territoire n° " + std::to_string(stored.territory) + " inconnu de territories.csv";
  } else if (!valid_period(stored.period)) {
    what = "période " + quote_fr(stored.period.to_string()) + " hors de 1990-2100 ou mal formée";
  } else if (stored.status == ObservationStatus::ok && !std::isfinite(stored.value)) {
    what = "valeur qui n'est pas un nombre fini";
  } else {
    return std::nullopt;
  }
  return file_diagnostic(Severity::warning, DiagnosticCode::figure_invalid, stored.file,
                         "Chiffre ignoré (" + quote_fr(stored.file) + ") : " + what + ".");
}

// Reported figures into their cells, sharing one Provenance per batch.
struct Placement {
  FigureGrid& grid;
  const TerritoryTree& tree;
  const PeriodAxis& periods;
  const TerritoryCatalogue& territories;
  const IndicatorCatalogue& indicators;
  std::vector<Provenance>& provenances;
  std::vector<Diagnostic>& diagnostics;
  std::map<Provenance, std::uint32_t> interned;

  std::uint32_t provenance_of(const StoredFigure& stored) {
    Provenance key{stored.source, stored.file, stored.read_at, stored.revised_at};
    auto [it, added] = interned.emplace(std::move(key), static_cast<std::uint32_t>(provenances.size()));
    if (added) provenances.push_back(it->first);
    return it->second;
  }

  void place(const StoredFigure& stored, NodeIndex node, std::size_t period) {
    Cell& cell = grid.at(stored.indicator, node, period);
    if (cell.figure.present()) {
      const Provenance& before = provenances[cell.figure.provenance];
      const bool keep_before = before.read_at > stored.read_at;
      const Territory& territory = territories.at(stored.territory);
      diagnostics.push_back(file_diagnostic(
          Severity::warning, DiagnosticCode::figure_duplicate, stored.file,
          indicators.at(stored.indicator).code + ", " + territory.name + " (" + territory.code + "), " +
              stored.period.french_label() + " : deux chiffres reçus (" + quote_fr(before.file) + " lu le " +
              before.read_at + ", " + quote_fr(stored.file) + " lu le " + stored.read_at + ") ; le plus récent, " +
              quote_fr(keep_before ? before.file : stored.file) + ", est utilisé."));
      if (keep_before) return;
    }
    Figure& figure = cell.figure;
    figure = Figure{};
    figure.status = stored.status;
    figure.value = stored.status == ObservationStatus::ok ? stored.value : 0;
    if (stored.provisional) figure.flags |= kProvisional;
    if (!stored.revised_at.empty()) {
      figure.flags |= kRevised;
      figure.revised_on = date_number(stored.revised_at);
    }
    figure.provenance = provenance_of(stored);
  }
};

// Own breaks, and for a rate those of its terms, in the plan's order.
std::vector<std::vector<SeriesBreak>> effective_breaks(const SeriesBreakCatalogue& catalogue,
                                                       const ComputationPlan& plan) {
  std::vector<std::vector<SeriesBreak>> breaks(plan.rules.size());
  for (const SeriesBreak& b : catalogue.all()) {
    if (b.indicator < breaks.size()) breaks[b.indicator].push_back(b);
  }
  for (IndicatorId id : plan.order) {
    const IndicatorRule& rule = plan.rules[id];
    if (rule.aggregation != Aggregation::ratio) continue;
    for (IndicatorId term : {*rule.numerator, *rule.denominator}) {
      for (const SeriesBreak& b : breaks[term]) {
        bool known = std::any_of(breaks[id].begin(), breaks[id].end(),
                                 [&](const SeriesBreak& own) { return own.iso_date() == b.iso_date(); });
        if (!known) breaks[id].push_back(b);
      }
    }
  }
  return breaks;
}

void mark_breaks(FigureGrid& grid, const PeriodAxis& periods, const std::vector<std::vector<SeriesBreak>>& breaks) {
  for (IndicatorId id = 0; id < grid.indicators(); ++id) {
    for (const SeriesBreak& b : breaks[id]) {
      for (Period::Kind kind : {Period::Kind::year, Period::Kind::quarter, Period::Kind::month}) {
        std::optional<std::size_t> at = periods.index_of(b.first_period(kind));
        if (!at) continue;
        for (NodeIndex node = 0; node < grid.nodes(); ++node) {
          Cell& cell = grid.at(id, node, *at);
          cell.figure.flags |= kSeriesBreak;
          cell.alternate.flags |= kSeriesBreak;
        }
      }
    }
  }
}

}  // namespace

Dataset Dataset::build(const std::vector<StoredFigure>& figures, const ModelCatalogues& catalogues,
                       std::vector<Diagnostic>& diagnostics, const std::vector<FigurePass>& passes) {
  Dataset dataset;
  dataset.territories_ = catalogues.territories;
  dataset.indicators_ = catalogues.indicators;
  const std::size_t indicator_count = catalogues.indicators.all().size();
  const std::size_t territory_count = catalogues.territories.all().size();

  // What can be placed at all: known ids and periods prith can read.
  std::vector<const StoredFigure*> usable;
  std::vector<TerritoryId> seen;
  std::vector<Period> seen_periods;
  std::vector<bool> territory_seen(territory_count, false);
  for (const StoredFigure& stored : figures) {
    if (std::optional<Diagnostic> problem = invalid(stored, indicator_count, territory_count)) {
      diagnostics.push_back(std::move(*problem));
      continue;
    }
    usable.push_back(&stored);
    seen_periods.push_back(stored.period);
    if (!territory_seen[stored.territory]) seen.push_back(stored.territory);
    territory_seen[stored.territory] = true;
  }
  std::sort(seen.begin(), seen.end());
  dataset.tree_ = TerritoryTree::build(catalogues.territories, catalogues.region, seen);
  dataset.periods_ = PeriodAxis(seen_periods);
  dataset.grid_ = FigureGrid(indicator_count, dataset.tree_.size(), dataset.periods_.size());

  Placement placement{dataset.grid_, dataset.tree_, dataset.periods_, catalogues.territories,
                      catalogues.indicators, dataset.provenances_, diagnostics, {}};
  std::vector<bool> outside_said(territory_count, false);
  for (const StoredFigure* stored : usable) {
    std::optional<NodeIndex> node = dataset.tree_.node_of(stored->territory);
    if (!node) {
      if (!outside_said[stored->territory]) {
        const Territory& territory = catalogues.territories.at(stored->territory);
        diagnostics.push_back(unplaced(territory.code, "Chiffres de " + territory.name + " (" + territory.code +
                                                           ") ignorés : ce territoire n'a pas sa place dans "
                                                           "l'arbre départements, région, pays du projet."));
        outside_said[stored->territory] = true;
      }
      continue;
    }
    placement.place(*stored, *node, *dataset.periods_.index_of(stored->period));
  }

  ComputationPlan plan = plan_computation(catalogues.indicators, diagnostics);
  compute_figures(dataset.grid_, plan, dataset.tree_, dataset.periods_, catalogues.territories,
                  catalogues.indicators, dataset.provenances_, diagnostics);
  dataset.breaks_ = effective_breaks(catalogues.breaks, plan);
  mark_breaks(dataset.grid_, dataset.periods_, dataset.breaks_);
  FigurePassContext context{dataset.grid_,         dataset.tree_,        catalogues.territories, dataset.periods_,
                            catalogues.indicators, dataset.provenances_, diagnostics};
  for (const FigurePass& pass : passes) pass(context);
  derive_figures(dataset.grid_, dataset.tree_, dataset.periods_, catalogues.indicators, dataset.breaks_);
  return dataset;
}

const Cell* Dataset::cell(IndicatorId indicator, TerritoryId territory, const Period& period) const {
  std::optional<NodeIndex> node = tree_.node_of(territory);
  std::optional<std::size_t> at = periods_.index_of(period);
  if (indicator >= grid_.indicators() || !node || !at) return nullptr;
  return &grid_.at(indicator, *node, *at);
}

std::span<const Cell> Dataset::series(IndicatorId indicator, TerritoryId territory) const {
  std::optional<NodeIndex> node = tree_.node_of(territory);
  if (indicator >= grid_.indicators() || !node) return {};
  return grid_.series(indicator, *node);
}

const SeriesBreak* Dataset::series_break(IndicatorId indicator, const Period& period) const {
  if (indicator >= breaks_.size()) return nullptr;
  for (const SeriesBreak& b : breaks_[indicator]) {
    if (b.first_period(period.kind) == period) return &b;
  }
  return nullptr;
}

std::string Dataset::parts_fr(const Figure& figure) {
  if (!figure.has(kPartial)) return "";
  return std::to_string(figure.known_parts) + " " +
         (figure.known_parts > 1 ? "départements" : "département") + " sur " + std::to_string(figure.total_parts);
}

}  // namespace prith
