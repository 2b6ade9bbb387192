#include "model/period_axis.h"

#include <algorithm>

namespace prith {

namespace {
constexpr std::array<Period::Kind, 3> kOrder = {Period::Kind::year, Period::Kind::quarter, Period::Kind::month};
}

int periods_per_year(Period::Kind kind) {
  switch (kind) {
    case Period::Kind::quarter: return 4;
    case Period::Kind::month: return 12;
    case Period::Kind::year: return 1;
  }
  return 1;
}

int period_ordinal(const Period& period) {
  if (period.kind == Period::Kind::year) return period.year;
  return period.year * periods_per_year(period.kind) + period.index - 1;
}

Period period_from_ordinal(Period::Kind kind, int ordinal) {
  Period period;
  period.kind = kind;
  const int per_year = periods_per_year(kind);
  period.year = static_cast<std::int16_t>(ordinal / per_year);
  period.index = kind == Period::Kind::year ? 0 : static_cast<std::uint8_t>(ordinal % per_year + 1);
  return period;
}

Period period_before(const Period& period, int steps) {
  return period_from_ordinal(period.kind, period_ordinal(period) - steps);
}

PeriodAxis::PeriodAxis(const std::vector<Period>& seen) {
  for (const Period& period : seen) {
    Range& range = ranges_[static_cast<std::size_t>(period.kind)];
    const int ordinal = period_ordinal(period);
    if (!range.present) {
      range = {true, ordinal, ordinal, 0};
    } else {
      range.first = std::min(range.first, ordinal);
      range.last = std::max(range.last, ordinal);
    }
  }
  for (Period::Kind kind : kOrder) {
    Range& range = ranges_[static_cast<std::size_t>(kind)];
    if (!range.present) continue;
    range.offset = periods_.size();
    for (int ordinal = range.first; ordinal <= range.last; ++ordinal) {
      periods_.push_back(period_from_ordinal(kind, ordinal));
    }
  }
}

std::optional<std::size_t> PeriodAxis::index_of(const Period& period) const {
  const Range& range = ranges_[static_cast<std::size_t>(period.kind)];
  const int ordinal = period_ordinal(period);
  if (!range.present || ordinal < range.first || ordinal > range.last) return std::nullopt;
  return range.offset + static_cast<std::size_t>(ordinal - range.first);
}

}  // namespace prith
