#include "render/charts/png_chart.h"

#include <cairo.h>

#include <cmath>

#include "render/charts/chart_palette.h"
#include "render/charts/png_encoder.h"

namespace prith {

namespace {

void set_colour(cairo_t* cr, const ChartColour& colour) { cairo_set_source_rgb(cr, colour.r, colour.g, colour.b); }

// 1-pixel lines on pixel centres, so the grid is crisp instead of two grey rows.
double crisp(double value) { return std::floor(value) + 0.5; }

void draw_lines(cairo_t* cr, const ChartLayout& layout, ShapeRole role, const ChartColour& colour) {
  set_colour(cr, colour);
  cairo_set_line_width(cr, 1);
  for (const auto& line : layout.lines) {
    if (line.role != role) continue;
    cairo_move_to(cr, crisp(line.x1), crisp(line.y1));
    cairo_line_to(cr, crisp(line.x2), crisp(line.y2));
  }
  cairo_stroke(cr);
}

void set_series_stroke(cairo_t* cr, std::size_t series) {
  set_colour(cr, series_colour(series));
  cairo_set_line_width(cr, 2.5);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  const auto& dash = kSeriesDashes[series % kSeriesDashes.size()];
  cairo_set_dash(cr, dash.data(), dash[0] == 0 ? 0 : 2, 0);
}

void draw_text(cairo_t* cr, const ChartLayout& layout, const ChartText& text) {
  cairo_select_font_face(cr, layout.font_family.c_str(), CAIRO_FONT_SLANT_NORMAL,
                         text.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, text.size);
  double x = text.x;
  if (text.anchor != TextAnchor::start) {
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.text.c_str(), &extents);
    x -= text.anchor == TextAnchor::middle ? extents.x_advance / 2 : extents.x_advance;
  }
  set_colour(cr, text.role == ShapeRole::gap ? kGapColour : kTextColour);
  cairo_move_to(cr, x, text.y);
  cairo_show_text(cr, text.text.c_str());
}

}  // namespace

cairo_surface_t* draw_chart_surface(const ChartLayout& layout) {
  int width = static_cast<int>(std::ceil(layout.width)), height = static_cast<int>(std::ceil(layout.height));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);

  draw_lines(cr, layout, ShapeRole::grid, kGridColour);
  draw_lines(cr, layout, ShapeRole::axis, kAxisColour);
  static constexpr double kBreakDash[2] = {5, 3};
  cairo_set_dash(cr, kBreakDash, 2, 0);
  draw_lines(cr, layout, ShapeRole::rupture, kGapColour);
  cairo_set_dash(cr, nullptr, 0, 0);
  for (const auto& rect : layout.rects) {
    set_colour(cr, series_colour(rect.series));
    cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height);
    cairo_fill(cr);
  }
  for (const auto& polyline : layout.polylines) {
    set_series_stroke(cr, polyline.series);
    for (std::size_t i = 0; i < polyline.points.size(); ++i) {
      if (i == 0)
        cairo_move_to(cr, polyline.points[i].x, polyline.points[i].y);
      else
        cairo_line_to(cr, polyline.points[i].x, polyline.points[i].y);
    }
    cairo_stroke(cr);
  }
  for (std::size_t i = 0; i < layout.legend_lines.size(); ++i) {
    const auto& line = layout.legend_lines[i];
    set_series_stroke(cr, layout.legend_line_series[i]);
    cairo_move_to(cr, line.x1, line.y1);
    cairo_line_to(cr, line.x2, line.y2);
    cairo_stroke(cr);
  }
  cairo_set_dash(cr, nullptr, 0, 0);
  for (std::size_t i = 0; i < layout.dots.size(); ++i) {
    set_colour(cr, series_colour(layout.dot_series[i]));
    cairo_arc(cr, layout.dots[i].x, layout.dots[i].y, 3.5, 0, 2 * M_PI);
    cairo_fill(cr);
  }
  for (const auto& text : layout.texts) draw_text(cr, layout, text);
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  return surface;
}

std::string render_chart_png(const ChartLayout& layout) {
  cairo_surface_t* surface = draw_chart_surface(layout);
  std::string bytes = encode_png_rgb(surface);
  cairo_surface_destroy(surface);
  return bytes;
}

}  // namespace prith
