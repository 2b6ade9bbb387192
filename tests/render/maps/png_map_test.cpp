// The map as PNG: the layout's size, each département's class colour where
// it lies, the secret one hatched and the missing one dotted (greys on
// white, no class colour), the same bytes twice.
#include "render/maps/png_map.h"

#include <cairo.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "render/charts/png_pixels.h"
#include "render/maps/map_examples.h"
#include "render/maps/map_palette.h"

using namespace prith;
using prith::test::pixel;

namespace {

std::uint32_t rgb(const ChartColour& colour) {
  return static_cast<std::uint32_t>(std::lround(colour.r * 255)) << 16 |
         static_cast<std::uint32_t>(std::lround(colour.g * 255)) << 8 | static_cast<std::uint32_t>(std::lround(colour.b * 255));
}

bool grey(std::uint32_t colour) {
  return (colour >> 16 & 0xFF) == (colour >> 8 & 0xFF) && (colour >> 8 & 0xFF) == (colour & 0xFF);
}

// The pixels of a 13 × 13 window around the middle of a département's box.
std::vector<std::uint32_t> middle_of(cairo_surface_t* image, const MapShape& shape) {
  BoundingBox box = bounding_box(shape.path);
  int cx = static_cast<int>(box.min_x + box.width() / 2), cy = static_cast<int>(box.min_y + box.height() / 2);
  std::vector<std::uint32_t> pixels;
  for (int y = cy - 6; y <= cy + 6; ++y)
    for (int x = cx - 6; x <= cx + 6; ++x) pixels.push_back(pixel(image, x, y));
  return pixels;
}

}  // namespace

TEST_CASE("the PNG map: class colours, hatch for secret, dots for missing, white around") {
  MapLayout layout = test::map_layout_of(test::pays_de_la_loire_map());
  std::string png = render_map_png(layout);
  REQUIRE(png.size() > 8);
  CHECK(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  cairo_surface_t* image = test::decode_png(png);
  REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
  CHECK(cairo_image_surface_get_width(image) == static_cast<int>(std::ceil(layout.width)));
  CHECK(cairo_image_surface_get_height(image) == static_cast<int>(std::ceil(layout.height)));
  CHECK(pixel(image, 1, 1) == 0xFFFFFF);

  // Sarthe (the lowest of three classes) and Loire-Atlantique's neighbour Maine-et-Loire (the middle one).
  std::vector<std::uint32_t> sarthe = middle_of(image, layout.shapes[3]);
  CHECK(std::count(sarthe.begin(), sarthe.end(), rgb(map_class_colour(0, 3))) == static_cast<long>(sarthe.size()));
  std::vector<std::uint32_t> maine = middle_of(image, layout.shapes[1]);
  CHECK(std::count(maine.begin(), maine.end(), rgb(map_class_colour(1, 3))) == static_cast<long>(maine.size()));

  // Mayenne (secret): greys only, white and the hatch's dark lines.
  std::vector<std::uint32_t> mayenne = middle_of(image, layout.shapes[2]);
  CHECK(std::all_of(mayenne.begin(), mayenne.end(), grey));
  CHECK(std::count(mayenne.begin(), mayenne.end(), 0xFFFFFFu) > 20);
  CHECK(std::count_if(mayenne.begin(), mayenne.end(), [](std::uint32_t c) { return (c & 0xFF) < 0x80; }) > 20);
  // Vendée (missing): greys only, mostly white, a few dots.
  std::vector<std::uint32_t> vendee = middle_of(image, layout.shapes[4]);
  CHECK(std::all_of(vendee.begin(), vendee.end(), grey));
  long white = std::count(vendee.begin(), vendee.end(), 0xFFFFFFu);
  CHECK(white > static_cast<long>(vendee.size()) * 3 / 4);
  CHECK(white < static_cast<long>(vendee.size()));
  cairo_surface_destroy(image);
}

TEST_CASE("two renders of the map give the same PNG bytes") {
  CHECK(render_map_png(test::map_layout_of(test::pays_de_la_loire_map())) == render_map_png(test::map_layout_of(test::pays_de_la_loire_map())));
}
