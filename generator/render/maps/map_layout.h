// A map laid out once, drawn to SVG (svg_map.cpp) and PNG (png_map.cpp):
// the départements of the spec that have a shape, re-framed so that their
// bounding box fills the map, each with its fill (a class, secret or
// missing) and its label; the legend beside the map; the names of the
// départements without shape; the attribution of the shapes.
#pragma once

#include <string>
#include <vector>

#include "render/charts/font_metrics.h"
#include "render/maps/departement_shapes.h"
#include "render/maps/map_spec.h"

namespace prith {

enum class MapFill { value_class, secret, missing };

struct MapShape {
  std::string code;
  std::string label;  // "Sarthe : 3 000", "Mayenne : s (secret statistique)"
  MapFill fill = MapFill::missing;
  std::size_t class_index = 0;    // meaningful for value_class
  std::vector<PathCommand> path;  // in the map's pixels
};

struct MapLegendEntry {
  MapFill fill = MapFill::value_class;
  std::size_t class_index = 0;
  std::string text;  // "de 1 200 à 2 400", "s : secret statistique"
  double x = 0, y = 0;  // top-left of the swatch
};

struct MapText {
  double x = 0, y = 0;  // baseline start
  std::string text;
  double size = 13;
  bool bold = false;
  bool grey = false;
};

struct MapLayout {
  double width = 0, height = 0;
  std::string font_family;
  std::string title, summary;
  std::size_t class_count = 0;
  std::vector<MapShape> shapes;  // in the spec's order
  std::vector<MapLegendEntry> legend;
  std::vector<MapText> texts;  // the legend's heading, the attribution
  // "Sans fond de carte : Guadeloupe, Martinique." or "" when every
  // département of the spec has a shape.
  std::string unshaped_sentence;
};

inline constexpr double kMapSwatchWidth = 18, kMapSwatchHeight = 12;

// A layout with no shape when no département of the spec has one: the
// caller then shows no map.
MapLayout layout_map(const MapSpec& spec, const DepartementShapes& shapes, FontMetrics& metrics);

}  // namespace prith
