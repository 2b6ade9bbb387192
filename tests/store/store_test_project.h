// A project made by `prith init` in a temporary folder, whose exports the
// store tests write and rewrite, and small ways to look into its store.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "project/project.h"
#include "store/ingest_exports.h"
#include "store/read_clock.h"
#include "store/store.h"
#include "test_folder.h"

namespace prith::test {

class StoreProject {
 public:
  StoreProject() {
    std::ostringstream out, err;
    REQUIRE(run_init({root().string()}, out, err) == kExitClean);
  }
  std::filesystem::path root() const { return folder_.path() / "projet"; }
  std::string store_path() const { return Store::path_in(root()).string(); }

  // Writes exports/<name> (e.g. "france-travail/deboe.csv").
  void write_export(const std::string& name, const std::string& contents) const {
    folder_.write("projet/exports/" + name, contents);
  }
  void remove_export(const std::string& name) const { std::filesystem::remove(root() / "exports" / name); }

  std::unique_ptr<Project> load() const {
    std::vector<Diagnostic> diagnostics;
    std::string error;
    auto project = Project::load(root(), diagnostics, error);
    REQUIRE(project);
    return project;
  }

  // One build's ingestion at the instant `read_at` ("2026-01-15" or a full
  // instant, normalized as `prith build --now` does).
  IngestReport ingest(const std::string& read_at) const {
    std::optional<std::string> instant = normalize_instant(read_at);
    REQUIRE(instant);
    auto project = load();
    Store store(store_path());
    return ingest_exports(*project, store, *instant);
  }

 private:
  TemporaryFolder folder_;
};

// Long-format CSV lines for the default catalogue: "44;2025T3;DEBOE;1250".
inline std::string long_csv(const std::string& lines) {
  return "Département;Trimestre;Indicateur;Valeur;Commentaire\n" + lines;
}

inline long long count_rows(Store& store, const std::string& table) {
  return store.database().single_integer("SELECT count(*) FROM " + table);
}

}  // namespace prith::test
