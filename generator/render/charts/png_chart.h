// A laid-out chart drawn with cairo's image surface and encoded as PNG:
// the same layout as the SVG, the same typeface through cairo.
#pragma once

#include <string>

#include "render/charts/chart_layout.h"

typedef struct _cairo_surface cairo_surface_t;

namespace prith {

// Draws the chart on a new ARGB32 image surface (the caller destroys it).
cairo_surface_t* draw_chart_surface(const ChartLayout& layout);

// The PNG bytes, through prith's fast encoder (png_encoder.h): no time or
// text chunk, fixed zlib settings, so the same layout gives the same bytes.
std::string render_chart_png(const ChartLayout& layout);

}  // namespace prith
