// Cross-checks the totals a partner prints with the départements of the
// same table: a "Total" row (read for this only) and a région row (read
// as the région's figure) must equal the sum of the départements above
// them, category by category when the table has breakdown columns. A
// difference is a warning naming the total's cell; a table with a
// rejected row, a secret or a missing figure is not checked, since its
// sum would differ for that reason alone.
#pragma once

#include <map>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

#include "ingest/observation.h"
#include "ingest/mapping_catalogues.h"

namespace prith {

class TotalCheck {
 public:
  void reset();
  void add_total(IndicatorId indicator, const Period& period, BreakdownId breakdown, double value,
                 const SourcePlace& place);
  void reject_row() { rows_rejected_ = true; }

  // `table` holds the observations of the table just read.
  void check(std::span<const Observation> table, const FileReading& reading, const MappingCatalogues& catalogues,
             std::vector<Diagnostic>& diagnostics) const;

 private:
  struct Total {
    double value = 0;
    SourcePlace place;
  };
  std::map<std::tuple<IndicatorId, Period, BreakdownId>, Total> totals_;
  bool rows_rejected_ = false;
};

}  // namespace prith
