#include "capitalisation/markdown_html.h"

#include <cmark-gfm.h>

#include <cstdlib>

namespace prith {

std::string markdown_to_html(std::string_view markdown) {
  char* html = cmark_markdown_to_html(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT);
  if (html == nullptr) return {};
  std::string result(html);
  std::free(html);
  return result;
}

std::vector<MarkdownSection> split_markdown_sections(std::string_view markdown) {
  std::vector<MarkdownSection> sections(1);
  bool fenced = false;
  std::size_t start = 0;
  while (start < markdown.size()) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = markdown.substr(start, end - start);
    if (line.substr(0, 3) == "```" || line.substr(0, 3) == "~~~") fenced = !fenced;
    if (!fenced && line.substr(0, 3) == "## ") {
      std::string heading(line.substr(3));
      while (!heading.empty() && (heading.back() == ' ' || heading.back() == '#')) heading.pop_back();
      sections.push_back({heading, ""});
    } else {
      sections.back().markdown += line;
      sections.back().markdown += '\n';
    }
    start = end + 1;
  }
  if (sections.front().markdown.find_first_not_of(" \n") == std::string::npos) sections.erase(sections.begin());
  return sections;
}

}  // namespace prith
