// The folder a build writes the site into. Renderers only ever name files
// by their path relative to the site's root ("territoires/53.html"), so that
// nothing they write can land outside it, and so that the publisher decides
// where the files really go (a staging folder swapped in at the end).
#pragma once

#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>

namespace prith {

class OutputFolder {
 public:
  // Files go under `root`, which is created if needed.
  explicit OutputFolder(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }

  // Writes `bytes` to `relative` (parents created). `key` names everything
  // the bytes were made from (for example a hash of a chart's description):
  // with it, a later build may call reuse() instead of rendering again.
  // Throws std::invalid_argument for a path that is absolute, empty, or
  // climbs out of the root. Safe to call from several threads.
  void write(std::string_view relative, std::string_view bytes, std::string_view key = {});

  // True when the file was already made from the same `key` by the previous
  // build and has been put in place without rendering it again. The caller
  // renders and calls write() when it returns false.
  bool reuse(std::string_view relative, std::string_view key);

  // The absolute path of `relative`, parents created, for writers that need
  // a file name (libxlsxwriter). The caller writes the file itself.
  std::filesystem::path file_path(std::string_view relative);

  // Copies a file from outside the site (assets) to `relative`.
  void copy_file(const std::filesystem::path& from, std::string_view relative);

  // The path checked and made absolute (exposed for tests).
  std::filesystem::path resolve(std::string_view relative) const;

 private:
  std::filesystem::path root_;
  std::mutex mutex_;  // guards directory creation
};

}  // namespace prith
