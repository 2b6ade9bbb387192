// The key of a workbook for OutputFolder::reuse (docs/publish.md): a hash of
// everything its bytes are made from, its description. Two descriptions
// with the same key give the same .xlsx; a build whose annex did not change
// takes the previous one instead of writing it again.
#pragma once

#include <string>

#include "render/excel/workbook_description.h"

namespace prith {

// Hex SHA-1 of every field of `workbook` (and of the writer's version).
std::string workbook_key(const WorkbookDescription& workbook);

}  // namespace prith
