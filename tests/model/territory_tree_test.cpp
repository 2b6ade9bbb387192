#include "model/territory_tree.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace prith;

namespace {

struct Territories {
  TerritoryCatalogue catalogue;
  Territories() {
    std::vector<Diagnostic> ignored;
    catalogue = TerritoryCatalogue::parse(test::read_file(test::source_path("config/territories.csv")),
                                          "territories.csv", ignored);
  }
  TerritoryId departement(const char* code) const { return *catalogue.find(TerritoryLevel::departement, code); }
  TerritoryId region(const char* code) const { return *catalogue.find(TerritoryLevel::region, code); }
  std::string code_of(const TerritoryTree& tree, NodeIndex node) const {
    return catalogue.at(tree.node(node).territory).code;
  }
};

}  // namespace

TEST_CASE("one région: the région and all its départements, figures or not") {
  Territories t;
  TerritoryTree tree = TerritoryTree::build(t.catalogue, "52", {t.departement("44"), t.departement("49")});
  REQUIRE(tree.size() == 6);
  CHECK(tree.node(0).level == TerritoryLevel::region);
  CHECK(t.code_of(tree, 0) == "52");
  CHECK(tree.node(0).parent == kNoNode);
  std::vector<std::string> children;
  for (NodeIndex child : tree.node(0).children) {
    children.push_back(t.code_of(tree, child));
    CHECK(tree.node(child).parent == 0);
  }
  CHECK(children == std::vector<std::string>{"44", "49", "53", "72", "85"});
  CHECK(tree.node(0).departements == tree.node(0).children);
  CHECK(tree.node(*tree.node_of(t.departement("53"))).departements ==
        std::vector<NodeIndex>{*tree.node_of(t.departement("53"))});
  CHECK_FALSE(tree.node_of(t.departement("75")));
  CHECK_FALSE(tree.node_of(t.region("11")));
}

TEST_CASE("figures from a second région bring the country and all régions") {
  Territories t;
  TerritoryTree tree = TerritoryTree::build(t.catalogue, "52", {t.departement("44"), t.departement("75")});
  REQUIRE(tree.size() == 1 + 18 + 101);
  CHECK(tree.node(0).level == TerritoryLevel::country);
  CHECK(t.code_of(tree, 0) == "FR");
  CHECK(tree.node(0).children.size() == 18);
  CHECK(tree.node(0).departements.size() == 101);
  NodeIndex paris = *tree.node_of(t.departement("75"));
  NodeIndex idf = *tree.node_of(t.region("11"));
  CHECK(tree.node(paris).parent == idf);
  CHECK(tree.node(idf).parent == 0);
  CHECK(tree.node(idf).departements.size() == 8);
  NodeIndex corsica = *tree.node_of(t.region("94"));
  CHECK(tree.node(corsica).children.size() == 2);
}

TEST_CASE("a project without a région, or a country figure, goes up to the country") {
  Territories t;
  CHECK(TerritoryTree::build(t.catalogue, "", {t.departement("44")}).size() == 120);
  CHECK(TerritoryTree::build(t.catalogue, "52", {*t.catalogue.find(TerritoryLevel::country, "FR")}).size() == 120);
  // An unknown région code in the settings and no figures: the country.
  CHECK(TerritoryTree::build(t.catalogue, "99", {}).size() == 120);
}

TEST_CASE("a département whose région is not in the catalogue has no place") {
  std::vector<Diagnostic> ignored;
  TerritoryCatalogue catalogue = TerritoryCatalogue::parse(
      "code;name;level;parent\n52;Pays de la Loire;region;\n44;Loire-Atlantique;departement;52\n"
      "99;Ailleurs;departement;98\n",
      "territories.csv", ignored);
  TerritoryTree tree = TerritoryTree::build(catalogue, "52", {0, 1, 2});
  CHECK(tree.size() == 2);
  CHECK_FALSE(tree.node_of(2));
}
