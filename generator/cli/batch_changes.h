// What `prith build` says about a batch it has just stored, from the same
// history `prith history` prints: its counts, in the same words, and a
// warning for each stored figure the batch removed or withdrew.
#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "store/history.h"

namespace prith {

// figure_removed for each figure the batch's source gave before and the
// batch lacks (for an indicator and period it gives); figure_withdrawn for
// each value it now gives as not available. At most `listed` of each kind,
// then one warning counting the rest.
std::vector<Diagnostic> batch_change_warnings(const BatchHistory& batch, std::size_t listed = 20);

}  // namespace prith
