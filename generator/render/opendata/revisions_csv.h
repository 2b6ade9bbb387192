// donnees/revisions.csv: the figures the partners' revised exports changed,
// one row per figure added, changed or removed by a revision (a batch that
// holds figures an earlier batch already stored; store/history.h), newest
// batch first. Figures the Dataset does not publish (an indicator or a
// territory outside the catalogues or the tree) are left out.
//
// Secrecy: an old or new value is written only when the figure is visible
// in the Dataset now and that side was a known value; when the figure is
// now hidden or confidential both sides are "s", so a revision never gives
// away a figure that statistical secrecy hides; and a side that is a small
// count by itself (1 to the indicator's threshold - 1) is "s" too, so an old
// small count revised to a large one stays secret; and then every old value
// of that indicator and period in the batch is "s", as secrecy hid others
// beside the small count.
#pragma once

#include <string>
#include <vector>

#include "model/dataset.h"
#include "render/opendata/data_file.h"
#include "store/history.h"

namespace prith {

DataFile revisions_file();
std::string revisions_csv(const Dataset& dataset, const std::vector<BatchHistory>& history);

}  // namespace prith
