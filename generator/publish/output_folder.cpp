#include "publish/output_folder.h"

#include <fstream>
#include <iterator>
#include <stdexcept>

#include "publish/content_digest.h"

namespace prith {

namespace fs = std::filesystem;

OutputFolder::OutputFolder(fs::path root) : root_(std::move(root)) {
  fs::create_directories(root_);
  root_ = fs::canonical(root_);
  started_empty_ = fs::is_empty(root_);
}

fs::path OutputFolder::resolve(std::string_view relative) const {
  fs::path path(relative);
  if (relative.empty() || path.is_absolute() || path.has_root_name())
    throw std::invalid_argument("chemin de sortie refusé : « " + std::string(relative) + " »");
  for (const auto& part : path) {
    if (part == ".." || part == ".")
      throw std::invalid_argument("chemin de sortie refusé : « " + std::string(relative) + " »");
  }
  return root_ / path;
}

void OutputFolder::make_folder(const fs::path& folder) {
  if (made_folders_.count(folder)) return;
  fs::create_directories(folder);
  made_folders_.insert(folder);
}

fs::path OutputFolder::file_path(std::string_view relative) { return file_path(relative, {}); }

fs::path OutputFolder::file_path(std::string_view relative, std::string_view key_of_bytes) {
  fs::path path = resolve(relative);
  std::lock_guard lock(mutex_);
  make_folder(path.parent_path());
  // A file reused earlier is a hard link to the published site's: never
  // write through it. Only a path already put in the folder can exist (the
  // staging folder starts empty), so the others need no unlink.
  std::string key(relative);
  if (entries_.erase(key) > 0 || keys_for_paths_.count(key) > 0 || !started_empty_) {
    std::error_code ignored;
    fs::remove(path, ignored);
  }
  keys_for_paths_[key] = std::string(key_of_bytes);
  return path;
}

void OutputFolder::write(std::string_view relative, std::string_view bytes, std::string_view key) {
  std::string digest = digest_of(bytes);
  if (link_same_bytes(relative, bytes, digest)) {
    record(relative, {std::string(key), std::move(digest)});
    return;
  }
  fs::path path = file_path(relative);
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) throw std::runtime_error("écriture impossible : " + path.string());
  record(relative, {std::string(key), std::move(digest)});
}

bool OutputFolder::link_same_bytes(std::string_view relative, std::string_view bytes, const std::string& digest) {
  resolve(relative);  // checked before the previous site is read
  if (previous_root_.empty()) return false;
  auto found = previous_.files.find(std::string(relative));
  if (found == previous_.files.end() || found->second.digest != digest) return false;
  // The digest is no proof: the old file's bytes are compared.
  fs::path old_file = previous_root_ / fs::path(relative);
  std::error_code error;
  if (!fs::is_regular_file(fs::symlink_status(old_file, error)) || fs::file_size(old_file, error) != bytes.size())
    return false;
  std::ifstream old(old_file, std::ios::binary);
  std::string old_bytes(bytes.size(), '\0');
  if (!old.read(old_bytes.data(), static_cast<std::streamsize>(old_bytes.size())) || old_bytes != bytes) return false;
  return place_previous(relative, old_file);
}

bool OutputFolder::place_previous(std::string_view relative, const fs::path& old_file) {
  fs::path path = file_path(relative);  // its folder made, a file put there earlier removed
  std::error_code error;
  fs::create_hard_link(old_file, path, error);
  if (error && !fs::copy_file(old_file, path, fs::copy_options::overwrite_existing, error)) return false;
  std::lock_guard lock(mutex_);
  ++reused_;
  return true;
}

void OutputFolder::reuse_from(fs::path folder, BuildManifest previous) {
  std::lock_guard lock(mutex_);
  previous_root_ = std::move(folder);
  previous_ = std::move(previous);
}

bool OutputFolder::reuse(std::string_view relative, std::string_view key) {
  resolve(relative);  // checked before the previous site is read
  if (key.empty() || previous_root_.empty()) return false;
  auto found = previous_.files.find(std::string(relative));
  if (found == previous_.files.end() || found->second.key != key) return false;
  fs::path old_file = previous_root_ / fs::path(relative);
  std::error_code error;
  if (!fs::is_regular_file(fs::symlink_status(old_file, error)) || !place_previous(relative, old_file)) return false;
  record(relative, found->second);
  return true;
}

void OutputFolder::copy_file(const fs::path& from, std::string_view relative) {
  std::ifstream file(from, std::ios::binary);
  if (!file.is_open()) throw std::runtime_error("fichier introuvable : " + from.string());
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (file.bad()) throw std::runtime_error("lecture impossible : " + from.string());
  write(relative, bytes);  // linked when the previous site has the same bytes
}

void OutputFolder::record(std::string_view relative, ManifestEntry entry) {
  std::lock_guard lock(mutex_);
  keys_for_paths_.erase(std::string(relative));
  entries_[std::string(relative)] = std::move(entry);
}

std::map<std::string, ManifestEntry> OutputFolder::entries() {
  std::lock_guard lock(mutex_);
  for (const auto& [relative, key] : keys_for_paths_) {
    fs::path path = root_ / fs::path(relative);
    std::error_code error;
    if (fs::is_regular_file(path, error)) entries_[relative] = {key, digest_of_file(path)};
  }
  keys_for_paths_.clear();
  return entries_;
}

std::size_t OutputFolder::reused_count() const {
  std::lock_guard lock(mutex_);
  return reused_;
}

}  // namespace prith
