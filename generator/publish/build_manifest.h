// The build manifest, `.prith-build.json` at the root of every site prith
// publishes: the fingerprint of all the inputs the site was made from, and
// for each file its key (what the renderer said it was made from) and the
// digest of its bytes. The next build reuses a file whose key is unchanged,
// and does nothing at all when the fingerprint is unchanged. Its presence
// also marks a folder as "built by prith", which may be replaced.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace prith {

constexpr const char* kManifestName = ".prith-build.json";

struct ManifestEntry {
  std::string key;     // "" when the writer gave none (never reused)
  std::string digest;  // content_digest of the bytes

  bool operator==(const ManifestEntry&) const = default;
};

struct BuildManifest {
  std::string fingerprint;                       // of every input of the build
  std::map<std::string, ManifestEntry> files;    // by path relative to the site, '/' separated
  // What the build wants to remember besides the files, by name (prith
  // build keeps the model's report here, to say it again when nothing changed).
  std::map<std::string, std::string> notes;

  bool operator==(const BuildManifest&) const = default;

  // Deterministic JSON (paths sorted).
  std::string to_json() const;
  // nullopt when the text is not a manifest.
  static std::optional<BuildManifest> parse(const std::string& json);
  // The manifest of the site in `folder`, nullopt when absent or unreadable.
  static std::optional<BuildManifest> read_from(const std::filesystem::path& folder);
};

}  // namespace prith
