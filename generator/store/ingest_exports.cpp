#include "store/ingest_exports.h"

#include <filesystem>
#include <unordered_set>

#include "ingest/partner_file.h"
#include "store/content_hash.h"
#include "store/latest_figures.h"

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
                    const std::string& read_at, KeySet& stored, IngestedFile& file) {
  FileReading reading = read_partner_file(path, file.file, project.catalogues());
  Store::AddedBatch added = store.add_batch(BatchRecord{file.file, file.source, hash.sha256, read_at, hash.bytes},
                                            reading, project.territories(), project.indicators());
  file.batch = added.id;
  if (!added.added) return;  // another build stored it since the hash was looked up: unchanged
  // Counted against the keys stored before this file: a key repeated
  // inside the file is the file's own duplicate, not a revision.
  std::vector<std::uint64_t> keys;
  keys.reserve(reading.observations.size());
  for (const Observation& observation : reading.observations) {
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
  // Keys already stored, loaded once and only if a file is new: a build
  // that finds nothing new reads no observation back.
  std::optional<KeySet> stored;
  for (const std::string& path : find_partner_files(project.exports_folder().string())) {
    IngestedFile& file = report.files.emplace_back();
    file.file = fs::path(path).lexically_relative(project.root()).generic_string();
    const Source* source = project.source_of(path);
    file.source = source ? source->code : "";
    std::optional<ContentHash> hash = hash_file(path);
    if (!hash) {
      file.outcome = FileOutcome::unreadable;
      file.refusal = Refusal{DiagnosticCode::file_unreadable, "Le fichier ne peut pas être ouvert."};
    } else if (std::optional<Store::KnownContent> known = store.knows_content(hash->sha256)) {
      file.batch = known->batch;
      file.refusal = known->refusal;
      file.outcome = known->refusal ? FileOutcome::still_refused : FileOutcome::unchanged;
    } else {
      if (!stored) stored = stored_figure_keys(store, project.territories(), project.indicators());
      store_new_file(project, store, path, *hash, read_at, *stored, file);
    }
  }
  return report;
}

}  // namespace prith
