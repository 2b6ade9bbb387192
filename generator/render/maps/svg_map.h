// A laid-out map as SVG written by prith (like svg_chart.cpp): one <path>
// per département with a <title> giving its name and published value ("s"
// for a secret one, never a number), the legend and the attribution as real
// <text>, role="img" named by <title> (the map's title) and <desc> (the
// summary). `id` keeps the ids unique within a page.
#pragma once

#include <string>
#include <string_view>

#include "render/maps/map_layout.h"

namespace prith {

std::string render_map_svg(const MapLayout& layout, std::string_view id);

}  // namespace prith
