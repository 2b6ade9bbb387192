#include "render/charts/png_chart.h"

#include <cairo.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>

#include "render/charts/chart_examples.h"
#include "render/charts/png_pixels.h"

using namespace prith;
using prith::test::pixel;

TEST_CASE("the PNG decodes to the chart's size with the palette's colours where the layout put them") {
  FontMetrics metrics;
  ChartLayout layout = layout_chart(test::pays_de_la_loire_bars(), metrics);
  std::string png = render_chart_png(layout);
  REQUIRE(png.size() > 8);
  CHECK(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  cairo_surface_t* image = test::decode_png(png);
  REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
  CHECK(cairo_image_surface_get_width(image) == 800);
  CHECK(cairo_image_surface_get_height(image) == 400);
  CHECK(pixel(image, 2, 2) == 0xFFFFFF);
  const ChartRect& bar = layout.rects[0];
  CHECK(pixel(image, static_cast<int>(bar.x + bar.width / 2), static_cast<int>(bar.y + bar.height / 2)) == 0x000091);
  // Where Sarthe's bar would be (it is secret): background and grid only, no bar colour.
  double band = (layout.plot_bottom - layout.plot_top) / 5;
  int sarthe_y = static_cast<int>(layout.plot_top + band * 3.5);
  CHECK(pixel(image, static_cast<int>(layout.plot_left + 200), sarthe_y) == 0xFFFFFF);
  cairo_surface_destroy(image);
}

TEST_CASE("the encoder is lossless: every decoded pixel is the drawn one") {
  FontMetrics metrics;
  ChartLayout layout = layout_chart(test::mayenne_line(), metrics);
  cairo_surface_t* drawn = draw_chart_surface(layout);
  std::string png = render_chart_png(layout);
  cairo_surface_t* decoded = test::decode_png(png);
  REQUIRE(cairo_surface_status(decoded) == CAIRO_STATUS_SUCCESS);
  int differences = 0, not_white = 0;
  for (int y = 0; y < 400; ++y)
    for (int x = 0; x < 800; ++x) {
      differences += pixel(drawn, x, y) != pixel(decoded, x, y);
      not_white += pixel(drawn, x, y) != 0xFFFFFF;
    }
  CHECK(differences == 0);
  CHECK(not_white > 5000);  // the chart was drawn: lines, dots, text
  cairo_surface_destroy(decoded);
  cairo_surface_destroy(drawn);
}

TEST_CASE("two renders of a chart are byte-identical") {
  FontMetrics metrics;
  ChartSpec spec = test::mayenne_line();
  std::string first = render_chart_png(layout_chart(spec, metrics));
  FontMetrics other;
  std::string second = render_chart_png(layout_chart(spec, other));
  CHECK(first.size() > 1000);
  CHECK(first == second);
}
