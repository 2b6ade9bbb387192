#include "render/excel/document_language.h"

#include "render/excel/zip_entry_rewrite.h"

namespace prith {

namespace {

std::string escape_xml(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

}  // namespace

void add_document_language(std::string& core_xml, std::string_view language) {
  const std::size_t close = core_xml.rfind("</cp:coreProperties>");
  if (close == std::string::npos) return;
  core_xml.insert(close, "<dc:language>" + escape_xml(language) + "</dc:language>");
}

bool set_document_language(const std::filesystem::path& workbook, std::string_view language, std::string& error) {
  ZipEntryEdit edit;
  edit.chooses = [](std::string_view name) { return name == kCoreXml; };
  edit.edit = [&](std::string_view, std::string& xml) { add_document_language(xml, language); };
  edit.required = kCoreXml;
  return rewrite_zip_entries(workbook, edit, "langue du document non écrite", error);
}

}  // namespace prith
