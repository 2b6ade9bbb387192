// What the reading of an export depended on besides its bytes: the
// catalogues, the région and the reader's own rules. A batch records it, so
// that a file read before an alias was added to indicators.csv is read
// again instead of keeping its error forever (docs/store.md).
#pragma once

#include <string>

#include "project/project.h"

namespace prith {

// Bumped whenever a change to the readers or the mapper can turn the same
// bytes into other observations or diagnostics: every stored file is then
// read again by the next `prith build`.
constexpr int kReaderVersion = 3;

// SHA-256 (lower-case hex) of kReaderVersion, of the project's
// indicators.csv, territories.csv, former_departements.csv, sources.csv and
// breakdowns.csv as prith uses them (the embedded default when the project
// has none) and of prith.ini's région.
std::string reading_fingerprint(const Project& project);

}  // namespace prith
