// Rewrites chosen XML entries of a closed workbook (the plain zip that
// libxlsxwriter 1.1.4 writes: one disk, no zip64, no comment). Each chosen
// entry is inflated, edited, deflated again with the entry's own fixed date;
// every other entry's bytes are copied as they are. Used for what
// libxlsxwriter cannot write: dc:language, the charts' language and text
// categories, numbers without floating-point noise (workbook_xml_fixes.h).
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace prith {

// `chooses(name)`: whether entry `name` ("xl/charts/chart1.xml") is edited;
// `edit(name, text)` changes its text in place. False with `error` (French,
// after `what`) when the file is not such a zip, an edited entry is not
// deflated, or no entry was chosen while `required` names one that must be
// there; the file is then left as it was.
struct ZipEntryEdit {
  std::function<bool(std::string_view name)> chooses;
  std::function<void(std::string_view name, std::string& text)> edit;
  std::string_view required;  // an entry that must be among the chosen ones ("docProps/core.xml"), or empty
};

bool rewrite_zip_entries(const std::filesystem::path& workbook, const ZipEntryEdit& edit, std::string_view what,
                         std::string& error);

}  // namespace prith
