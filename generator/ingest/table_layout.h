// Finds the header of a table and what each column holds.
//
// Partners' tables come in three shapes, all handled by one description:
// long (a territory, a period, an indicator and a value column), wide by
// indicator (one column per indicator) and wide by period (one column per
// quarter), each with breakdown columns or not ("Hommes", "Femmes", "Total"),
// with one or two header rows (a merged indicator label over its
// quarters), title lines above and notes below. Each value column knows the
// indicator and period its header fixes; what it leaves open comes from the
// row (an indicator or period column) or from the table (the sheet name).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/territory_resolver.h"
#include "ingest/header_classifier.h"

namespace prith {

struct ValueColumn {
  std::optional<IndicatorId> indicator;  // fixed by the header
  std::optional<Period> period;          // fixed by the header
  std::string header;                    // as seen, both rows joined by " / "
  BreakdownId breakdown = kHeadline;     // a category column ("Femmes"), else the headline
};

struct TableLayout {
  std::size_t header_first = 0;  // index in the sample of the first header row
  std::size_t data_first = 0;    // index in the sample of the first data row
  std::uint32_t territory_column = 0;  // 1-based; always set
  std::optional<TerritoryLevel> territory_level;
  std::uint32_t period_column = 0;     // 0 when every value column fixes its period
  std::uint32_t year_column = 0;       // "Année" beside a "Trimestre" or "Mois" column
  std::uint32_t indicator_column = 0;  // 0 when fixed by header or table
  std::uint32_t breakdown_column = 0;  // "Sexe": each row's category; 0 for none
  std::size_t breakdown_dimension = 0; // the dimension it names
  std::uint32_t comment_column = 0;
  std::uint32_t link_column = 0;
  std::optional<IndicatorId> table_indicator;  // from the sheet or file name, or a title
  std::optional<Period> table_period;          // from a sheet named "T3 2025"
  std::map<std::uint32_t, ValueColumn> value_columns;
  std::map<std::uint32_t, std::string> ignored_columns;  // unknown headers, by column
  std::uint32_t last_header_column = 0;

  bool is_long() const;
  std::string describe_fr() const;  // "format long", "une colonne par trimestre"...
  // The whole sentence of layout_detected: shape, header lines, the columns
  // that hold territories, periods and indicators, and what the table's
  // name gave. Columns are letters in a sheet, numbers in a CSV file.
  std::string explain_fr(std::uint32_t header_first_line, std::uint32_t header_last_line, bool in_sheet,
                         const IndicatorCatalogue& indicators, const BreakdownCatalogue* breakdowns) const;
};

struct LayoutContext {
  const IndicatorCatalogue& indicators;
  const TerritoryResolver& territories;
  std::string table_name;  // sheet name, or the file name without extension
  bool date1904 = false;
  const BreakdownCatalogue* breakdowns = nullptr;  // null: no breakdown columns
};

struct LayoutFailure {
  DiagnosticCode code = DiagnosticCode::header_not_found;
  SourcePlace place;
  std::string value;
  std::string message;
};

// Scans the first rows of a table (the sample) for its header.
std::optional<TableLayout> detect_layout(const std::vector<RawRow>& sample,
                                         const LayoutContext& context, LayoutFailure& failure);

// The text of a cell for matching and messages ("" for an empty cell).
const RawCell* find_cell(const RawRow& row, std::uint32_t column);

}  // namespace prith
