#include "render/excel/document_language.h"

#include "core/xml_text.h"
#include "render/excel/zip_entry_rewrite.h"

namespace prith {

void add_document_language(std::string& core_xml, std::string_view language) {
  const std::size_t close = core_xml.rfind("</cp:coreProperties>");
  if (close == std::string::npos) return;
  core_xml.insert(close, "<dc:language>" + xml_escaped(language) + "</dc:language>");
}

bool set_document_language(const std::filesystem::path& workbook, std::string_view language, std::string& error) {
  ZipEntryEdit edit;
  edit.chooses = [](std::string_view name) { return name == kCoreXml; };
  edit.edit = [&](std::string_view, std::string& xml) { add_document_language(xml, language); };
  edit.required = kCoreXml;
  return rewrite_zip_entries(workbook, edit, "langue du document non écrite", error);
}

}  // namespace prith
