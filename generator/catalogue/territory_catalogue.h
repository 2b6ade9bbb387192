// The territories a project knows: every département and région of France
// with INSEE codes, names and parents (config/territories.csv, generated from
// the official administrative division, see docs/catalogues.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"

namespace prith {

enum class TerritoryLevel : std::uint8_t { departement, region, country };
std::string_view level_name(TerritoryLevel level);  // "departement", "region", "pays"

using TerritoryId = std::uint16_t;

struct Territory {
  std::string code;    // INSEE code: "44", "2A", "971"; régions "52"
  std::string name;    // "Loire-Atlantique"
  TerritoryLevel level = TerritoryLevel::departement;
  std::string parent;  // code of the région for a département, "" otherwise
};

class TerritoryCatalogue {
 public:
  // Reads the ';'-separated UTF-8 table (header code;name;level;parent, or
  // the French code;nom;niveau;parent, in any order). Problems become
  // catalogue_invalid diagnostics naming file, line, column; a row with a
  // problem is left out, the others are kept. Ids are row order.
  static TerritoryCatalogue parse(std::string_view csv_text, const std::string& file_name,
                                  std::vector<Diagnostic>& diagnostics);

  const std::vector<Territory>& all() const { return territories_; }
  const Territory& at(TerritoryId id) const { return territories_[id]; }
  std::optional<TerritoryId> find(TerritoryLevel level, std::string_view code) const;

 private:
  std::vector<Territory> territories_;
  // "<level digit><code>" -> id, so that find and the checks stay linear.
  std::unordered_map<std::string, TerritoryId> by_code_;
};

}  // namespace prith
