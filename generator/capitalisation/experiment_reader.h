// Experiments: `<slug>.md` (front matter + findings in Markdown) and, next
// to it, `<slug>-resultats.csv|xlsx`: one row per period, one column per
// measure (experiment_measures(), French headers). docs/capitalisation.md.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "capitalisation/content_fields.h"

namespace prith {

const std::vector<HeaderField>& experiment_fields();

std::optional<Experiment> read_experiment_markdown_text(std::string_view text, const std::string& slug,
                                                        const std::string& file_label, const ContentContext& context,
                                                        std::vector<Diagnostic>& diagnostics);

// The results table; rows sorted by period, then measure order.
std::vector<ExperimentResult> read_experiment_results(const std::filesystem::path& path, const std::string& file_label,
                                                      std::vector<Diagnostic>& diagnostics);

}  // namespace prith
