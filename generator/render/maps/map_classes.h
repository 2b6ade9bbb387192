// The fill classes of a map: the visible values cut into at most four
// classes of (nearly) equal numbers of distinct values, lightest for the
// lowest. A class runs from its smallest to its largest value, so equal
// values share a class and the legend's ranges are exactly the values shown
// ("de 1 200 à 2 400").
#pragma once

#include <string>
#include <vector>

#include "render/maps/map_spec.h"

namespace prith {

inline constexpr std::size_t kMaxMapClasses = 4;

struct MapClass {
  double low = 0, high = 0;
};

// Classes of the visible points of `spec` (secret and missing ones are not
// read); empty when no point is visible.
std::vector<MapClass> map_classes(const MapSpec& spec);

// The index of the class holding `value` (one of the values classed).
std::size_t class_of(const std::vector<MapClass>& classes, double value);

// "de 1 200 à 2 400", "de 9,0 % à 12,5 %", "3 000" when low == high.
std::string class_legend_fr(const MapClass& map_class, const MapSpec& spec);

// A value as the map prints it: "3 000", "12,5 %", "726,3 jours".
std::string map_value_fr(double value, const MapSpec& spec);

}  // namespace prith
