#include "render/charts/font_metrics.h"

#include <doctest/doctest.h>

using namespace prith;

TEST_CASE("text is measured in DejaVu Sans, the face the PNG draws and the SVG names") {
  FontMetrics metrics;
  CHECK(metrics.family() == "DejaVu Sans");
  // DejaVu Sans: "H" advances 1540/2048 em and its cap height is 1493/2048 em.
  // Another face found by fontconfig in its place (Liberation Sans: 1479/2048) fails here.
  CHECK(metrics.width("H", 100) == doctest::Approx(75.2).epsilon(0.01));
  CHECK(metrics.ascent(100) == doctest::Approx(72.9).epsilon(0.02));
  CHECK(metrics.width("HH", 100) == doctest::Approx(2 * metrics.width("H", 100)));
  CHECK(metrics.width("H", 100, true) > metrics.width("H", 100));
  // UTF-8 is measured as characters, not bytes: a no-break space is as wide as a space.
  CHECK(metrics.width("2\xC2\xA0" "696", 12) == doctest::Approx(metrics.width("2 696", 12)));
  CHECK(metrics.width("", 12) == 0);
}
