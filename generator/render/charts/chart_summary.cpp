#include "render/charts/chart_summary.h"

#include <cmath>
#include <optional>

#include "core/french_format.h"
#include "render/charts/chart_layout.h"

namespace prith {

namespace {

// "−2,3" with a true minus sign (U+2212), "+1,4"; "0" unsigned.
std::string signed_fr(double value, int decimals) {
  std::string text = format_number_fr(std::fabs(value), decimals);
  if (text == "0") return text;
  return (value < 0 ? "\xE2\x88\x92" : "+") + text;
}

// "Au T3 2025", "En 2025" for a year alone.
std::string at_period(const std::string& period) {
  if (!period.empty() && period[0] >= '0' && period[0] <= '9') return "En " + period;
  return "Au " + period;
}

std::string with_words(const std::string& value, const ChartSpec& spec) {
  std::string text = value;
  if (!spec.measure.empty() && spec.unit != "%") text += " " + spec.measure;
  if (!spec.place.empty()) text += " " + spec.place;
  return text;
}

std::string line_summary(const ChartSpec& spec) {
  if (spec.series.empty()) return "Aucune valeur publiable.";
  const auto& points = spec.series.front().points;
  std::optional<std::size_t> latest;
  for (std::size_t i = 0; i < points.size() && i < spec.x_labels.size(); ++i)
    if (points[i].status == PointStatus::value) latest = i;
  if (!latest) return "Aucune valeur publiable sur la période.";
  double value = points[*latest].value;
  std::string sentence = at_period(spec.x_labels[*latest]) + ", ";
  if (spec.unit == "%") {
    std::string subject = spec.measure.empty() ? "la valeur" : spec.measure;
    sentence += subject + (spec.place.empty() ? "" : " " + spec.place) + " : " + chart_value_fr(value, spec);
  } else {
    sentence += with_words(chart_value_fr(value, spec), spec);
  }
  std::size_t back = static_cast<std::size_t>(spec.periods_per_year);
  if (back > 0 && *latest >= back && points[*latest - back].status == PointStatus::value) {
    double before = points[*latest - back].value;
    if (spec.unit == "%") {
      double change = value - before;
      bool plural = std::fabs(change) >= 2;
      sentence += ", " + signed_fr(change, 1) + (plural ? " points" : " point") + " sur un an";
    } else if (before != 0) {
      sentence += ", " + signed_fr((value - before) / std::fabs(before) * 100, 1) + "\xC2\xA0% sur un an";
    }
  }
  return sentence + ".";
}

std::string bars_summary(const ChartSpec& spec) {
  std::string lead = spec.period.empty() ? std::string() : at_period(spec.period) + ", ";
  if (spec.series.empty()) return lead + "aucune valeur publiable.";
  const auto& points = spec.series.front().points;
  std::optional<std::size_t> high, low;
  for (std::size_t i = 0; i < points.size() && i < spec.x_labels.size(); ++i) {
    if (points[i].status != PointStatus::value) continue;
    if (!high || points[i].value > points[*high].value) high = i;
    if (!low || points[i].value < points[*low].value) low = i;
  }
  if (!high) return lead + "aucune valeur publiable.";
  std::string unit_words = spec.measure.empty() || spec.unit == "%" ? "" : " " + spec.measure;
  std::string sentence = lead + (lead.empty() ? "Valeur la plus haute : " : "valeur la plus haute : ") +
                         spec.x_labels[*high] + " (" + chart_value_fr(points[*high].value, spec) + unit_words + ")";
  if (*low != *high)
    sentence += " ; la plus basse : " + spec.x_labels[*low] + " (" + chart_value_fr(points[*low].value, spec) + ")";
  return sentence + ".";
}

}  // namespace

std::string chart_summary_fr(const ChartSpec& given) {
  const ChartSpec spec = checked_spec(given);
  return spec.kind == ChartKind::line_over_time ? line_summary(spec) : bars_summary(spec);
}

}  // namespace prith
