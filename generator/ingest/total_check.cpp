#include "ingest/total_check.h"

#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "core/french_format.h"

namespace prith {

namespace {

struct DepartementSum {
  double sum = 0;
  std::size_t count = 0;
  bool incomplete = false;
};

Diagnostic mismatch(const SourcePlace& place, std::string text, const std::string& message) {
  return Diagnostic{Severity::warning, DiagnosticCode::total_mismatch, place, std::move(text),
                    message + " : vérifiez le fichier auprès du partenaire."};
}

}  // namespace

bool total_differs(double total, double sum) { return std::fabs(sum - total) > 0.5 + 1e-9 * std::fabs(total); }

void TotalCheck::reset() {
  totals_.clear();
  rows_rejected_ = false;
}

void TotalCheck::add_total(IndicatorId indicator, const Period& period, BreakdownId breakdown, double value,
                           std::string text, const SourcePlace& place) {
  totals_[std::make_tuple(indicator, period, breakdown)] = Total{value, std::move(text), place};
}

void TotalCheck::check(std::span<const Observation> table, const FileReading& reading,
                       const MappingCatalogues& catalogues, std::vector<Diagnostic>& diagnostics,
                       std::vector<std::size_t>& values_from_cells) const {
  if (rows_rejected_) return;
  auto summed = [&](IndicatorId id) { return catalogues.indicators.at(id).aggregation == Aggregation::sum; };
  // Each département's région, by id; régions keep their own id.
  const std::vector<Territory>& territories = catalogues.territories.all();
  std::vector<std::optional<TerritoryId>> region_of(territories.size());
  for (std::size_t id = 0; id < territories.size(); ++id) {
    if (territories[id].level == TerritoryLevel::region) region_of[id] = static_cast<TerritoryId>(id);
    if (territories[id].level == TerritoryLevel::departement) {
      region_of[id] = catalogues.territories.find(TerritoryLevel::region, territories[id].parent);
    }
  }

  // (indicator, period) pairs with a total or a région row: only those are summed.
  auto pair_key = [](IndicatorId indicator, const Period& period, BreakdownId breakdown) {
    return (std::uint64_t(breakdown) << 48) | (std::uint64_t(indicator) << 32) |
           (std::uint64_t(std::uint16_t(period.year)) << 16) | (std::uint64_t(period.kind) << 8) | period.index;
  };
  // "DEBOE, 2025-T3" or "DEBOE, Femmes (sexe), 2025-T3".
  auto describe = [&](IndicatorId indicator, const Period& period, BreakdownId breakdown) {
    std::string text = catalogues.indicators.at(indicator).code + ", ";
    if (breakdown != kHeadline && catalogues.breakdowns != nullptr) {
      text += catalogues.breakdowns->describe_fr(breakdown) + ", ";
    }
    return text + period.to_string();
  };
  std::unordered_set<std::uint64_t> wanted;
  std::vector<const Observation*> regions;
  for (const auto& [key, total] : totals_) {
    if (summed(std::get<0>(key))) wanted.insert(pair_key(std::get<0>(key), std::get<1>(key), std::get<2>(key)));
  }
  for (const Observation& observation : table) {
    if (territories[observation.territory].level == TerritoryLevel::region &&
        observation.status == ObservationStatus::ok && summed(observation.indicator)) {
      regions.push_back(&observation);
      wanted.insert(pair_key(observation.indicator, observation.period, observation.breakdown));
    }
  }
  if (wanted.empty()) return;  // most tables: no work at all

  // Sums over the départements of the table, by pair and région.
  std::unordered_map<std::uint64_t, std::map<TerritoryId, DepartementSum>> sums;
  for (const Observation& observation : table) {
    if (territories[observation.territory].level != TerritoryLevel::departement) continue;
    std::uint64_t key = pair_key(observation.indicator, observation.period, observation.breakdown);
    if (!wanted.count(key) || !region_of[observation.territory]) continue;
    DepartementSum& sum = sums[key][*region_of[observation.territory]];
    if (observation.status == ObservationStatus::ok) {
      sum.sum += observation.value;
      ++sum.count;
    } else {
      sum.incomplete = true;
    }
  }

  // "Total": all the départements of the table, whatever their région.
  for (const auto& [key, total] : totals_) {
    const auto& [indicator, period, breakdown] = key;
    if (!summed(indicator)) continue;
    DepartementSum all;
    for (const auto& [region, sum] : sums[pair_key(indicator, period, breakdown)]) {
      all.sum += sum.sum;
      all.count += sum.count;
      all.incomplete |= sum.incomplete;
    }
    if (all.count == 0 || all.incomplete || !total_differs(total.value, all.sum)) continue;
    diagnostics.push_back(mismatch(total.place, total.text,
                                   "Le total " + format_number_fr(total.value) + " ne correspond pas à la somme des " +
                                       count_fr(all.count, "département", "départements") + " du tableau (" +
                                       format_number_fr(all.sum) + ") pour " + describe(indicator, period, breakdown)));
  }

  // A région row: only when every département of the région is in the table.
  for (const Observation* region : regions) {
    const std::map<TerritoryId, DepartementSum>& by_region = sums[pair_key(region->indicator, region->period, region->breakdown)];
    auto sum = by_region.find(region->territory);
    if (sum == by_region.end() || sum->second.incomplete) continue;
    std::size_t departements = 0;
    for (std::size_t id = 0; id < territories.size(); ++id) {
      departements += territories[id].level == TerritoryLevel::departement && region_of[id] == region->territory;
    }
    if (sum->second.count != departements || !total_differs(region->value, sum->second.sum)) continue;
    const Territory& territory = territories[region->territory];
    values_from_cells.push_back(diagnostics.size());  // the région cell's text is read again
    diagnostics.push_back(mismatch(reading.place_of(*region), "",
                                   "Le chiffre de la région " + territory.name + " (" +
                                       format_number_fr(region->value) + ") ne correspond pas à la somme de ses " +
                                       count_fr(departements, "département", "départements") + " dans le tableau (" +
                                       format_number_fr(sum->second.sum) + ") pour " +
                                       describe(region->indicator, region->period, region->breakdown)));
  }
}

}  // namespace prith
