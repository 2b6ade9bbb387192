#include "model/territory_tree.h"

#include <set>

namespace prith {

namespace {

std::optional<TerritoryId> region_of(const TerritoryCatalogue& catalogue, TerritoryId id) {
  const Territory& territory = catalogue.at(id);
  switch (territory.level) {
    case TerritoryLevel::region: return id;
    case TerritoryLevel::departement: return catalogue.find(TerritoryLevel::region, territory.parent);
    case TerritoryLevel::country: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

TerritoryTree TerritoryTree::build(const TerritoryCatalogue& catalogue, std::string_view region,
                                   const std::vector<TerritoryId>& seen) {
  const std::vector<Territory>& all = catalogue.all();
  std::set<TerritoryId> regions;
  std::optional<TerritoryId> own = catalogue.find(TerritoryLevel::region, region);
  bool country_seen = false;
  if (own) regions.insert(*own);
  for (TerritoryId id : seen) {
    if (id >= all.size()) continue;
    if (all[id].level == TerritoryLevel::country) country_seen = true;
    if (std::optional<TerritoryId> r = region_of(catalogue, id)) regions.insert(*r);
  }

  // Several régions, a country figure, or a project naming no (known) région:
  // the tree goes up
  // to the country and holds all of its régions.
  std::optional<TerritoryId> country;
  if (!own || regions.size() != 1 || country_seen) {
    std::string_view country_code = "FR";
    if (!regions.empty()) country_code = all[*regions.begin()].parent;
    country = catalogue.find(TerritoryLevel::country, country_code);
    if (!country) {
      for (TerritoryId id = 0; id < all.size(); ++id) {
        if (all[id].level == TerritoryLevel::country) { country = id; break; }
      }
    }
    if (country) {
      for (TerritoryId id = 0; id < all.size(); ++id) {
        if (all[id].level == TerritoryLevel::region && all[id].parent == all[*country].code) regions.insert(id);
      }
    }
  }

  TerritoryTree tree;
  tree.by_territory_.assign(all.size(), kNoNode);
  auto add = [&](TerritoryId id) {
    tree.by_territory_[id] = static_cast<NodeIndex>(tree.nodes_.size());
    tree.nodes_.push_back(TreeNode{id, all[id].level, kNoNode, {}, {}});
  };
  if (country) add(*country);
  for (TerritoryId id : regions) add(id);
  for (TerritoryId id = 0; id < all.size(); ++id) {
    if (all[id].level != TerritoryLevel::departement) continue;
    std::optional<TerritoryId> r = region_of(catalogue, id);
    if (r && regions.count(*r)) add(id);
  }
  // Links, in catalogue order since nodes were added in that order.
  for (NodeIndex n = 0; n < tree.nodes_.size(); ++n) {
    TreeNode& node = tree.nodes_[n];
    std::optional<NodeIndex> parent;
    if (node.level == TerritoryLevel::region && country && all[node.territory].parent == all[*country].code) {
      parent = tree.by_territory_[*country];
    } else if (node.level == TerritoryLevel::departement) {
      parent = tree.by_territory_[*region_of(catalogue, node.territory)];
    }
    if (!parent) continue;
    node.parent = *parent;
    tree.nodes_[*parent].children.push_back(n);
  }
  for (NodeIndex n = 0; n < tree.nodes_.size(); ++n) {
    if (tree.nodes_[n].level != TerritoryLevel::departement) continue;
    for (NodeIndex up = n; up != kNoNode; up = tree.nodes_[up].parent) tree.nodes_[up].departements.push_back(n);
  }
  return tree;
}

std::optional<NodeIndex> TerritoryTree::node_of(TerritoryId territory) const {
  if (territory >= by_territory_.size() || by_territory_[territory] == kNoNode) return std::nullopt;
  return by_territory_[territory];
}

}  // namespace prith
