#include "publish/output_folder.h"

#include <fstream>
#include <stdexcept>

namespace prith {

OutputFolder::OutputFolder(std::filesystem::path root) : root_(std::move(root)) {
  std::filesystem::create_directories(root_);
  root_ = std::filesystem::canonical(root_);
}

std::filesystem::path OutputFolder::resolve(std::string_view relative) const {
  std::filesystem::path path(relative);
  if (relative.empty() || path.is_absolute() || path.has_root_name())
    throw std::invalid_argument("chemin de sortie refusé : « " + std::string(relative) + " »");
  for (const auto& part : path) {
    if (part == ".." || part == ".")
      throw std::invalid_argument("chemin de sortie refusé : « " + std::string(relative) + " »");
  }
  return root_ / path;
}

std::filesystem::path OutputFolder::file_path(std::string_view relative) {
  std::filesystem::path path = resolve(relative);
  std::lock_guard lock(mutex_);
  std::filesystem::create_directories(path.parent_path());
  return path;
}

void OutputFolder::write(std::string_view relative, std::string_view bytes, std::string_view /*key*/) {
  std::filesystem::path path = file_path(relative);
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) throw std::runtime_error("écriture impossible : " + path.string());
}

bool OutputFolder::reuse(std::string_view /*relative*/, std::string_view /*key*/) { return false; }

void OutputFolder::copy_file(const std::filesystem::path& from, std::string_view relative) {
  std::filesystem::path path = file_path(relative);
  std::filesystem::copy_file(from, path, std::filesystem::copy_options::overwrite_existing);
}

}  // namespace prith
