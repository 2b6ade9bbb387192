// Markdown files with a small front matter, read strictly:
//
//   ---
//   titre: Job dating inclusif
//   départements: 44, 85
//   partenaires:
//     - Cap emploi 44
//     - France Travail
//   ---
//   Body in CommonMark…
//
// Only `clé: valeur` lines and `- élément` lines (after a key with no value)
// are allowed; blank lines and `# comments` are skipped. No YAML: no nesting,
// no multi-line values, no anchors. A UTF-8 BOM and CRLF line ends are accepted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace prith {

struct FrontMatterEntry {
  std::string key;    // as written: "Départements"
  std::string value;  // "44, 85" (quotes around it removed); "" for a list
  std::vector<std::string> items;  // the `- item` lines that follow
  std::uint32_t line = 0;
};

struct MarkdownDocument {
  bool readable = false;   // false: no front matter, or not closed
  std::vector<FrontMatterEntry> entries;
  std::string body;        // after the closing ---, with \n line ends
  std::uint32_t body_line = 0;  // the line where the body starts
};

// Problems become front_matter_invalid diagnostics placed on their line.
MarkdownDocument parse_markdown_document(std::string_view text, const std::string& file_label,
                                         std::vector<Diagnostic>& diagnostics);

}  // namespace prith
