#include "model/aggregation.h"

#include <algorithm>
#include <cmath>

namespace prith {

namespace {

// Collects what the usable parts pass on to the figure computed from them.
struct Parts {
  std::uint16_t known = 0, total = 0;
  bool confidential = false;  // an unusable part was confidential or hidden
  std::uint16_t flags = 0;
  std::uint32_t revised_on = 0;

  void use(const Figure& figure) {
    flags |= figure.flags & (kProvisional | kRevised);
    revised_on = std::max(revised_on, figure.revised_on);
  }
  void skip(const Figure& figure) {
    if (figure.status == ObservationStatus::confidential || figure.has(kHidden)) confidential = true;
  }
  Figure finish(double value, bool computable) const {
    // Figures near the largest double can add up to infinity: not a figure.
    if (!std::isfinite(value)) computable = false;
    Figure figure;
    figure.origin = FigureOrigin::computed;
    figure.known_parts = known;
    figure.total_parts = total;
    if (!computable) {
      figure.status = confidential ? ObservationStatus::confidential : ObservationStatus::missing;
      return figure;
    }
    figure.status = ObservationStatus::ok;
    figure.value = value;
    figure.flags = flags;
    figure.revised_on = revised_on;
    if (known < total) figure.flags |= kPartial;
    return figure;
  }
};

bool usable(const Figure& figure) { return figure.known() && !figure.has(kHidden); }

}  // namespace

Figure aggregate_sum(std::span<const Figure> parts) {
  Parts collected;
  collected.total = static_cast<std::uint16_t>(parts.size());
  double sum = 0;
  for (const Figure& part : parts) {
    if (!usable(part)) { collected.skip(part); continue; }
    collected.use(part);
    ++collected.known;
    sum += part.value;
  }
  return collected.finish(sum, collected.known > 0);
}

Figure aggregate_weighted_mean(std::span<const Figure> values, std::span<const Figure> weights) {
  Parts collected;
  collected.total = static_cast<std::uint16_t>(values.size());
  double weighted = 0, weight_sum = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const Figure& value = values[i];
    const Figure& weight = weights[i];
    if (!usable(value) || !usable(weight) || weight.value < 0) {
      collected.skip(value);
      collected.skip(weight);
      continue;
    }
    collected.use(value);
    collected.use(weight);
    ++collected.known;
    weighted += value.value * weight.value;
    weight_sum += weight.value;
  }
  return collected.finish(weight_sum > 0 ? weighted / weight_sum : 0, collected.known > 0 && weight_sum > 0);
}

Figure aggregate_ratio(std::span<const Figure> numerators, std::span<const Figure> denominators, double scale) {
  Parts collected;
  collected.total = static_cast<std::uint16_t>(numerators.size());
  double numerator = 0, denominator = 0;
  for (std::size_t i = 0; i < numerators.size(); ++i) {
    if (!usable(numerators[i]) || !usable(denominators[i])) {
      collected.skip(numerators[i]);
      collected.skip(denominators[i]);
      continue;
    }
    collected.use(numerators[i]);
    collected.use(denominators[i]);
    ++collected.known;
    numerator += numerators[i].value;
    denominator += denominators[i].value;
  }
  const bool computable = collected.known > 0 && denominator != 0;
  return collected.finish(computable ? numerator / denominator * scale : 0, computable);
}

Figure ratio_of(const Figure& numerator, const Figure& denominator, double scale) {
  Parts collected;
  collected.total = 1;
  if (!usable(numerator) || !usable(denominator)) {
    collected.skip(numerator);
    collected.skip(denominator);
    return collected.finish(0, false);
  }
  collected.use(numerator);
  collected.use(denominator);
  collected.known = 1;
  Figure figure = collected.finish(numerator.value / denominator.value * scale, denominator.value != 0);
  // A rate of two partial totals is partial too; a rate of one territory's
  // own figures has no parts to count.
  figure.known_parts = figure.total_parts = 0;
  if (numerator.has(kPartial) || denominator.has(kPartial)) {
    figure.flags |= kPartial;
    figure.known_parts = std::min(numerator.known_parts, denominator.known_parts);
    figure.total_parts = std::max(numerator.total_parts, denominator.total_parts);
  }
  return figure;
}

double ratio_scale(const Indicator& indicator) {
  const std::string& unit = indicator.unit;
  if (unit == "‰") return 1000;
  const std::string folded = fold_for_matching(unit);
  if (unit.find('%') != std::string::npos || folded == "pour 100" || folded == "pour cent") return 100;
  if (folded == "pour 1000" || folded == "pour 1 000" || folded == "pour mille") return 1000;
  if (folded == "pour 10000" || folded == "pour 10 000") return 10000;
  return 1;
}

bool evolves_in_points(const Indicator& indicator) {
  return indicator.aggregation == Aggregation::ratio || indicator.unit.find('%') != std::string::npos;
}

bool differs(Aggregation aggregation, double reported, double computed, double& tolerance) {
  const double absolute = aggregation == Aggregation::sum ? 0.5 : 0.05;
  tolerance = std::max(absolute, 0.001 * std::fabs(computed));
  // The small slack keeps a difference of exactly the tolerance (a mean
  // rounded to the tenth) from failing on binary rounding.
  return std::fabs(reported - computed) > tolerance + 1e-9;
}

}  // namespace prith
