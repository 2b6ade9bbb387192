#include "render/charts/svg_chart.h"

#include <doctest/doctest.h>

#include "render/charts/chart_examples.h"
#include "render/charts/chart_summary.h"

using namespace prith;

namespace {

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

const std::string nbsp = "\xC2\xA0";

}  // namespace

TEST_CASE("the SVG is an accessible image with real text") {
  FontMetrics metrics;
  ChartSpec spec = test::mayenne_line();
  std::string svg = render_chart_svg(layout_chart(spec, metrics), "c7");
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"400\" viewBox=\"0 0 800 400\" "
                  "role=\"img\" aria-labelledby=\"c7-title c7-desc\" font-family=\"'DejaVu Sans', sans-serif\">\n",
                  0) == 0);
  CHECK(occurrences(svg, "<title id=\"c7-title\">Demandeurs d'emploi BOE en Mayenne</title>") == 1);
  CHECK(occurrences(svg, "<desc id=\"c7-desc\">" + chart_summary_fr(spec) + "</desc>") == 1);
  CHECK(svg.size() < 8000);  // text as text: a few KiB, not cairo's ~54 KiB of outlines
  CHECK(svg.substr(svg.size() - 7) == "</svg>\n");

  // Every visible value is a <text>, the secret value nowhere.
  for (std::string value : {"2 810", "2 790", "2 760", "2 731", "2 705", "2 696"}) {
    value.replace(1, 1, nbsp);
    CHECK_MESSAGE(occurrences(svg, ">" + value + "</text>") == 1, value);
  }
  CHECK(occurrences(svg, "9" + nbsp + "876") == 0);
  CHECK(occurrences(svg, "9876") == 0);
  CHECK(occurrences(svg, ">s</text>") == 1);
  CHECK(occurrences(svg, ">n.d.</text>") == 1);
  CHECK(occurrences(svg, ">s : secret statistique</text>") == 1);
  CHECK(occurrences(svg, "<polyline ") == 2);
  CHECK(occurrences(svg, "<circle ") == 6);
  CHECK(occurrences(svg, "stroke=\"#000091\"") == 2);
}

TEST_CASE("partner text is escaped and two renders are identical") {
  FontMetrics metrics;
  ChartSpec spec = test::pays_de_la_loire_bars();
  spec.title = "<script>alert(\"x\")</script> & co";
  spec.x_labels[0] = "Loire<Atlantique>";
  ChartLayout layout = layout_chart(spec, metrics);
  std::string svg = render_chart_svg(layout, "b1");
  CHECK(svg.find("<script>") == std::string::npos);
  CHECK(occurrences(svg, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co") == 2);  // <title> and the drawn title
  CHECK(occurrences(svg, ">Loire&lt;Atlantique&gt;</text>") == 1);
  CHECK(occurrences(svg, "<rect x=") == 3);
  CHECK(svg == render_chart_svg(layout_chart(spec, metrics), "b1"));
}

TEST_CASE("a tiny bar chart, exactly") {
  FontMetrics metrics;
  ChartSpec spec;
  spec.title = "T";
  spec.kind = ChartKind::bars_across_territories;
  spec.x_labels = {"A"};
  spec.series = {{"", {ChartPoint::of(2)}}};
  spec.width = 200;
  spec.height = 100;
  ChartLayout layout = layout_chart(spec, metrics);
  std::string svg = render_chart_svg(layout, "t");
  // Shapes are checked exactly; text positions depend on the font's advances.
  CHECK(layout.scale.ticks == std::vector<double>{0, 0.5, 1, 1.5, 2});
  REQUIRE(layout.rects.size() == 1);
  std::string bar = "<rect x=\"" + std::to_string(static_cast<int>(layout.plot_left));
  CHECK(svg.find(bar) != std::string::npos);
  CHECK(occurrences(svg, ">0,5</text>") == 1);
  CHECK(occurrences(svg, ">A</text>") == 1);
  CHECK(occurrences(svg, ">2</text>") == 2);  // the tick "2" and the bar's value
  CHECK(occurrences(svg, "<line ") == 6);     // five grid lines and the zero axis
}
