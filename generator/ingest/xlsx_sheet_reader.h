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

// A cell's text: Excel stops at 32,767 characters (at most ~230 KB of XML
// with _xHHHH_ escapes); more is not a spreadsheet, and would be memory.
inline constexpr std::size_t kXlsxMaxCellBytes = 1u << 20;
// All the text of one row: the row is the unit held in memory.
inline constexpr std::size_t kXlsxMaxRowBytes = 16u << 20;
// Per sheet and per code, the first cell diagnostics are detailed; the rest
// are counted in one summary (a column of #N/A over 50,000 rows is one fact).
inline constexpr std::size_t kXlsxMaxCellDiagnostics = 100;

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
