// Practices (fiches) from a spreadsheet (one row each) or a Markdown file
// (front matter + body). Columns and keys: docs/capitalisation.md.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "capitalisation/content_fields.h"

namespace prith {

const std::vector<HeaderField>& practice_fields();

// Every practice of the table (CSV or XLSX, by extension); `file_label` is
// the path shown in messages and kept in each practice's origin.
std::vector<Practice> read_practice_table(const std::filesystem::path& path, const std::string& file_label,
                                          const ContentContext& context, std::vector<Diagnostic>& diagnostics);

std::optional<Practice> read_practice_markdown_text(std::string_view text, const std::string& file_label,
                                                    const ContentContext& context,
                                                    std::vector<Diagnostic>& diagnostics);

// A Markdown front matter's entries as fields (unknown keys reported).
ContentFields front_matter_fields(const struct MarkdownDocument& document, const std::vector<HeaderField>& fields,
                                  const ContentContext& context, std::vector<Diagnostic>& diagnostics);

// Reads a spreadsheet (CSV or XLSX by extension) into `table`; a refusal
// becomes one diagnostic for the whole file.
void read_spreadsheet(const std::filesystem::path& path, class HeaderTable& table, std::vector<Diagnostic>& diagnostics);

}  // namespace prith
