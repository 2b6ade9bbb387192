// The capitalisation workbook (docs/excel.md, docs/capitalisation.md):
// annexes/pratiques-et-actions-<période>.xlsx with Lisez-moi, Pratiques,
// Plans d'action and Résultats des expérimentations. One more
// WorkbookDescription for write_workbook: no other path to a .xlsx file.
#pragma once

#include <optional>
#include <string>

#include "capitalisation/capitalisation_model.h"
#include "model/dataset.h"
#include "project/project.h"
#include "publish/output_folder.h"
#include "render/excel/annex_file.h"
#include "render/excel/workbook_description.h"

namespace prith {

struct CapitalisationWorkbookContext {
  std::string partnership;       // settings().name
  std::string publication_date;  // ISO
  std::string period;            // "2026-T3": the latest quarter of the Dataset
  std::string period_label;      // "T3 2026"
};

WorkbookDescription capitalisation_workbook(const Capitalisation& content, const Dataset& dataset,
                                            const CapitalisationWorkbookContext& context);

// Writes annexes/pratiques-et-actions-<période>.xlsx; nothing (nullopt) when
// there is no content or no quarter. Throws std::runtime_error (French) when
// the file cannot be written.
// The file write_capitalisation_workbook writes, without writing it: for
// pages written while the workbook is (command_build.cpp).
std::optional<AnnexFile> planned_capitalisation_workbook(const Capitalisation& content, const Dataset& dataset,
                                                         const Project& project);

std::optional<AnnexFile> write_capitalisation_workbook(const Capitalisation& content, const Dataset& dataset,
                                                       const Project& project, OutputFolder& out);

}  // namespace prith
