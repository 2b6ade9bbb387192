// Property: over generated tables of random counts (some secret, missing or
// absent), no computed région or country figure disagrees with a
// recomputation from the départements done here, independently.
#include <doctest/doctest.h>

#include <random>

#include "model_test_support.h"

using namespace prith;
using test::ModelFixture;

namespace {

const char* kQuarters[] = {"2024-T1", "2024-T2", "2024-T3", "2024-T4", "2025-T1", "2025-T2"};

// Fills DE and BOE for the départements of 52 (and of 53 Bretagne when
// `two_regions`), with reported région rows equal to the sums now and then.
void generate(ModelFixture& f, std::mt19937& random, bool two_regions) {
  std::vector<std::string> departements = {"44", "49", "53", "72", "85"};
  if (two_regions) departements.insert(departements.end(), {"22", "29", "35", "56"});
  std::uniform_int_distribution<int> count(0, 5000), kind(0, 19);
  for (const char* q : kQuarters) {
    for (const char* indicator : {"DE", "BOE", "DUREE"}) {
      for (const std::string& d : departements) {
        int k = kind(random);
        if (k == 0) continue;  // absent
        if (k == 1) f.add_secret(indicator, d, q);
        else if (k == 2) f.add_missing(indicator, d, q);
        else f.add(indicator, d, q, count(random));
      }
    }
  }
}

struct Recomputed {
  double value = 0;
  int known = 0;
};

}  // namespace

TEST_CASE("property: computed totals, means and rates equal a recomputation from the départements") {
  std::mt19937 random(20251124);
  for (int table = 0; table < 40; ++table) {
    ModelFixture f;
    generate(f, random, table % 2 == 1);
    std::vector<Diagnostic> diagnostics;
    Dataset dataset = f.build(diagnostics);
    CHECK(diagnostics.empty());
    const TerritoryTree& tree = dataset.tree();
    for (NodeIndex node = 0; node < tree.size(); ++node) {
      if (tree.node(node).level == TerritoryLevel::departement) continue;
      const std::size_t total = tree.node(node).departements.size();
      for (std::size_t p = 0; p < dataset.periods().size(); ++p) {
        const Period& period = dataset.periods().all()[p];
        auto at = [&](const char* indicator, NodeIndex n) -> const Figure& {
          return dataset.cell(f.indicator(indicator), tree.node(n).territory, period)->figure;
        };
        Recomputed de, boe_de_num, boe_de_den, mean_num, mean_den;
        int both = 0, weighted = 0;
        Recomputed boe;
        for (NodeIndex d : tree.node(node).departements) {
          const Figure& x = at("DE", d);
          const Figure& y = at("BOE", d);
          const Figure& z = at("DUREE", d);
          if (x.known()) de.value += x.value, ++de.known;
          if (y.known()) boe.value += y.value, ++boe.known;
          if (x.known() && y.known()) boe_de_num.value += y.value, boe_de_den.value += x.value, ++both;
          if (z.known() && y.known()) mean_num.value += z.value * y.value, mean_den.value += y.value, ++weighted;
        }
        const Figure& sum = at("DE", node);
        CHECK(sum.known() == (de.known > 0));
        if (sum.known()) {
          CHECK(sum.value == de.value);
          CHECK(sum.known_parts == de.known);
          CHECK(sum.total_parts == total);
          CHECK(sum.has(kPartial) == (de.known < static_cast<int>(total)));
        } else {
          CHECK(sum.value == 0);
        }
        const Figure& rate = at("PART", node);
        CHECK(rate.known() == (both > 0 && boe_de_den.value > 0));
        if (rate.known()) CHECK(rate.value == doctest::Approx(boe_de_num.value / boe_de_den.value * 100));
        const Figure& mean = at("DUREE", node);
        CHECK(mean.known() == (weighted > 0 && mean_den.value > 0));
        if (mean.known()) CHECK(mean.value == doctest::Approx(mean_num.value / mean_den.value));
      }
    }
  }
}

TEST_CASE("property: a reported région row equal to the sum is never a mismatch, one unit more beyond 0.1 % is") {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> count(1, 5000);
  for (int table = 0; table < 40; ++table) {
    ModelFixture f;
    double sum = 0;
    for (const char* d : {"44", "49", "53", "72", "85"}) {
      double value = count(random);
      sum += value;
      f.add("DE", d, "2025-T1", value);
    }
    const double off = table % 2 == 0 ? 0 : std::max(1.0, std::ceil(sum * 0.001) + 1);
    f.add("DE", "R52", "2025-T1", sum + off);
    std::vector<Diagnostic> diagnostics;
    Dataset dataset = f.build(diagnostics);
    CHECK(diagnostics.size() == (off == 0 ? 0u : 1u));
    const Cell& region = f.cell(dataset, "DE", "R52", "2025-T1");
    CHECK(region.figure.value == sum + off);
    CHECK(region.alternate.value == sum);
  }
}
