// A table shown on a page, and the same table as CSV (donnees/tableaux/).
// Cells are made from Figures through published_value_fr/flags_fr only, so
// a hidden value never reaches a cell, the page or the CSV.
#pragma once

#include <optional>
#include <string>
#include <vector>
#include <utility>

#include "catalogue/indicator_catalogue.h"
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

// How the site prints an indicator's values. Counts (summed, not in euros)
// carry no unit: the label names what is counted. Others carry their unit
// after the value. Rates and means show exactly one decimal ("13,0 %",
// "771,6 jours"), euros none ("3 189 922 €"), counts at most one.
struct ValueFormat {
  std::string unit;   // "", "%", "€", "jours"
  int decimals = 1;
  bool fixed = true;  // always `decimals` decimals (else trailing zeros dropped)
};
ValueFormat value_format(const Indicator& indicator);
// A visible value as printed: "12,4 %", "3 189 922 €", "2 696".
std::string value_fr(double value, const ValueFormat& format);

// "Mayenne", a label: text, no number.
TableCell text_cell(std::string text);
// A figure: its published value ("s", "n.d."), its flags, its number when visible.
TableCell figure_cell(const Figure& figure, int decimals = 1);
// The same, printed in the indicator's format (its unit, its decimals).
TableCell figure_cell(const Figure& figure, const ValueFormat& format);
// An evolution, always one decimal: "+2,3 %", "+17,0 %" (or "+0,2 pt" for
// a rate), or why it is absent.
TableCell evolution_cell(const Derived& derived, bool in_points);
// A share of the parent territory in %: "12,3 %".
TableCell share_cell(const Derived& derived);
// A rank: "2e sur 5"; empty when not ranked.
TableCell rank_cell(std::uint16_t rank, std::uint16_t among);

struct TableColumn {
  TableColumn() = default;
  TableColumn(std::string label, std::string csv_name, std::string description, bool highlighted = false)
      : label(std::move(label)), csv_name(std::move(csv_name)), description(std::move(description)),
        highlighted(highlighted) {}

  std::string label;     // shown in <th>: "T3 2025"
  std::string csv_name;  // "2025-T3"
  std::string description;  // French, for datapackage.json
  bool highlighted = false; // the page's own territory among others (class "courant")
};

struct SiteTable {
  std::string caption;
  TableColumn row_header;            // the first column: "Territoire"
  std::vector<TableColumn> columns;  // value columns
  struct Row {
    Row() = default;
    Row(std::string header, std::vector<TableCell> cells, std::string indicator_code = {}, std::string unit = {})
        : header(std::move(header)), cells(std::move(cells)), indicator_code(std::move(indicator_code)),
          unit(std::move(unit)) {}

    std::string header;
    std::vector<TableCell> cells;  // one per value column
    // Rows that are indicators (tables mixing them): the CSV adds the
    // columns indicateur_code and unite, so each number says what it counts.
    std::string indicator_code;  // "DEBOE"
    std::string unit;            // the catalogue's unit: "personnes", "%", "€"
  };
  std::vector<Row> rows;
};

// The table as CSV: UTF-8, `,`, a header row; the row header as text (then
// indicateur_code and unite when rows are indicators), then each value
// column followed by its `<name>_statut` column. Values are plain
// numbers (1234.5), "s" when secret, empty when missing; statut says
// "secret", "non disponible", why an evolution is absent, or the flags.
std::string table_csv(const SiteTable& table);
// The CSV's description for datapackage.json and the "Données" page: a
// column whose cells are all numbers, "s" or empty is typed "number" (the
// file's missingValues are "" and "s"); a column holding words is "string".
DataFile table_data_file(const SiteTable& table, const std::string& path, const std::string& page_title);

}  // namespace prith
