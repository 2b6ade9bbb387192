// The structure of an XLSX package: which parts make the workbook.
//
// [Content_Types].xml must be present (every OPC writer puts it there);
// _rels/.rels names the workbook part; the workbook lists its sheets in order
// with their states, and its relationships give each sheet's part. Every
// relationship prith follows must stay inside the package: no URL, no
// external target mode, no ".." climbing above the root.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/raw_table.h"

namespace prith {

class ZipArchive;

// Counts no workbook comes near (Excel's sheets are limited by memory; a
// large real workbook has tens), bounding what the package reader holds.
inline constexpr std::size_t kXlsxMaxSheets = 10'000;
inline constexpr std::size_t kXlsxMaxRelationships = 100'000;

enum class SheetState : std::uint8_t { visible, hidden, very_hidden };
enum class SheetKind : std::uint8_t { worksheet, chartsheet, other };  // other: dialog, macro sheets

struct XlsxSheetRef {
  std::string name;
  SheetState state = SheetState::visible;
  SheetKind kind = SheetKind::worksheet;
  std::string part;  // part name inside the archive, e.g. "xl/worksheets/sheet1.xml"
};

struct XlsxPackage {
  std::string workbook_part;
  bool date1904 = false;
  std::vector<XlsxSheetRef> sheets;  // workbook order
  std::string shared_strings_part;   // "" when the workbook has none
  std::string styles_part;           // "" when the workbook has none
};

// Refusals: missing_part, invalid_part_reference, xml_doctype_forbidden,
// malformed_xml, unsupported_format (binary .xlsb) and the archive's own.
std::optional<Refusal> read_xlsx_package(ZipArchive& archive, XlsxPackage& package);

// Resolves a relationship target against the part that holds the
// relationship; nullopt when it leaves the package.
std::optional<std::string> resolve_part_target(std::string_view source_part, std::string_view target);

}  // namespace prith
