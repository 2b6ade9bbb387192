// Streams one worksheet's rows to a RowSink, typing each cell.
//
// The sheet XML is inflated chunk by chunk into expat; only the current row
// is held, so memory does not grow with the sheet. Cells are typed from the
// `t` attribute and the number format of their style; formulas contribute
// their cached value only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/raw_table.h"

namespace prith {

class ZipArchive;
struct ZipEntry;
class XlsxSharedStrings;
struct XlsxStyles;

struct XlsxSheetContext {
  std::string sheet_name;
  bool date1904 = false;
  const XlsxSharedStrings* shared_strings = nullptr;
  const XlsxStyles* styles = nullptr;
};

// Pushes the rows (not begin_table/end_table: the caller frames the table).
// Cell-level problems become diagnostics; only a broken part is a refusal.
std::optional<Refusal> read_xlsx_sheet(ZipArchive& archive, const ZipEntry& entry, const XlsxSheetContext& context,
                                       RowSink& sink, std::vector<Diagnostic>& diagnostics);

}  // namespace prith
