// Cross-checks the totals a partner prints with the départements of the
// same table: a "Total" row (read for this only) and a région row (read
// as the région's figure) must equal the sum of the départements above
// them, category by category when the table has breakdown columns. A
// difference is a warning naming the total's cell, whose value is the text
// that cell holds (for a région row, found again after the file is read:
// cell_texts.h); a table with a
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

// True when a printed total and the sum of its parts differ by more than
// rounding (half a unit, or a relative 1e-9 for large figures).
bool total_differs(double total, double sum);

class TotalCheck {
 public:
  void reset();
  // `text`: the total cell's text as the file wrote it ("9 113").
  void add_total(IndicatorId indicator, const Period& period, BreakdownId breakdown, double value, std::string text,
                 const SourcePlace& place);
  void reject_row() { rows_rejected_ = true; }

  // `table` holds the observations of the table just read. A région row's
  // mismatch is pushed with an empty value and its index in `diagnostics`
  // added to `values_from_cells` (FileReading::values_from_cells).
  void check(std::span<const Observation> table, const FileReading& reading, const MappingCatalogues& catalogues,
             std::vector<Diagnostic>& diagnostics, std::vector<std::size_t>& values_from_cells) const;

 private:
  struct Total {
    double value = 0;
    std::string text;
    SourcePlace place;
  };
  std::map<std::tuple<IndicatorId, Period, BreakdownId>, Total> totals_;
  bool rows_rejected_ = false;
};

}  // namespace prith
