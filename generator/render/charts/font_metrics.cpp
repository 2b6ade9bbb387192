#include "render/charts/font_metrics.h"

#include <cairo.h>

namespace prith {

FontMetrics::FontMetrics(std::string family) : family_(std::move(family)) {
  surface_ = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
  cr_ = cairo_create(surface_);
}

FontMetrics::~FontMetrics() {
  cairo_destroy(cr_);
  cairo_surface_destroy(surface_);
}

void FontMetrics::select(double size, bool bold) {
  cairo_select_font_face(cr_, family_.c_str(), CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr_, size);
}

double FontMetrics::width(std::string_view text, double size, bool bold) {
  select(size, bold);
  std::string owned(text);  // cairo wants a NUL-terminated string
  cairo_text_extents_t extents;
  cairo_text_extents(cr_, owned.c_str(), &extents);
  return extents.x_advance;
}

double FontMetrics::ascent(double size) {
  select(size, false);
  // The height of a capital, not the font's ascent (which keeps room for
  // accents above capitals): it is what the eye centres on.
  cairo_text_extents_t extents;
  cairo_text_extents(cr_, "H", &extents);
  return -extents.y_bearing;
}

}  // namespace prith
