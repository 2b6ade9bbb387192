// Statistical secrecy works on tables of counts tied by sums: the région is
// the sum of its départements, the country the sum of its régions. A
// SecrecyTable holds the cells of one indicator and one period and those
// sums; the suppression (secrecy_suppression.h) decides which cells to
// hide, and the audit (secrecy_audit.h) proves what an attacker could
// recompute from the cells left visible.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace prith {

struct SecrecyCell {
  std::string label;      // for messages: "44 Loire-Atlantique"
  double value = 0;       // the true count
  bool missing = false;   // no figure at all: never published, nothing to protect
  bool hidden = false;    // decided by the suppression
  bool primary = false;   // hidden because it is itself a small count
  // What an attacker knows of the cell's least value: 0 is always published,
  // so a cell the suppression hides is at least 1; a partner's own secret
  // follows the partner's rule, unknown here, so at least 0.
  double lower_bound = 0;

  bool published() const { return !missing && !hidden; }
};

// cells[total] = sum of cells[parts].
struct SecrecyRelation {
  std::size_t total = 0;
  std::vector<std::size_t> parts;
};

struct SecrecyRule {
  bool applies = true;
  // Counts from 1 to threshold - 1 are hidden. 0 identifies nobody and is shown.
  int threshold = 5;
  // A hidden cell is protected when everything published leaves at least
  // this much room: high - low >= protection. 0 means "the threshold".
  double protection = 0;

  double required_width() const { return protection > 0 ? protection : threshold; }
};

struct SecrecyTable {
  std::vector<SecrecyCell> cells;
  std::vector<SecrecyRelation> relations;
};

}  // namespace prith
