// The demo project as the context of the capitalisation readers, and a
// temporary project folder to write content files into.
#pragma once

#include <memory>

#include "capitalisation/capitalisation_catalogues.h"
#include "capitalisation/content_fields.h"
#include "project/project.h"
#include "test_folder.h"

namespace prith::test {

struct DemoContext {
  std::unique_ptr<Project> project;
  CapitalisationCatalogues catalogues = default_capitalisation_catalogues();
  std::unique_ptr<ContentContext> context;

  DemoContext() {
    std::vector<Diagnostic> diagnostics;
    std::string error;
    project = Project::load(std::string(PRITH_SOURCE_DIR) + "/config", diagnostics, error);
    context = std::make_unique<ContentContext>(ContentContext{catalogues, project->territories(),
                                                              project->catalogues().resolver, project->indicators(),
                                                              "52", "2026-11-15"});
  }
};

// "code L3C4 value" for each diagnostic, to compare lists at a glance.
inline std::vector<std::string> summarise(const std::vector<Diagnostic>& diagnostics, bool with_infos = false) {
  std::vector<std::string> lines;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (!with_infos && diagnostic.severity == Severity::info) continue;
    std::string place;
    if (diagnostic.place.in_sheet()) {
      place = diagnostic.place.sheet + "!" + diagnostic.place.cell();
    } else {
      place = 'L';
      place += std::to_string(diagnostic.place.line);
      place += 'C';
      place += std::to_string(diagnostic.place.column);
    }
    lines.push_back(std::string(code_name(diagnostic.code)) + " " + place + " " + diagnostic.value);
  }
  return lines;
}

}  // namespace prith::test
