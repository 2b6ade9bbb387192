// The site's static files: assets/ of the source tree as they are, DSFR's
// MIT CSS (node_modules/@gouvfr/dsfr/dist) copied into assets/dsfr/ with the
// files it references, and the typeface. Theme "default" carries no State
// brand element: the Marianne and Spectral @font-face rules are stripped
// and DejaVu Sans (Debian fonts-dejavu-core) is served instead. Theme
// "dsfr" keeps Marianne, for a publication under the DREETS brand. Both
// carry DejaVu Sans, the face the charts' SVG declares.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "publish/output_folder.h"

namespace prith {

// `css` without its @font-face rules, and its Marianne/Spectral families
// replaced by DejaVu Sans.
std::string strip_state_fonts(std::string_view css);

// Copies every asset of the theme into the site. Throws std::runtime_error
// when DSFR is not installed (run .ci/install-deps).
void write_theme_assets(const std::filesystem::path& assets_folder, const std::filesystem::path& node_modules_folder,
                        const std::string& theme, OutputFolder& out);

}  // namespace prith
