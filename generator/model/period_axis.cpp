#include "model/period_axis.h"

#include <algorithm>

namespace prith {

namespace {

// Years first, then quarters, then months.
int kind_rank(Period::Kind kind) {
  switch (kind) {
    case Period::Kind::year: return 0;
    case Period::Kind::quarter: return 1;
    case Period::Kind::month: return 2;
  }
  return 3;
}

std::pair<int, int> key_of(const Period& period) { return {kind_rank(period.kind), period_ordinal(period)}; }

}  // namespace

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
  std::vector<std::pair<int, int>> keys;
  keys.reserve(seen.size());
  for (const Period& period : seen) keys.push_back(key_of(period));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  constexpr Period::Kind kKinds[] = {Period::Kind::year, Period::Kind::quarter, Period::Kind::month};
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0 && keys[i].first == keys[i - 1].first && keys[i].second - keys[i - 1].second - 1 <= kLongestFilledGap) {
      for (int ordinal = keys[i - 1].second + 1; ordinal < keys[i].second; ++ordinal) {
        keys_.emplace_back(keys[i].first, ordinal);
      }
    }
    keys_.push_back(keys[i]);
  }
  for (const auto& [rank, ordinal] : keys_) periods_.push_back(period_from_ordinal(kKinds[rank], ordinal));
}

std::optional<std::size_t> PeriodAxis::index_of(const Period& period) const {
  const std::pair<int, int> key = key_of(period);
  auto at = std::lower_bound(keys_.begin(), keys_.end(), key);
  if (at == keys_.end() || *at != key) return std::nullopt;
  return static_cast<std::size_t>(at - keys_.begin());
}

}  // namespace prith
