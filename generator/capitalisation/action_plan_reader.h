// Departmental action plans from one spreadsheet: one row per action, with
// its département and its priority (docs/capitalisation.md). A workbook may
// also hold one sheet per département: every sheet with a header is read.
#pragma once

#include <filesystem>
#include <vector>

#include "capitalisation/content_fields.h"

namespace prith {

const std::vector<HeaderField>& action_fields();

struct ReadAction {
  PlanAction action;
  std::string priority_label;
};

std::vector<ReadAction> read_action_table(const std::filesystem::path& path, const std::string& file_label,
                                          const ContentContext& context, std::vector<Diagnostic>& diagnostics);

// Groups actions into plans by département (sorted by code), priorities in
// order of first appearance, actions in file order.
std::vector<ActionPlan> group_action_plans(std::vector<ReadAction> actions);

}  // namespace prith
