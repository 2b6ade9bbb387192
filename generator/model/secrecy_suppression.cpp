#include "model/secrecy_suppression.h"

#include <optional>

namespace prith {

namespace {

// The published cell of `relation` to hide next: the smallest count at or
// above the threshold, else the smallest other, parts before the total.
std::optional<std::size_t> next_to_hide(const SecrecyTable& table, const SecrecyRelation& relation,
                                        const SecrecyRule& rule) {
  std::optional<std::size_t> best;
  auto better = [&](std::size_t candidate) {
    if (!best) return true;
    const SecrecyCell& a = table.cells[candidate];
    const SecrecyCell& b = table.cells[*best];
    bool a_large = a.value >= rule.threshold, b_large = b.value >= rule.threshold;
    if (a_large != b_large) return a_large;
    return a.value < b.value;
  };
  // A 0 stays published: it identifies nobody, and hiding it would tell
  // an attacker nothing the rule does not.
  auto can_hide = [&](std::size_t cell) { return table.cells[cell].published() && table.cells[cell].value != 0; };
  for (std::size_t part : relation.parts) {
    if (can_hide(part) && better(part)) best = part;
  }
  if (!best && can_hide(relation.total)) best = relation.total;
  return best;
}

void hide(SecrecyTable& table, std::size_t cell, SuppressionResult& result) {
  table.cells[cell].hidden = true;
  table.cells[cell].lower_bound = 1;
  ++result.secondary;
}

}  // namespace

SuppressionResult suppress_small_counts(SecrecyTable& table, const SecrecyRule& rule) {
  SuppressionResult result;
  if (!rule.applies) return result;
  for (SecrecyCell& cell : table.cells) {
    if (!cell.missing && !cell.hidden && cell.value > 0 && cell.value < rule.threshold) {
      cell.hidden = cell.primary = true;
      cell.lower_bound = 1;
      ++result.primary;
    }
  }
  // Each round hides at most one more cell per under-protected cell; a
  // table of n cells is settled in at most n rounds.
  for (std::size_t round = 0; round <= table.cells.size(); ++round) {
    std::vector<AuditInterval> intervals = audit_secrecy(table, rule);
    result.unprotected.clear();
    bool hid = false;
    for (const AuditInterval& interval : intervals) {
      if (interval.protected_enough) continue;
      // Widen the weakest cell through the first sum it belongs to that
      // still has a published cell.
      bool widened = false;
      for (const SecrecyRelation& relation : table.relations) {
        bool involved = relation.total == interval.cell;
        for (std::size_t part : relation.parts) involved |= part == interval.cell;
        if (!involved) continue;
        if (std::optional<std::size_t> cell = next_to_hide(table, relation, rule)) {
          hide(table, *cell, result);
          widened = hid = true;
          break;
        }
      }
      if (!widened) result.unprotected.push_back(interval);
      if (hid) break;  // audit again before hiding more
    }
    if (!hid) return result;
  }
  return result;
}

}  // namespace prith
