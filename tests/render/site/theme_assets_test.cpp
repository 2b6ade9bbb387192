#include "render/site/theme_assets.h"

#include <doctest/doctest.h>

using namespace prith;

TEST_CASE("the default theme strips the State typefaces from DSFR's CSS") {
  std::string css =
      "@font-face{font-family:Marianne;src:url(fonts/Marianne-Bold.woff2) format(\"woff2\")}"
      "body{font-family:Marianne,arial,sans-serif}"
      "@font-face{font-family:Spectral;src:url(fonts/Spectral-Regular.woff2)}"
      ".fr-display{font-family:Spectral,serif}.fr-icon{mask-image:url(icons/system/check-line.svg)}";
  std::string stripped = strip_state_fonts(css);
  CHECK(stripped ==
        "body{font-family:DejaVu Sans,arial,sans-serif}.fr-display{font-family:DejaVu Sans,serif}"
        ".fr-icon{mask-image:url(icons/system/check-line.svg)}");
  CHECK(strip_state_fonts("") == "");
  CHECK(strip_state_fonts("@font-face{") == "");  // unterminated: dropped, not copied
}
