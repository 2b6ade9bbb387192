// The chart colours, chosen for contrast on white (WCAG 1.4.11 asks 3:1 for
// graphics) and for distinct greys when printed in black and white; line
// series also differ by dash pattern so colour is never the only cue.
// Contrast ratios and grey levels are listed in docs/charts.md.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace prith {

struct ChartColour {
  std::string_view hex;  // "#000091", as written in the SVG
  double r, g, b;        // 0..1, as given to cairo
};

// Grey levels 6 %, 51 %, 37 %, 22 %: the first two series, the usual pair,
// are the furthest apart in print.
inline constexpr std::array<ChartColour, 4> kSeriesColours = {{
    {"#000091", 0.0, 0.0, 145 / 255.0},                // deep blue, 14.9:1
    {"#C47A00", 196 / 255.0, 122 / 255.0, 0.0},         // amber, 3.4:1
    {"#16826A", 22 / 255.0, 130 / 255.0, 106 / 255.0},  // teal, 4.7:1
    {"#6A1B4D", 106 / 255.0, 27 / 255.0, 77 / 255.0},   // plum, 11.2:1
}};
inline constexpr ChartColour kTextColour = {"#161616", 22 / 255.0, 22 / 255.0, 22 / 255.0};
inline constexpr ChartColour kAxisColour = {"#3A3A3A", 58 / 255.0, 58 / 255.0, 58 / 255.0};
inline constexpr ChartColour kGridColour = {"#DDDDDD", 221 / 255.0, 221 / 255.0, 221 / 255.0};
inline constexpr ChartColour kGapColour = {"#666666", 102 / 255.0, 102 / 255.0, 102 / 255.0};

// Dash patterns of line series (SVG stroke-dasharray and cairo dashes).
inline constexpr std::array<std::array<double, 2>, 4> kSeriesDashes = {{{0, 0}, {8, 4}, {2, 3}, {12, 3}}};

inline const ChartColour& series_colour(std::size_t series) { return kSeriesColours[series % kSeriesColours.size()]; }

}  // namespace prith
