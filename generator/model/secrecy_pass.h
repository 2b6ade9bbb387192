// Statistical secrecy as a pass of the Dataset (dataset.h): after the
// région and country figures and the rates are computed, before anything is
// derived from them.
//
// For every indicator counted by summing (aggregation sum) whose small
// counts are secret, and every period, the figures of the territory tree
// become a SecrecyTable (a région = the sum of its départements, the
// country = the sum of its régions) that secrecy_suppression.h settles and
// secrecy_audit.h proves. The cells it hides are flagged kHidden. Then a
// rate whose numerator or denominator is hidden is hidden, and so is a
// weighted mean whose weight is. A table that stays recoverable is an error
// (secrecy_unprotected): the build must not publish it. See docs/secrecy.md.
#pragma once

#include "model/dataset.h"

namespace prith {

FigurePass secrecy_pass();

}  // namespace prith
