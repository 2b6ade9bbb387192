// Fill classes: at most four, cut at distinct values, equal values in one
// class, secret and missing values not read; French legend ranges.
#include "render/maps/map_classes.h"

#include <doctest/doctest.h>

using namespace prith;

namespace {

const std::string nbsp = "\xC2\xA0";

MapSpec spec_of(const std::vector<ChartPoint>& points, const std::string& unit = "", int decimals = 0) {
  MapSpec spec;
  spec.unit = unit;
  spec.decimals = decimals;
  for (std::size_t i = 0; i < points.size(); ++i) spec.areas.push_back({std::to_string(10 + i), "D" + std::to_string(i), points[i]});
  return spec;
}

}  // namespace

TEST_CASE("eight values make four classes of two, lightest for the lowest, ranges in French") {
  MapSpec spec = spec_of({ChartPoint::of(1200), ChartPoint::of(2400), ChartPoint::of(300), ChartPoint::of(15000),
                          ChartPoint::of(9000), ChartPoint::of(4000), ChartPoint::of(5000), ChartPoint::of(700)});
  std::vector<MapClass> classes = map_classes(spec);
  REQUIRE(classes.size() == 4);
  CHECK(classes[0].low == 300);
  CHECK(classes[0].high == 700);
  CHECK(classes[1].low == 1200);
  CHECK(classes[1].high == 2400);
  CHECK(classes[3].low == 9000);
  CHECK(classes[3].high == 15000);
  CHECK(class_of(classes, 300) == 0);
  CHECK(class_of(classes, 2400) == 1);
  CHECK(class_of(classes, 4000) == 2);
  CHECK(class_of(classes, 15000) == 3);
  CHECK(class_legend_fr(classes[1], spec) == "de 1" + nbsp + "200 à 2" + nbsp + "400");
  CHECK(class_legend_fr(classes[3], spec) == "de 9" + nbsp + "000 à 15" + nbsp + "000");
}

TEST_CASE("equal values share a class; fewer distinct values, fewer classes") {
  MapSpec spec = spec_of({ChartPoint::of(5), ChartPoint::of(5), ChartPoint::of(5), ChartPoint::of(8)});
  std::vector<MapClass> classes = map_classes(spec);
  REQUIRE(classes.size() == 2);
  CHECK(class_of(classes, 5) == 0);
  CHECK(class_of(classes, 8) == 1);
  CHECK(class_legend_fr(classes[0], spec) == "5");
  CHECK(map_classes(spec_of({ChartPoint::secret(), ChartPoint::missing()})).empty());
}

TEST_CASE("secret and missing values are not classed, whatever value a caller left in them") {
  MapSpec spec = spec_of({ChartPoint::of(10), {PointStatus::secret, 987654}, {PointStatus::missing, -5},
                          ChartPoint::of(20)});
  std::vector<MapClass> classes = map_classes(spec);
  REQUIRE(classes.size() == 2);
  CHECK(classes[0].low == 10);
  CHECK(classes[1].high == 20);
}

TEST_CASE("rates and other units are printed with their decimals and unit") {
  MapSpec rates = spec_of({ChartPoint::of(9), ChartPoint::of(12.5)}, "%", 1);
  std::vector<MapClass> classes = map_classes(rates);
  REQUIRE(classes.size() == 2);
  CHECK(class_legend_fr({9, 12.5}, rates) == "de 9,0" + nbsp + "% à 12,5" + nbsp + "%");
  CHECK(map_value_fr(726.26, spec_of({}, "jours", 1)) == "726,3" + nbsp + "jours");
}

TEST_CASE("a value the tables print with up to one decimal is printed the same on the map") {
  MapSpec loose = spec_of({ChartPoint::of(1.7), ChartPoint::of(2)}, "", 1);
  loose.fixed = false;  // value_format of an average without unit: "1,7", "2"
  CHECK(map_value_fr(1.7, loose) == "1,7");
  CHECK(map_value_fr(2, loose) == "2");
  CHECK(class_legend_fr({1.7, 2}, loose) == "de 1,7 à 2");
}
