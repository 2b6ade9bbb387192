#include "render/site/site_table.h"

#include <cmath>
#include <cstdio>

#include "core/csv_text.h"
#include "core/french_format.h"
#include "model/figure_labels.h"

namespace prith {

namespace {

// "+2,3", "−1,4" (true minus sign), "0".
std::string signed_fr(double value) {
  std::string text = format_number_fr(value, 1);
  if (text == "0" || text == "-0") return "0";
  if (text[0] == '-') return "\u2212" + text.substr(1);
  return "+" + text;
}

}  // namespace

std::string plain_number(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
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
    cell.text = format_number_fr(derived.value, 1) + " %";
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

std::string table_csv(const SiteTable& table) {
  std::string csv = csv_field(table.row_header.csv_name);
  for (const TableColumn& column : table.columns)
    csv += "," + csv_field(column.csv_name) + "," + csv_field(column.csv_name + "_statut");
  csv += "\n";
  for (const SiteTable::Row& row : table.rows) {
    csv += csv_field(row.header);
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
  for (const TableColumn& column : table.columns) {
    file.columns.push_back({column.csv_name, "string", column.description + " (nombre, « s » si secret, vide si non disponible)"});
    file.columns.push_back({column.csv_name + "_statut", "string",
                            "Statut de « " + column.label +
                                " » : secret, non disponible, raison d'une évolution absente, ou indicateurs "
                                "(provisoire, révisé, rupture de série, partiel)"});
  }
  return file;
}

}  // namespace prith
