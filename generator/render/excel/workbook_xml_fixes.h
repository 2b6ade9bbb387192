// What libxlsxwriter 1.1.4 cannot write, fixed in the closed workbook's XML
// (zip_entry_rewrite.h), in one pass:
// - docProps/core.xml: <dc:language> (document_language.h);
// - each chart: <c:lang> set to the workbook's language (libxlsxwriter
//   writes en-US), and categories over text cells as <c:strRef> (without a
//   value cache libxlsxwriter writes <c:numRef>, which Excel may read as
//   1, 2, 3... instead of the quarters or territories);
// - each sheet: numbers in their shortest text that reads back the same
//   value (libxlsxwriter prints 17 digits: 68.46 became 68.45999999999999).
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>

namespace prith {

// A number as a cell holds it: rounded to 12 significant digits, which
// removes the noise of computed sums and rates (3189922.4199999990 →
// 3189922.42) and keeps every figure a partner sends.
double excel_cell_number(double value);

// A chart range as a key: the sheet's name as is, "!", the absolute range
// as Excel writes it ("$C$1:$N$1", "$B$3" for one cell). Zero-based.
std::string chart_range_key(std::string_view sheet, unsigned first_row, unsigned first_column, unsigned last_row,
                            unsigned last_column);

void set_chart_language(std::string& chart_xml, std::string_view language);

// <c:cat><c:numRef> → <c:strRef> for the categories whose range (as
// chart_range_key) is in `text_ranges`.
void text_chart_categories(std::string& chart_xml, const std::set<std::string>& text_ranges);

// Every <v> holding a decimal number rewritten in its shortest exact form.
void shortest_cell_numbers(std::string& sheet_xml);

// All of the above on a closed workbook. False with `error` (French) when
// the file is not the zip libxlsxwriter writes; it is then left as it was.
bool fix_workbook_xml(const std::filesystem::path& workbook, std::string_view language,
                      const std::set<std::string>& text_category_ranges, std::string& error);

}  // namespace prith
