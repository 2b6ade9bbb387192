// The description of one annex workbook (workbook_description.h) from the
// Dataset: "Lisez-moi", "Définitions", one sheet per indicator, "Révisions".
// The file itself is written by write_workbook; write_annexes (annexes.h)
// decides which annexes a publication has.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/dataset.h"
#include "render/excel/workbook_description.h"
#include "store/history.h"

namespace prith {

// What an annex needs of the project, so that a bench or a test can make one
// without a project folder.
struct AnnexContext {
  std::string partnership;                           // settings().name: the author
  std::string publication_date;                      // ISO, settings().publication_date
  std::map<std::string, std::string> source_labels;  // source code → label
};

// The territories of one annex: `rows` in the order shown, the annex's own
// territory first (the région then its départements; a département then its
// région). Quarters only: the periods of the axis that are quarters.
struct AnnexScope {
  std::vector<NodeIndex> rows;
  bool regional = false;
  std::string title;  // "Annexe de la Mayenne, T3 2026"
};

// The quarters of the axis, in time order (indexes into periods().all()).
std::vector<std::size_t> quarter_indexes(const Dataset& dataset);

WorkbookDescription annex_workbook(const Dataset& dataset, const AnnexContext& context, const AnnexScope& scope,
                                   const std::vector<BatchHistory>& history);

// The first cell of the Révisions sheet when no revision concerns the annex.
inline constexpr std::string_view kNoRevision =
    "Aucune révision : aucun partenaire n'a corrigé un chiffre déjà reçu pour ces territoires.";

// "15 novembre 2026" from "2026-11-15"; the text itself when it is no date.
std::string iso_date_fr(const std::string& iso);

}  // namespace prith
