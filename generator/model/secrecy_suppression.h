// Decides which cells of a SecrecyTable to hide.
//
// Primary suppression hides every count from 1 to threshold - 1. Secondary
// suppression then hides more cells until the audit (secrecy_audit.h)
// finds every hidden cell protected: no sum leaves a hidden cell alone, and
// what the published cells allow an attacker to deduce of each hidden cell
// spans at least the required width. The cells chosen are the smallest
// published counts at or above the threshold first (losing the least
// information), then any other; ties go to the first cell, so the same
// table always gives the same result.
#pragma once

#include <vector>

#include "model/secrecy_audit.h"
#include "model/secrecy_table.h"

namespace prith {

struct SuppressionResult {
  std::size_t primary = 0;    // cells hidden for being small
  std::size_t secondary = 0;  // cells hidden to protect them
  // Cells still under-protected when nothing more could be hidden (empty
  // when the table is safe): the build must fail on them.
  std::vector<AuditInterval> unprotected;
};

SuppressionResult suppress_small_counts(SecrecyTable& table, const SecrecyRule& rule);

}  // namespace prith
