// One resolver for every way partners write a territory: "44", "044",
// "44 - Loire-Atlantique", "LOIRE ATLANTIQUE", "Loire-Atl.", "2A",
// "Corse-du-Sud", "La Réunion", "52", "R52", "Pays de la Loire"...
// What it cannot resolve, or could resolve two ways, is never guessed.
#pragma once

#include <string_view>
#include <vector>

#include "catalogue/territory_catalogue.h"

namespace prith {

struct TerritoryResolution {
  enum class Kind { found, unknown, ambiguous };
  Kind kind = Kind::unknown;
  TerritoryId id = 0;                    // when found
  std::vector<TerritoryId> candidates;   // when ambiguous, sorted
};

class TerritoryResolver {
 public:
  explicit TerritoryResolver(const TerritoryCatalogue& catalogue);
  TerritoryResolution resolve(std::string_view text) const;

 private:
  const TerritoryCatalogue* catalogue_;
  // index structures private to the implementation
};

}  // namespace prith
