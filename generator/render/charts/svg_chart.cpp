#include "render/charts/svg_chart.h"

#include <cmath>

#include "core/plain_number.h"
#include "core/xml_text.h"
#include "render/charts/chart_palette.h"

namespace prith {

namespace {

// Coordinates with at most two decimals (halves rounded away from zero
// first) and no trailing zeros: short and the same on every machine.
std::string num(double value) { return plain_number(std::round(value * 100) / 100, 2); }

std::string_view fill_of(ShapeRole role) { return role == ShapeRole::gap ? kGapColour.hex : kTextColour.hex; }

std::string_view anchor_name(TextAnchor anchor) {
  return anchor == TextAnchor::start ? "start" : anchor == TextAnchor::middle ? "middle" : "end";
}

void append_line(std::string& out, const ChartLine& line) {
  out += "<line x1=\"" + num(line.x1) + "\" y1=\"" + num(line.y1) + "\" x2=\"" + num(line.x2) + "\" y2=\"" +
         num(line.y2) + "\"/>";
}

std::string dash_attribute(std::size_t series) {
  const auto& dash = kSeriesDashes[series % kSeriesDashes.size()];
  if (dash[0] == 0) return "";
  return " stroke-dasharray=\"" + num(dash[0]) + " " + num(dash[1]) + "\"";
}

void append_lines(std::string& out, const ChartLayout& layout, ShapeRole role, std::string_view colour) {
  std::string group;
  for (const auto& line : layout.lines)
    if (line.role == role) append_line(group, line);
  if (group.empty()) return;
  out += "<g stroke=\"" + std::string(colour) + "\" stroke-width=\"1\" shape-rendering=\"crispEdges\">" + group +
         "</g>\n";
}

}  // namespace

std::string render_chart_svg(const ChartLayout& layout, std::string_view id) {
  std::string out;
  out.reserve(8192);
  std::string ids(id);
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(layout.width) + "\" height=\"" +
         num(layout.height) + "\" viewBox=\"0 0 " + num(layout.width) + " " + num(layout.height) +
         "\" role=\"img\" aria-labelledby=\"" + ids + "-title " + ids + "-desc\" font-family=\"'";
  append_xml_escaped(out, layout.font_family);
  out += "', sans-serif\">\n<title id=\"" + ids + "-title\">";
  append_xml_escaped(out, layout.title);
  out += "</title>\n<desc id=\"" + ids + "-desc\">";
  append_xml_escaped(out, layout.summary);
  out += "</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n";
  append_lines(out, layout, ShapeRole::grid, kGridColour.hex);
  append_lines(out, layout, ShapeRole::axis, kAxisColour.hex);
  std::string breaks;
  for (const auto& line : layout.lines)
    if (line.role == ShapeRole::rupture) append_line(breaks, line);
  if (!breaks.empty())
    out += "<g class=\"rupture\" stroke=\"" + std::string(kGapColour.hex) +
           "\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\">" + breaks + "</g>\n";

  for (const auto& rect : layout.rects) {
    out += "<rect x=\"" + num(rect.x) + "\" y=\"" + num(rect.y) + "\" width=\"" + num(rect.width) + "\" height=\"" +
           num(rect.height) + "\" fill=\"" + std::string(series_colour(rect.series).hex) + "\"/>\n";
  }
  for (const auto& polyline : layout.polylines) {
    out += "<polyline fill=\"none\" stroke=\"" + std::string(series_colour(polyline.series).hex) +
           "\" stroke-width=\"2.5\" stroke-linejoin=\"round\"" + dash_attribute(polyline.series) + " points=\"";
    for (std::size_t i = 0; i < polyline.points.size(); ++i) {
      if (i > 0) out += ' ';
      out += num(polyline.points[i].x) + "," + num(polyline.points[i].y);
    }
    out += "\"/>\n";
  }
  for (std::size_t i = 0; i < layout.legend_lines.size(); ++i) {
    std::size_t series = layout.legend_line_series[i];
    out += "<g stroke=\"" + std::string(series_colour(series).hex) + "\" stroke-width=\"2.5\"" +
           dash_attribute(series) + ">";
    append_line(out, layout.legend_lines[i]);
    out += "</g>\n";
  }
  for (std::size_t i = 0; i < layout.dots.size(); ++i) {
    out += "<circle cx=\"" + num(layout.dots[i].x) + "\" cy=\"" + num(layout.dots[i].y) + "\" r=\"3.5\" fill=\"" +
           std::string(series_colour(layout.dot_series[i]).hex) + "\"/>\n";
  }
  for (const auto& text : layout.texts) {
    out += "<text x=\"" + num(text.x) + "\" y=\"" + num(text.y) + "\" font-size=\"" + num(text.size) + "\"";
    if (text.anchor != TextAnchor::start) out += " text-anchor=\"" + std::string(anchor_name(text.anchor)) + "\"";
    if (text.bold) out += " font-weight=\"bold\"";
    out += " fill=\"" + std::string(fill_of(text.role)) + "\">";
    append_xml_escaped(out, text.text);
    out += "</text>\n";
  }
  out += "</svg>\n";
  return out;
}

}  // namespace prith
