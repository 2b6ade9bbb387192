#include "ingest/territory_column.h"

#include <cctype>

namespace prith {

namespace {

// "44", "044", "2A", "971": a code alone.
bool is_bare_code(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty() || text.size() > 3) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool corsica = i + 1 == text.size() && (c == 'A' || c == 'B' || c == 'a' || c == 'b');
    if (!std::isdigit(static_cast<unsigned char>(c)) && !corsica) return false;
  }
  return true;
}

LevelHint hint_for(std::optional<TerritoryLevel> level) {
  if (level == TerritoryLevel::departement) return LevelHint::departement;
  if (level == TerritoryLevel::region) return LevelHint::region;
  return LevelHint::any;
}

TerritoryResolution keep_if_one(const TerritoryResolution& resolution, auto&& keep) {
  std::vector<TerritoryId> kept;
  for (TerritoryId id : resolution.candidates) {
    if (keep(id)) kept.push_back(id);
  }
  if (kept.size() == 1) return TerritoryResolution{TerritoryResolution::Kind::found, kept[0], {}};
  return resolution;
}

}  // namespace

bool is_total_label(std::string_view folded, std::string& named_territory) {
  static constexpr std::string_view kTotals[] = {"total", "ensemble", "total general", "tous departements",
                                                 "total departements", "ensemble des departements"};
  for (std::string_view total : kTotals) {
    if (folded == total) {
      named_territory.clear();
      return true;
    }
  }
  for (std::string_view prefix : {std::string_view("total "), std::string_view("ensemble ")}) {
    if (folded.substr(0, prefix.size()) == prefix) {
      named_territory = std::string(folded.substr(prefix.size()));
      return true;
    }
  }
  return false;
}

void TerritoryColumn::reset(std::optional<TerritoryLevel> header_level) {
  header_level_ = header_level;
  inferred_level_.reset();
  stopped_waiting_ = false;
  memo_.clear();
}

TerritoryColumn::Cell TerritoryColumn::resolve(std::string_view text) const {
  Cell cell;
  TerritoryResolution& resolution = cell.resolution;
  resolution = catalogues_.resolver.resolve(text, hint_for(header_level_));
  // A split département's former name stays ambiguous: its heirs all lie
  // in one région, and no evidence of the column says which one a row meant.
  const bool split = resolution.former != nullptr && resolution.former->split();
  if (resolution.kind == TerritoryResolution::Kind::ambiguous && !split) {
    // The perimeter and the column's level each may settle it; when both
    // do, they must agree ("52" in a column of départements, in a project
    // of the région 52, stays ambiguous).
    TerritoryResolution by_perimeter = resolution, by_level = resolution;
    if (!catalogues_.region.empty()) {
      by_perimeter = keep_if_one(resolution, [&](TerritoryId id) {
        const Territory& territory = catalogues_.territories.at(id);
        return territory.parent == catalogues_.region ||
               (territory.level == TerritoryLevel::region && territory.code == catalogues_.region);
      });
    }
    if (inferred_level_) {
      by_level = keep_if_one(
          resolution, [&](TerritoryId id) { return catalogues_.territories.at(id).level == *inferred_level_; });
    }
    bool perimeter_says = by_perimeter.kind == TerritoryResolution::Kind::found;
    bool level_says = by_level.kind == TerritoryResolution::Kind::found;
    if (perimeter_says && (!level_says || by_level.id == by_perimeter.id)) {
      resolution = by_perimeter;
    } else if (level_says && !perimeter_says) {
      resolution = by_level;
    }
  }
  std::string named;
  if (resolution.kind != TerritoryResolution::Kind::found && is_total_label(fold_for_matching(text), named)) {
    if (named.empty()) {
      cell.total_only = true;
    } else {
      TerritoryResolution inner = catalogues_.resolver.resolve(named);
      if (inner.kind == TerritoryResolution::Kind::found) resolution = inner;
    }
  }
  return cell;
}

TerritoryColumn::Cell TerritoryColumn::read(std::string_view text) {
  Cell cell = memo_.get(text, [&] { return resolve(text); });
  if (may_wait() && cell.resolution.kind == TerritoryResolution::Kind::found && is_bare_code(text) &&
      catalogues_.territories.at(cell.resolution.id).level == TerritoryLevel::departement &&
      catalogues_.resolver.resolve(text).kind == TerritoryResolution::Kind::found) {
    // A code that can only be a département, by itself and not by the
    // project's perimeter: the column holds départements.
    inferred_level_ = TerritoryLevel::departement;
    memo_.clear();
  }
  return cell;
}

}  // namespace prith
