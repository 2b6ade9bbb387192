#include "publish/site_publisher.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "publish/content_digest.h"

namespace prith {

namespace fs = std::filesystem;

namespace {

fs::path absolute_clean(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(fs::absolute(path), error);
  if (error) absolute = fs::absolute(path).lexically_normal();
  std::string text = absolute.string();
  while (text.size() > 1 && text.back() == '/') text.pop_back();
  return text;
}

// True when `inner` is `outer` or lies inside it.
bool inside_or_same(const fs::path& inner, const fs::path& outer) {
  auto [end, unused] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return end == outer.end();
}

std::string quoted(const fs::path& path) { return "« " + path.string() + " »"; }

void remove_tree(const fs::path& path) {
  std::error_code error;
  fs::remove_all(path, error);
  if (error) throw std::runtime_error("impossible de supprimer " + quoted(path) + " : " + error.message());
}

}  // namespace

std::function<void()>& publish_hook_before_swap() {
  static std::function<void()> hook;
  return hook;
}

void check_output_folder(const fs::path& output, const std::vector<fs::path>& protected_folders) {
  fs::path target = absolute_clean(output);
  std::string why = "Dossier de sortie " + quoted(output) + " refusé : ";
  std::string keep = " ; le site est publié en remplaçant tout ce dossier. Choisissez un autre --out.";
  if (target == target.root_path()) throw PublishRefused(why + "c'est la racine du système" + keep);
  if (const char* home = std::getenv("HOME"); home && *home && target == absolute_clean(home))
    throw PublishRefused(why + "c'est votre dossier personnel" + keep);
  for (const fs::path& folder : protected_folders) {
    if (folder.empty()) continue;
    fs::path protected_path = absolute_clean(folder);
    if (inside_or_same(protected_path, target))
      throw PublishRefused(why + (target == protected_path ? "c'est le dossier " : "il contient le dossier ") +
                           quoted(protected_path) + ", qui n'est pas un site" + keep);
  }
  std::error_code error;
  fs::file_status status = fs::symlink_status(output, error);
  if (!fs::exists(status)) return;
  if (fs::is_symlink(status)) throw PublishRefused(why + "c'est un lien symbolique" + keep);
  if (!fs::is_directory(status)) throw PublishRefused(why + "c'est un fichier, pas un dossier" + keep);
  if (fs::is_empty(output, error) || fs::is_regular_file(output / kManifestName, error)) return;
  throw PublishRefused(why + "il n'est pas vide et prith ne l'a pas construit (pas de fichier " + kManifestName +
                       ")" + keep);
}

SitePublisher::SitePublisher(fs::path output, const std::vector<fs::path>& protected_folders)
    : output_(absolute_clean(output)) {
  check_output_folder(output, protected_folders);
  fs::create_directories(output_.parent_path());
  lock_fd_ = ::open(lock_path().c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
  if (lock_fd_ < 0)
    throw PublishRefused("Impossible de créer le verrou " + quoted(lock_path()) + " : " + std::strerror(errno));
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(lock_fd_);
    lock_fd_ = -1;
    throw BuildAlreadyRunning("Une construction de " + quoted(output_) +
                         " est déjà en cours (verrou " + quoted(lock_path()) +
                         ") : attendez qu'elle finisse, puis relancez.");
  }
  // A staging folder left by a killed build: nobody holds the lock, so it is stale.
  remove_tree(staging_path());
  previous_ = BuildManifest::read_from(output_);
}

SitePublisher::~SitePublisher() {
  staging_.reset();
  if (!published_) {
    std::error_code ignored;
    fs::remove_all(staging_path(), ignored);
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

// ".site.staging" beside "site" (built with append: GCC 12 warns falsely on "." + string).
fs::path SitePublisher::staging_path() const {
  std::string name(".");
  name.append(output_.filename().string()).append(".staging");
  return output_.parent_path() / name;
}

fs::path SitePublisher::lock_path() const {
  std::string name(".");
  name.append(output_.filename().string()).append(".lock");
  return output_.parent_path() / name;
}

bool SitePublisher::up_to_date(const std::string& fingerprint) const {
  if (!previous_ || previous_->fingerprint != fingerprint) return false;
  // A file removed from the published site by hand: build it again.
  std::error_code error;
  for (const auto& [relative, entry] : previous_->files) {
    if (!fs::is_regular_file(output_ / fs::path(relative), error)) return false;
  }
  return true;
}

OutputFolder& SitePublisher::staging() {
  if (!staging_) {
    remove_tree(staging_path());
    staging_ = std::make_unique<OutputFolder>(staging_path());
    if (previous_) staging_->reuse_from(output_, *previous_);
  }
  return *staging_;
}

std::size_t SitePublisher::publish(const std::string& fingerprint, const std::map<std::string, std::string>& notes) {
  OutputFolder& folder = staging();
  BuildManifest manifest;
  manifest.fingerprint = fingerprint;
  manifest.notes = notes;
  manifest.files = folder.entries();
  // Files other tools wrote into the folder themselves (the search index).
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(folder.root())) {
    if (!entry.is_regular_file()) continue;
    std::string relative = entry.path().lexically_relative(folder.root()).generic_string();
    if (relative == kManifestName || manifest.files.count(relative)) continue;
    manifest.files[relative] = {"", digest_of_file(entry.path())};
  }
  {
    std::ofstream out(folder.root() / kManifestName, std::ios::binary | std::ios::trunc);
    out << manifest.to_json();
    out.close();
    if (!out) throw std::runtime_error("écriture impossible : " + (folder.root() / kManifestName).string());
  }
  staging_.reset();
  if (publish_hook_before_swap()) publish_hook_before_swap()();
  fs::path staging = staging_path();
  if (fs::exists(fs::symlink_status(output_))) {
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, output_.c_str(), RENAME_EXCHANGE) != 0)
      throw std::runtime_error("échange de " + quoted(staging) + " et " + quoted(output_) +
                               " impossible : " + std::strerror(errno));
    published_ = true;
    // The old site, now at the staging path; if it resists, the next build removes it.
    std::error_code ignored;
    fs::remove_all(staging, ignored);
  } else {
    if (::rename(staging.c_str(), output_.c_str()) != 0)
      throw std::runtime_error("renommage de " + quoted(staging) + " impossible : " + std::strerror(errno));
    published_ = true;
  }
  return manifest.files.size();
}

}  // namespace prith
