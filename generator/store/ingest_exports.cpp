#include "store/ingest_exports.h"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <unordered_set>

#include "ingest/partner_file.h"
#include "store/content_hash.h"
#include "store/latest_figures.h"
#include "store/reading_fingerprint.h"

namespace prith {

namespace fs = std::filesystem;

std::size_t IngestReport::count(FileOutcome outcome) const {
  std::size_t total = 0;
  for (const IngestedFile& file : files) total += file.outcome == outcome ? 1 : 0;
  return total;
}

DiagnosticCounts IngestReport::diagnostics() const {
  DiagnosticCounts total;
  for (const IngestedFile& file : files) {
    DiagnosticCounts counts = count_by_severity(file.diagnostics);
    total.errors += counts.errors;
    total.warnings += counts.warnings;
    total.infos += counts.infos;
  }
  return total;
}

namespace {

using KeySet = std::unordered_set<std::uint64_t>;

// Reads a file whose bytes the store does not hold and stores it.
void store_new_file(const Project& project, Store& store, const std::string& path, const ContentHash& hash,
                    const std::string& read_at, const std::string& fingerprint, KeySet& stored, IngestedFile& file) {
  FileReading reading = read_partner_file(path, file.file, project.catalogues(), project.number_setting(path));
  Store::AddedBatch added =
      store.add_batch(BatchRecord{file.file, file.source, hash.sha256, read_at, hash.bytes, fingerprint}, reading,
                      project.territories(), project.indicators(), &project.breakdowns());
  file.batch = added.id;
  if (!added.added) {  // another build stored it since the hash was looked up: unchanged
    file.reread = false;
    file.diagnostics = store.stored_errors(added.id);
    return;
  }
  // Counted against the keys stored before this file: a key repeated
  // inside the file is the file's own duplicate, not a revision.
  std::vector<std::uint64_t> keys;
  keys.reserve(reading.observations.size());
  for (const Observation& observation : reading.observations) {
    if (observation.breakdown != kHeadline) continue;  // the model reads headline figures only
    keys.push_back(figure_key(observation.indicator, observation.territory, observation.period));
    if (stored.count(keys.back())) ++file.already_stored;
  }
  stored.insert(keys.begin(), keys.end());
  file.observations = reading.observations.size();
  file.refusal = reading.refused;
  file.diagnostics = std::move(reading.diagnostics);
  file.outcome = reading.refused          ? FileOutcome::refused
                 : file.already_stored > 0 ? FileOutcome::revision
                                           : FileOutcome::new_batch;
}

}  // namespace

IngestReport ingest_exports(const Project& project, Store& store, const std::string& read_at) {
  IngestReport report;
  std::string fingerprint = reading_fingerprint(project);
  std::vector<std::string> paths = find_partner_files(project.exports_folder().string());
  std::vector<ContentHash> hashes(paths.size());
  // (order, index) of the files to read: known bytes read again by their
  // stored batch, then new files after every stored batch.
  std::vector<std::pair<std::int64_t, std::size_t>> to_read;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    IngestedFile& file = report.files.emplace_back();
    file.file = fs::path(paths[i]).lexically_relative(project.root()).generic_string();
    const Source* source = project.source_of(paths[i]);
    file.source = source ? source->code : "";
    std::optional<ContentHash> hash = hash_file(paths[i]);
    if (!hash) {
      file.outcome = FileOutcome::unreadable;
      file.refusal = Refusal{DiagnosticCode::file_unreadable, "Le fichier ne peut pas être ouvert."};
      continue;
    }
    hashes[i] = *hash;
    std::optional<Store::KnownContent> known = store.knows_content(hash->sha256);
    if (known && known->reading == fingerprint) {
      file.batch = known->batch;
      file.refusal = known->refusal;
      file.outcome = known->refusal ? FileOutcome::still_refused : FileOutcome::unchanged;
      file.diagnostics = store.stored_errors(known->batch);
    } else {
      file.reread = known.has_value();
      to_read.push_back({known ? known->batch : std::numeric_limits<std::int64_t>::max(), i});
    }
  }
  std::stable_sort(to_read.begin(), to_read.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // Keys already stored, loaded once and only if a file is read: a build
  // that finds nothing new reads no observation back.
  std::optional<KeySet> stored;
  for (const auto& [order, i] : to_read) {
    if (!stored) stored = stored_figure_keys(store, project.territories(), project.indicators());
    store_new_file(project, store, paths[i], hashes[i], read_at, fingerprint, *stored, report.files[i]);
  }
  return report;
}

}  // namespace prith
