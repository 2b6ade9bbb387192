// Experiment results as they may be published: counts of people follow the
// statistical secrecy of the indicators (model/secrecy_suppression.h).
//
// Per period, the counts of people (entries, exits and exits by kind) form
// one SecrecyTable, exits = sum of the exits by kind when both are given,
// and suppress_small_counts hides the counts from 1 to threshold - 1 and
// what would let them be recomputed. Then:
//   - shares and delays of a period whose entries are hidden are hidden too
//     (a share of fewer people than the threshold describes individuals);
//   - cumulative entries are published up to the first period whose entries
//     are hidden, never after (two cumulative values would give the hidden one).
// A hidden cell never carries its value: `value` is empty.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "capitalisation/capitalisation_model.h"

namespace prith {

struct PublishedResult {
  std::string period;
  std::string measure;           // measure code, or "entrees_cumulees"
  std::optional<double> value;   // empty when secret
  bool secret = false;
};

// In the order of experiment.results, then the cumulative entries per period;
// counts of people follow experiment.secrecy_threshold.
std::vector<PublishedResult> published_experiment_results(const Experiment& experiment);

}  // namespace prith
