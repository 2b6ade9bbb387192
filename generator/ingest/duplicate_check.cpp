#include "ingest/duplicate_check.h"

#include <algorithm>
#include <tuple>
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
  // Sorting packed keys, not a hash set: 16 contiguous bytes per
  // observation even for the millions of rows of a national export. The
  // index breaks ties, so the order is the file's among equal keys.
  struct Keyed {
    std::uint64_t key;
    std::uint32_t index;
    bool operator<(const Keyed& other) const { return std::tie(key, index) < std::tie(other.key, other.index); }
  };
  std::vector<Keyed> order(observations.size());
  for (std::uint32_t i = 0; i < observations.size(); ++i) {
    const Observation& o = observations[i];
    std::uint64_t period = (std::uint64_t(std::uint16_t(o.period.year)) << 16) |
                           (std::uint64_t(o.period.kind) << 8) | o.period.index;
    order[i] = Keyed{(std::uint64_t(o.indicator) << 48) | (std::uint64_t(o.territory) << 32) | period, i};
  }
  std::sort(order.begin(), order.end());

  std::vector<bool> dropped(observations.size(), false);
  std::set<std::pair<std::uint64_t, std::uint64_t>> reported_rows;  // one warning per pair of rows
  for (std::size_t i = 0; i < order.size();) {
    std::size_t end = i + 1;
    while (end < order.size() && order[end].key == order[i].key) ++end;
    if (end == i + 1) {
      i = end;
      continue;
    }
    const Observation& first = observations[order[i].index];
    SourcePlace first_place = reading.place_of(first);
    bool conflict = false;
    for (std::size_t j = i + 1; j < end; ++j) conflict |= !same_figure(first, observations[order[j].index]);
    const Territory& territory = catalogues.territories.at(first.territory);
    std::string key = catalogues.indicators.at(first.indicator).code + ", " + territory.code + " " +
                      territory.name + ", " + first.period.to_string();
    for (std::size_t j = i + 1; j < end; ++j) {
      const Observation& other = observations[order[j].index];
      SourcePlace other_place = reading.place_of(other);
      if (conflict) {
        reading.diagnostics.push_back(Diagnostic{
            Severity::error, DiagnosticCode::conflicting_values, other_place, figure_fr(other),
            "Deux valeurs différentes pour " + key + " : " + figure_fr(first) + " (" +
                describe_place_fr(first_place) + ") et " + figure_fr(other) + " (" + describe_place_fr(other_place) +
                ") ; aucune n'est retenue tant que le fichier n'est pas corrigé."});
        dropped[order[i].index] = true;
        dropped[order[j].index] = true;
        continue;
      }
      dropped[order[j].index] = true;
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
  order = {};

  // Compaction; notes (sorted by observation) follow their observation.
  std::size_t kept = 0, next_note = 0;
  std::vector<ObservationNote> kept_notes;
  for (std::size_t i = 0; i < observations.size(); ++i) {
    for (; next_note < reading.notes.size() && reading.notes[next_note].observation == i; ++next_note) {
      if (dropped[i]) continue;
      kept_notes.push_back(reading.notes[next_note]);
      kept_notes.back().observation = kept;
    }
    if (!dropped[i]) observations[kept++] = observations[i];
  }
  observations.resize(kept);
  reading.notes = std::move(kept_notes);
}

}  // namespace prith
