// The Excel annexes of a publication: the regional annex of the latest
// quarter and one per département (file names in docs/excel.md), each an
// annex_workbook description written by write_workbook.
#pragma once

#include <vector>

#include "model/dataset.h"
#include "project/project.h"
#include "publish/output_folder.h"
#include "render/excel/annex_file.h"
#include "store/history.h"

namespace prith {

// Writes the regional annex and one per département into out (annexes/…xlsx,
// names in urls.md), returns them, the regional one first. Throws
// std::runtime_error (French message) when a workbook cannot be written.
// The annexes write_annexes writes, in the same order, without writing
// them: for pages written while the workbooks are (command_build.cpp).
std::vector<AnnexFile> planned_annexes(const Dataset& dataset, const Project& project);

std::vector<AnnexFile> write_annexes(const Dataset& dataset, const Project& project,
                                     const std::vector<BatchHistory>& history, OutputFolder& out);

}  // namespace prith
