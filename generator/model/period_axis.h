// The periods of a Dataset: for each kind present (years, quarters, months),
// every period from the first to the last figure, gaps included, so that a
// missing quarter is a missing figure and never a silently skipped column.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "catalogue/period.h"

namespace prith {

// Periods of one kind counted from year 0: quarters year*4+q-1, months
// year*12+m-1, years the year.
int period_ordinal(const Period& period);
Period period_from_ordinal(Period::Kind kind, int ordinal);
// The period `steps` earlier (previous quarter: 1; a year before: 4 quarters).
Period period_before(const Period& period, int steps);
int periods_per_year(Period::Kind kind);  // 1, 4, 12

class PeriodAxis {
 public:
  PeriodAxis() = default;
  // From the periods of the figures, in any order and with repeats.
  explicit PeriodAxis(const std::vector<Period>& seen);

  // Years, then quarters, then months, each in time order.
  const std::vector<Period>& all() const { return periods_; }
  std::size_t size() const { return periods_.size(); }
  std::optional<std::size_t> index_of(const Period& period) const;

 private:
  std::vector<Period> periods_;
  struct Range {
    bool present = false;
    int first = 0, last = 0;
    std::size_t offset = 0;
  };
  std::array<Range, 3> ranges_{};
};

}  // namespace prith
