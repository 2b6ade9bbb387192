#include "ingest/header_classifier.h"

#include <array>
#include <cmath>
#include <string_view>

namespace prith {

namespace {

struct RoleWord {
  std::string_view folded;
  ColumnRole role;
};

// Matched against the folded header, whole words: "Code département" and
// "Département de résidence" are territory columns, "Trimestre" a period.
// Order matters: the first word found decides.
constexpr std::array kRoleWords = {
    RoleWord{"commentaire", ColumnRole::comment},   RoleWord{"commentaires", ColumnRole::comment},
    RoleWord{"remarque", ColumnRole::comment},      RoleWord{"remarques", ColumnRole::comment},
    RoleWord{"observations", ColumnRole::comment},  RoleWord{"precisions", ColumnRole::comment},
    RoleWord{"comment", ColumnRole::comment},
    RoleWord{"lien", ColumnRole::link},             RoleWord{"url", ColumnRole::link},
    RoleWord{"link", ColumnRole::link},
    RoleWord{"indicateur", ColumnRole::indicator},  RoleWord{"indicator", ColumnRole::indicator},
    RoleWord{"variable", ColumnRole::indicator},    RoleWord{"mesure", ColumnRole::indicator},
    RoleWord{"departement", ColumnRole::territory}, RoleWord{"territoire", ColumnRole::territory},
    RoleWord{"dept", ColumnRole::territory},        RoleWord{"dep", ColumnRole::territory},
    RoleWord{"region", ColumnRole::territory},      RoleWord{"zone", ColumnRole::territory},
    RoleWord{"territory", ColumnRole::territory},   RoleWord{"mdph", ColumnRole::territory},
    RoleWord{"reg", ColumnRole::territory},         RoleWord{"codgeo", ColumnRole::territory},
    RoleWord{"libgeo", ColumnRole::territory},      RoleWord{"code", ColumnRole::territory},
    RoleWord{"periode", ColumnRole::period},        RoleWord{"trimestre", ColumnRole::period},
    RoleWord{"period", ColumnRole::period},         RoleWord{"quarter", ColumnRole::period},
    RoleWord{"date", ColumnRole::period},           RoleWord{"mois", ColumnRole::period},
    RoleWord{"annee", ColumnRole::period},          RoleWord{"month", ColumnRole::period},
    RoleWord{"year", ColumnRole::period},
    RoleWord{"valeur", ColumnRole::value},          RoleWord{"value", ColumnRole::value},
    RoleWord{"nombre", ColumnRole::value},          RoleWord{"effectif", ColumnRole::value},
    RoleWord{"effectifs", ColumnRole::value},       RoleWord{"montant", ColumnRole::value},
};

bool has_word(std::string_view folded, std::string_view word) {
  std::size_t from = 0;
  while (true) {
    std::size_t at = folded.find(word, from);
    if (at == std::string_view::npos) return false;
    bool starts = at == 0 || folded[at - 1] == ' ';
    std::size_t end = at + word.size();
    bool ends = end == folded.size() || folded[end] == ' ';
    if (starts && ends) return true;
    from = at + 1;
  }
}

std::optional<TerritoryLevel> level_named_by(std::string_view folded) {
  bool departement = has_word(folded, "departement") || has_word(folded, "dept") ||
                     has_word(folded, "dep");
  bool region = has_word(folded, "region") || has_word(folded, "reg");
  if (departement && !region) return TerritoryLevel::departement;
  if (region && !departement) return TerritoryLevel::region;
  return std::nullopt;
}

}  // namespace

HeaderCell HeaderClassifier::classify(const RawCell& cell, bool date1904) const {
  HeaderCell header;
  header.text = cell.text;
  if (cell.kind == CellKind::empty || (cell.kind == CellKind::text && cell.text.empty())) {
    return header;
  }
  if (cell.kind == CellKind::date) {
    if (auto period = period_from_excel_serial(cell.number, date1904)) {
      header.role = ColumnRole::period_label;
      header.period = period;
    } else {
      header.role = ColumnRole::unknown;
    }
    return header;
  }
  if (cell.kind == CellKind::number) {
    // A year typed as a number (2025) heads a yearly column.
    if (cell.number == std::floor(cell.number)) {
      if (auto period = parse_period(cell.text)) {
        header.role = ColumnRole::period_label;
        header.period = period;
        return header;
      }
    }
    header.role = ColumnRole::unknown;
    return header;
  }
  if (auto indicator = indicators_.match(cell.text)) {
    header.role = ColumnRole::indicator_label;
    header.indicator = indicator;
    return header;
  }
  if (auto period = parse_period(cell.text)) {
    header.role = ColumnRole::period_label;
    header.period = period;
    return header;
  }
  if (breakdowns_ != nullptr) {
    if (auto breakdown = breakdowns_->match(cell.text)) {
      header.role = ColumnRole::breakdown_label;
      header.breakdown = breakdown;
      return header;
    }
    if (auto dimension = breakdowns_->match_dimension(cell.text)) {
      header.role = ColumnRole::breakdown;
      header.dimension = dimension;
      return header;
    }
  }
  std::string folded = fold_for_matching(cell.text);
  for (const RoleWord& word : kRoleWords) {
    if (has_word(folded, word.folded)) {
      header.role = word.role;
      if (word.role == ColumnRole::territory) header.territory_level = level_named_by(folded);
      return header;
    }
  }
  header.role = ColumnRole::unknown;
  return header;
}

bool is_notice_sheet_name(std::string_view sheet_name) {
  static constexpr std::string_view kNoticeNames[] = {
      "notice",      "lisez moi",    "lisezmoi",  "readme",
      "read me",                       "sommaire",     "sources",   "source",
      "methodologie",                  "methode",      "definitions", "definition",
      "mode d emploi",                 "note",         "notes",     "avertissement",
      "documentation",                 "informations", "a propos",  "presentation",
      "glossaire",                     "contenu",      "index",
  };
  std::string folded = fold_for_matching(sheet_name);
  for (std::string_view name : kNoticeNames) {
    if (folded == name) return true;
  }
  return false;
}

}  // namespace prith
