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

#include "catalogue/former_names.h"
#include "catalogue/territory_catalogue.h"

namespace prith {

struct TerritoryResolution {
  enum class Kind { found, unknown, ambiguous };
  Kind kind = Kind::unknown;
  TerritoryId id = 0;                    // when found
  std::vector<TerritoryId> candidates;   // when ambiguous, sorted
  // The former name the text used ("Côtes-du-Nord"), found or ambiguous;
  // a split one ("Seine-et-Oise") is always ambiguous.
  const FormerName* former = nullptr;
};

// What the caller knows of a column: "this column holds départements"
// (header "Département") or "régions". The hint only breaks ties between
// levels ("52" is the région Pays de la Loire and the département
// Haute-Marne); a text that names one territory only resolves to it whatever
// the hint ("Pays de la Loire" in a département column is its total row).
enum class LevelHint : std::uint8_t { any, departement, region, country };

class TerritoryResolver {
 public:
  // `former_names`, when given, must outlive the resolver: its names are
  // read like today's (exact, abbreviated, beside a code).
  explicit TerritoryResolver(const TerritoryCatalogue& catalogue, const FormerNameCatalogue* former_names = nullptr);
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
    const FormerName* former = nullptr;  // a former name's words
  };
  static constexpr std::size_t kMaxWords = 16;
  using Words = std::array<std::string_view, kMaxWords>;

  void add(Index& index, const std::string& key, TerritoryId id);
  TerritoryResolution resolve_words(const Words& words, std::size_t first, std::size_t last, LevelHint hint) const;
  // The exact entry of names_, or the prefix matches written into scratch.
  // `former` is set when only a former name matched.
  const std::vector<TerritoryId>& match_name(const Words& words, std::size_t first, std::size_t last,
                                             std::vector<TerritoryId>& scratch, const FormerName*& former) const;
  const FormerName* former_of(std::string_view key) const;
  TerritoryResolution decide(const std::vector<TerritoryId>& candidates, LevelHint hint) const;

  const TerritoryCatalogue* catalogue_;
  Index codes_;  // folded code spellings: "44", "044", "2a", "r52", "fr"
  Index names_;  // folded names, with and without a leading article
  std::vector<NameWords> name_words_;  // names_ split into words, for abbreviations
  std::unordered_map<std::string, const FormerName*, Hash, std::equal_to<>> former_;  // folded former names
};

}  // namespace prith
