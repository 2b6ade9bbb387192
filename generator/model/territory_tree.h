// The territories of a Dataset as a tree: départements → région, and the
// country above the régions when the figures span several régions (or when
// the project names no région). Every département of a région in the tree is
// in the tree, with figures or not, so that "4 départements sur 5" counts the
// real départements and not only those a partner happened to send.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "catalogue/territory_catalogue.h"

namespace prith {

using NodeIndex = std::uint16_t;
constexpr NodeIndex kNoNode = 0xFFFF;

struct TreeNode {
  TerritoryId territory = 0;
  TerritoryLevel level = TerritoryLevel::departement;
  NodeIndex parent = kNoNode;
  std::vector<NodeIndex> children;     // in catalogue order
  std::vector<NodeIndex> departements; // every département below (itself for a département)
};

class TerritoryTree {
 public:
  TerritoryTree() = default;
  // `region`: the project's région code (prith.ini), may be empty.
  // `seen`: the territories figures were given for. Territories that cannot
  // be placed (a département whose région is not in the catalogue) are
  // left out; node_of answers nothing for them.
  static TerritoryTree build(const TerritoryCatalogue& territories, std::string_view region,
                             const std::vector<TerritoryId>& seen);

  // Country first, then the régions, then the départements, in catalogue order.
  const std::vector<TreeNode>& nodes() const { return nodes_; }
  const TreeNode& node(NodeIndex index) const { return nodes_[index]; }
  std::optional<NodeIndex> node_of(TerritoryId territory) const;
  std::size_t size() const { return nodes_.size(); }

 private:
  std::vector<TreeNode> nodes_;
  std::vector<NodeIndex> by_territory_;  // TerritoryId -> node, kNoNode when outside
};

}  // namespace prith
