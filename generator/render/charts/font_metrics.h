// Text measured with cairo's own font metrics, so that the layout made for
// the SVG is the one the PNG draws: same face, same advances.
#pragma once

#include <string>
#include <string_view>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace prith {

// The chart typeface: DejaVu Sans (Debian fonts-dejavu-core), free, wide
// coverage (œ, «», U+2212, U+00A0), hinted for screens.
inline constexpr std::string_view kChartFontFamily = "DejaVu Sans";

class FontMetrics {
 public:
  explicit FontMetrics(std::string family = std::string(kChartFontFamily));
  ~FontMetrics();
  FontMetrics(const FontMetrics&) = delete;
  FontMetrics& operator=(const FontMetrics&) = delete;

  const std::string& family() const { return family_; }
  // Advance width of UTF-8 text at `size` pixels.
  double width(std::string_view text, double size, bool bold = false);
  // Distance from the baseline to the top of a capital ("H").
  double ascent(double size);

 private:
  void select(double size, bool bold);

  std::string family_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
};

}  // namespace prith
