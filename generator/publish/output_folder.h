// The folder a build writes the site into. Renderers only ever name files
// by their path relative to the site's root ("territoires/53.html"), so that
// nothing they write can land outside it, and so that the publisher decides
// where the files really go (a staging folder swapped in at the end).
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

#include "publish/build_manifest.h"

namespace prith {

class OutputFolder {
 public:
  // Files go under `root`, which is created if needed.
  explicit OutputFolder(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }

  // Writes `bytes` to `relative` (parents created). `key` names everything
  // the bytes were made from (for example a hash of a chart's description):
  // with it, a later build may call reuse() instead of rendering again.
  // Bytes identical to the previous site's file at the same path are not
  // written again: that file is hard-linked (counted as reused).
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
  // The same, for a file made from `key` (see write()): a later build may
  // reuse() it.
  std::filesystem::path file_path(std::string_view relative, std::string_view key);

  // Copies a file from outside the site (assets) to `relative` (linked, as
  // by write(), when the previous site has the same bytes); throws
  // std::runtime_error when it cannot be read.
  void copy_file(const std::filesystem::path& from, std::string_view relative);

  // The path checked and made absolute (exposed for tests).
  std::filesystem::path resolve(std::string_view relative) const;

  // Lets reuse() take files from the previous site in `folder`, as its
  // manifest describes them (the publisher calls it; without it, reuse()
  // always returns false).
  void reuse_from(std::filesystem::path folder, BuildManifest previous);

  // Every file put in the folder so far, with its key and digest (files
  // written through file_path() are digested here, from disk). The manifest
  // the publisher writes.
  std::map<std::string, ManifestEntry> entries();

  std::size_t reused_count() const;  // files reuse() or write() took from the previous site

 private:
  void record(std::string_view relative, ManifestEntry entry);
  // Links the previous site's file at `relative` when its bytes are `bytes`.
  bool link_same_bytes(std::string_view relative, std::string_view bytes, const std::string& digest);
  // Puts `old_file` (the previous site's) at `relative`: a hard link, a copy
  // where linking fails; counts it reused. What reuse() and write() share.
  bool place_previous(std::string_view relative, const std::filesystem::path& old_file);
  // Creates `folder` and its parents once per build (callers hold mutex_):
  // a site has thousands of files in a few dozen folders.
  void make_folder(const std::filesystem::path& folder);

  std::filesystem::path root_;
  mutable std::mutex mutex_;  // guards directory creation and the maps below
  std::filesystem::path previous_root_;
  BuildManifest previous_;
  std::map<std::string, ManifestEntry> entries_;
  std::map<std::string, std::string> keys_for_paths_;  // file_path() callers: their key, digest later
  std::size_t reused_ = 0;
  std::set<std::filesystem::path> made_folders_;
  bool started_empty_ = false;  // no file can be in the way of a path not yet put in it
};

}  // namespace prith
