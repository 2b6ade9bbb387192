#include "render/site/template_set.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace prith {

namespace fs = std::filesystem;
using kainjow::mustache::data;
using kainjow::mustache::mustache;

namespace {

std::map<std::string, std::string> read_templates(const fs::path& folder) {
  std::map<std::string, std::string> templates;
  std::error_code error;
  if (!fs::is_directory(folder, error)) return templates;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".mustache") continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    templates[entry.path().stem().string()] = text.str();
  }
  return templates;
}

std::string trimmed(const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// `text` with each {{>name}} replaced by that partial's text, itself
// expanded; an unknown partial renders nothing, as in kainjow.
std::string expand_partials(const std::string& text, const std::map<std::string, std::string>& partials, int depth) {
  if (depth > 16) throw std::runtime_error("modèles : des partiels s’incluent les uns les autres sans fin");
  std::string expanded;
  std::size_t from = 0;
  for (std::size_t open; (open = text.find("{{>", from)) != std::string::npos;) {
    std::size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    expanded.append(text, from, open - from);
    auto partial = partials.find(trimmed(text.substr(open + 3, close - open - 3)));
    if (partial != partials.end()) expanded += expand_partials(partial->second, partials, depth + 1);
    from = close + 2;
  }
  expanded.append(text, from, std::string::npos);
  return expanded;
}

}  // namespace

TemplateSet::TemplateSet(const fs::path& folder) {
  std::map<std::string, std::string> pages = read_templates(folder);
  std::map<std::string, std::string> partials = read_templates(folder / "partials");
  auto layout = pages.find("layout");
  if (layout == pages.end()) throw std::runtime_error("modèle introuvable : " + (folder / "layout.mustache").string());
  for (const auto& [name, text] : pages) {
    if (name == "layout") continue;
    std::map<std::string, std::string> with_content = partials;
    with_content["contenu"] = text;
    auto compiled = std::make_unique<mustache>(expand_partials(layout->second, with_content, 0));
    if (!compiled->is_valid()) throw std::runtime_error("modèle " + name + " invalide : " + compiled->error_message());
    compiled_[name] = std::move(compiled);
  }
}

std::string TemplateSet::render_page(const std::string& name, const data& view) const {
  auto page = compiled_.find(name);
  if (page == compiled_.end()) throw std::runtime_error("modèle de page introuvable : " + name + ".mustache");
  std::string html;
  html.reserve(64 * 1024);
  page->second->render(view, [&html](const std::string& text) { html += text; });
  if (!page->second->is_valid()) throw std::runtime_error("modèle " + name + " invalide : " + page->second->error_message());
  return html;
}

}  // namespace prith
