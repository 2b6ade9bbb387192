// Reads the cells of a table's territory column, with what the column as a
// whole tells: the level its header names, the project's perimeter, and
// the level its own codes show.
//
// A bare code may name two territories ("24": the département Dordogne or
// the région Centre-Val de Loire; "52": Haute-Marne or Pays de la Loire).
// Evidence settles it, and nothing else does:
//   1. the header names the level ("Département", "Région");
//   2. exactly one candidate lies in the project's région, or
//   3. the column holds a code that can only be a département ("49"):
//      its other bare codes are départements too;
//   when 2 and 3 both answer, they must agree, or the code stays ambiguous.
// Until 3 happens, a caller may hold ambiguous rows back (may_wait); once
// it stops waiting, the answer no longer changes within the table, so the
// same text always gets the same answer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ingest/mapping_catalogues.h"
#include "ingest/text_memo.h"

namespace prith {

class TerritoryColumn {
 public:
  struct Cell {
    TerritoryResolution resolution;
    bool total_only = false;  // "Total": compared with the sum, not a territory
  };

  explicit TerritoryColumn(const MappingCatalogues& catalogues) : catalogues_(catalogues) {}

  // A new table: forget the previous column's answers.
  void reset(std::optional<TerritoryLevel> header_level);
  Cell read(std::string_view text);

  // Ambiguous codes may still be settled by a later row of the column.
  bool may_wait() const { return !header_level_ && !inferred_level_ && !stopped_waiting_; }
  void stop_waiting() { stopped_waiting_ = true; }

 private:
  Cell resolve(std::string_view text) const;

  const MappingCatalogues& catalogues_;
  std::optional<TerritoryLevel> header_level_;
  std::optional<TerritoryLevel> inferred_level_;
  bool stopped_waiting_ = false;
  TextMemo<Cell> memo_;
};

// "Total", "Ensemble", "Total général": a total row, read for the
// cross-check only. "Total Pays de la Loire" names a territory after
// "total" (returned in named_territory, folded).
bool is_total_label(std::string_view folded, std::string& named_territory);

}  // namespace prith
