// Property: over generated tables of random counts (some secret, missing or
// absent), no computed région or country figure disagrees with a
// recomputation from the départements done here, independently.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
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

TEST_CASE("property: random garbage in the store never crashes the model, and the same input gives the same Dataset") {
  std::mt19937 random(99);
  std::uniform_int_distribution<int> byte(0, 255), any_year(1980, 2110), small(0, 20);
  const double specials[] = {0.0, -0.0, 1e308, -1e308, std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity(), 3.5, -12};
  for (int table = 0; table < 20; ++table) {
    ModelFixture f;
    for (int i = 0; i < 300; ++i) {
      StoredFigure figure;
      figure.indicator = static_cast<IndicatorId>(small(random) % 7);
      figure.territory = static_cast<TerritoryId>(byte(random) % 125);
      figure.period.kind = static_cast<Period::Kind>(byte(random) % 4);
      figure.period.year = static_cast<std::int16_t>(any_year(random));
      figure.period.index = static_cast<std::uint8_t>(small(random) % 14);
      figure.status = static_cast<ObservationStatus>(byte(random) % 3);
      figure.value = specials[byte(random) % 8];
      figure.provisional = byte(random) % 2;
      figure.revised_at = byte(random) % 3 ? "" : "2026-1x-05";
      figure.read_at = std::to_string(byte(random));
      f.figures.push_back(figure);
    }
    std::vector<Diagnostic> first_diagnostics, second_diagnostics;
    Dataset first = f.build(first_diagnostics);
    Dataset second = f.build(second_diagnostics);
    REQUIRE(first.periods().size() == second.periods().size());
    REQUIRE(first.tree().size() == second.tree().size());
    REQUIRE(first_diagnostics.size() == second_diagnostics.size());
    for (std::size_t i = 0; i < first_diagnostics.size(); ++i) {
      CHECK(first_diagnostics[i].message == second_diagnostics[i].message);
    }
    for (IndicatorId indicator = 0; indicator < f.indicators.all().size(); ++indicator) {
      for (const TreeNode& node : first.tree().nodes()) {
        std::span<const Cell> a = first.series(indicator, node.territory);
        std::span<const Cell> b = second.series(indicator, node.territory);
        REQUIRE(a.size() == b.size());
        std::size_t differing = 0, nan = 0;
        for (std::size_t p = 0; p < a.size(); ++p) {
          // Bitwise: NaN never gets in, so equal values compare equal.
          if (std::memcmp(&a[p].figure.value, &b[p].figure.value, sizeof(double)) != 0 ||
              a[p].figure.flags != b[p].figure.flags || a[p].derived.rank != b[p].derived.rank) {
            ++differing;
          }
          const DerivedFigures& d = a[p].derived;
          for (double value : {a[p].figure.value, a[p].alternate.value, d.previous.value, d.year_ago.value,
                               d.rolling_four_quarters.value, d.share_of_parent.value}) {
            if (!std::isfinite(value)) ++nan;
          }
        }
        CHECK(differing == 0);
        CHECK(nan == 0);  // nothing infinite or NaN either
      }
    }
  }
}
