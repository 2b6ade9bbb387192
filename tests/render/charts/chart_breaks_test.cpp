// Review item 7: a series break is drawn (dashed vertical line labelled
// "rupture de série", in the legend), the line does not join the two
// definitions, and the summary neither compares across it nor hides it.
#include <cairo.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "render/charts/chart_examples.h"
#include "render/charts/chart_layout.h"
#include "render/charts/chart_summary.h"
#include "render/charts/png_chart.h"
#include "render/charts/svg_chart.h"

using namespace prith;

namespace {

// The Mayenne line with the "plein emploi" break at T1 2025 (index 5), and
// T1 2025 visible so that the line would otherwise run through it.
ChartSpec broken_line() {
  ChartSpec spec = test::mayenne_line();
  spec.series[0].points[5] = ChartPoint::of(2900);
  spec.breaks = {{5}};
  return spec;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a break is a dashed vertical line between the two quarters, labelled and in the legend") {
  FontMetrics metrics;
  ChartLayout layout = layout_chart(broken_line(), metrics);
  std::vector<ChartLine> breaks;
  for (const ChartLine& line : layout.lines)
    if (line.role == ShapeRole::rupture) breaks.push_back(line);
  REQUIRE(breaks.size() == 2);  // the line on the plot and the legend's sample
  const ChartLine& plotted = *std::max_element(breaks.begin(), breaks.end(), [](const ChartLine& a, const ChartLine& b) {
    return a.y2 - a.y1 < b.y2 - b.y1;
  });
  double slot = (layout.plot_right - layout.plot_left) / 8;
  CHECK(plotted.x1 == doctest::Approx(layout.plot_left + 5 * slot));  // between T4 2024 and T1 2025
  CHECK(plotted.x1 == plotted.x2);
  CHECK(plotted.y1 == doctest::Approx(layout.plot_top));
  CHECK(plotted.y2 == doctest::Approx(layout.plot_bottom));
  // No polyline crosses the break.
  for (const ChartPolyline& run : layout.polylines) {
    bool before = run.points.front().x < plotted.x1, after = run.points.back().x > plotted.x1;
    CHECK_FALSE((before && after));
  }
  std::string svg = render_chart_svg(layout, "g1");
  CHECK(count(svg, ">rupture de série</text>") == 2);  // on the line and in the legend
  CHECK(svg.find("<g class=\"rupture\" stroke=\"#666666\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\">") !=
        std::string::npos);
}

TEST_CASE("without a break nothing is drawn, and a break outside the quarters is dropped") {
  FontMetrics metrics;
  ChartSpec spec = test::mayenne_line();
  spec.breaks = {{0}, {42}};
  std::string svg = render_chart_svg(layout_chart(spec, metrics), "g1");
  CHECK(svg.find("rupture") == std::string::npos);
  CHECK(checked_spec(spec).breaks.empty());
}

TEST_CASE("the PNG draws the break line in the gap colour") {
  FontMetrics metrics;
  ChartLayout layout = layout_chart(broken_line(), metrics);
  cairo_surface_t* surface = draw_chart_surface(layout);
  cairo_surface_flush(surface);
  double slot = (layout.plot_right - layout.plot_left) / 8;
  int x = static_cast<int>(std::floor(layout.plot_left + 5 * slot));
  int darker = 0;
  unsigned char* data = cairo_image_surface_get_data(surface);
  int stride = cairo_image_surface_get_stride(surface);
  for (int y = static_cast<int>(layout.plot_top) + 20; y < static_cast<int>(layout.plot_bottom) - 20; ++y) {
    std::uint32_t colour = reinterpret_cast<std::uint32_t*>(data + y * stride)[x] & 0xFFFFFF;
    if (colour == 0x666666) ++darker;
  }
  CHECK(darker > 20);  // dashes: about 5 of every 8 pixels
  cairo_surface_destroy(surface);
}

TEST_CASE("the summary names the break and gives no change across it") {
  std::string summary = chart_summary_fr(broken_line());
  CHECK(summary.find("sur un an") == std::string::npos);  // T3 2024 → T3 2025 crosses T1 2025
  CHECK(summary.find("Rupture de série au T1 2025 : les valeurs d'avant et d'après ne sont pas comparables.") !=
        std::string::npos);
}
