// The periods of a Dataset: for each kind present (years, quarters, months),
// the periods figures were given for, and the short gaps between them filled,
// so that a quarter nobody sent is a missing figure in its column and never a
// silently skipped one. A long gap (a stray "2099-T1" typed by a partner) is
// not filled: the axis stays the size of the data, whatever the input.
#pragma once

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
  // Gaps of up to this many periods are filled (two years of quarters).
  static constexpr int kLongestFilledGap = 8;

  PeriodAxis() = default;
  // From the periods of the figures, in any order and with repeats.
  explicit PeriodAxis(const std::vector<Period>& seen);

  // Years, then quarters, then months, each in time order.
  const std::vector<Period>& all() const { return periods_; }
  std::size_t size() const { return periods_.size(); }
  std::optional<std::size_t> index_of(const Period& period) const;

 private:
  std::vector<Period> periods_;
  std::vector<std::pair<int, int>> keys_;  // (kind rank, ordinal) of periods_, sorted
};

}  // namespace prith
