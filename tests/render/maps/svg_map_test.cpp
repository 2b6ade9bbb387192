// The map of Pays de la Loire as the page shows it: five départements
// framed to their box, a class per value, the secret one hatched with "s"
// and never its value, the legend and the attribution as text, the
// départements without shape named; the same bytes twice.
#include "render/maps/svg_map.h"

#include <doctest/doctest.h>

#include <limits>
#include <regex>

#include "render/charts/chart_summary.h"
#include "render/maps/map_classes.h"
#include "render/maps/map_examples.h"

using namespace prith;

namespace {

const std::string nbsp = "\xC2\xA0";

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("the five départements fill the map: their box is the map's, scaled to 420 px on its longer side") {
  MapLayout layout = test::map_layout_of(test::pays_de_la_loire_map());
  REQUIRE(layout.shapes.size() == 5);
  BoundingBox drawn;
  for (const MapShape& shape : layout.shapes) drawn.include(bounding_box(shape.path));
  // The région's box is 144.24 wide and 140.38 high: the width becomes 420 px, after an 8 px margin.
  CHECK(drawn.min_x == doctest::Approx(8));
  CHECK(drawn.min_y == doctest::Approx(8));
  CHECK(drawn.width() == doctest::Approx(420));
  CHECK(drawn.height() == doctest::Approx(420 * (302.7517 - 162.3716) / (253.2741 - 109.034)).epsilon(1e-4));
  CHECK(layout.width > 420 + 16);  // the legend on the right
  CHECK(layout.unshaped_sentence.empty());
}

TEST_CASE("classes, secret and missing départements, and the legend") {
  MapLayout layout = test::map_layout_of(test::pays_de_la_loire_map());
  REQUIRE(layout.class_count == 3);
  CHECK(layout.shapes[0].fill == MapFill::value_class);
  CHECK(layout.shapes[0].class_index == 2);  // Loire-Atlantique, the highest
  CHECK(layout.shapes[3].class_index == 0);  // Sarthe, the lowest
  CHECK(layout.shapes[2].fill == MapFill::secret);
  CHECK(layout.shapes[4].fill == MapFill::missing);
  CHECK(layout.shapes[2].label == "Mayenne : s (secret statistique)");
  CHECK(layout.shapes[4].label == "Vendée : n.d. (non disponible)");
  CHECK(layout.shapes[0].label == "Loire-Atlantique : 5" + nbsp + "000");
  MapSpec flagged = test::pays_de_la_loire_map();
  flagged.areas[3].flags = "provisoire";
  CHECK(test::map_layout_of(flagged).shapes[3].label == "Sarthe : 3" + nbsp + "000 (provisoire)");
  REQUIRE(layout.legend.size() == 5);
  CHECK(layout.legend[0].text == "5" + nbsp + "000");  // the highest class first
  CHECK(layout.legend[2].text == "3" + nbsp + "000");
  CHECK(layout.legend[3].text == "s : secret statistique");
  CHECK(layout.legend[4].text == "n.d. : non disponible");
  CHECK(layout.summary == chart_summary_fr(as_bar_chart(test::pays_de_la_loire_map())));
  CHECK(layout.summary.find("Loire-Atlantique") != std::string::npos);
  CHECK(layout.summary.find("Sarthe") != std::string::npos);
}

TEST_CASE("the SVG: an accessible image, a titled path per département, the secret value nowhere") {
  MapSpec spec = test::pays_de_la_loire_map();
  std::string svg = render_map_svg(test::map_layout_of(spec), "carte");
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"carte\" width=\"", 0) == 0);
  CHECK(occurrences(svg, "role=\"img\" aria-labelledby=\"carte-title carte-desc\"") == 1);
  CHECK(occurrences(svg, "<title id=\"carte-title\">Carte : Inscrits par département, T3 2026</title>") == 1);
  CHECK(occurrences(svg, "<desc id=\"carte-desc\">" + chart_summary_fr(as_bar_chart(spec)) + "</desc>") == 1);
  for (const char* code : {"44", "49", "53", "72", "85"})
    CHECK_MESSAGE(occurrences(svg, std::string("<path id=\"carte-dep-") + code + "\"") == 1, code);
  CHECK(occurrences(svg, "class=\"secret\" fill=\"url(#carte-secret)\"") == 1);
  CHECK(occurrences(svg, "class=\"non-disponible\" fill=\"url(#carte-nd)\"") == 1);
  CHECK(occurrences(svg, "<title>Mayenne : s (secret statistique)</title>") == 1);
  CHECK(occurrences(svg, "<title>Sarthe : 3" + nbsp + "000</title>") == 1);
  CHECK(occurrences(svg, ">s : secret statistique</text>") == 1);
  CHECK(occurrences(svg, ">Fond de carte : svg-maps (Victor Cazanave), licence CC BY 4.0</text>") == 1);
  // The planted secret value, in any spelling, and no number that is not finite.
  for (const char* hidden : {"987", "988"}) CHECK(occurrences(svg, hidden) == 0);
  CHECK(occurrences(svg, "nan") == 0);
  CHECK(occurrences(svg, "inf") == 0);
  // Path data is prith's: absolute moves, relative steps, one decimal at most.
  std::smatch path;
  REQUIRE(std::regex_search(svg, path, std::regex(" d=\"([^\"]*)\"")));
  CHECK(std::regex_match(path[1].str(), std::regex("(M[0-9.]+ [0-9.]+(l[-0-9. ]+|c[-0-9. ]+)*Z)+")));
  CHECK_FALSE(std::regex_search(path[1].str(), std::regex("\\.[0-9]{2}")));
}

TEST_CASE("hostile names are escaped; départements without shape are named; none at all, no map") {
  MapSpec spec = test::pays_de_la_loire_map();
  spec.title = "Carte <script>alert(1)</script> & \"co\"";
  spec.areas[0].name = "Loire<b>";
  spec.areas.push_back({"971", "Guadeloupe", ChartPoint::of(10)});
  spec.areas.push_back({"972", "Martinique", ChartPoint::secret()});
  MapLayout layout = test::map_layout_of(spec);
  std::string svg = render_map_svg(layout, "m1");
  CHECK(svg.find("<script>") == std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find("Carte &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;") != std::string::npos);
  CHECK(svg.find("<title>Loire&lt;b&gt; : 5" + nbsp + "000</title>") != std::string::npos);
  CHECK(layout.shapes.size() == 5);
  CHECK(layout.unshaped_sentence ==
        "Sans fond de carte : Guadeloupe et Martinique (leurs chiffres sont dans le tableau).");
  CHECK(svg.find("m1-dep-971") == std::string::npos);  // named in the summary and under the map, not drawn

  MapSpec overseas;
  overseas.areas = {{"974", "La Réunion", ChartPoint::of(3)}};
  MapLayout none = test::map_layout_of(overseas);
  CHECK(none.shapes.empty());
  CHECK(none.legend.empty());
}

TEST_CASE("the path data written, read back, is the laid-out path within a twentieth of a pixel") {
  MapLayout layout = test::map_layout_of(test::pays_de_la_loire_map());
  std::string svg = render_map_svg(layout, "carte");
  std::size_t at = svg.find("<path id=\"carte-dep-85\"");
  REQUIRE(at != std::string::npos);
  at = svg.find(" d=\"", at) + 4;
  std::vector<PathCommand> read = parse_svg_path(svg.substr(at, svg.find('"', at) - at));
  std::vector<PathPoint> drawn, written;
  for (const PathCommand& command : layout.shapes[4].path)
    if (command.op != PathOp::close) drawn.push_back(command.points[0]);
  for (const PathCommand& command : read)
    if (command.op != PathOp::close) written.push_back(command.points[0]);
  // Steps shorter than a tenth of a pixel are left out: every written point is a drawn one, in order.
  REQUIRE(written.size() <= drawn.size());
  CHECK(written.size() > drawn.size() / 2);
  std::size_t next = 0;
  for (const PathPoint& point : written) {
    while (next < drawn.size() &&
           (std::abs(drawn[next].x - point.x) > 0.05 + 1e-9 || std::abs(drawn[next].y - point.y) > 0.05 + 1e-9))
      ++next;
    CHECK(next < drawn.size());
  }
  CHECK(bounding_box(read).min_x == doctest::Approx(bounding_box(layout.shapes[4].path).min_x).epsilon(0.01));
}

TEST_CASE("not a finite number is missing; two layouts of the same spec give the same bytes") {
  MapSpec spec = test::pays_de_la_loire_map();
  spec.areas[1].point = ChartPoint::of(std::numeric_limits<double>::quiet_NaN());
  MapLayout layout = test::map_layout_of(spec);
  CHECK(layout.shapes[1].fill == MapFill::missing);
  CHECK(render_map_svg(layout, "a") == render_map_svg(test::map_layout_of(spec), "a"));
  CHECK(render_map_svg(test::map_layout_of(test::pays_de_la_loire_map()), "a") == render_map_svg(test::map_layout_of(test::pays_de_la_loire_map()), "a"));
}
