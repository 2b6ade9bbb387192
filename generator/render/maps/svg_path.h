// SVG path data ("m 413.7,308.36 6.69,-20.52 ... z") read into absolute
// commands: the shapes of the map come as path data, and prith re-frames
// them (scale and offset) before writing them to SVG or drawing them with
// cairo. Every command of the SVG grammar but arcs is read: M m L l H h V v
// C c S s Q q T t Z z, with implicit repetition (after a moveto, further
// pairs are linetos); quadratic curves become the equal cubic curves.
#pragma once

#include <array>
#include <string_view>
#include <vector>

namespace prith {

struct PathPoint {
  double x = 0, y = 0;
};

enum class PathOp { move, line, cubic, close };

// `points[0]` is the end point of move and line; a cubic's two control
// points then its end point are points[0..2]; close uses none.
struct PathCommand {
  PathOp op = PathOp::move;
  std::array<PathPoint, 3> points{};
};

// Throws std::invalid_argument (message in French, naming the position) on
// an arc, an unknown letter, a number missing or malformed, or data that
// does not start with a moveto.
std::vector<PathCommand> parse_svg_path(std::string_view data);

struct BoundingBox {
  double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
  bool empty = true;

  void include(PathPoint point);
  void include(const BoundingBox& other);
  double width() const { return empty ? 0 : max_x - min_x; }
  double height() const { return empty ? 0 : max_y - min_y; }
};

// The box of every point of the path, control points included: a curve
// lies inside the hull of its control points, so the box never cuts it.
BoundingBox bounding_box(const std::vector<PathCommand>& path);

}  // namespace prith
