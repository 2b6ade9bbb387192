// Turns the rows a reader pushes into observations, with a diagnostic for
// every cell it cannot read. The first rows of each table are held back
// until its header is found (table_layout.h); the rest stream through.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/observation.h"
#include "ingest/table_layout.h"
#include "ingest/text_memo.h"

namespace prith {

struct MappingCatalogues {
  const TerritoryCatalogue& territories;
  const TerritoryResolver& resolver;
  const IndicatorCatalogue& indicators;
  // The project's région (INSEE code, "" for none). A bare code that names
  // two territories ("44": Loire-Atlantique or the région Grand Est) is
  // read inside this perimeter when exactly one of them lies in it.
  std::string region;
};

class TableMapper : public RowSink {
 public:
  // `file_stem` names the table of a CSV file (its name without extension),
  // so that "placements.csv" can say which indicator it holds.
  TableMapper(const MappingCatalogues& catalogues, std::string file_stem, FileReading& out);

  void begin_table(const TableInfo& table) override;
  void row(const RawRow& row) override;
  void end_table() override;

  // After the last table: duplicates across the whole file.
  void finish();

 private:
  struct TotalCell {
    double value = 0;
    SourcePlace place;
  };
  struct DepartementSum {
    double sum = 0;
    std::size_t count = 0;
    bool incomplete = false;
  };
  void start_mapping();
  void map_row(const RawRow& row);
  void map_value(const RawRow& row, const RawCell* cell, std::uint32_t column, const ValueColumn& binding,
                 TerritoryId territory, bool total_only, std::optional<IndicatorId> row_indicator,
                 std::optional<Period> row_period);
  struct TerritoryCell {
    TerritoryResolution resolution;
    bool total_only = false;  // "Total": compared with the sum, not a territory
  };
  TerritoryCell lookup_territory(const std::string& text);
  void report_territory(const RawRow& row, const RawCell& cell, const TerritoryResolution& resolution);
  bool report_notice_or_empty_table();  // true when the table is a notice or empty, and said so
  std::optional<Period> row_period(const RawRow& row);
  std::optional<IndicatorId> row_indicator(const RawRow& row);
  void report_cells_past_header(const RawRow& row);
  void report_layout(std::uint32_t header_line);
  void check_totals();
  void report(Severity severity, DiagnosticCode code, std::uint32_t line, std::uint32_t column,
              std::string value, std::string message);
  SourcePlace place(std::uint32_t line, std::uint32_t column) const;
  std::string describe_key(IndicatorId indicator, TerritoryId territory, const Period& period) const;

  const MappingCatalogues& catalogues_;
  std::string file_stem_;
  FileReading& out_;

  TableInfo table_;
  std::uint8_t sheet_index_ = 0;
  std::vector<RawRow> sample_;
  std::optional<TableLayout> layout_;
  bool layout_failed_ = false;
  std::size_t table_rows_ = 0;
  std::size_t numbers_as_text_ = 0;
  SourcePlace first_number_as_text_;

  TextMemo<TerritoryCell> territory_memo_;
  TextMemo<std::optional<Period>> period_memo_;
  TextMemo<std::optional<IndicatorId>> indicator_memo_;

  // Rows whose bare territory code names two levels ("24": Dordogne or the
  // région Centre-Val de Loire) wait until the column shows its level: the
  // first code that can only be a département settles it.
  std::vector<RawRow> pending_rows_;
  bool defer_ambiguous_ = true;
  void replay_pending_rows();
  void merge_in_file_order(std::size_t replayed_first);

  // Totals of this table, for the cross-check: (indicator, period) keys.
  std::map<std::pair<IndicatorId, Period>, TotalCell> totals_;
  std::size_t table_first_observation_ = 0;
};

}  // namespace prith
