#include "render/site/site_table.h"

#include <cmath>

#include "core/csv_text.h"
#include "core/french_format.h"
#include "core/plain_number.h"
#include "model/figure_labels.h"

namespace prith {

namespace {

// "+2,3", "−1,4" (true minus sign), "0,0".
std::string signed_fr(double value) {
  std::string text = format_fixed_fr(value, 1);
  if (text == "0,0" || text == "-0,0") return "0,0";
  if (text[0] == '-') return "\u2212" + text.substr(1);
  return "+" + text;
}

}  // namespace

ValueFormat value_format(const Indicator& indicator) {
  if (indicator.unit == "%") return {"%", 1, true};
  if (indicator.unit == "€") return {"€", 0, true};
  if (indicator.aggregation == Aggregation::sum || indicator.unit.empty()) return {"", 1, false};
  return {indicator.unit, 1, true};
}

std::string value_fr(double value, const ValueFormat& format) {
  std::string text = format.fixed ? format_fixed_fr(value, format.decimals) : format_number_fr(value, format.decimals);
  if (!format.unit.empty()) text += "\u00A0" + format.unit;
  return text;
}

TableCell figure_cell(const Figure& figure, const ValueFormat& format) {
  TableCell cell = figure_cell(figure, format.decimals);
  if (figure.visible()) cell.text = value_fr(figure.value, format);
  return cell;
}

TableCell text_cell(std::string text) {
  TableCell cell;
  cell.text = std::move(text);
  return cell;
}

TableCell figure_cell(const Figure& figure, int decimals) {
  TableCell cell;
  cell.text = published_value_fr(figure, decimals);
  if (figure.visible()) {
    cell.kind = ShownKind::value;
    cell.number = figure.value;
    cell.flags = flags_fr(figure);
    cell.status = cell.flags;
  } else if (figure.status == ObservationStatus::missing) {
    cell.kind = ShownKind::missing;
    cell.status = "non disponible";
  } else {
    cell.kind = ShownKind::secret;
    cell.status = "secret";
  }
  return cell;
}

TableCell evolution_cell(const Derived& derived, bool in_points) {
  TableCell cell;
  if (derived.ok()) {
    cell.kind = ShownKind::value;
    cell.number = derived.value;
    cell.text = signed_fr(derived.value) + (in_points ? " pt" : " %");
  } else {
    cell.kind = ShownKind::absent;
    cell.text = std::string(derived_status_fr(derived.status));
    cell.status = cell.text;
  }
  return cell;
}

TableCell share_cell(const Derived& derived) {
  TableCell cell;
  if (derived.ok()) {
    cell.kind = ShownKind::value;
    cell.number = derived.value;
    cell.text = format_fixed_fr(derived.value, 1) + " %";
  } else {
    cell.kind = ShownKind::absent;
    cell.text = std::string(derived_status_fr(derived.status));
    cell.status = cell.text;
  }
  return cell;
}

TableCell rank_cell(std::uint16_t rank, std::uint16_t among) {
  TableCell cell;
  if (rank == 0) {
    cell.kind = ShownKind::absent;
    cell.text = "sans objet";
    cell.status = cell.text;
    return cell;
  }
  cell.kind = ShownKind::value;
  cell.number = rank;
  cell.text = std::to_string(rank) + (rank == 1 ? "er" : "e") + " sur " + std::to_string(among);
  return cell;
}

namespace {

bool rows_are_indicators(const SiteTable& table) {
  for (const SiteTable::Row& row : table.rows)
    if (!row.indicator_code.empty()) return true;
  return false;
}

// A value column is numeric when no cell of it holds words.
bool numeric_column(const SiteTable& table, std::size_t column) {
  for (const SiteTable::Row& row : table.rows)
    if (column < row.cells.size() && row.cells[column].kind == ShownKind::text && !row.cells[column].text.empty())
      return false;
  return true;
}

}  // namespace

std::string table_csv(const SiteTable& table) {
  const bool indicators = rows_are_indicators(table);
  std::string csv = csv_field(table.row_header.csv_name);
  if (indicators) csv += ",indicateur_code,unite";
  for (const TableColumn& column : table.columns)
    csv += "," + csv_field(column.csv_name) + "," + csv_field(column.csv_name + "_statut");
  csv += "\n";
  for (const SiteTable::Row& row : table.rows) {
    csv += csv_field(row.header);
    if (indicators) csv += "," + csv_field(row.indicator_code) + "," + csv_field(row.unit);
    for (const TableCell& cell : row.cells) {
      csv += ",";
      if (cell.kind == ShownKind::secret) csv += "s";
      else if (cell.number) csv += plain_number(*cell.number);
      else if (cell.kind == ShownKind::text) csv += csv_field(cell.text);
      csv += "," + csv_field(cell.status);
    }
    csv += "\n";
  }
  return csv;
}

DataFile table_data_file(const SiteTable& table, const std::string& path, const std::string& page_title) {
  DataFile file;
  file.path = path;
  file.title = table.caption;
  file.description = "Tableau « " + table.caption + " » de la page « " + page_title +
                     " » : valeurs numériques (s : secret statistique, vide : non disponible), chacune suivie de sa "
                     "colonne de statut.";
  file.columns.push_back({table.row_header.csv_name, "string", table.row_header.description});
  if (rows_are_indicators(table)) {
    file.columns.push_back({"indicateur_code", "string", "Code de l'indicateur (catalogue indicateurs.csv)"});
    file.columns.push_back({"unite", "string", "Unité des valeurs de la ligne : personnes, %, €, jours..."});
  }
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const TableColumn& column = table.columns[c];
    bool numeric = numeric_column(table, c);
    file.columns.push_back({column.csv_name, numeric ? "number" : "string",
                            column.description + (numeric ? " (nombre, « s » si secret, vide si non disponible)"
                                                          : " (texte)")});
    file.columns.push_back({column.csv_name + "_statut", "string",
                            "Statut de « " + column.label +
                                " » : secret, non disponible, raison d'une évolution absente, ou indicateurs "
                                "(provisoire, révisé, rupture de série, partiel)"});
  }
  return file;
}

}  // namespace prith
