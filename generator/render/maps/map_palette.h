// The colours of the map: a sequential blue, light for the lowest class,
// dark for the highest, whose grey levels stay far apart when printed in
// black and white (90 %, 64 %, 37 %, 6 %; docs/maps.md). Secret and missing
// départements are not coloured: a hatch and a dot pattern on white, which
// no class looks like, in colour or in grey.
#pragma once

#include <array>
#include <cstddef>

#include "render/charts/chart_palette.h"

namespace prith {

inline constexpr std::array<ChartColour, 4> kMapClassColours = {{
    {"#E3E3FD", 227 / 255.0, 227 / 255.0, 253 / 255.0},
    {"#9A9AE6", 154 / 255.0, 154 / 255.0, 230 / 255.0},
    {"#5050C8", 80 / 255.0, 80 / 255.0, 200 / 255.0},
    {"#000091", 0.0, 0.0, 145 / 255.0},
}};

// The colour of class `index` among `count` classes: with fewer than four
// classes, the steps furthest apart (two classes: the lightest and the darkest).
inline const ChartColour& map_class_colour(std::size_t index, std::size_t count) {
  static constexpr std::array<std::array<std::size_t, 4>, 4> steps = {{
      {2, 0, 0, 0}, {0, 3, 0, 0}, {0, 2, 3, 0}, {0, 1, 2, 3}}};
  if (count == 0 || count > kMapClassColours.size()) count = kMapClassColours.size();
  return kMapClassColours[steps[count - 1][index < count ? index : count - 1]];
}

// Outlines of the départements, the hatch of secret ones, the dots of missing ones.
inline constexpr ChartColour kMapOutlineColour = kAxisColour;  // #3A3A3A
inline constexpr ChartColour kMapHatchColour = kAxisColour;
inline constexpr ChartColour kMapDotColour = kGapColour;        // #666666
inline constexpr double kMapPatternStep = 6;                    // pixels between hatch lines / dots

}  // namespace prith
