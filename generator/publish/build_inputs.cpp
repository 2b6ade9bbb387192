#include "publish/build_inputs.h"

#include <algorithm>

#include "publish/content_digest.h"
#include "store/store.h"

namespace prith {

namespace fs = std::filesystem;

namespace {

constexpr const char* kProjectFiles[] = {"prith.ini", "indicators.csv", "territories.csv", "sources.csv",
                                         "series_breaks.csv", "axes.csv", "breakdowns.csv"};

void add_tree(const fs::path& folder, std::vector<fs::path>& files) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) return;
  std::vector<fs::path> found;
  for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error)) found.push_back(it->path());
  }
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
}

}  // namespace

std::vector<fs::path> build_input_files(const fs::path& project_root, const fs::path& source_tree,
                                        bool with_exports) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const char* name : kProjectFiles) {
    if (fs::is_regular_file(project_root / name, error)) files.push_back(project_root / name);
  }
  for (const char* folder : {"templates", "assets"}) {
    add_tree(project_root / folder, files);
    if (!source_tree.empty() && !fs::equivalent(source_tree, project_root, error))
      add_tree(source_tree / folder, files);
  }
  add_tree(project_root / "capitalisation", files);  // practices, action plans, experiments
  if (with_exports) add_tree(project_root / "exports", files);
  return files;
}

std::string build_fingerprint(Store& store, const fs::path& project_root, const fs::path& source_tree,
                              std::string_view version) {
  ContentDigest digest;
  digest.add_field("prith").add_field(version);
  std::error_code error;
  fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    auto size = fs::file_size(executable, error);
    auto time = fs::last_write_time(executable, error);
    digest.add_field(std::to_string(size)).add_field(std::to_string(time.time_since_epoch().count()));
  }
  Statement batches(store.database(), "SELECT id, sha256, file FROM batches ORDER BY id");
  while (batches.step()) {
    digest.add_field(std::to_string(batches.integer(0))).add_field(batches.text(1)).add_field(batches.text(2));
  }
  for (const fs::path& file : build_input_files(project_root, source_tree, false)) {
    digest.add_field(file.lexically_relative(project_root).generic_string());
    digest.add_field(digest_of_file(file));
  }
  return digest.hex();
}

std::string input_change_signature(const fs::path& project_root, const fs::path& source_tree) {
  ContentDigest digest;
  for (const fs::path& file : build_input_files(project_root, source_tree, true)) {
    std::error_code error;
    auto size = fs::file_size(file, error);
    auto time = fs::last_write_time(file, error);
    digest.add_field(file.string()).add_field(std::to_string(size));
    digest.add_field(std::to_string(time.time_since_epoch().count()));
  }
  return digest.hex();
}

}  // namespace prith
