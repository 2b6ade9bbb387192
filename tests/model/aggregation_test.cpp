#include "model/aggregation.h"

#include <doctest/doctest.h>

#include <vector>

#include "model_test_support.h"

using namespace prith;

namespace {

using test::known;
using test::missing;
using test::secret;

Indicator with_unit(const std::string& unit, Aggregation aggregation = Aggregation::ratio) {
  Indicator indicator;
  indicator.unit = unit;
  indicator.aggregation = aggregation;
  return indicator;
}

}  // namespace

TEST_CASE("sum: the départements add up, and a real 0 counts") {
  std::vector<Figure> parts = {known(14178), known(6012), known(0), known(3010.5), known(4800)};
  Figure sum = aggregate_sum(parts);
  CHECK(sum.status == ObservationStatus::ok);
  CHECK(sum.value == 28000.5);
  CHECK(sum.origin == FigureOrigin::computed);
  CHECK(sum.known_parts == 5);
  CHECK(sum.total_parts == 5);
  CHECK_FALSE(sum.has(kPartial));
}

TEST_CASE("sum over incomplete départements is partial, 4 of 5") {
  std::vector<Figure> parts = {known(10), known(20), secret(), known(30), known(40)};
  Figure sum = aggregate_sum(parts);
  CHECK(sum.value == 100);
  CHECK(sum.has(kPartial));
  CHECK(sum.known_parts == 4);
  CHECK(sum.total_parts == 5);
}

TEST_CASE("missing stays missing: no known part gives no value, never 0") {
  std::vector<Figure> none = {missing(), missing(), missing()};
  Figure sum = aggregate_sum(none);
  CHECK(sum.status == ObservationStatus::missing);
  CHECK(sum.known_parts == 0);
  CHECK(sum.total_parts == 3);
  // When one of the unknown parts is a partner's secret, the result says secret.
  std::vector<Figure> with_secret = {missing(), secret()};
  CHECK(aggregate_sum(with_secret).status == ObservationStatus::confidential);
  CHECK(aggregate_sum(std::vector<Figure>{}).status == ObservationStatus::missing);
}

TEST_CASE("a total beyond the largest double is missing, not infinite") {
  std::vector<Figure> huge = {known(1e308), known(1e308)};
  CHECK(aggregate_sum(huge).status == ObservationStatus::missing);
  CHECK(ratio_of(known(1e308), known(1e-308), 100).status == ObservationStatus::missing);
}

TEST_CASE("flags of the parts used pass to the total: provisional, revised with the latest day") {
  Figure a = known(1, kProvisional);
  Figure b = known(2, kRevised);
  b.revised_on = 20260310;
  Figure c = known(3, kRevised);
  c.revised_on = 20260105;
  Figure hidden_flags = secret();
  hidden_flags.flags = kProvisional;  // not used: its flag does not pass
  std::vector<Figure> parts = {a, b, c};
  Figure sum = aggregate_sum(parts);
  CHECK(sum.has(kProvisional));
  CHECK(sum.has(kRevised));
  CHECK(sum.revised_on == 20260310);
  std::vector<Figure> others = {known(1), hidden_flags};
  CHECK_FALSE(aggregate_sum(others).has(kProvisional));
}

TEST_CASE("weighted mean: Σ value × weight / Σ weight over the départements with both") {
  // Ancienneté (days) weighted by DEBOE: (400·100 + 500·300) / 400 = 475.
  std::vector<Figure> values = {known(400), known(500), known(900)};
  std::vector<Figure> weights = {known(100), known(300), missing()};
  Figure mean = aggregate_weighted_mean(values, weights);
  CHECK(mean.value == 475);
  CHECK(mean.has(kPartial));
  CHECK(mean.known_parts == 2);
  CHECK(mean.total_parts == 3);
  // The plain mean would be 450: the weights matter.
  std::vector<Figure> all_weights = {known(100), known(300), known(600)};
  CHECK(aggregate_weighted_mean(values, all_weights).value == doctest::Approx((40000 + 150000 + 540000) / 1000.0));
  // Weights of 0 only: no mean, missing rather than a division by zero.
  std::vector<Figure> zero = {known(0), known(0), known(0)};
  CHECK(aggregate_weighted_mean(values, zero).status == ObservationStatus::missing);
  // A negative weight is not a weight.
  std::vector<Figure> negative = {known(100), known(-300), known(600)};
  CHECK(aggregate_weighted_mean(values, negative).known_parts == 2);
}

TEST_CASE("ratio of sums, never the mean of ratios") {
  // 44: 10/100 = 10 %, 49: 90/300 = 30 %. Ratio of sums 100/400 = 25 %; the
  // mean of the two rates (20 %) would be wrong.
  std::vector<Figure> numerators = {known(10), known(90)};
  std::vector<Figure> denominators = {known(100), known(300)};
  Figure rate = aggregate_ratio(numerators, denominators, 100);
  CHECK(rate.value == 25);
  CHECK_FALSE(rate.has(kPartial));
  // A département whose numerator is secret leaves both its terms out.
  std::vector<Figure> partial_numerators = {known(10), secret(), known(30)};
  std::vector<Figure> partial_denominators = {known(100), known(300), known(200)};
  Figure partial = aggregate_ratio(partial_numerators, partial_denominators, 100);
  CHECK(partial.value == doctest::Approx(40.0 / 300 * 100));
  CHECK(partial.known_parts == 2);
  CHECK(partial.total_parts == 3);
  // Σ denominators = 0: no rate.
  std::vector<Figure> zeros = {known(0), known(0)};
  CHECK(aggregate_ratio(numerators, zeros, 100).status == ObservationStatus::missing);
}

TEST_CASE("rate of one territory from its terms") {
  CHECK(ratio_of(known(1234), known(41000), 100).value == doctest::Approx(3.0097560975609756));
  CHECK(ratio_of(known(5), known(0), 100).status == ObservationStatus::missing);
  CHECK(ratio_of(secret(), known(10), 100).status == ObservationStatus::confidential);
  CHECK(ratio_of(missing(), known(10), 100).status == ObservationStatus::missing);
  Figure rate = ratio_of(known(3, kProvisional), known(4), 1);
  CHECK(rate.value == 0.75);
  CHECK(rate.has(kProvisional));
  CHECK(rate.total_parts == 0);
}

TEST_CASE("a rate's unit says what it is multiplied by") {
  CHECK(ratio_scale(with_unit("%")) == 100);
  CHECK(ratio_scale(with_unit("pour 100")) == 100);
  CHECK(ratio_scale(with_unit("Pour 1 000")) == 1000);
  CHECK(ratio_scale(with_unit("‰")) == 1000);
  CHECK(ratio_scale(with_unit("pour 10 000")) == 10000);
  CHECK(ratio_scale(with_unit("placements par conseiller")) == 1);
  CHECK(ratio_scale(with_unit("")) == 1);
  CHECK(evolves_in_points(with_unit("", Aggregation::ratio)));
  CHECK(evolves_in_points(with_unit("%", Aggregation::none)));
  CHECK_FALSE(evolves_in_points(with_unit("jours", Aggregation::weighted_mean)));
  CHECK_FALSE(evolves_in_points(with_unit("personnes", Aggregation::sum)));
}

TEST_CASE("tolerance: half a unit for sums, a twentieth for means and rates, or 0.1 %") {
  double tolerance = 0;
  CHECK_FALSE(differs(Aggregation::sum, 100, 100.5, tolerance));
  CHECK(tolerance == 0.5);
  CHECK(differs(Aggregation::sum, 100, 101, tolerance));
  // 41 187 computed: 0.1 % is 41.187.
  CHECK_FALSE(differs(Aggregation::sum, 41200, 41187, tolerance));
  CHECK(tolerance == doctest::Approx(41.187));
  CHECK(differs(Aggregation::sum, 41250, 41187, tolerance));
  // A mean rounded to the tenth by the partner is not a mismatch.
  CHECK_FALSE(differs(Aggregation::weighted_mean, 12.3, 12.25, tolerance));
  CHECK(tolerance == 0.05);
  CHECK(differs(Aggregation::weighted_mean, 12.4, 12.25, tolerance));
  CHECK(differs(Aggregation::ratio, 35.7, 35.6, tolerance));
}
