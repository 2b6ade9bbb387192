// Reads an XLSX workbook from anywhere into a RowSink.
//
// For each visible worksheet, in workbook order: begin_table, its rows,
// end_table. Hidden and very hidden sheets are skipped with one info
// diagnostic each (sheet_hidden, placed on the sheet); chart, dialog and macro sheets with one info
// each (sheet_skipped). Cell problems (cached errors, formulas without value,
// dangling shared strings) are diagnostics; a workbook that cannot or must
// not be read is a Refusal. A refusal can come after some tables were pushed
// (a sheet found broken half-way, its table left without end_table): the
// caller then drops what it received for the file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/raw_table.h"
#include "ingest/zip_archive.h"

namespace prith {

struct XlsxReadOptions {
  // Only this sheet (exact name), even if hidden: `prith inspect --sheet NAME`.
  std::optional<std::string> sheet;
  ZipLimits limits;
};

std::optional<Refusal> read_xlsx_file(const std::string& path, RowSink& sink, std::vector<Diagnostic>& diagnostics,
                                      const XlsxReadOptions& options = {});

}  // namespace prith
