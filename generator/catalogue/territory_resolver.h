// One resolver for every way partners write a territory: "44", "044",
// "44 - Loire-Atlantique", "LOIRE ATLANTIQUE", "Loire-Atl.", "2A",
// "Corse-du-Sud", "La Réunion", "52", "R52", "Pays de la Loire"...
// What it cannot resolve, or could resolve two ways, is never guessed.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "catalogue/territory_catalogue.h"

namespace prith {

struct TerritoryResolution {
  enum class Kind { found, unknown, ambiguous };
  Kind kind = Kind::unknown;
  TerritoryId id = 0;                    // when found
  std::vector<TerritoryId> candidates;   // when ambiguous, sorted
};

// What the caller knows of a column: "this column holds départements"
// (header "Département") or "régions". The hint only breaks ties between
// levels ("52" is the région Pays de la Loire and the département
// Haute-Marne); a text that names one territory only resolves to it whatever
// the hint ("Pays de la Loire" in a département column is its total row).
enum class LevelHint : std::uint8_t { any, departement, region, country };

class TerritoryResolver {
 public:
  explicit TerritoryResolver(const TerritoryCatalogue& catalogue);
  TerritoryResolution resolve(std::string_view text) const;  // LevelHint::any
  TerritoryResolution resolve(std::string_view text, LevelHint hint) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<TerritoryId>, Hash, std::equal_to<>>;
  struct NameWords {
    std::vector<std::string> words;  // a folded name split into words
    std::vector<TerritoryId> ids;
  };
  static constexpr std::size_t kMaxWords = 16;
  using Words = std::array<std::string_view, kMaxWords>;

  void add(Index& index, const std::string& key, TerritoryId id);
  TerritoryResolution resolve_words(const Words& words, std::size_t first, std::size_t last, LevelHint hint) const;
  // The exact entry of names_, or the prefix matches written into scratch.
  const std::vector<TerritoryId>& match_name(const Words& words, std::size_t first, std::size_t last,
                                             std::vector<TerritoryId>& scratch) const;
  TerritoryResolution decide(const std::vector<TerritoryId>& candidates, LevelHint hint) const;

  const TerritoryCatalogue* catalogue_;
  Index codes_;  // folded code spellings: "44", "044", "2a", "r52", "fr"
  Index names_;  // folded names, with and without a leading article
  std::vector<NameWords> name_words_;  // names_ split into words, for abbreviations
};

}  // namespace prith
