// A chart laid out once, in pixels: every shape and every string, so that
// the SVG and the PNG renderers only draw and never decide.
#pragma once

#include <string>
#include <vector>

#include "render/charts/chart_spec.h"
#include "render/charts/font_metrics.h"
#include "render/charts/nice_scale.h"

namespace prith {

enum class TextAnchor { start, middle, end };
// What a shape is, which decides its colour: a series' index or a chart part.
// `rupture`: a series break, drawn dashed in the gap colour.
enum class ShapeRole { series, grid, axis, text, gap, rupture };

struct ChartText {
  double x = 0, y = 0;  // baseline
  std::string text;
  double size = 12;
  TextAnchor anchor = TextAnchor::start;
  bool bold = false;
  ShapeRole role = ShapeRole::text;
};

struct ChartLine {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  ShapeRole role = ShapeRole::grid;
};

struct ChartPointXY {
  double x = 0, y = 0;
};

// A run of consecutive visible points: a gap (secret, missing) ends a run.
struct ChartPolyline {
  std::size_t series = 0;
  std::vector<ChartPointXY> points;
};

struct ChartRect {
  double x = 0, y = 0, width = 0, height = 0;
  std::size_t series = 0;
};

struct ChartLayout {
  double width = 0, height = 0;
  std::string font_family;
  std::string title;
  std::string summary;       // chart_summary_fr: the SVG's <desc>
  double plot_left = 0, plot_top = 0, plot_right = 0, plot_bottom = 0;
  NiceScale scale;
  std::vector<ChartLine> lines;          // grid first, then axes, then breaks (dashed)
  std::vector<ChartRect> rects;          // bars and legend swatches
  std::vector<ChartPolyline> polylines;  // line series
  std::vector<ChartPointXY> dots;        // markers of line series
  std::vector<std::size_t> dot_series;   // series of each dot
  std::vector<ChartText> texts;          // title, ticks, labels, values, gaps, legend
  std::vector<ChartLine> legend_lines;   // legend samples of line series
  std::vector<std::size_t> legend_line_series;
};

ChartLayout layout_chart(const ChartSpec& spec, FontMetrics& metrics);

// What a series break is called on a chart (line label and legend).
inline constexpr std::string_view kBreakLabel = "rupture de série";

// A value as a chart prints it, with spec.decimals decimals and its unit:
// "2 696", "3,5 %", "3 189 922 €", "726,3 jours".
std::string chart_value_fr(double value, const ChartSpec& spec);

}  // namespace prith
