// CommonMark to HTML with cmark-gfm, raw HTML disabled: CMARK_OPT_DEFAULT
// without CMARK_OPT_UNSAFE, so a <script> or any HTML block or inline tag
// becomes the comment "<!-- raw HTML omitted -->" and javascript: links are
// emptied. The output is safe to place in a page as it is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prith {

std::string markdown_to_html(std::string_view markdown);

struct MarkdownSection {
  std::string heading;   // the text of a "## " heading, "" for what comes before the first
  std::string markdown;  // the section's text, heading excluded
};
// The body split at its level-2 ATX headings ("## Freins"), outside fenced code.
std::vector<MarkdownSection> split_markdown_sections(std::string_view markdown);

}  // namespace prith
