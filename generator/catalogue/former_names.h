// Former names of départements (config/former_departements.csv): a name a
// département bore before it was renamed ("Côtes-du-Nord", 22, until 1990),
// or the name of one that was split ("Seine-et-Oise", 1968: 78, 91, 92, 93,
// 94, 95). Each row cites its official source (docs/catalogues.md). The
// resolver reads a renamed département's old name as today's code; a split
// one names several départements and stays ambiguous, never guessed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalogue/territory_catalogue.h"
#include "core/diagnostic.h"

namespace prith {

struct FormerName {
  std::string name;                 // "Côtes-du-Nord"
  std::vector<TerritoryId> ids;     // today's départements, in the file's order
  int year = 0;                     // when the name stopped being used
  std::string source;               // the official text that changed it

  bool split() const { return ids.size() > 1; }
};

class FormerNameCatalogue {
 public:
  // Reads the ';'-separated UTF-8 table (header name;codes;year;source, or
  // the French nom;codes;annee;source, in any order; codes separated by
  // ','). A row naming a code that is no département of `territories`, a
  // name that is a territory's name today, a missing year or source is a
  // catalogue_invalid error and is left out; the other rows are kept.
  static FormerNameCatalogue parse(std::string_view csv_text, const std::string& file_name,
                                   const TerritoryCatalogue& territories, std::vector<Diagnostic>& diagnostics);

  const std::vector<FormerName>& all() const { return names_; }

 private:
  std::vector<FormerName> names_;
};

}  // namespace prith
