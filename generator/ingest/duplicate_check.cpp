#include "ingest/duplicate_check.h"

#include <algorithm>
#include <unordered_map>
#include <set>

#include "core/french_format.h"
#include "ingest/table_mapper.h"

namespace prith {

namespace {


bool same_figure(const Observation& a, const Observation& b) {
  return a.status == b.status && (a.status != ObservationStatus::ok || a.value == b.value);
}

// Indicator, territory, period and breakdown in one integer: equal keys,
// same figure. A period's kind takes 2 bits and its index (month 1-12) 6.
std::uint64_t pack_key(const Observation& o) {
  std::uint64_t period = (std::uint64_t(std::uint16_t(o.period.year)) << 16) | (std::uint64_t(o.breakdown) << 8) |
                         (std::uint64_t(o.period.kind) << 6) | o.period.index;
  return (std::uint64_t(o.indicator) << 48) | (std::uint64_t(o.territory) << 32) | period;
}


}  // namespace

void check_duplicates(FileReading& reading, const MappingCatalogues& catalogues) {
  std::vector<Observation>& observations = reading.observations;
  // Sorting 8-byte keys, not a hash set of them: a few bytes per
  // observation even for the millions of rows of a national export. Only
  // the keys seen twice are then looked for, in the order of the file.
  std::vector<std::uint64_t> keys(observations.size());
  for (std::size_t i = 0; i < observations.size(); ++i) keys[i] = pack_key(observations[i]);
  // Exports are often sorted already (by indicator, territory, period).
  if (!std::is_sorted(keys.begin(), keys.end())) std::sort(keys.begin(), keys.end());
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> repeated;
  for (std::size_t i = 1; i < keys.size(); ++i) {
    if (keys[i] == keys[i - 1]) repeated[keys[i]];
  }
  keys = {};
  if (repeated.empty()) return;
  for (std::uint32_t i = 0; i < observations.size(); ++i) {
    auto group = repeated.find(pack_key(observations[i]));
    if (group != repeated.end()) group->second.push_back(i);
  }
  std::vector<std::vector<std::uint32_t>> groups;
  for (auto& [key, indices] : repeated) groups.push_back(std::move(indices));
  std::sort(groups.begin(), groups.end());  // by first place in the file: a stable report

  std::vector<bool> dropped(observations.size(), false);
  std::set<std::pair<std::uint64_t, std::uint64_t>> reported_rows;  // one warning per pair of rows
  for (const std::vector<std::uint32_t>& group : groups) {
    const Observation& first = observations[group[0]];
    std::string key = describe_figure_key(catalogues, first.indicator, &catalogues.territories.at(first.territory),
                                          first.period, first.breakdown);
    bool conflict = false;
    for (std::uint32_t index : group) conflict |= !same_figure(first, observations[index]);
    if (conflict) {
      // One error naming every place: prith does not choose, so none is kept.
      std::string places;
      for (std::uint32_t index : group) {
        if (!places.empty()) places += ", ";
        places += figure_fr(observations[index]) + " (" + describe_place_fr(reading.place_of(observations[index])) + ")";
        dropped[index] = true;
      }
      const Observation& second = observations[group[1]];
      reading.values_from_cells.push_back(reading.diagnostics.size());  // its cell's text, read again
      reading.diagnostics.push_back(Diagnostic{
          Severity::error, DiagnosticCode::conflicting_values, reading.place_of(second), "",
          "Valeurs différentes pour " + key + " : " + places +
              " ; aucune n'est retenue tant que le fichier n'est pas corrigé."});
      continue;
    }
    SourcePlace first_place = reading.place_of(first);
    for (std::size_t j = 1; j < group.size(); ++j) {
      const Observation& other = observations[group[j]];
      dropped[group[j]] = true;
      auto rows = std::make_pair((std::uint64_t{first.sheet} << 32) | first.line,
                                 (std::uint64_t{other.sheet} << 32) | other.line);
      if (!reported_rows.insert(rows).second) continue;
      reading.values_from_cells.push_back(reading.diagnostics.size());  // its cell's text, read again
      reading.diagnostics.push_back(Diagnostic{
          Severity::warning, DiagnosticCode::duplicate_row, reading.place_of(other), "",
          "Ligne en double : " + key + " vaut déjà " + figure_fr(first) + " (" + describe_place_fr(first_place) +
              ") ; la répétition est ignorée."});
    }
  }

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
