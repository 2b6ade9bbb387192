#include "ingest/table_layout.h"

#include "catalogue/number_parser.h"
#include "core/french_format.h"

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
  return role == ColumnRole::indicator_label || role == ColumnRole::period_label;
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
// exports leave that header blank).
std::uint32_t find_unlabelled_territory_column(const std::vector<RawRow>& sample, std::size_t header,
                                               const HeaderRow& row, const LayoutContext& context) {
  std::uint32_t first_label = 0;
  for (const auto& [column, cell] : row) {
    if (is_label(cell.role)) {
      first_label = column;
      break;
    }
  }
  for (std::uint32_t column = 1; column < first_label; ++column) {
    auto it = row.find(column);
    if (it != row.end() && it->second.role != ColumnRole::unknown) continue;
    for (std::size_t r = header + 1; r < sample.size() && r <= header + 3; ++r) {
      if (resolves_as_territory(find_cell(sample[r], column), context.territories)) return column;
    }
  }
  return 0;
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
    if (group->role == ColumnRole::indicator_label && cell.role == ColumnRole::period_label) {
      cell.indicator = group->indicator;
      cell.text = group->text + " / " + cell.text;
    } else if (group->role == ColumnRole::period_label && cell.role == ColumnRole::indicator_label) {
      cell.period = group->period;
      cell.text = group->text + " / " + cell.text;
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

TableLayout build_layout(const HeaderRow& header, std::uint32_t territory_column) {
  TableLayout layout;
  layout.territory_column = territory_column;
  for (const auto& [column, cell] : header) {
    layout.last_header_column = std::max(layout.last_header_column, column);
    if (column == territory_column) {
      layout.territory_level = cell.territory_level;
      continue;
    }
    switch (cell.role) {
      case ColumnRole::period:
        if (layout.period_column == 0) layout.period_column = column;
        break;
      case ColumnRole::indicator:
        if (layout.indicator_column == 0) layout.indicator_column = column;
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
        layout.value_columns[column] = ValueColumn{cell.indicator, cell.period, cell.text};
        break;
      case ColumnRole::unknown:
        layout.ignored_columns[column] = cell.text;
        break;
      case ColumnRole::territory:  // a second territory column (code and name): one is enough
      case ColumnRole::none:
        break;
    }
  }
  return layout;
}

}  // namespace

const RawCell* find_cell(const RawRow& row, std::uint32_t column) {
  if (column == 0) return nullptr;
  // CSV rows hold every field at index column - 1; workbook rows are sparse.
  if (column <= row.cells.size() && row.cells[column - 1].column == column) {
    return &row.cells[column - 1];
  }
  for (const RawCell& cell : row.cells) {
    if (cell.column == column) return &cell;
    if (cell.column > column) break;
  }
  return nullptr;
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

std::optional<TableLayout> detect_layout(const std::vector<RawRow>& sample,
                                         const LayoutContext& context, LayoutFailure& failure) {
  HeaderClassifier classifier(context.indicators);
  std::vector<HeaderRow> rows;
  rows.reserve(sample.size());
  for (const RawRow& row : sample) rows.push_back(classify_row(row, classifier, context.date1904));

  for (std::size_t h = 0; h < rows.size(); ++h) {
    const HeaderRow& row = rows[h];
    // A lone cell is a title ("Nombre par département et par trimestre"), never a header.
    if (row.size() < 2) continue;
    std::uint32_t territory_column = first_column_with(row, ColumnRole::territory);
    if (territory_column == 0 && count_labels(row, 0) > 0) {
      territory_column = find_unlabelled_territory_column(sample, h, row, context);
    }
    if (territory_column == 0) continue;
    bool has_values = first_column_with(row, ColumnRole::value) != 0 || count_labels(row, territory_column) > 0;

    HeaderRow header = row;
    std::size_t header_first = h, data_first = h + 1;
    if (h + 1 < rows.size() && is_subheader(rows[h + 1], row, territory_column, sample[h + 1], context)) {
      header = combine_rows(row, rows[h + 1], territory_column);
      data_first = h + 2;
      has_values = true;
    } else if (h > 0 && count_labels(rows[h - 1], territory_column) > 0 && has_values) {
      header = combine_rows(rows[h - 1], row, territory_column);
      header_first = h - 1;
    }
    if (!has_values) continue;

    TableLayout layout = build_layout(header, territory_column);
    layout.header_first = header_first;
    layout.data_first = data_first;
    layout.table_indicator = context.indicators.match(context.table_name);
    layout.table_period = parse_period(context.table_name);
    if (!layout.table_indicator) {
      layout.table_indicator = indicator_from_titles(sample, header_first, context.indicators);
    }
    return layout;
  }

  failure.code = DiagnosticCode::header_not_found;
  failure.message =
      "Aucun en-tête de tableau reconnu dans les " + std::to_string(sample.size()) +
      " premières lignes : il faut une colonne de territoires (en-tête « Territoire », « Département »… ou des "
      "noms de départements) et des colonnes de valeurs (« Valeur », des libellés d'indicateurs du catalogue ou "
      "des périodes comme « T3 2025 »).";
  return std::nullopt;
}

}  // namespace prith
