// Which cell styles of a workbook make a number a date or a percentage.
//
// A cell's `s` attribute indexes styles.xml's cellXfs; each xf names a number
// format, built-in (ECMA-376 Part 1, 18.8.30) or declared in numFmts. Only
// the kind of format matters to prith, never its rendering.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/raw_table.h"

namespace prith {

class ZipArchive;
struct ZipEntry;

enum class NumberFormatKind : std::uint8_t { general, date, percent };

// Built-in ids: dates 14-22, 27-36, 45-47, 50-58; percentages 9 and 10.
NumberFormatKind classify_builtin_format(std::uint32_t id);
// A custom code is a date when it has d, m or y outside quotes, escapes and
// [brackets], unless it is elapsed time ([h]:mm); a percentage when it has a
// % outside quotes.
NumberFormatKind classify_format_code(std::string_view code);

struct XlsxStyles {
  std::vector<NumberFormatKind> cell_formats;  // by cellXfs index

  NumberFormatKind kind(std::uint32_t style) const {
    return style < cell_formats.size() ? cell_formats[style] : NumberFormatKind::general;
  }
};

std::optional<Refusal> read_xlsx_styles(ZipArchive& archive, const ZipEntry& entry, XlsxStyles& styles);

}  // namespace prith
