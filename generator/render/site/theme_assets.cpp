#include "render/site/theme_assets.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace prith {

namespace fs = std::filesystem;

namespace {

constexpr const char* kDejaVuFolder = "/usr/share/fonts/truetype/dejavu";
constexpr const char* kDejaVuLicence = "/usr/share/doc/fonts-dejavu-core/copyright";

std::string read_text(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("fichier illisible : " + path.string());
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

// The relative url(...) targets of a CSS file, in order of first use.
std::vector<std::string> css_urls(const std::string& css) {
  std::vector<std::string> urls;
  std::set<std::string> seen;
  for (std::size_t at = css.find("url("); at != std::string::npos; at = css.find("url(", at + 4)) {
    std::size_t end = css.find(')', at);
    if (end == std::string::npos) break;
    std::string url = css.substr(at + 4, end - at - 4);
    if (!url.empty() && (url.front() == '"' || url.front() == '\'')) url = url.substr(1, url.size() - 2);
    if (url.rfind("data:", 0) == 0 || url.find(':') != std::string::npos || url.empty()) continue;
    std::size_t query = url.find_first_of("?#");
    if (query != std::string::npos) url.resize(query);
    if (seen.insert(url).second) urls.push_back(url);
  }
  return urls;
}

// Every file under `folder`, sorted, as paths relative to it.
std::vector<fs::path> files_under(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code error;
  if (!fs::is_directory(folder, error)) return files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), folder));
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::string strip_state_fonts(std::string_view input) {
  std::string css;
  std::size_t at = 0;
  for (std::size_t face = input.find("@font-face"); face != std::string_view::npos;
       face = input.find("@font-face", at)) {
    css.append(input.substr(at, face - at));
    std::size_t end = input.find('}', face);
    at = end == std::string_view::npos ? input.size() : end + 1;
  }
  css.append(input.substr(at));
  replace_all(css, "Marianne", "DejaVu Sans");
  replace_all(css, "Spectral", "DejaVu Sans");
  return css;
}

void write_theme_assets(const fs::path& assets_folder, const fs::path& node_modules_folder, const std::string& theme,
                        OutputFolder& out) {
  for (const fs::path& file : files_under(assets_folder))
    out.copy_file(assets_folder / file, "assets/" + file.generic_string());

  fs::path dist = node_modules_folder / "@gouvfr" / "dsfr" / "dist";
  if (!fs::is_regular_file(dist / "dsfr.min.css"))
    throw std::runtime_error("DSFR introuvable dans " + dist.string() + " : lancez .ci/install-deps");
  bool state_brand = theme == "dsfr";
  std::string css = read_text(dist / "dsfr.min.css");
  if (!state_brand) css = strip_state_fonts(css);
  out.write("assets/dsfr/dsfr.min.css", css);
  for (const std::string& url : css_urls(css)) {
    fs::path source = (dist / url).lexically_normal();
    std::error_code error;
    if (!fs::is_regular_file(source, error)) continue;
    out.copy_file(source, "assets/dsfr/" + fs::path(url).lexically_normal().generic_string());
  }
  out.copy_file(dist.parent_path() / "LICENSE.md", "assets/dsfr/LICENCE.md");

  // DejaVu Sans in both themes: the charts' SVG declares it (site.css has its @font-face).
  for (const char* face : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"})
    out.copy_file(fs::path(kDejaVuFolder) / face, std::string("assets/fonts/") + face);
  out.copy_file(kDejaVuLicence, "assets/fonts/LICENCE-DejaVu.txt");
}

}  // namespace prith
