#include "render/charts/chart_layout.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "render/charts/chart_examples.h"

using namespace prith;

namespace {

const ChartText* find_text(const ChartLayout& layout, const std::string& text) {
  auto found = std::find_if(layout.texts.begin(), layout.texts.end(), [&](const ChartText& t) { return t.text == text; });
  return found == layout.texts.end() ? nullptr : &*found;
}

std::size_t count_text(const ChartLayout& layout, const std::string& text) {
  return std::count_if(layout.texts.begin(), layout.texts.end(), [&](const ChartText& t) { return t.text == text; });
}

const std::string nbsp = "\xC2\xA0";

}  // namespace

TEST_CASE("a line chart: scale, points on it, and gaps where values are absent") {
  FontMetrics metrics;
  ChartLayout layout = layout_chart(test::mayenne_line(), metrics);
  CHECK(layout.width == 800);
  CHECK(layout.height == 400);
  CHECK(layout.font_family == "DejaVu Sans");
  CHECK(layout.texts.front().text == "Demandeurs d'emploi BOE en Mayenne");
  CHECK(layout.texts.front().bold);
  CHECK(layout.scale.ticks.back() == 3000);

  // The secret T1 2025 splits the line in two runs: T1..T4 2024, then T2..T3 2025.
  REQUIRE(layout.polylines.size() == 2);
  CHECK(layout.polylines[0].points.size() == 4);
  CHECK(layout.polylines[1].points.size() == 2);
  CHECK(layout.dots.size() == 6);

  // A value sits at its place on the scale: y(2696) = bottom − 2696/3000 of the plot's height.
  double expected_y = layout.plot_bottom - 2696.0 / 3000 * (layout.plot_bottom - layout.plot_top);
  CHECK(layout.polylines[1].points[1].y == doctest::Approx(expected_y));
  // Eight quarters in equal slots, each point in the middle of its slot.
  double slot = (layout.plot_right - layout.plot_left) / 8;
  CHECK(layout.polylines[1].points[1].x == doctest::Approx(layout.plot_left + slot * 7.5));

  // The gaps are marked where the point would be, and the legend explains them.
  const ChartText* secret = find_text(layout, "s");
  REQUIRE(secret != nullptr);
  CHECK(secret->x == doctest::Approx(layout.plot_left + slot * 5.5));
  CHECK(secret->role == ShapeRole::gap);
  REQUIRE(find_text(layout, "n.d.") != nullptr);
  CHECK(find_text(layout, "n.d.")->x == doctest::Approx(layout.plot_left + slot * 0.5));
  CHECK(find_text(layout, "s : secret statistique") != nullptr);
  CHECK(find_text(layout, "n.d. : non disponible") != nullptr);

  // Every visible value is labelled, the secret one never.
  for (const char* value : {"2 810", "2 790", "2 760", "2 731", "2 705", "2 696"}) {
    std::string label(value);
    label.replace(1, 1, nbsp);
    CHECK_MESSAGE(count_text(layout, label) == 1, label);
  }
  CHECK(count_text(layout, "9" + nbsp + "876") == 0);
}

TEST_CASE("a legend shows only the gaps that occur, and one entry per series when several") {
  FontMetrics metrics;
  ChartSpec spec = test::mayenne_line();
  spec.series[0].points[0] = ChartPoint::of(2820);
  spec.series.push_back({"Sarthe", std::vector<ChartPoint>(8, ChartPoint::of(3100))});
  ChartLayout layout = layout_chart(spec, metrics);
  CHECK(find_text(layout, "n.d. : non disponible") == nullptr);
  CHECK(find_text(layout, "s : secret statistique") != nullptr);
  CHECK(find_text(layout, "Sarthe") != nullptr);
  CHECK(layout.legend_lines.size() == 2);
  CHECK(layout.scale.ticks.back() == 4000);
  // Two series: only the latest value of each is labelled.
  CHECK(count_text(layout, "2" + nbsp + "696") == 1);
  CHECK(count_text(layout, "2" + nbsp + "705") == 0);
  CHECK(count_text(layout, "3" + nbsp + "100") == 1);
}

TEST_CASE("the latest values of close series do not overlap") {
  FontMetrics metrics;
  ChartSpec spec = test::mayenne_line();
  spec.series.push_back({"Sarthe", std::vector<ChartPoint>(8, ChartPoint::of(2760))});
  ChartLayout layout = layout_chart(spec, metrics);
  const ChartText* mayenne = find_text(layout, "2" + nbsp + "696");
  const ChartText* sarthe = find_text(layout, "2" + nbsp + "760");
  REQUIRE(mayenne != nullptr);
  REQUIRE(sarthe != nullptr);
  // Sarthe is higher: its label stays above its point; Mayenne's goes below its own point.
  double sarthe_point = layout.dots.back().y, mayenne_point = layout.dots[5].y;
  CHECK(sarthe->y == doctest::Approx(sarthe_point - 8));
  CHECK(mayenne->y == doctest::Approx(std::max(mayenne_point + 16, sarthe->y + 13)));
  CHECK(mayenne->y - sarthe->y >= 13);

  // Far apart, both labels stay above their points.
  spec.series[1].points.assign(8, ChartPoint::of(3900));
  ChartLayout apart = layout_chart(spec, metrics);
  CHECK(find_text(apart, "2" + nbsp + "696")->y == doctest::Approx(apart.dots[5].y - 8));
  CHECK(find_text(apart, "3" + nbsp + "900")->y == doctest::Approx(apart.dots.back().y - 8));
}

TEST_CASE("period labels thin out, keeping the latest, when they would overlap") {
  FontMetrics metrics;
  ChartSpec spec;
  for (int year = 2015; year <= 2025; ++year)
    for (int quarter = 1; quarter <= 4; ++quarter) {
      std::string label = "T";
      label += std::to_string(quarter);
      label += ' ';
      label += std::to_string(year);
      spec.x_labels.push_back(label);
    }
  spec.series = {{"France", std::vector<ChartPoint>(spec.x_labels.size(), ChartPoint::of(100))}};
  ChartLayout layout = layout_chart(spec, metrics);
  CHECK(find_text(layout, "T4 2025") != nullptr);
  std::size_t shown = std::count_if(layout.texts.begin(), layout.texts.end(),
                                    [](const ChartText& t) { return t.text.rfind("T", 0) == 0 && t.text.size() == 7; });
  CHECK(shown < 44);
  CHECK(shown >= 6);
}

TEST_CASE("horizontal bars start at zero; secret and missing territories show a mark instead") {
  FontMetrics metrics;
  ChartLayout layout = layout_chart(test::pays_de_la_loire_bars(), metrics);
  CHECK(layout.scale.ticks == std::vector<double>{0, 2000, 4000, 6000});
  REQUIRE(layout.rects.size() == 3);  // Sarthe (secret) and Vendée (missing) have no bar
  for (const auto& rect : layout.rects) CHECK(rect.x == doctest::Approx(layout.plot_left));
  double full = layout.plot_right - layout.plot_left;
  CHECK(layout.rects[0].width == doctest::Approx(5432.0 / 6000 * full));
  CHECK(layout.rects[2].width == doctest::Approx(2696.0 / 6000 * full));
  CHECK(layout.rects[0].y < layout.rects[1].y);
  // Territory names right-aligned against the plot, each value after its bar.
  const ChartText* name = find_text(layout, "Loire-Atlantique");
  REQUIRE(name != nullptr);
  CHECK(name->anchor == TextAnchor::end);
  CHECK(name->x == doctest::Approx(layout.plot_left - 8));
  const ChartText* value = find_text(layout, "5" + nbsp + "432");
  REQUIRE(value != nullptr);
  CHECK(value->x == doctest::Approx(layout.rects[0].x + layout.rects[0].width + 4));
  CHECK(count_text(layout, "s") == 1);
  CHECK(count_text(layout, "n.d.") == 1);
  CHECK(count_text(layout, "9" + nbsp + "999") == 0);
  CHECK(layout.plot_right < 800 - 16);
}

TEST_CASE("hostile specs: NaN, infinity, short series, no labels, zero size") {
  FontMetrics metrics;
  ChartSpec spec = test::mayenne_line();
  spec.series[0].points[1] = ChartPoint::of(std::nan(""));
  spec.series[0].points[2] = ChartPoint::of(INFINITY);
  spec.series[0].points.resize(7);  // T3 2025 not given at all
  ChartLayout layout = layout_chart(spec, metrics);
  CHECK(count_text(layout, "n.d.") == 4);  // T4 2023, NaN, infinity, the absent last point
  for (const auto& text : layout.texts) CHECK(text.text.find("nan") == std::string::npos);
  CHECK(layout.dots.size() == 3);
  CHECK(layout.scale.ticks.back() == 3000);

  ChartSpec empty;
  empty.width = 0;
  empty.height = -5;
  ChartLayout nothing = layout_chart(empty, metrics);
  CHECK(nothing.width == 100);
  CHECK(nothing.height == 80);
  CHECK(nothing.polylines.empty());
  CHECK(nothing.summary == "Aucune valeur publiable.");
  empty.kind = ChartKind::bars_across_territories;
  CHECK(layout_chart(empty, metrics).rects.empty());

  // Too small for its names and title: the plot overflows but never inverts.
  ChartSpec cramped = test::pays_de_la_loire_bars();
  cramped.width = 100;
  cramped.height = 80;
  ChartLayout small = layout_chart(cramped, metrics);
  CHECK(small.plot_right - small.plot_left == doctest::Approx(10));
  CHECK(small.plot_bottom - small.plot_top == doctest::Approx(10));
  for (const auto& rect : small.rects) CHECK(rect.width >= 0);
}

TEST_CASE("a long title wraps at spaces within the chart's width and pushes the plot down") {
  FontMetrics metrics;
  ChartSpec spec = test::mayenne_line();
  double plot_top_one_line = layout_chart(spec, metrics).plot_top;
  spec.title = "Demandeurs d'emploi bénéficiaires de l'obligation d'emploi inscrits en catégories A, B et C "
               "en Mayenne, données brutes";
  ChartLayout layout = layout_chart(spec, metrics);
  REQUIRE(layout.texts.size() > 2);
  CHECK(layout.texts[0].text == "Demandeurs d'emploi bénéficiaires de l'obligation d'emploi inscrits en catégories A,");
  CHECK(layout.texts[1].text == "B et C en Mayenne, données brutes");
  // The first line is full: its next word would not have fitted.
  CHECK(metrics.width(layout.texts[0].text + " B", 16, true) > 800 - 32);
  CHECK(layout.texts[1].y == doctest::Approx(layout.texts[0].y + 20));
  CHECK(metrics.width(layout.texts[0].text, 16, true) <= 800 - 32);
  CHECK(layout.plot_top == doctest::Approx(plot_top_one_line + 20));
  CHECK(layout.title == spec.title);  // <title> keeps it whole
}
