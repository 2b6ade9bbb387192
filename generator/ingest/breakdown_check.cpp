#include "ingest/breakdown_check.h"

#include <algorithm>
#include <unordered_map>

#include "core/french_format.h"
#include "ingest/total_check.h"

namespace prith {

namespace {

// Territory, indicator and period in one integer (breakdown left out).
std::uint64_t cell_key(const Observation& o) {
  return (std::uint64_t(o.indicator) << 48) | (std::uint64_t(o.territory) << 32) |
         (std::uint64_t(std::uint16_t(o.period.year)) << 16) | (std::uint64_t(o.period.kind) << 8) | o.period.index;
}

struct Group {
  const Observation* headline = nullptr;
  std::vector<const Observation*> categories;
};

}  // namespace

void check_breakdowns(std::span<const Observation> table, const FileReading& reading,
                      const MappingCatalogues& catalogues, std::vector<Diagnostic>& diagnostics,
                      std::vector<std::size_t>& values_from_cells) {
  if (catalogues.breakdowns == nullptr) return;
  const BreakdownCatalogue& breakdowns = *catalogues.breakdowns;
  std::unordered_map<std::uint64_t, Group> groups;
  std::vector<std::uint64_t> order;  // first category's place: a stable report
  for (const Observation& observation : table) {
    if (observation.breakdown == kHeadline) continue;
    auto [at, added] = groups.try_emplace(cell_key(observation));
    if (added) order.push_back(at->first);
    at->second.categories.push_back(&observation);
  }
  if (groups.empty()) return;  // most tables: no category column
  for (const Observation& observation : table) {
    if (observation.breakdown != kHeadline) continue;
    auto at = groups.find(cell_key(observation));
    if (at != groups.end()) at->second.headline = &observation;
  }

  for (std::uint64_t key : order) {
    const Group& group = groups[key];
    const Observation* headline = group.headline;
    if (headline == nullptr || headline->status != ObservationStatus::ok) continue;
    const Indicator& indicator = catalogues.indicators.at(headline->indicator);
    if (indicator.aggregation != Aggregation::sum) continue;
    for (std::size_t dimension = 0; dimension < breakdowns.dimensions().size(); ++dimension) {
      const std::vector<BreakdownId> wanted = breakdowns.categories_of(dimension);
      double sum = 0;
      std::string parts;
      bool complete = true;
      for (BreakdownId id : wanted) {
        auto found = std::find_if(group.categories.begin(), group.categories.end(),
                                  [&](const Observation* o) { return o->breakdown == id; });
        if (found == group.categories.end() || (*found)->status != ObservationStatus::ok) {
          complete = false;
          break;
        }
        sum += (*found)->value;
        if (!parts.empty()) parts += " + ";
        parts += breakdowns.at(id).label + " " + format_number_fr((*found)->value) + " (" +
                 describe_place_fr(reading.place_of(**found)) + ")";
      }
      if (!complete || wanted.empty() || !total_differs(headline->value, sum)) continue;
      values_from_cells.push_back(diagnostics.size());  // the total cell's text is read again
      diagnostics.push_back(Diagnostic{
          Severity::warning, DiagnosticCode::breakdown_mismatch, reading.place_of(*headline), "",
          "Les catégories de « " + breakdowns.dimensions()[dimension].label + " » (" + parts + " = " +
              format_number_fr(sum) + ") ne font pas le total " + format_number_fr(headline->value) + " (" +
              describe_place_fr(reading.place_of(*headline)) + ") pour " +
              describe_figure_key(catalogues, headline->indicator, &catalogues.territories.at(headline->territory),
                                  headline->period, kHeadline) +
              " : vérifiez le fichier auprès du partenaire ; les valeurs sont lues telles quelles."});
    }
  }
}

}  // namespace prith
