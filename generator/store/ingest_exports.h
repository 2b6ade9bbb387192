// The ingestion step of `prith build`: every export of the project whose
// bytes the store does not hold yet becomes a batch. The site build calls
// the same function before it reads latest_figures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "project/project.h"
#include "store/store.h"

namespace prith {

enum class FileOutcome {
  new_batch,   // read and stored; none of its figures was stored before
  revision,    // read and stored; some of its figures were already stored
  unchanged,   // the store holds these bytes, read under the same fingerprint: not read again
  still_refused,  // the store already holds these bytes as a refused file
  refused,     // stored as a batch with its refusal
  unreadable,  // could not even be opened to compute its hash: not stored
};

struct IngestedFile {
  std::string file;    // under the project folder: "exports/..."
  std::string source;  // "" when no source folder holds it
  FileOutcome outcome = FileOutcome::unchanged;
  std::int64_t batch = 0;           // stored now, or the batch that already holds the bytes
  std::size_t observations = 0;
  std::size_t already_stored = 0;   // figures another batch already held
  std::optional<Refusal> refusal;
  // The bytes were known but read under another fingerprint (catalogues,
  // région or reader changed): read again into a new batch.
  bool reread = false;
  // Of this reading; for a file not read again, the errors stored with its
  // batch, so that an unresolved problem is reported at every build.
  std::vector<Diagnostic> diagnostics;
};

struct IngestReport {
  std::vector<IngestedFile> files;  // in find_partner_files order
  std::size_t count(FileOutcome outcome) const;
  DiagnosticCounts diagnostics() const;  // over the files read now
};

// `read_at`: the build's instant (build_instant). Files are read one at a
// time; each is committed before the next is opened. Files read again
// because the fingerprint changed go first, in the order of their stored
// batches, so that a correction stays newer than what it corrected; new
// files follow in find_partner_files order.
IngestReport ingest_exports(const Project& project, Store& store, const std::string& read_at);

}  // namespace prith
