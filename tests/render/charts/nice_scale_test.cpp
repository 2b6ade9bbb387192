#include "render/charts/nice_scale.h"

#include <doctest/doctest.h>

using namespace prith;

namespace {
const std::string nbsp = "\xC2\xA0";
}

TEST_CASE("counts get round ticks from zero with French thousands") {
  NiceScale scale = nice_scale(2696, 2810, 5, "");
  CHECK(scale.step == 500);
  CHECK(scale.min == 0);
  CHECK(scale.max == 3000);
  CHECK(scale.ticks == std::vector<double>{0, 500, 1000, 1500, 2000, 2500, 3000});
  CHECK(scale.labels.back() == "3" + nbsp + "000");
  CHECK(nice_scale(0, 12345, 4, "").labels == std::vector<std::string>{"0", "2" + nbsp + "500", "5" + nbsp + "000",
                                                                       "7" + nbsp + "500", "10" + nbsp + "000",
                                                                       "12" + nbsp + "500"});
}

TEST_CASE("rates get decimal commas and a percent sign") {
  NiceScale scale = nice_scale(0.2, 1.6, 4, "%");
  CHECK(scale.step == doctest::Approx(0.5));
  CHECK(scale.labels == std::vector<std::string>{"0" + nbsp + "%", "0,5" + nbsp + "%", "1" + nbsp + "%",
                                                 "1,5" + nbsp + "%", "2" + nbsp + "%"});
  CHECK(nice_scale(0, 0.9, 4, "").labels[1] == "0,25");
}

TEST_CASE("negative, flat and empty ranges still give an axis through zero") {
  NiceScale negative = nice_scale(-120, 340, 4, "");
  CHECK(negative.step == 200);
  CHECK(negative.ticks == std::vector<double>{-200, 0, 200, 400});
  CHECK(negative.labels[0] == "-200");
  NiceScale flat = nice_scale(0, 0, 5, "");
  CHECK(flat.min == 0);
  CHECK(flat.max == doctest::Approx(1));
  CHECK(flat.labels[1] == "0,2");
}
