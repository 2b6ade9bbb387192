// A table shown on a page, and the same table as CSV (donnees/tableaux/).
// Cells are made from Figures through published_value_fr/flags_fr only, so
// a hidden value never reaches a cell, the page or the CSV.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/figure.h"
#include "render/opendata/data_file.h"

namespace prith {

enum class ShownKind { text, value, secret, missing, absent };

struct TableCell {
  ShownKind kind = ShownKind::text;
  std::string text;               // as shown: "14 178", "s", "n.d.", "+2,3 %", "rupture de série"
  std::optional<double> number;   // the CSV value, only for a visible value
  std::string flags;              // flags_fr: "provisoire, révisé le …"
  std::string status;             // the CSV statut column
};

// "Mayenne", a label: text, no number.
TableCell text_cell(std::string text);
// A figure: its published value ("s", "n.d."), its flags, its number when visible.
TableCell figure_cell(const Figure& figure, int decimals = 1);
// An evolution: "+2,3 %" (or "+0,2 pt" for a rate), or why it is absent.
TableCell evolution_cell(const Derived& derived, bool in_points);
// A share of the parent territory in %: "12,3 %".
TableCell share_cell(const Derived& derived);
// A rank: "2e sur 5"; empty when not ranked.
TableCell rank_cell(std::uint16_t rank, std::uint16_t among);

struct TableColumn {
  std::string label;     // shown in <th>: "T3 2025"
  std::string csv_name;  // "2025-T3"
  std::string description;  // French, for datapackage.json
};

struct SiteTable {
  std::string caption;
  TableColumn row_header;            // the first column: "Territoire"
  std::vector<TableColumn> columns;  // value columns
  struct Row {
    std::string header;
    std::vector<TableCell> cells;  // one per value column
  };
  std::vector<Row> rows;
};

// The table as CSV: UTF-8, `,`, a header row; the row header as text, then
// each value column followed by its `<name>_statut` column. Values are plain
// numbers (1234.5), "s" when secret, empty when missing; statut says
// "secret", "non disponible", why an evolution is absent, or the flags.
std::string table_csv(const SiteTable& table);
// The CSV's description for datapackage.json and the "Données" page.
DataFile table_data_file(const SiteTable& table, const std::string& path, const std::string& page_title);

// A number as the CSV writes it: 1234.5, -3, at most `decimals` decimals.
std::string plain_number(double value, int decimals = 1);

}  // namespace prith
