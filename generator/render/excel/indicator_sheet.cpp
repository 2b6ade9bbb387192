#include "render/excel/indicator_sheet.h"

#include <cctype>

#include "model/figure_labels.h"

namespace prith {

namespace {

// Flags worth a comment: what "calculé" adds is in the Lisez-moi.
constexpr std::uint16_t kCommentedFlags = kProvisional | kRevised | kSeriesBreak | kPartial;

SheetCell derived_cell(const Derived& derived, CellFormat format) {
  if (derived.ok())
    return SheetCell::of_number(format == CellFormat::points ? derived.value : derived.value / 100, format);
  switch (derived.status) {
    case DerivedStatus::secret: return SheetCell::of_text("s", std::string(kSecretLegend));
    case DerivedStatus::missing: return SheetCell::of_text("n.d.", std::string(kMissingLegend));
    default: return SheetCell::of_text(std::string(derived_status_fr(derived.status)));
  }
}

std::string territory_label(const Territory& territory) {
  switch (territory.level) {
    case TerritoryLevel::region: return "Région " + territory.name;
    case TerritoryLevel::country: return territory.name;
    case TerritoryLevel::departement: return territory.name;
  }
  return territory.name;
}

}  // namespace

FigureStyle figure_style(const Indicator& indicator) {
  if (indicator.unit == "%") return {CellFormat::percent, 0.01};
  // Funders read amounts to the euro ("3 189 922 €"); the cell keeps the partner's cents.
  if (indicator.unit == "€") return {CellFormat::euro_whole, 1};
  if (indicator.aggregation == Aggregation::weighted_mean || indicator.aggregation == Aggregation::ratio)
    return {CellFormat::decimal, 1};
  return {CellFormat::integer, 1};
}

SheetCell figure_cell(const Figure& figure, const FigureStyle& style) {
  if (!figure.visible()) {
    std::string shown = published_value_fr(figure);  // "s" or "n.d.", never a hidden value
    return SheetCell::of_text(shown, std::string(shown == "s" ? kSecretLegend : kMissingLegend));
  }
  SheetCell cell = SheetCell::of_number(figure.value * style.scale, style.format);
  if (figure.flags & kCommentedFlags) cell.comment = flags_fr(figure);
  return cell;
}

std::string indicator_sheet_name(const Indicator& indicator) {
  std::string name;
  for (char c : indicator.code) {
    if (std::string_view("[]:*?/\\'").find(c) != std::string_view::npos) continue;
    name += c;
  }
  if (name.empty()) name = "Indicateur";
  return cut_utf8(name, 31);
}

std::string cut_utf8(std::string text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // text[end] starts a character
  text.resize(end);
  return text;
}

std::string table_name(const std::string& text) {
  std::string name = "Tableau_";
  for (char c : text) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name.substr(0, 250);
}

SheetDescription indicator_sheet(const Dataset& dataset, IndicatorId id, const std::vector<NodeIndex>& rows,
                                 const std::vector<std::size_t>& quarters, bool regional, const std::string& footer) {
  const Indicator& indicator = dataset.indicators().at(id);
  const std::vector<Period>& periods = dataset.periods().all();
  const FigureStyle style = figure_style(indicator);
  const CellFormat change_format = indicator.unit == "%" ? CellFormat::points : CellFormat::evolution;

  SheetDescription sheet;
  sheet.name = indicator_sheet_name(indicator);
  sheet.table_name = table_name(indicator.code);
  sheet.footer = footer;
  sheet.frozen_columns = 2;
  sheet.columns.push_back({"Code", CellFormat::text});
  sheet.columns.push_back({"Territoire", CellFormat::text});
  for (std::size_t quarter : quarters) sheet.columns.push_back({periods[quarter].french_label(), style.format});
  const std::string latest = quarters.empty() ? "" : " (" + periods[quarters.back()].french_label() + ")";
  const std::string unit_word = indicator.unit == "%" ? "en points" : "en %";
  sheet.columns.push_back({"Évolution sur un trimestre, " + unit_word + latest, change_format});
  sheet.columns.push_back({"Évolution sur un an, " + unit_word + latest, change_format});
  // The share of the parent, unless no row has one (a rate, a mean: "sans objet" everywhere).
  bool has_share = quarters.empty();
  for (NodeIndex node_index : rows) {
    if (quarters.empty()) break;
    const Cell& cell = dataset.series(id, dataset.tree().node(node_index).territory)[quarters.back()];
    has_share = has_share || cell.derived.share_of_parent.status != DerivedStatus::not_applicable;
  }
  if (has_share) sheet.columns.push_back({"Part dans le territoire parent" + latest, CellFormat::percent});

  for (NodeIndex node_index : rows) {
    const TreeNode& node = dataset.tree().node(node_index);
    const Territory& territory = dataset.territories().at(node.territory);
    std::span<const Cell> series = dataset.series(id, node.territory);
    std::vector<SheetCell> row;
    row.push_back(SheetCell::of_text(territory.code));
    row.push_back(SheetCell::of_text(territory_label(territory)));
    for (std::size_t quarter : quarters) row.push_back(figure_cell(series[quarter].figure, style));
    if (quarters.empty()) {
      for (int i = 0; i < 3; ++i) row.push_back(SheetCell::of_text("n.d.", std::string(kMissingLegend)));
    } else {
      const DerivedFigures& derived = series[quarters.back()].derived;
      row.push_back(derived_cell(derived.previous, change_format));
      row.push_back(derived_cell(derived.year_ago, change_format));
      if (has_share) row.push_back(derived_cell(derived.share_of_parent, CellFormat::percent));
    }
    sheet.rows.push_back(std::move(row));
  }
  if (quarters.empty() || rows.empty()) return sheet;

  // Excel plots a text cell ("s", "n.d.") as zero: a chart only covers
  // cells that hold numbers. The line runs over the latest quarters of the
  // annex's territory that all have a number; the bars over the latest
  // quarter where every département has one.
  const std::uint32_t first_value = 2, last_value = static_cast<std::uint32_t>(1 + quarters.size());
  auto is_number = [&](std::size_t row, std::uint32_t column) {
    return sheet.rows[row][column].kind == SheetCell::Kind::number;
  };
  std::uint32_t line_start = last_value + 1;
  while (line_start > first_value && is_number(0, line_start - 1)) --line_start;
  const Territory& own = dataset.territories().at(dataset.tree().node(rows.front()).territory);
  if (last_value >= line_start + 1) {
    ChartDescription line;
    line.type = ChartDescription::Type::line;
    line.title = indicator.label + " : " + territory_label(own);
    line.x_axis_title = "Trimestre";
    line.y_axis_title = indicator.unit;
    line.value_format = style.format;
    SheetChartSeries over_time;  // named by its territory, over the quarters of the header row
    over_time.name_row = 1;
    over_time.name_column = 1;
    over_time.categories = {0, line_start, 0, last_value};
    over_time.values = {1, line_start, 1, last_value};
    line.series.push_back(over_time);
    line.alt_text = "Graphique en courbe : " + line.title + ", de " + sheet.columns[line_start].header + " à " +
                    sheet.columns[last_value].header + ", en " + indicator.unit + ". Les valeurs sont celles de la " +
                    "ligne " + territory_label(own) + " du tableau.";
    sheet.charts.push_back(std::move(line));
  }

  if (!regional || rows.size() <= 2) return sheet;
  for (std::uint32_t column = last_value; column >= first_value; --column) {
    bool complete = true;
    for (std::size_t row = 1; row < rows.size(); ++row) complete = complete && is_number(row, column);
    if (!complete) continue;
    ChartDescription bars;
    bars.type = ChartDescription::Type::column;
    bars.title = indicator.label + " par département, " + sheet.columns[column].header;
    bars.x_axis_title = "Département";
    bars.y_axis_title = indicator.unit;
    bars.value_format = style.format;
    SheetChartSeries across;  // named by the quarter's header, over the départements' rows
    across.name_row = 0;
    across.name_column = column;
    const std::uint32_t last_row = static_cast<std::uint32_t>(rows.size());
    across.categories = {2, 1, last_row, 1};
    across.values = {2, column, last_row, column};
    bars.series.push_back(across);
    bars.alt_text = "Graphique en barres : " + bars.title + ", en " + indicator.unit +
                    ". Les valeurs sont celles de la colonne " + sheet.columns[column].header +
                    " du tableau, un département par barre.";
    sheet.charts.push_back(std::move(bars));
    break;
  }
  return sheet;
}

}  // namespace prith
