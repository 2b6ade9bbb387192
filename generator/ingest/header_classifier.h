// What a header cell announces: a role column (territory, period, indicator,
// value, comment, link), an indicator of the catalogue, a period, a breakdown
// category, or nothing known. The layout detector combines these into a table layout.
#pragma once

#include <optional>
#include <string>

#include "catalogue/breakdown_catalogue.h"
#include "catalogue/indicator_catalogue.h"
#include "catalogue/period.h"
#include "catalogue/territory_catalogue.h"
#include "ingest/raw_table.h"

namespace prith {

enum class ColumnRole : std::uint8_t {
  none,       // empty header cell
  unknown,    // text the catalogue and the role words do not know
  territory,
  period,
  indicator,
  value,
  comment,
  link,
  indicator_label,  // an indicator named by the header itself: a value column
  period_label,     // a period named by the header itself: a value column
  breakdown_label,  // a breakdown category ("Femmes", "50 ans et plus"): a value column
  breakdown,        // a dimension ("Sexe"): each row's cell names its category
};

struct HeaderCell {
  ColumnRole role = ColumnRole::none;
  std::optional<IndicatorId> indicator;  // for indicator_label
  std::optional<Period> period;          // for period_label
  std::optional<BreakdownId> breakdown;  // for breakdown_label
  std::optional<std::size_t> dimension;  // for breakdown: index in BreakdownCatalogue::dimensions()
  // For a territory column: the level its header names ("Région",
  // "Département"), which settles codes such as 52 that are both.
  std::optional<TerritoryLevel> territory_level;
  std::string text;                      // the header as seen
};

class HeaderClassifier {
 public:
  // `breakdowns` may be null: no header is then a breakdown category.
  HeaderClassifier(const IndicatorCatalogue& indicators, const BreakdownCatalogue* breakdowns)
      : indicators_(indicators), breakdowns_(breakdowns) {}
  HeaderCell classify(const RawCell& cell, bool date1904) const;

 private:
  const IndicatorCatalogue& indicators_;
  const BreakdownCatalogue* breakdowns_;
};

// True for sheet names that announce notes rather than data ("Notice",
// "Lisez-moi", "Sommaire", "Méthodologie"...).
bool is_notice_sheet_name(std::string_view sheet_name);

}  // namespace prith
