// Writes a WorkbookDescription to an .xlsx file with libxlsxwriter: the one
// generic writer of every workbook prith makes (docs/excel.md).
#pragma once

#include <filesystem>
#include <string>

#include "render/excel/workbook_description.h"

namespace prith {

struct WorkbookWriteOptions {
  // libxlsxwriter's constant-memory mode flushes each row to a temporary
  // file as soon as the next one starts; libxlsxwriter 1.1.4 refuses Excel
  // tables in that mode, and every sheet prith writes is one table, so it
  // stays off (docs/excel.md measures what that costs).
  bool constant_memory = false;
  // Where libxlsxwriter's temporary files go; empty: /dev/shm when it is a
  // writable folder (memory, no disk churn), else the system's.
  std::filesystem::path temporary_folder;
};

// Writes `workbook` to `path`. False with `error` (French) when libxlsxwriter
// refuses something (a bad sheet name, a full disk). Same description, same
// bytes: the only date in the file is workbook.created.
bool write_workbook(const WorkbookDescription& workbook, const std::filesystem::path& path, std::string& error,
                    const WorkbookWriteOptions& options = {});

// Excel's number format for `format` ("#,##0", "0.0%"...), "" for text.
const char* excel_number_format(CellFormat format);

// The width, in characters, that shows the longest of `column`'s texts and
// numbers (header included), between 8 and 80.
double column_width(const SheetDescription& sheet, std::size_t column);

}  // namespace prith
