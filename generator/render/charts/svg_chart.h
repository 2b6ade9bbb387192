// A laid-out chart as SVG written by prith: text stays <text> in the page's
// font (small, sharp at any zoom, selectable, read by screen readers through
// <title>/<desc>), unlike cairo's SVG surface which writes glyph outlines.
#pragma once

#include <string>
#include <string_view>

#include "render/charts/chart_layout.h"

namespace prith {

// `id` makes the <title>/<desc> ids unique within a page ("c12" → "c12-title").
std::string render_chart_svg(const ChartLayout& layout, std::string_view id);

}  // namespace prith
