// Everything a published site is made from, besides the store: the
// project's settings and catalogues, the templates/ and assets/ folders
// (the project's and the source tree's), and the prith binary itself.
// `prith build` fingerprints them to know when nothing changed; `prith
// serve` polls them (with exports/) to know when to rebuild.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace prith {

class Store;

// The project's input files that exist, in a stable order: prith.ini and
// the catalogues (axes.csv included), then every file under templates/ and
// assets/ of the project and of `source_tree` (empty: none), then every file
// under capitalisation/ (docs/capitalisation.md), then, with `with_exports`,
// every file under exports/.
std::vector<std::filesystem::path> build_input_files(const std::filesystem::path& project_root,
                                                     const std::filesystem::path& source_tree, bool with_exports);

// The digest of the store's batches, of every input file's path and bytes,
// of `version` and of the running executable (size and time): equal
// fingerprints mean the site would come out the same.
std::string build_fingerprint(Store& store, const std::filesystem::path& project_root,
                              const std::filesystem::path& source_tree, std::string_view version);

// Path, size and modification time of every input, exports included: what
// `prith serve` polls. Cheap: no file is read.
std::string input_change_signature(const std::filesystem::path& project_root,
                                   const std::filesystem::path& source_tree);

}  // namespace prith
