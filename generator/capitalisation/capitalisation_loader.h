// Loads a project's capitalisation content (docs/capitalisation.md):
//
//   axes.csv                                     the axes (optional; defaults otherwise)
//   capitalisation/pratiques.xlsx | .csv          one practice per row
//   capitalisation/pratiques/*.md                 one practice per file
//   capitalisation/plans-d-action.xlsx | .csv     one action per row, all départements
//   capitalisation/experimentations/<slug>.md     one experiment per file
//   capitalisation/experimentations/<slug>-resultats.csv | .xlsx   its results
//
// Every file gets its own report (diagnostics placed in it), like the
// partners' exports in `prith check`. Identifiers are checked across files.
#pragma once

#include <string>
#include <vector>

#include "capitalisation/capitalisation_model.h"

namespace prith {

class Project;

struct CapitalisationFileReport {
  std::string file;          // relative to the project root, '/' separators
  std::size_t items = 0;     // practices, actions, experiments or result values read
  std::string items_fr;      // "fiche"/"fiches", "action"/"actions"... for count_fr
  std::string items_plural_fr;
  std::vector<Diagnostic> diagnostics;
};

struct CapitalisationReading {
  Capitalisation content;
  std::vector<CapitalisationFileReport> files;  // in the order above, each group sorted by name
};

CapitalisationReading load_capitalisation(const Project& project);

}  // namespace prith
