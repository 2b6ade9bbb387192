// One build of a project, shared by `prith build` and `prith serve`: reads
// the new exports into the store, builds the model, and publishes the site
// through the staging publisher (publish/site_publisher.h).
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

namespace prith {

struct BuildRequest {
  std::string folder;  // "" for the demo project
  std::string now;     // --now, "" for the clock
  std::string out;     // --out, "" for the default site folder
};

// Where the site goes without --out: `site/` at the source tree's root for
// the demo project, PROJECT/site for another.
std::filesystem::path default_site_folder(const std::string& folder, const std::filesystem::path& project_root);

// The exit code of `prith build`. `published_to`, when given, receives the
// output folder (even when nothing had to be published).
int build_project(const BuildRequest& request, std::ostream& out, std::ostream& err,
                  std::filesystem::path* published_to = nullptr);

}  // namespace prith
