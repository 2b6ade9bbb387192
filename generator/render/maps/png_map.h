// A laid-out map drawn with cairo and encoded as PNG (for slides): the same
// layout as the SVG, the same fills, hatch, dots, legend and attribution.
#pragma once

#include <string>

#include "render/maps/map_layout.h"

typedef struct _cairo_surface cairo_surface_t;

namespace prith {

// Draws the map on a new ARGB32 image surface (the caller destroys it).
cairo_surface_t* draw_map_surface(const MapLayout& layout);

// The PNG bytes through prith's encoder (render/charts/png_encoder.h):
// fixed settings, no time chunk, so the same layout gives the same bytes.
std::string render_map_png(const MapLayout& layout);

}  // namespace prith
