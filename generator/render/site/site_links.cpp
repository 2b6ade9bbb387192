#include "render/site/site_links.h"

#include <cctype>
#include <filesystem>

#include "core/slug.h"

namespace prith {

namespace {

// The code itself when it is safe in a file name and a URL ("DEBOE_A",
// "2A", "france-travail"), else its slug: the plan of URLs names pages by code.
std::string code_in_path(const std::string& code) {
  bool safe = !code.empty() && code.size() <= 64;
  for (char c : code)
    safe = safe && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
  return safe ? code : slug(code);
}

}  // namespace

std::string territory_slug(const Territory& territory) {
  switch (territory.level) {
    case TerritoryLevel::departement: return "departement-" + code_in_path(territory.code);
    case TerritoryLevel::region: return "region-" + code_in_path(territory.code);
    case TerritoryLevel::country: return "pays-" + code_in_path(territory.code);
  }
  return slug(territory.code);
}

std::string territory_page(const Territory& territory) { return "territoires/" + territory_slug(territory) + ".html"; }
std::string sheet_page(const Territory& territory) { return "fiches/" + territory_slug(territory) + ".html"; }
std::string indicator_page(const Indicator& indicator) {
  return "indicateurs/" + code_in_path(indicator.code) + ".html";
}
std::string indicator_slug(const Indicator& indicator) { return "indicateur-" + slug(indicator.code); }
std::string source_page(const Source& source) { return "sources/" + code_in_path(source.code) + ".html"; }
std::string source_slug(const Source& source) { return "source-" + slug(source.code); }

std::string place_fr(const Territory& territory) { return "en " + territory.name; }

std::vector<std::size_t> quarter_indexes(const Dataset& dataset, std::size_t count) {
  std::vector<std::size_t> indexes;
  const std::vector<Period>& periods = dataset.periods().all();
  for (std::size_t i = 0; i < periods.size(); ++i)
    if (periods[i].kind == Period::Kind::quarter) indexes.push_back(i);
  if (count > 0 && indexes.size() > count) indexes.erase(indexes.begin(), indexes.end() - count);
  return indexes;
}

std::optional<NodeIndex> region_node(const Dataset& dataset, const std::string& region_code) {
  const TerritoryTree& tree = dataset.tree();
  // A project without a région (national): the top of the tree, the country.
  if (region_code.empty() && tree.size() > 0) return NodeIndex{0};
  std::optional<NodeIndex> first;
  for (NodeIndex i = 0; i < tree.size(); ++i) {
    const TreeNode& node = tree.node(i);
    if (node.level != TerritoryLevel::region) continue;
    if (dataset.territories().at(node.territory).code == region_code) return i;
    if (!first) first = i;
  }
  return first;
}

bool has_figures(const Dataset& dataset, TerritoryId territory) {
  for (IndicatorId i = 0; i < dataset.indicators().all().size(); ++i)
    for (const Cell& cell : dataset.series(i, territory))
      if (cell.figure.present()) return true;
  return false;
}

bool is_rate(const Indicator& indicator) { return indicator.unit == "%"; }

}  // namespace prith

namespace prith {
std::vector<IndicatorId> shown_indicators(const Dataset& dataset) {
  std::vector<IndicatorId> shown;
  for (IndicatorId i = 0; i < dataset.indicators().all().size(); ++i) {
    bool any = false;
    for (const TreeNode& node : dataset.tree().nodes()) {
      for (const Cell& cell : dataset.series(i, node.territory)) any = any || cell.figure.present();
      if (any) break;
    }
    if (any) shown.push_back(i);
  }
  return shown;
}
std::string partnership_logo_page(const ProjectSettings& settings) {
  if (settings.logo.empty()) return "";
  std::string extension = std::filesystem::path(settings.logo).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return "assets/img/logo-partenariat" + extension;
}

}  // namespace prith
