// Publishes a site in one step. The build writes into a staging folder
// beside the output (`.<name>.staging`, same parent, hence same file
// system), and publish() swaps it with the output at once
// (renameat2 RENAME_EXCHANGE), then removes the old tree. A build that
// fails or is killed never touches the published site; the staging folder
// it leaves is removed by the next build. A lock file (`.<name>.lock`,
// flock) keeps two builds of the same output apart.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "publish/build_manifest.h"
#include "publish/output_folder.h"

namespace prith {

// Why the publisher will not work on an output: the message is French and
// says what to do.
class PublishRefused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another build of the same output holds the lock.
class BuildAlreadyRunning : public PublishRefused {
 public:
  using PublishRefused::PublishRefused;
};

// Throws PublishRefused when `output` is a folder a wrong `--out` must
// never swap away: `/`, the user's home, one of `protected_folders` (the
// project, the source tree) or a folder holding one of them, a file, a
// symbolic link, or a non-empty folder that prith did not build.
void check_output_folder(const std::filesystem::path& output,
                         const std::vector<std::filesystem::path>& protected_folders);

class SitePublisher {
 public:
  // Checks the output, takes the lock (PublishRefused when another build
  // holds it) and removes a stale staging folder.
  SitePublisher(std::filesystem::path output, const std::vector<std::filesystem::path>& protected_folders);
  // Removes the staging folder unless publish() swapped it in.
  ~SitePublisher();
  SitePublisher(const SitePublisher&) = delete;
  SitePublisher& operator=(const SitePublisher&) = delete;

  const std::filesystem::path& output() const { return output_; }
  std::filesystem::path staging_path() const;
  std::filesystem::path lock_path() const;

  // The manifest of the site published now, if prith built it.
  const std::optional<BuildManifest>& previous() const { return previous_; }
  // True when the published site was made from inputs with this fingerprint
  // and every file of its manifest is still there.
  bool up_to_date(const std::string& fingerprint) const;

  // The (new, empty) staging folder, ready to reuse the published site's files.
  OutputFolder& staging();

  // Writes the manifest (with `notes`) into the staging folder, swaps it
  // with the output and removes the old tree. Returns the number of files
  // published, the manifest aside.
  std::size_t publish(const std::string& fingerprint, const std::map<std::string, std::string>& notes = {});

 private:
  std::filesystem::path output_;
  int lock_fd_ = -1;
  std::optional<BuildManifest> previous_;
  std::unique_ptr<OutputFolder> staging_;
  bool published_ = false;
};

// Tests only: called by publish() just before the swap.
std::function<void()>& publish_hook_before_swap();

}  // namespace prith
