// SVG path data as the shapes package writes it (relative "m", implicit
// linetos, several subpaths) and as the grammar allows it (absolute and
// relative L H V C S Q T Z, packed numbers); bad data is refused with the
// position named.
#include "render/maps/svg_path.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

using namespace prith;

namespace {

PathPoint end_of(const PathCommand& command) { return command.points[command.op == PathOp::cubic ? 2 : 0]; }

void check_point(PathPoint point, double x, double y) {
  CHECK(point.x == doctest::Approx(x));
  CHECK(point.y == doctest::Approx(y));
}

}  // namespace

TEST_CASE("a relative moveto followed by pairs draws lines from point to point (implicit lineto)") {
  std::vector<PathCommand> path = parse_svg_path("m 10,20 5,0 0,5 -5,0 z");
  REQUIRE(path.size() == 5);
  CHECK(path[0].op == PathOp::move);
  check_point(path[0].points[0], 10, 20);
  CHECK(path[1].op == PathOp::line);
  check_point(path[1].points[0], 15, 20);
  check_point(path[2].points[0], 15, 25);
  check_point(path[3].points[0], 10, 25);
  CHECK(path[4].op == PathOp::close);
}

TEST_CASE("an absolute moveto's pairs are absolute lines; a relative moveto after z starts from the subpath's start") {
  std::vector<PathCommand> absolute = parse_svg_path("M10 20 30 40");
  REQUIRE(absolute.size() == 2);
  check_point(absolute[1].points[0], 30, 40);

  // As Vendée in the package: a second subpath "m 11.29,-0.08" after "z".
  std::vector<PathCommand> islands = parse_svg_path("m 100,100 50,0 0,50 z m 10,-5 1,1 z");
  REQUIRE(islands.size() == 7);
  CHECK(islands[4].op == PathOp::move);
  check_point(islands[4].points[0], 110, 95);  // from (100, 100), not from (150, 150)
  check_point(islands[5].points[0], 111, 96);
}

TEST_CASE("every command but arcs: L l H h V v C c S s Q q T t, packed numbers and signs") {
  std::vector<PathCommand> path = parse_svg_path("M0,0L10,0l0,10H20h5V30v-5");
  REQUIRE(path.size() == 7);
  check_point(path[2].points[0], 10, 10);
  check_point(path[3].points[0], 20, 10);
  check_point(path[4].points[0], 25, 10);
  check_point(path[5].points[0], 25, 30);
  check_point(path[6].points[0], 25, 25);

  // "-1-2" is two numbers, ".5.5" too; an exponent is read.
  std::vector<PathCommand> packed = parse_svg_path("M1-2l.5.5L1e1,+2E0");
  REQUIRE(packed.size() == 3);
  check_point(packed[0].points[0], 1, -2);
  check_point(packed[1].points[0], 1.5, -1.5);
  check_point(packed[2].points[0], 10, 2);

  std::vector<PathCommand> curves = parse_svg_path("M0 0 C0 10 10 10 10 0 s10 -10 20 0 c1 1 2 2 3 3");
  REQUIRE(curves.size() == 4);
  CHECK(curves[1].op == PathOp::cubic);
  check_point(curves[1].points[1], 10, 10);
  check_point(end_of(curves[1]), 10, 0);
  // S reflects the previous second control point (10,10) through (10,0).
  check_point(curves[2].points[0], 10, -10);
  check_point(curves[2].points[1], 20, -10);
  check_point(end_of(curves[2]), 30, 0);
  check_point(curves[3].points[0], 31, 1);
  check_point(end_of(curves[3]), 33, 3);

  // Q becomes the equal cubic: controls 2/3 of the way to its control point.
  std::vector<PathCommand> quadratic = parse_svg_path("M0 0 Q 30 30 60 0 t 60 0");
  REQUIRE(quadratic.size() == 3);
  check_point(quadratic[1].points[0], 20, 20);
  check_point(quadratic[1].points[1], 40, 20);
  check_point(end_of(quadratic[1]), 60, 0);
  // T reflects the control point (30,30) through (60,0): (90,-30).
  check_point(quadratic[2].points[0], 80, -20);
  check_point(end_of(quadratic[2]), 120, 0);
}

TEST_CASE("bad path data is refused with its position, never half read") {
  CHECK_THROWS_AS(parse_svg_path("L 1 2"), std::invalid_argument);           // no moveto first
  CHECK_THROWS_AS(parse_svg_path("M 1 2 A 5 5 0 0 1 10 10"), std::invalid_argument);
  CHECK_THROWS_AS(parse_svg_path("M 1 2 X 3 4"), std::invalid_argument);
  CHECK_THROWS_AS(parse_svg_path("M 1"), std::invalid_argument);
  CHECK_THROWS_AS(parse_svg_path("M 1 2 L 3 nan"), std::invalid_argument);
  CHECK_THROWS_AS(parse_svg_path("M 1 2 L 3 1e999"), std::invalid_argument);
  try {
    parse_svg_path("M 1 2 A 5 5 0 0 1 10 10");
  } catch (const std::invalid_argument& error) {
    CHECK(std::string(error.what()).find("position 6") != std::string::npos);
    CHECK(std::string(error.what()).find("arcs") != std::string::npos);
  }
  CHECK(parse_svg_path("  ").empty());
}

TEST_CASE("the bounding box holds every end and control point") {
  BoundingBox box = bounding_box(parse_svg_path("m 10,20 5,-30 z m 100,0 C 0 0 -50 70 3 3"));
  CHECK_FALSE(box.empty);
  CHECK(box.min_x == doctest::Approx(-50));
  CHECK(box.min_y == doctest::Approx(-10));
  CHECK(box.max_x == doctest::Approx(110));
  CHECK(box.max_y == doctest::Approx(70));
  CHECK(bounding_box({}).empty);
  CHECK(bounding_box({}).width() == 0);
}
