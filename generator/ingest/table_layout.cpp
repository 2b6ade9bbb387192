#include "ingest/table_layout.h"

#include <algorithm>

#include "catalogue/number_parser.h"
#include "core/french_format.h"
#include "ingest/territory_column.h"

namespace prith {

namespace {

// A header is looked for in the first rows only: title lines and notes
// above a table rarely take more than a dozen lines.
using HeaderRow = std::map<std::uint32_t, HeaderCell>;  // by column, non-empty cells

HeaderRow classify_row(const RawRow& row, const HeaderClassifier& classifier, bool date1904) {
  HeaderRow cells;
  for (const RawCell& cell : row.cells) {
    HeaderCell header = classifier.classify(cell, date1904);
    if (header.role != ColumnRole::none) cells[cell.column] = std::move(header);
  }
  return cells;
}

bool is_label(ColumnRole role) {
  return role == ColumnRole::indicator_label || role == ColumnRole::period_label ||
         role == ColumnRole::breakdown_label;
}

std::size_t count_labels(const HeaderRow& row, std::uint32_t after_column) {
  std::size_t labels = 0;
  for (const auto& [column, cell] : row) {
    if (column > after_column && is_label(cell.role)) ++labels;
  }
  return labels;
}

std::uint32_t first_column_with(const HeaderRow& row, ColumnRole role) {
  for (const auto& [column, cell] : row) {
    if (cell.role == role) return column;
  }
  return 0;
}

bool resolves_as_territory(const RawCell* cell, const TerritoryResolver& territories) {
  if (cell == nullptr || cell->text.empty()) return false;
  // Ambiguous counts: "44" is a territory, whichever of two it turns out to be.
  return territories.resolve(cell->text).kind != TerritoryResolution::Kind::unknown;
}

// Without a "Territoire" header, the territory column is the one left of
// the value columns whose next cells name territories (France Travail
// exports leave that header blank; others head it "Code").
std::uint32_t find_unlabelled_territory_column(const std::vector<RawRow>& sample, std::size_t header,
                                               const HeaderRow& row, const LayoutContext& context) {
  std::uint32_t first_value = 0;
  for (const auto& [column, cell] : row) {
    if (is_label(cell.role) || cell.role == ColumnRole::value) {
      first_value = column;
      break;
    }
  }
  for (std::uint32_t column = 1; column < first_value; ++column) {
    auto it = row.find(column);
    if (it != row.end() && it->second.role != ColumnRole::unknown) continue;
    for (std::size_t r = header + 1; r < sample.size() && r <= header + 3; ++r) {
      if (resolves_as_territory(find_cell(sample[r], column), context.territories)) return column;
    }
  }
  return 0;
}

// True when the row holds figures or a territory where a header would hold
// labels: "44;2025-T3;10" is data, whatever its cells look like.
bool looks_like_data(const HeaderRow& row, const RawRow& raw, std::uint32_t territory_column,
                     const LayoutContext& context) {
  if (resolves_as_territory(find_cell(raw, territory_column), context.territories)) return true;
  for (const auto& [column, cell] : row) {
    if (column > territory_column && cell.role == ColumnRole::unknown &&
        parse_number(cell.text).status == ParsedNumber::Status::ok) {
      return true;
    }
  }
  return false;
}

// A group row above a header: indicators over quarters, quarters over
// indicators, either over breakdown categories, or categories over either.
// Two rows of the same kind (a date of extraction above the quarters) are
// not one header.
bool is_group_row(const HeaderRow& top, const HeaderRow& bottom, std::uint32_t territory_column) {
  if (first_column_with(top, ColumnRole::territory) != 0) return false;
  auto kinds = [&](const HeaderRow& row) {
    unsigned found = 0;
    for (const auto& [column, cell] : row) {
      if (column <= territory_column) continue;
      if (cell.role == ColumnRole::indicator_label) found |= 1u;
      if (cell.role == ColumnRole::period_label) found |= 2u;
      if (cell.role == ColumnRole::breakdown_label) found |= 4u;
    }
    return found;
  };
  const unsigned above = kinds(top), below = kinds(bottom);
  const bool one_kind_above = above == 1u || above == 2u || above == 4u;
  return one_kind_above && below != 0 && (above & below) == 0;
}

// Combines a group row above and a row below: a merged label in the group
// row covers the empty cells to its right.
HeaderRow combine_rows(const HeaderRow& top, const HeaderRow& bottom, std::uint32_t territory_column) {
  HeaderRow combined = bottom;
  std::uint32_t last_column = 0;
  if (!top.empty()) last_column = top.rbegin()->first;
  if (!bottom.empty()) last_column = std::max(last_column, bottom.rbegin()->first);
  const HeaderCell* carried = nullptr;
  for (std::uint32_t column = 1; column <= last_column; ++column) {
    auto above = top.find(column);
    if (above != top.end()) carried = column > territory_column ? &above->second : nullptr;
    const HeaderCell* group = above != top.end() ? &above->second : carried;
    if (group == nullptr) continue;
    auto below = combined.find(column);
    if (below == combined.end()) {
      if (column > territory_column || above != top.end()) combined[column] = *group;
      continue;
    }
    HeaderCell& cell = below->second;
    const bool group_names_values = group->role == ColumnRole::indicator_label ||
                                    group->role == ColumnRole::period_label ||
                                    group->role == ColumnRole::breakdown_label;
    if (group_names_values && is_label(cell.role) && group->role != cell.role) {
      // "Placements" over "T1 2025", "T1 2025" over "Hommes", "Femmes" over a quarter.
      if (group->indicator) cell.indicator = group->indicator;
      if (group->period) cell.period = group->period;
      if (group->breakdown) cell.breakdown = group->breakdown;
      cell.text = group->text + " / " + cell.text;
    } else if (group_names_values && group->role != ColumnRole::breakdown_label &&
               cell.role == ColumnRole::unknown && is_breakdown_total_header(cell.text)) {
      // "Total" under "Placements", beside its categories: the headline.
      const std::string text = group->text + " / " + cell.text;
      cell = *group;
      cell.text = text;
    } else if (is_label(cell.role) && group->role == ColumnRole::unknown) {
      // "Total" above quarters: the quarters alone cannot say which indicator.
      cell.text = group->text + " / " + cell.text;
    }
  }
  return combined;
}

// The row under a header is its lower half ("T1 2025" under a merged
// "Placements") when its labels sit under group labels or blank cells, and
// it holds no figure. A data row with a period in the "Trimestre" column
// is not one.
bool is_subheader(const HeaderRow& below, const HeaderRow& top, std::uint32_t territory_column, const RawRow& raw,
                  const LayoutContext& context) {
  // A row naming its own territory column is a header, not the lower half of one.
  if (first_column_with(below, ColumnRole::territory) != 0) return false;
  if (resolves_as_territory(find_cell(raw, territory_column), context.territories)) return false;
  std::size_t labels = 0;
  for (const auto& [column, cell] : below) {
    if (column <= territory_column) continue;
    if (cell.role == ColumnRole::unknown) {
      if (parse_number(cell.text).status == ParsedNumber::Status::ok) return false;  // a figure: data
      continue;
    }
    if (!is_label(cell.role)) continue;
    auto above = top.find(column);
    if (above != top.end() && !is_label(above->second.role) && above->second.role != ColumnRole::unknown) {
      return false;
    }
    ++labels;
  }
  return labels > 0;
}

std::optional<IndicatorId> indicator_from_titles(const std::vector<RawRow>& sample, std::size_t header_first,
                                                 const IndicatorCatalogue& indicators) {
  for (std::size_t r = 0; r < header_first; ++r) {
    std::optional<IndicatorId> found;
    std::size_t texts = 0;
    for (const RawCell& cell : sample[r].cells) {
      if (cell.kind != CellKind::text || cell.text.empty()) continue;
      ++texts;
      found = indicators.match(cell.text);
    }
    if (texts == 1 && found) return found;
  }
  return std::nullopt;
}

bool is_year_header(std::string_view text) {
  std::string folded = fold_for_matching(text);
  return folded == "annee" || folded == "an" || folded == "year" || folded == "millesime";
}

TableLayout build_layout(const HeaderRow& header, std::uint32_t territory_column) {
  TableLayout layout;
  // "Total" or "Ensemble" beside category columns, or beside a "Sexe"
  // column, is the figure (the headline, or each row's category).
  const bool has_categories = first_column_with(header, ColumnRole::breakdown_label) != 0 ||
                              first_column_with(header, ColumnRole::breakdown) != 0;
  layout.territory_column = territory_column;
  for (const auto& [column, cell] : header) {
    layout.last_header_column = std::max(layout.last_header_column, column);
    if (column == territory_column) {
      layout.territory_level = cell.territory_level;
      continue;
    }
    switch (cell.role) {
      case ColumnRole::period:
        // "Année" and "Trimestre" side by side make one period.
        if (is_year_header(cell.text) && layout.year_column == 0) {
          layout.year_column = column;
        } else if (layout.period_column == 0) {
          layout.period_column = column;
        } else {
          layout.ignored_columns[column] = cell.text;
        }
        break;
      case ColumnRole::indicator:
        if (layout.indicator_column == 0) layout.indicator_column = column;
        break;
      case ColumnRole::breakdown:
        if (layout.breakdown_column == 0) {
          layout.breakdown_column = column;
          layout.breakdown_dimension = *cell.dimension;
        } else {
          layout.ignored_columns[column] = cell.text;
        }
        break;
      case ColumnRole::comment:
        if (layout.comment_column == 0) layout.comment_column = column;
        break;
      case ColumnRole::link:
        if (layout.link_column == 0) layout.link_column = column;
        break;
      case ColumnRole::value:
        layout.value_columns[column] = ValueColumn{std::nullopt, std::nullopt, cell.text};
        break;
      case ColumnRole::indicator_label:
      case ColumnRole::period_label:
      case ColumnRole::breakdown_label:
        layout.value_columns[column] =
            ValueColumn{cell.indicator, cell.period, cell.text, cell.breakdown.value_or(kHeadline)};
        break;
      case ColumnRole::unknown:
        if (has_categories && is_breakdown_total_header(cell.text)) {
          layout.value_columns[column] = ValueColumn{std::nullopt, std::nullopt, cell.text, kHeadline};
        } else {
          layout.ignored_columns[column] = cell.text;
        }
        break;
      case ColumnRole::territory:  // a second territory column (code and name): one is enough
      case ColumnRole::none:
        break;
    }
  }
  return layout;
}

std::optional<TableLayout> try_header(const std::vector<RawRow>& sample, const std::vector<HeaderRow>& rows,
                                     std::size_t h, bool named, const LayoutContext& context) {
  const HeaderRow& row = rows[h];
  // A lone cell is a title ("Nombre par département et par trimestre"), never a header.
  if (row.size() < 2) return std::nullopt;
  std::uint32_t territory_column = first_column_with(row, ColumnRole::territory);
  if (named != (territory_column != 0)) return std::nullopt;
  if (!named) territory_column = find_unlabelled_territory_column(sample, h, row, context);
  if (territory_column == 0 || looks_like_data(row, sample[h], territory_column, context)) return std::nullopt;
  bool has_values = first_column_with(row, ColumnRole::value) != 0 || count_labels(row, territory_column) > 0 ||
                    (first_column_with(row, ColumnRole::breakdown) != 0 &&
                     std::any_of(row.begin(), row.end(), [](const auto& entry) {
                       return entry.second.role == ColumnRole::unknown && is_breakdown_total_header(entry.second.text);
                     }));

  HeaderRow header = row;
  std::size_t header_first = h, data_first = h + 1;
  if (h + 1 < rows.size() && is_subheader(rows[h + 1], row, territory_column, sample[h + 1], context)) {
    header = combine_rows(row, rows[h + 1], territory_column);
    data_first = h + 2;
    has_values = true;
  } else if (h > 0 && has_values && is_group_row(rows[h - 1], row, territory_column)) {
    header = combine_rows(rows[h - 1], row, territory_column);
    header_first = h - 1;
  }
  if (!has_values) return std::nullopt;

  TableLayout layout = build_layout(header, territory_column);
  if (layout.period_column == 0) std::swap(layout.period_column, layout.year_column);  // a year alone is the period
  layout.header_first = header_first;
  layout.data_first = data_first;
  layout.table_indicator = context.indicators.match(context.table_name);
  layout.table_period = parse_period(context.table_name);
  if (!layout.table_indicator) layout.table_indicator = indicator_from_titles(sample, header_first, context.indicators);
  return layout;
}

// True unless the first rows under the header hold cells in its territory
// column and none of them names a territory or a total.
bool territories_under(const std::vector<RawRow>& sample, const TableLayout& layout, const LayoutContext& context) {
  std::size_t seen = 0;
  for (std::size_t r = layout.data_first; r < sample.size() && r < layout.data_first + 4; ++r) {
    const RawCell* cell = find_cell(sample[r], layout.territory_column);
    if (cell == nullptr || cell->text.empty()) continue;
    ++seen;
    std::string named;
    if (resolves_as_territory(cell, context.territories) || is_total_label(fold_for_matching(cell->text), named)) {
      return true;
    }
  }
  return seen == 0;
}

}  // namespace

const RawCell* find_cell(const RawRow& row, std::uint32_t column) {
  if (column == 0) return nullptr;
  // CSV rows hold every field at index column - 1; workbook rows are sparse
  // but sorted by column.
  if (column <= row.cells.size() && row.cells[column - 1].column == column) {
    return &row.cells[column - 1];
  }
  auto at = std::lower_bound(row.cells.begin(), row.cells.end(), column,
                             [](const RawCell& cell, std::uint32_t wanted) { return cell.column < wanted; });
  return at != row.cells.end() && at->column == column ? &*at : nullptr;
}

bool TableLayout::is_long() const {
  for (const auto& [column, value] : value_columns) {
    if (value.indicator || value.period) return false;
  }
  return !value_columns.empty();
}

std::string TableLayout::describe_fr() const {
  if (is_long()) return "format long (une ligne par territoire, période et indicateur)";
  bool by_indicator = false, by_period = false;
  for (const auto& [column, value] : value_columns) {
    by_indicator |= value.indicator.has_value();
    by_period |= value.period.has_value();
  }
  if (by_indicator && by_period) return "format large (indicateurs et périodes en colonnes)";
  if (by_indicator) return "format large (une colonne par indicateur)";
  return "format large (une colonne par période)";
}

std::string TableLayout::explain_fr(std::uint32_t header_first_line, std::uint32_t header_last_line, bool in_sheet,
                                    const IndicatorCatalogue& indicators,
                                    const BreakdownCatalogue* breakdowns) const {
  auto column_fr = [&](std::uint32_t column) {
    return "colonne " + (in_sheet ? column_letters(column) : std::to_string(column));
  };
  std::string text = "Tableau lu en " + describe_fr() + " : en-tête " +
                     (header_last_line == header_first_line
                          ? "ligne " + std::to_string(header_first_line)
                          : "lignes " + std::to_string(header_first_line) + " à " + std::to_string(header_last_line)) +
                     ", territoires en " + column_fr(territory_column) + ", ";
  if (period_column != 0) text += "périodes en " + column_fr(period_column) + ", ";
  if (year_column != 0) text += "années en " + column_fr(year_column) + ", ";
  if (indicator_column != 0) text += "indicateurs en " + column_fr(indicator_column) + ", ";
  if (breakdown_column != 0 && breakdowns != nullptr) {
    std::string dimension = breakdowns->dimensions()[breakdown_dimension].label;
    text += "catégories de « " + dimension + " » en " + column_fr(breakdown_column) + ", ";
  }
  text += count_fr(value_columns.size(), "colonne de valeurs", "colonnes de valeurs");
  // "dont Hommes (sexe) en colonne 4, Femmes (sexe) en colonne 5": each
  // category once, with its first column.
  std::vector<std::pair<BreakdownId, std::uint32_t>> categories;
  for (const auto& [column, value] : value_columns) {
    const BreakdownId category = value.breakdown;  // clang 14 cannot capture a structured binding
    if (category == kHeadline || breakdowns == nullptr) continue;
    bool seen = std::any_of(categories.begin(), categories.end(), [&](const auto& c) { return c.first == category; });
    if (!seen) categories.emplace_back(category, column);
  }
  for (std::size_t i = 0; i < categories.size(); ++i) {
    text += (i == 0 ? ", dont " : ", ") + breakdowns->describe_fr(categories[i].first) + " en " +
            column_fr(categories[i].second);
  }
  if (!categories.empty()) {
    for (const auto& [column, value] : value_columns) {
      if (value.breakdown != kHeadline) continue;
      text += " et l'ensemble en " + column_fr(column);
      break;
    }
  }
  if (indicator_column == 0 && table_indicator) {
    text += ", indicateur " + indicators.at(*table_indicator).code + " d'après le nom " +
            (in_sheet ? "de la feuille" : "du fichier ou le titre");
  }
  if (period_column == 0 && table_period) {
    text += ", période " + table_period->to_string() + " d'après le nom " + (in_sheet ? "de la feuille" : "du fichier");
  }
  return text + ".";
}

std::optional<TableLayout> detect_layout(const std::vector<RawRow>& sample,
                                         const LayoutContext& context, LayoutFailure& failure) {
  HeaderClassifier classifier(context.indicators, context.breakdowns);
  std::vector<HeaderRow> rows;
  rows.reserve(sample.size());
  for (const RawRow& row : sample) rows.push_back(classify_row(row, classifier, context.date1904));

  // First the rows that name their territory column ("Département"), then,
  // only if none does, the rows whose territory column is recognised by
  // the territories under it: a named header is never passed over for a
  // title or metadata row above it.
  // A header whose territory column holds no territory in the rows under
  // it is kept only if no other is found: "Effectifs, données brutes, par
  // département" is a title an unquoted comma split into cells, not a header.
  std::optional<TableLayout> unproven;
  for (bool named : {true, false}) {
    for (std::size_t h = 0; h < rows.size(); ++h) {
      std::optional<TableLayout> layout = try_header(sample, rows, h, named, context);
      if (!layout) continue;
      if (territories_under(sample, *layout, context)) return layout;
      if (!unproven) unproven = std::move(layout);
    }
  }
  if (unproven) return unproven;

  failure.code = DiagnosticCode::header_not_found;
  std::string where = sample.size() == 1 ? std::string("dans la première ligne")
                                         : "dans les " + std::to_string(sample.size()) + " premières lignes";
  failure.message =
      "Aucun en-tête de tableau reconnu " + where +
      " : il faut une colonne de territoires (en-tête « Territoire », « Département »… ou des "
      "noms de départements) et des colonnes de valeurs (« Valeur », des libellés d'indicateurs du catalogue ou "
      "des périodes comme « T3 2025 »).";
  return std::nullopt;
}

}  // namespace prith
