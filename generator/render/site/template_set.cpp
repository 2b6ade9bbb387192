#include "render/site/template_set.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace prith {

namespace fs = std::filesystem;
using kainjow::mustache::data;
using kainjow::mustache::mustache;
using kainjow::mustache::partial;

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

}  // namespace

TemplateSet::TemplateSet(const fs::path& folder) {
  pages_ = read_templates(folder);
  partials_ = read_templates(folder / "partials");
  if (!pages_.count("layout")) throw std::runtime_error("modèle introuvable : " + (folder / "layout.mustache").string());
}

std::string TemplateSet::render_page(const std::string& name, data view) const {
  auto page = pages_.find(name);
  if (page == pages_.end()) throw std::runtime_error("modèle de page introuvable : " + name + ".mustache");
  for (const auto& [partial_name, text] : partials_) {
    const std::string* body = &text;
    view.set(partial_name, partial([body] { return *body; }));
  }
  const std::string* content = &page->second;
  view.set("contenu", partial([content] { return *content; }));
  mustache layout(pages_.at("layout"));
  if (!layout.is_valid()) throw std::runtime_error("modèle layout invalide : " + layout.error_message());
  std::string html = layout.render(view);
  if (!layout.is_valid()) throw std::runtime_error("modèle " + name + " invalide : " + layout.error_message());
  return html;
}

}  // namespace prith
