// Turns the rows a reader pushes into observations, with a diagnostic for
// every cell it cannot read. The first rows of each table are held back
// until its header is found (table_layout.h); the rest stream through.
#pragma once

#include <deque>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <vector>

#include "ingest/mapping_catalogues.h"
#include "ingest/number_format_evidence.h"
#include "ingest/observation.h"
#include "ingest/table_layout.h"
#include "ingest/territory_column.h"
#include "ingest/text_memo.h"
#include "ingest/total_check.h"

namespace prith {

class TableMapper : public RowSink {
 public:
  // `file_stem` names the table of a CSV file (its name without extension),
  // so that "placements.csv" can say which indicator it holds.
  // `numbers` forces how text numbers read (else each column's cells decide).
  TableMapper(const MappingCatalogues& catalogues, std::string file_stem, FileReading& out,
              NumberFormatSetting numbers = {});

  void begin_table(const TableInfo& table) override;
  void row(const RawRow& row) override;
  void end_table() override;

  // After the last table: duplicates across the whole file.
  void finish();

 private:
  // A note said once per table: how many cells, and the first one.
  struct CountedCells {
    std::size_t count = 0;
    SourcePlace first;
    void add(const SourcePlace& place) {
      if (count++ == 0) first = place;
    }
  };

  void start_mapping();
  void restart_at_header(const RawRow& row);
  void finish_segment();
  void map_row(const RawRow& row);
  void map_value(const RawRow& row, const RawCell* cell, std::uint32_t column, const ValueColumn& binding,
                 TerritoryId territory, bool total_only, std::optional<IndicatorId> row_indicator,
                 std::optional<Period> row_period, BreakdownId row_breakdown);
  void replay_pending_rows();
  void merge_in_file_order(std::size_t replayed_first);
  const RawCell* total_label_beside(const RawRow& row) const;  // "Total" left of the values, or null
  bool is_header_row(const RawRow& row, const RawCell& territory_cell) const;
  void report_territory(const RawRow& row, const RawCell& cell, const TerritoryResolution& resolution);
  void report_former_name(const RawRow& row, const RawCell& cell, const FormerName& former);
  std::optional<Period> row_period(const RawRow& row);
  std::optional<Period> read_period(const RawCell& cell);
  std::optional<IndicatorId> row_indicator(const RawRow& row);
  std::optional<BreakdownId> row_breakdown(const RawRow& row);
  void report_cells_past_header(const RawRow& row);
  void report_layout(std::uint32_t header_line);
  bool report_notice_or_empty_table();  // true when the table is a notice or empty, and said so
  void report_counted_cells();
  struct AmbiguousNumber;
  void resolve_ambiguous_numbers();
  void erase_observations(const std::vector<std::size_t>& sorted_indices);
  void describe_numbers_in_layout(const NumberFormatEvidence& table);
  std::string evidence_place_fr(const NumberFormatEvidence& evidence, DecimalConvention convention) const;
  void report_fractional_count(std::uint32_t line, std::uint32_t column, const std::string& text, double value,
                               const std::string& key, const std::string& why);
  void report_number_conflict(const AmbiguousNumber& number, const NumberFormatEvidence& evidence, bool same_column,
                              const std::string& key);
  void report_number_undecided(const AmbiguousNumber& number, const std::string& key);
  void report_count_with_zero_decimals(const AmbiguousNumber& number, double as_decimal, double as_thousands,
                                       const std::string& key, const std::string& why);
  void report(Severity severity, DiagnosticCode code, std::uint32_t line, std::uint32_t column,
              std::string value, std::string message);
  SourcePlace place(std::uint32_t line, std::uint32_t column) const;
  // "DEBOE, 44 Loire-Atlantique, Femmes (sexe), 2025-T3"; "total" for a total row.
  std::string describe_value_key(IndicatorId indicator, TerritoryId territory, const Period& period,
                                 BreakdownId breakdown, bool total_row) const;
  void report_uncarried_breakdown(std::uint32_t line, std::uint32_t column, const std::string& header,
                                  BreakdownId breakdown, IndicatorId indicator);

  const MappingCatalogues& catalogues_;
  std::string file_stem_;
  FileReading& out_;

  TableInfo table_;
  std::uint8_t sheet_index_ = 0;
  std::vector<RawRow> sample_;
  std::deque<RawRow> recent_notes_;  // title lines seen under a table, for the next one
  std::optional<TableLayout> layout_;
  bool layout_failed_ = false;
  std::size_t segment_first_observation_ = 0;  // a table may hold several stacked tables

  TerritoryColumn territories_;
  TextMemo<std::optional<Period>> period_memo_;
  TextMemo<std::optional<IndicatorId>> indicator_memo_;
  TextMemo<std::optional<BreakdownId>> breakdown_memo_;  // of the layout's category column

  // Rows whose bare territory code names two levels wait until the column
  // shows its level (territory_column.h).
  std::vector<RawRow> pending_rows_;

  TotalCheck totals_;
  CountedCells numbers_as_text_;
  std::vector<const FormerName*> former_names_reported_;  // once per file and former name

  // Text numbers: each value column's evidence (decimal comma or point),
  // the file's so far, and the cells that read two ways ("12,345"), kept
  // as observations of value 0 until the segment ends and evidence decides.
  struct AmbiguousNumber {
    std::uint32_t line = 0;
    std::uint16_t column = 0;
    bool total_row = false;
    IndicatorId indicator = 0;
    TerritoryId territory = 0;
    Period period;
    BreakdownId breakdown = kHeadline;
    double with_decimal_comma = 0, with_decimal_point = 0;
    std::string text;
  };
  NumberFormatSetting number_setting_;
  std::map<std::uint32_t, NumberFormatEvidence> column_numbers_;
  NumberFormatEvidence file_numbers_;
  std::vector<AmbiguousNumber> ambiguous_numbers_;
  std::size_t layout_diagnostic_ = 0;  // 1 + index of this segment's layout_detected, 0 for none
  std::set<std::tuple<std::uint32_t, BreakdownId, IndicatorId>> uncarried_breakdowns_;  // said this table
};

}  // namespace prith
