#include "render/maps/png_map.h"

#include <cairo.h>

#include <algorithm>
#include <cmath>

#include "render/charts/png_encoder.h"
#include "render/maps/map_palette.h"

namespace prith {

namespace {

void set_colour(cairo_t* cr, const ChartColour& colour) { cairo_set_source_rgb(cr, colour.r, colour.g, colour.b); }

void trace(cairo_t* cr, const std::vector<PathCommand>& path) {
  cairo_new_path(cr);
  for (const PathCommand& command : path) {
    const auto& p = command.points;
    switch (command.op) {
      case PathOp::move: cairo_move_to(cr, p[0].x, p[0].y); break;
      case PathOp::line: cairo_line_to(cr, p[0].x, p[0].y); break;
      case PathOp::cubic: cairo_curve_to(cr, p[0].x, p[0].y, p[1].x, p[1].y, p[2].x, p[2].y); break;
      case PathOp::close: cairo_close_path(cr); break;
    }
  }
}

// White, then the hatch (secret) or the dots (missing) inside the current
// path, over the box (x, y, width, height); the path is kept.
void fill_pattern(cairo_t* cr, MapFill fill, double x, double y, double width, double height) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_fill_preserve(cr);
  cairo_clip_preserve(cr);
  cairo_new_path(cr);
  if (fill == MapFill::secret) {
    // 45° lines kMapPatternStep apart, as the SVG pattern rotated by 45°.
    double step = kMapPatternStep * std::sqrt(2.0);
    for (double start = std::floor(x / step) * step; start < x + width + height; start += step) {
      cairo_move_to(cr, start, y);
      cairo_line_to(cr, start - height, y + height);
    }
    set_colour(cr, kMapHatchColour);
    cairo_set_line_width(cr, 1.5);
    cairo_stroke(cr);
  } else {
    double half = kMapPatternStep / 2;
    for (double dy = std::floor(y / kMapPatternStep) * kMapPatternStep; dy < y + height; dy += kMapPatternStep)
      for (double dx = std::floor(x / kMapPatternStep) * kMapPatternStep; dx < x + width; dx += kMapPatternStep) {
        cairo_new_sub_path(cr);
        cairo_arc(cr, dx + half, dy + half, 1, 0, 2 * M_PI);
      }
    set_colour(cr, kMapDotColour);
    cairo_fill(cr);
  }
  cairo_restore(cr);
}

void fill_area(cairo_t* cr, const MapLayout& layout, MapFill fill, std::size_t class_index, const BoundingBox& box) {
  if (fill == MapFill::value_class) {
    set_colour(cr, map_class_colour(class_index, layout.class_count));
    cairo_fill_preserve(cr);
    return;
  }
  fill_pattern(cr, fill, box.min_x, box.min_y, box.width(), box.height());
}

void outline(cairo_t* cr) {
  set_colour(cr, kMapOutlineColour);
  cairo_set_line_width(cr, 0.8);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke(cr);
}

void draw_text(cairo_t* cr, const MapLayout& layout, double x, double y, const std::string& text, double size,
               bool bold, bool grey) {
  cairo_select_font_face(cr, layout.font_family.c_str(), CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
  set_colour(cr, grey ? kGapColour : kTextColour);
  cairo_move_to(cr, x, y);
  cairo_show_text(cr, text.c_str());
}

}  // namespace

cairo_surface_t* draw_map_surface(const MapLayout& layout) {
  int width = std::max(1, static_cast<int>(std::ceil(layout.width)));
  int height = std::max(1, static_cast<int>(std::ceil(layout.height)));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  for (const MapShape& shape : layout.shapes) {
    trace(cr, shape.path);
    fill_area(cr, layout, shape.fill, shape.class_index, bounding_box(shape.path));
    outline(cr);
  }
  for (const MapLegendEntry& entry : layout.legend) {
    cairo_new_path(cr);
    cairo_rectangle(cr, entry.x, entry.y, kMapSwatchWidth, kMapSwatchHeight);
    BoundingBox box;
    box.include(PathPoint{entry.x, entry.y});
    box.include(PathPoint{entry.x + kMapSwatchWidth, entry.y + kMapSwatchHeight});
    fill_area(cr, layout, entry.fill, entry.class_index, box);
    outline(cr);
    draw_text(cr, layout, entry.x + kMapSwatchWidth + 8, entry.y + kMapSwatchHeight - 1, entry.text, 13, false, false);
  }
  for (const MapText& text : layout.texts) draw_text(cr, layout, text.x, text.y, text.text, text.size, text.bold, text.grey);
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  return surface;
}

std::string render_map_png(const MapLayout& layout) {
  cairo_surface_t* surface = draw_map_surface(layout);
  std::string bytes = encode_png_rgb(surface);
  cairo_surface_destroy(surface);
  return bytes;
}

}  // namespace prith
