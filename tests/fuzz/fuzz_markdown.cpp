// Any text as a practice sheet written in Markdown: the front matter, the
// sections and the HTML (raw HTML disabled) the site publishes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "capitalisation/front_matter.h"
#include "capitalisation/markdown_html.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prith;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<Diagnostic> diagnostics;
  (void)parse_markdown_document(text, "fiche.md", diagnostics);
  (void)markdown_to_html(text);
  (void)split_markdown_sections(text);
  return 0;
}
