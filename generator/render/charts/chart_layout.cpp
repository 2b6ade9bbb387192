#include "render/charts/chart_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/french_format.h"
#include "model/figure_labels.h"
#include "render/charts/chart_summary.h"

namespace prith {

namespace {

constexpr double kPad = 16;
constexpr double kTitleSize = 16;
constexpr double kTextSize = 12;
constexpr double kGapSize = 11;

// The short form of a legend: "s : secret statistique" from kSecretLegend.
std::string short_legend(std::string_view legend) {
  return std::string(legend.substr(0, legend.find(" (")));
}

std::string_view gap_mark(PointStatus status) { return status == PointStatus::secret ? "s" : "n.d."; }

struct Extremes {
  double low = 0, high = 0;
  bool secret = false, missing = false;
};

Extremes extremes_of(const ChartSpec& spec) {
  Extremes result;
  for (const auto& series : spec.series) {
    for (const auto& point : series.points) {
      if (point.status == PointStatus::value) {
        result.low = std::min(result.low, point.value);
        result.high = std::max(result.high, point.value);
      }
      result.secret |= point.status == PointStatus::secret;
      result.missing |= point.status == PointStatus::missing;
    }
  }
  return result;
}

ChartPoint point_at(const ChartSeries& series, std::size_t index) {
  return index < series.points.size() ? series.points[index] : ChartPoint::missing();
}

// Greedy word wrap at the measured width; a word longer than a line stays whole.
std::vector<std::string> wrap(const std::string& text, double max_width, double size, bool bold, FontMetrics& metrics) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    std::string longer = line.empty() ? word : line + " " + word;
    if (!line.empty() && metrics.width(longer, size, bold) > max_width) {
      lines.push_back(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

// Title (wrapped), then the legend row(s); returns the y below them.
double layout_header(const ChartSpec& spec, const Extremes& extremes, FontMetrics& metrics, ChartLayout& layout) {
  double y = kPad + metrics.ascent(kTitleSize);
  std::vector<std::string> lines = wrap(spec.title, spec.width - 2 * kPad, kTitleSize, true, metrics);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) y += kTitleSize + 4;
    layout.texts.push_back({kPad, y, lines[i], kTitleSize, TextAnchor::start, true, ShapeRole::text});
  }
  y += 10;

  double x = kPad, row = y + metrics.ascent(kTextSize);
  bool placed = false;
  auto room_for = [&](double width) {
    if (x + width > spec.width - kPad && x > kPad) x = kPad, row += kTextSize + 8;
    placed = true;
  };
  bool bars = spec.kind == ChartKind::bars_across_territories;
  if (spec.series.size() > 1) {
    for (std::size_t s = 0; s < spec.series.size(); ++s) {
      double sample = bars ? 12 : 24;
      double width = sample + 6 + metrics.width(spec.series[s].name, kTextSize) + 16;
      room_for(width);
      double mid = row - metrics.ascent(kTextSize) / 2;
      if (bars) {
        layout.rects.push_back({x, mid - 6, 12, 12, s});
      } else {
        layout.legend_lines.push_back({x, mid, x + 24, mid, ShapeRole::series});
        layout.legend_line_series.push_back(s);
      }
      layout.texts.push_back({x + sample + 6, row, spec.series[s].name, kTextSize, TextAnchor::start, false,
                              ShapeRole::text});
      x += width;
    }
  }
  if (!bars && !spec.breaks.empty()) {
    std::string text(kBreakLabel);
    double width = 10 + metrics.width(text, kTextSize) + 16;
    room_for(width);
    layout.lines.push_back({x + 3, row - metrics.ascent(kTextSize) - 1, x + 3, row + 2, ShapeRole::rupture});
    layout.texts.push_back({x + 10, row, text, kTextSize, TextAnchor::start, false, ShapeRole::gap});
    x += width;
  }
  for (auto [present, legend] : {std::pair{extremes.secret, kSecretLegend}, std::pair{extremes.missing, kMissingLegend}}) {
    if (!present) continue;
    std::string text = short_legend(legend);
    double width = metrics.width(text, kTextSize) + 16;
    room_for(width);
    layout.texts.push_back({x, row, text, kTextSize, TextAnchor::start, false, ShapeRole::gap});
    x += width;
  }
  return placed ? row + 14 : y + 4;
}

// A chart too small for its labels overflows rather than turning inside out:
// the plot keeps at least 10 px each way, so scales never invert.
void keep_plot_open(ChartLayout& layout) {
  layout.plot_right = std::max(layout.plot_right, layout.plot_left + 10);
  layout.plot_bottom = std::max(layout.plot_bottom, layout.plot_top + 10);
}

// Latest-value labels of several series are drawn above their points; when
// the point above is too close (its line would cross the label), the label
// moves below its own point, and further down if it would meet the one above.
void separate_labels(std::vector<ChartText>& texts, std::vector<std::size_t> labels) {
  constexpr double kLineHeight = 13;
  std::sort(labels.begin(), labels.end(), [&](std::size_t a, std::size_t b) { return texts[a].y < texts[b].y; });
  std::vector<double> points;  // each label's point, before any label moves
  for (std::size_t label : labels) points.push_back(texts[label].y + 8);
  for (std::size_t i = 1; i < labels.size(); ++i) {
    const ChartText& previous = texts[labels[i - 1]];
    ChartText& label = texts[labels[i]];
    if (std::fabs(label.x - previous.x) > 60) continue;
    bool crowded = points[i] - points[i - 1] < 2 * kLineHeight || label.y - previous.y < kLineHeight;
    if (crowded) label.y = std::max(points[i] + 16, previous.y + kLineHeight);
  }
}

void layout_lines(const ChartSpec& spec, FontMetrics& metrics, ChartLayout& layout) {
  const NiceScale& scale = layout.scale;
  double tick_width = 0;
  for (const auto& label : scale.labels) tick_width = std::max(tick_width, metrics.width(label, kTextSize));
  std::size_t n = std::max<std::size_t>(spec.x_labels.size(), 1);
  layout.plot_left = kPad + tick_width + 8;
  layout.plot_right = spec.width - kPad;
  layout.plot_bottom = spec.height - kPad - metrics.ascent(kTextSize) - 8;
  keep_plot_open(layout);
  double slot = (layout.plot_right - layout.plot_left) / n;
  auto x_of = [&](std::size_t i) { return layout.plot_left + slot * (i + 0.5); };
  auto y_of = [&](double v) {
    return layout.plot_bottom - (v - scale.min) / (scale.max - scale.min) * (layout.plot_bottom - layout.plot_top);
  };

  for (std::size_t t = 0; t < scale.ticks.size(); ++t) {
    double y = y_of(scale.ticks[t]);
    layout.lines.push_back({layout.plot_left, y, layout.plot_right, y, ShapeRole::grid});
    layout.texts.push_back({layout.plot_left - 8, y + metrics.ascent(kTextSize) / 2, scale.labels[t], kTextSize,
                            TextAnchor::end, false, ShapeRole::text});
  }
  layout.lines.push_back({layout.plot_left, y_of(0), layout.plot_right, y_of(0), ShapeRole::axis});

  // Series breaks: a dashed vertical line between the last point of the old
  // definition and the first of the new one, labelled at its top.
  auto starts_definition = [&](std::size_t i) {
    return std::any_of(spec.breaks.begin(), spec.breaks.end(), [&](const ChartBreak& b) { return b.index == i; });
  };
  for (const ChartBreak& b : spec.breaks) {
    double x = layout.plot_left + slot * b.index;
    layout.lines.push_back({x, layout.plot_top, x, layout.plot_bottom, ShapeRole::rupture});
    bool right_half = x > (layout.plot_left + layout.plot_right) / 2;
    layout.texts.push_back({right_half ? x - 4 : x + 4, layout.plot_top + metrics.ascent(kGapSize),
                            std::string(kBreakLabel), kGapSize, right_half ? TextAnchor::end : TextAnchor::start,
                            false, ShapeRole::gap});
  }

  // Period labels: every k-th, counted back from the latest, so none overlap.
  double label_width = 0;
  for (const auto& label : spec.x_labels) label_width = std::max(label_width, metrics.width(label, kTextSize));
  std::size_t every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((label_width + 8) / slot)));
  for (std::size_t i = 0; i < spec.x_labels.size(); ++i) {
    if ((spec.x_labels.size() - 1 - i) % every != 0) continue;
    layout.texts.push_back({x_of(i), spec.height - kPad, spec.x_labels[i], kTextSize, TextAnchor::middle, false,
                            ShapeRole::text});
  }

  double value_width = 0;
  for (const auto& series : spec.series)
    for (const auto& point : series.points)
      if (point.status == PointStatus::value)
        value_width = std::max(value_width, metrics.width(chart_value_fr(point.value, spec), kGapSize));
  bool label_every_point = spec.series.size() == 1 && value_width + 4 <= slot;
  std::vector<std::size_t> latest_labels;

  for (std::size_t s = 0; s < spec.series.size(); ++s) {
    const ChartSeries& series = spec.series[s];
    ChartPolyline run{s, {}};
    std::size_t last_visible = spec.x_labels.size();
    for (std::size_t i = 0; i < spec.x_labels.size(); ++i) {
      ChartPoint point = point_at(series, i);
      if (starts_definition(i)) {  // the line does not join two definitions
        if (run.points.size() > 1) layout.polylines.push_back(run);
        run.points.clear();
      }
      if (point.status != PointStatus::value) {
        if (run.points.size() > 1) layout.polylines.push_back(run);
        run.points.clear();
        layout.texts.push_back({x_of(i), layout.plot_bottom - 6 - 13.0 * s, std::string(gap_mark(point.status)),
                                kGapSize, TextAnchor::middle, false, ShapeRole::gap});
        continue;
      }
      ChartPointXY xy{x_of(i), y_of(point.value)};
      run.points.push_back(xy);
      layout.dots.push_back(xy);
      layout.dot_series.push_back(s);
      last_visible = i;
      if (label_every_point)
        layout.texts.push_back({xy.x, xy.y - 8, chart_value_fr(point.value, spec), kGapSize, TextAnchor::middle,
                                false, ShapeRole::text});
    }
    if (run.points.size() > 1) layout.polylines.push_back(run);
    if (!label_every_point && last_visible < spec.x_labels.size()) {
      double value = point_at(series, last_visible).value;
      latest_labels.push_back(layout.texts.size());
      layout.texts.push_back({x_of(last_visible), y_of(value) - 8, chart_value_fr(value, spec), kGapSize,
                              TextAnchor::middle, true, ShapeRole::text});
    }
  }
  separate_labels(layout.texts, latest_labels);
}

void layout_bars(const ChartSpec& spec, FontMetrics& metrics, ChartLayout& layout) {
  const NiceScale& scale = layout.scale;
  double name_width = 0, value_width = 0;
  for (const auto& label : spec.x_labels) name_width = std::max(name_width, metrics.width(label, kTextSize));
  for (const auto& series : spec.series)
    for (const auto& point : series.points)
      if (point.status == PointStatus::value)
        value_width = std::max(value_width, metrics.width(chart_value_fr(point.value, spec), kGapSize));
  double last_tick_half = metrics.width(scale.labels.back(), kTextSize) / 2;
  layout.plot_left = kPad + name_width + 8;
  layout.plot_right = spec.width - kPad - std::max(value_width + 6, last_tick_half);
  layout.plot_bottom = spec.height - kPad - metrics.ascent(kTextSize) - 8;
  keep_plot_open(layout);
  auto x_of = [&](double v) {
    return layout.plot_left + (v - scale.min) / (scale.max - scale.min) * (layout.plot_right - layout.plot_left);
  };

  for (std::size_t t = 0; t < scale.ticks.size(); ++t) {
    double x = x_of(scale.ticks[t]);
    layout.lines.push_back({x, layout.plot_top, x, layout.plot_bottom, ShapeRole::grid});
    layout.texts.push_back({x, spec.height - kPad, scale.labels[t], kTextSize, TextAnchor::middle, false,
                            ShapeRole::text});
  }
  layout.lines.push_back({x_of(0), layout.plot_top, x_of(0), layout.plot_bottom, ShapeRole::axis});

  std::size_t n = std::max<std::size_t>(spec.x_labels.size(), 1);
  double band = (layout.plot_bottom - layout.plot_top) / n;
  std::size_t count = std::max<std::size_t>(spec.series.size(), 1);
  double bar = band * 0.7 / count;
  double text_mid = metrics.ascent(kGapSize) / 2;
  for (std::size_t i = 0; i < spec.x_labels.size(); ++i) {
    double top = layout.plot_top + band * i + band * 0.15;
    layout.texts.push_back({layout.plot_left - 8, layout.plot_top + band * (i + 0.5) + metrics.ascent(kTextSize) / 2,
                            spec.x_labels[i], kTextSize, TextAnchor::end, false, ShapeRole::text});
    for (std::size_t s = 0; s < spec.series.size(); ++s) {
      ChartPoint point = point_at(spec.series[s], i);
      double y = top + bar * s, baseline = y + bar / 2 + text_mid;
      if (point.status != PointStatus::value) {
        layout.texts.push_back({x_of(0) + 4, baseline, std::string(gap_mark(point.status)), kGapSize,
                                TextAnchor::start, false, ShapeRole::gap});
        continue;
      }
      double start = x_of(0), end = x_of(point.value);
      layout.rects.push_back({std::min(start, end), y, std::fabs(end - start), bar, s});
      bool negative = point.value < 0;
      layout.texts.push_back({end + (negative ? -4 : 4), baseline, chart_value_fr(point.value, spec), kGapSize,
                              negative ? TextAnchor::end : TextAnchor::start, false, ShapeRole::text});
    }
  }
}

}  // namespace

std::string chart_value_fr(double value, const ChartSpec& spec) {
  std::string text = format_fixed_fr(value, spec.decimals);
  if (!spec.unit.empty()) text += "\xC2\xA0" + spec.unit;
  return text;
}

ChartLayout layout_chart(const ChartSpec& given, FontMetrics& metrics) {
  const ChartSpec spec = checked_spec(given);
  ChartLayout layout;
  layout.width = spec.width;
  layout.height = spec.height;
  layout.font_family = metrics.family();
  layout.title = spec.title;
  layout.summary = chart_summary_fr(spec);
  Extremes extremes = extremes_of(spec);
  layout.plot_top = layout_header(spec, extremes, metrics, layout) + 8;
  bool bars = spec.kind == ChartKind::bars_across_territories;
  layout.scale = nice_scale(extremes.low, extremes.high, bars ? 4 : 5, spec.unit);
  if (bars)
    layout_bars(spec, metrics, layout);
  else
    layout_lines(spec, metrics, layout);
  return layout;
}

}  // namespace prith
