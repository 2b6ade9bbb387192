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

// Counts read "2 696 demandeurs … en Mayenne"; a value with a unit reads
// "ancienneté moyenne … en Mayenne : 726,3 jours" (the unit says what the
// number is, so the measure cannot follow it).
std::string value_phrase(double value, const ChartSpec& spec) {
  std::string place = spec.place.empty() ? "" : " " + spec.place;
  if (spec.unit.empty()) return chart_value_fr(value, spec) + (spec.measure.empty() ? "" : " " + spec.measure) + place;
  std::string subject = spec.measure.empty() ? "la valeur" : spec.measure;
  return subject + place + " : " + chart_value_fr(value, spec);
}

// A break between `from` (excluded) and `to` (included).
bool break_between(const ChartSpec& spec, std::size_t from, std::size_t to) {
  for (const ChartBreak& b : spec.breaks)
    if (b.index > from && b.index <= to) return true;
  return false;
}

std::string line_summary(const ChartSpec& spec) {
  if (spec.series.empty()) return "Aucune valeur publiable.";
  const auto& points = spec.series.front().points;
  std::optional<std::size_t> latest;
  for (std::size_t i = 0; i < points.size() && i < spec.x_labels.size(); ++i)
    if (points[i].status == PointStatus::value) latest = i;
  if (!latest) return "Aucune valeur publiable sur la période.";
  double value = points[*latest].value;
  std::string sentence = at_period(spec.x_labels[*latest]) + ", " + value_phrase(value, spec);
  std::size_t back = static_cast<std::size_t>(spec.periods_per_year);
  if (back > 0 && *latest >= back && points[*latest - back].status == PointStatus::value &&
      !break_between(spec, *latest - back, *latest)) {
    double before = points[*latest - back].value;
    if (spec.unit == "%") {
      double change = value - before;
      bool plural = std::fabs(change) >= 2;
      sentence += ", " + signed_fr(change, 1) + (plural ? " points" : " point") + " sur un an";
    } else if (before != 0) {
      sentence += ", " + signed_fr((value - before) / std::fabs(before) * 100, 1) + "\xC2\xA0% sur un an";
    }
  }
  sentence += ".";
  for (const ChartBreak& b : spec.breaks) {
    std::string when = at_period(spec.x_labels[b.index]);  // checked_spec keeps breaks inside the labels
    when[0] = static_cast<char>(when[0] - 'A' + 'a');
    sentence += " Rupture de série " + when + " : les valeurs d'avant et d'après ne sont pas comparables.";
  }
  return sentence;
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
  std::string unit_words = spec.measure.empty() || !spec.unit.empty() ? "" : " " + spec.measure;
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
