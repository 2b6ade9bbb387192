// One Excel workbook the build wrote, as the site's pages link it.
#pragma once

#include <string>

namespace prith {

struct AnnexFile {
  std::string path;       // relative to the site's root: "annexes/annexe-53-mayenne-2025-T3.xlsx"
  std::string title;      // French: "Annexe de la Mayenne, T3 2025"
  std::string territory;  // the territory code it is about ("53", the région's code for the regional annex)
  bool regional = false;  // the regional annex of the quarter
  std::string description;
};

}  // namespace prith
