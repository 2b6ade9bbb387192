#include "ingest/total_check.h"

#include <cmath>

#include "core/french_format.h"
#include "core/json_writer.h"

namespace prith {

namespace {

struct DepartementSum {
  double sum = 0;
  std::size_t count = 0;
  bool incomplete = false;
};

bool differs(double total, double sum) { return std::fabs(sum - total) > 0.5 + 1e-9 * std::fabs(total); }

Diagnostic mismatch(const SourcePlace& place, double total, const std::string& message) {
  return Diagnostic{Severity::warning, DiagnosticCode::total_mismatch, place, shortest_number(total),
                    message + " : vérifiez le fichier auprès du partenaire."};
}

}  // namespace

void TotalCheck::reset() {
  totals_.clear();
  rows_rejected_ = false;
}

void TotalCheck::add_total(IndicatorId indicator, const Period& period, double value, const SourcePlace& place) {
  totals_[std::make_pair(indicator, period)] = Total{value, place};
}

void TotalCheck::check(std::span<const Observation> table, const FileReading& reading,
                       const MappingCatalogues& catalogues, std::vector<Diagnostic>& diagnostics) const {
  if (rows_rejected_) return;
  auto summed = [&](const Indicator& indicator) { return indicator.aggregation == Aggregation::sum; };
  std::vector<const Observation*> regions;
  for (const Observation& observation : table) {
    if (catalogues.territories.at(observation.territory).level == TerritoryLevel::region &&
        observation.status == ObservationStatus::ok && summed(catalogues.indicators.at(observation.indicator))) {
      regions.push_back(&observation);
    }
  }
  if (totals_.empty() && regions.empty()) return;  // most tables: no work at all

  // Sums by (indicator, period, région) over the départements of the table.
  std::map<std::tuple<IndicatorId, Period, std::string>, DepartementSum> sums;
  for (const Observation& observation : table) {
    const Territory& territory = catalogues.territories.at(observation.territory);
    if (territory.level != TerritoryLevel::departement) continue;
    DepartementSum& sum = sums[std::make_tuple(observation.indicator, observation.period, territory.parent)];
    if (observation.status == ObservationStatus::ok) {
      sum.sum += observation.value;
      ++sum.count;
    } else {
      sum.incomplete = true;
    }
  }

  // "Total": all the départements of the table, whatever their région.
  for (const auto& [key, total] : totals_) {
    const Indicator& indicator = catalogues.indicators.at(key.first);
    if (!summed(indicator)) continue;
    DepartementSum all;
    for (const auto& [sum_key, sum] : sums) {
      if (std::get<0>(sum_key) != key.first || std::get<1>(sum_key) != key.second) continue;
      all.sum += sum.sum;
      all.count += sum.count;
      all.incomplete |= sum.incomplete;
    }
    if (all.count == 0 || all.incomplete || !differs(total.value, all.sum)) continue;
    diagnostics.push_back(mismatch(total.place, total.value,
                                   "Le total " + format_number_fr(total.value) + " ne correspond pas à la somme des " +
                                       count_fr(all.count, "département", "départements") + " du tableau (" +
                                       format_number_fr(all.sum) + ") pour " + indicator.code + ", " +
                                       key.second.to_string()));
  }

  // A région row: only when every département of the région is in the table.
  for (const Observation* region : regions) {
    const Territory& territory = catalogues.territories.at(region->territory);
    auto sum = sums.find(std::make_tuple(region->indicator, region->period, territory.code));
    if (sum == sums.end() || sum->second.incomplete) continue;
    std::size_t departements = 0;
    for (const Territory& candidate : catalogues.territories.all()) {
      departements += candidate.parent == territory.code && candidate.level == TerritoryLevel::departement;
    }
    if (sum->second.count != departements || !differs(region->value, sum->second.sum)) continue;
    diagnostics.push_back(mismatch(reading.place_of(*region), region->value,
                                   "Le chiffre de la région " + territory.name + " (" +
                                       format_number_fr(region->value) + ") ne correspond pas à la somme de ses " +
                                       count_fr(departements, "département", "départements") + " dans le tableau (" +
                                       format_number_fr(sum->second.sum) + ") pour " +
                                       catalogues.indicators.at(region->indicator).code + ", " +
                                       region->period.to_string()));
  }
}

}  // namespace prith
