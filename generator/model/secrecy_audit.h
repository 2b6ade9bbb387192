// The audit: for every hidden cell, the smallest and largest value an
// attacker can deduce from every published cell and every sum, by linear
// programming (GLPK). Counts are at least their cell's lower_bound (1 for a
// cell prith hides, since 0 is always published); nothing else is assumed
// (an attacker cannot tell a primary from a secondary one).
#pragma once

#include <limits>
#include <vector>

#include "model/secrecy_table.h"

namespace prith {

struct AuditInterval {
  std::size_t cell = 0;
  double low = 0;
  double high = std::numeric_limits<double>::infinity();  // unbounded above
  bool protected_enough = true;
};

// One interval per hidden cell, in cell order.
std::vector<AuditInterval> audit_secrecy(const SecrecyTable& table, const SecrecyRule& rule);

}  // namespace prith
