// One indicator's sheet of an annex: its territories over the quarters, the
// latest evolutions, and two native charts over the table's own ranges.
#pragma once

#include <string>
#include <vector>

#include "model/dataset.h"
#include "render/excel/workbook_description.h"

namespace prith {

// How the indicator's figures are written: the Excel format and the factor
// from the Dataset's unit to Excel's (a rate of 12.3 % is 0.123 in Excel).
struct FigureStyle {
  CellFormat format = CellFormat::integer;
  double scale = 1;
};
FigureStyle figure_style(const Indicator& indicator);

// A figure as a cell: the number when it is visible, else "s" (secret) or
// "n.d." (missing) as text with the legend as its comment. Never reads the
// value of a figure that is not visible.
SheetCell figure_cell(const Figure& figure, const FigureStyle& style);

// `rows`: nodes of the tree, the first being the annex's own territory.
// `quarters`: indexes into periods().all(). `departements_in_rows`: how many
// of `rows` (after the first) the bar chart compares.
SheetDescription indicator_sheet(const Dataset& dataset, IndicatorId indicator, const std::vector<NodeIndex>& rows,
                                 const std::vector<std::size_t>& quarters, bool regional, const std::string& footer);

// The tab of an indicator's sheet (its code, cut to Excel's 31 characters and
// cleared of the characters Excel refuses) and its table's name.
std::string indicator_sheet_name(const Indicator& indicator);
// `text` cut to at most `bytes` bytes without splitting a UTF-8 character.
std::string cut_utf8(std::string text, std::size_t bytes);
std::string table_name(const std::string& text);

}  // namespace prith
