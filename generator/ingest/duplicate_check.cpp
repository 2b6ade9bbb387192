#include "ingest/duplicate_check.h"

#include <algorithm>
#include <numeric>
#include <set>

#include "core/french_format.h"
#include "ingest/table_mapper.h"

namespace prith {

namespace {

bool same_key(const Observation& a, const Observation& b) {
  return a.indicator == b.indicator && a.territory == b.territory && a.period == b.period;
}

bool same_figure(const Observation& a, const Observation& b) {
  return a.status == b.status && (a.status != ObservationStatus::ok || a.value == b.value);
}

std::string figure_fr(const Observation& observation) {
  switch (observation.status) {
    case ObservationStatus::ok: return format_number_fr(observation.value, 6);
    case ObservationStatus::confidential: return "secret";
    case ObservationStatus::missing: return "non disponible";
  }
  return "";
}

}  // namespace

void check_duplicates(FileReading& reading, const MappingCatalogues& catalogues) {
  std::vector<Observation>& observations = reading.observations;
  // Sorting indices, not a hash set of keys: a few bytes per observation
  // even for the millions of rows of a national export.
  std::vector<std::uint32_t> order(observations.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const Observation& x = observations[a];
    const Observation& y = observations[b];
    if (x.indicator != y.indicator) return x.indicator < y.indicator;
    if (x.territory != y.territory) return x.territory < y.territory;
    return x.period < y.period;
  });

  std::vector<bool> dropped(observations.size(), false);
  std::set<std::pair<std::uint64_t, std::uint64_t>> reported_rows;  // one warning per pair of rows
  for (std::size_t i = 0; i < order.size();) {
    std::size_t end = i + 1;
    while (end < order.size() && same_key(observations[order[i]], observations[order[end]])) ++end;
    const Observation& first = observations[order[i]];
    SourcePlace first_place = reading.place_of(first);
    bool conflict = false;
    for (std::size_t j = i + 1; j < end; ++j) conflict |= !same_figure(first, observations[order[j]]);
    for (std::size_t j = i + 1; j < end; ++j) {
      const Observation& other = observations[order[j]];
      SourcePlace other_place = reading.place_of(other);
      const Territory& territory = catalogues.territories.at(first.territory);
      std::string key = catalogues.indicators.at(first.indicator).code + ", " + territory.code + " " +
                        territory.name + ", " + first.period.to_string();
      if (conflict) {
        reading.diagnostics.push_back(Diagnostic{
            Severity::error, DiagnosticCode::conflicting_values, other_place, figure_fr(other),
            "Deux valeurs différentes pour " + key + " : " + figure_fr(first) + " (" +
                describe_place_fr(first_place) + ") et " + figure_fr(other) + " (" + describe_place_fr(other_place) +
                ") ; aucune n'est retenue tant que le fichier n'est pas corrigé."});
        dropped[order[i]] = true;
        dropped[order[j]] = true;
        continue;
      }
      dropped[order[j]] = true;
      auto rows = std::make_pair((std::uint64_t{first.sheet} << 32) | first.line,
                                 (std::uint64_t{other.sheet} << 32) | other.line);
      if (!reported_rows.insert(rows).second) continue;
      reading.diagnostics.push_back(Diagnostic{
          Severity::warning, DiagnosticCode::duplicate_row, other_place, figure_fr(other),
          "Ligne en double : " + key + " vaut déjà " + figure_fr(first) + " (" + describe_place_fr(first_place) +
              ") ; la répétition est ignorée."});
    }
    i = end;
  }

  // Notes follow their observation through the compaction.
  std::vector<std::size_t> new_index(observations.size());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < observations.size(); ++i) {
    new_index[i] = kept;
    if (!dropped[i]) observations[kept++] = observations[i];
  }
  observations.resize(kept);
  std::erase_if(reading.notes, [&](const ObservationNote& note) { return dropped[note.observation]; });
  for (ObservationNote& note : reading.notes) note.observation = new_index[note.observation];
}

}  // namespace prith
