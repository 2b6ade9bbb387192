// Adds <dc:language> to a workbook's docProps/core.xml. libxlsxwriter 1.1.4
// writes the title, subject, author... but not the language, which RGAA asks
// of public office files; this rewrites that one zip entry after
// workbook_close and copies every other entry's bytes as they are.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace prith {

inline constexpr std::string_view kCoreXml = "docProps/core.xml";

// Inserts <dc:language> before </cp:coreProperties> of core.xml's text.
void add_document_language(std::string& core_xml, std::string_view language);

// `language`: a BCP 47 tag ("fr-FR"). False with `error` (French) when the
// file is not the plain zip libxlsxwriter writes (one disk, no zip64, no
// comment) or has no core.xml; the file is then left as it was.
bool set_document_language(const std::filesystem::path& workbook, std::string_view language, std::string& error);

}  // namespace prith
