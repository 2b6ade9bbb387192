#include "render/maps/svg_map.h"

#include <cmath>

#include "core/plain_number.h"
#include "core/xml_text.h"
#include "render/maps/map_palette.h"

namespace prith {

namespace {

// At most two decimals, no trailing zeros, locale-free (as svg_chart.cpp).
std::string num(double value) { return plain_number(std::round(value * 100) / 100, 2); }

// Coordinates in tenths of a pixel (finer than any screen shows at 4× zoom),
// integers from there on: no rounding drift between relative steps.
long long tenths(double value) { return std::llround(value * 10); }

// "12.3", "-0.5", "7": a number of tenths, its separator before it (a space,
// or nothing when a minus sign separates it or it comes first).
void append_tenths(std::string& out, long long value, bool first) {
  if (value < 0) {
    out += '-';
    value = -value;
  } else if (!first) {
    out += ' ';
  }
  out += std::to_string(value / 10);
  if (value % 10 != 0) {
    out += '.';
    out += static_cast<char>('0' + value % 10);
  }
}

// Absolute "M" at each subpath, then relative "l" and "c" steps (a run of
// linetos under one "l"), "Z": about the size of the package's own data.
std::string path_data(const std::vector<PathCommand>& path) {
  std::string data;
  long long x = 0, y = 0, start_x = 0, start_y = 0;
  char last = 0;
  for (const PathCommand& command : path) {
    const auto& p = command.points;
    switch (command.op) {
      case PathOp::move:
        x = start_x = tenths(p[0].x);
        y = start_y = tenths(p[0].y);
        data += 'M';
        append_tenths(data, x, true);
        append_tenths(data, y, false);
        last = 'M';
        break;
      case PathOp::line: {
        long long dx = tenths(p[0].x) - x, dy = tenths(p[0].y) - y;
        if (dx == 0 && dy == 0) break;  // a step shorter than a tenth draws nothing
        if (last != 'l') data += 'l';
        append_tenths(data, dx, last != 'l');
        append_tenths(data, dy, false);
        x += dx;
        y += dy;
        last = 'l';
        break;
      }
      case PathOp::cubic:
        data += 'c';
        for (int i = 0; i < 3; ++i) {
          append_tenths(data, tenths(p[i].x) - x, i == 0);
          append_tenths(data, tenths(p[i].y) - y, false);
        }
        x = tenths(p[2].x);
        y = tenths(p[2].y);
        last = 'c';
        break;
      case PathOp::close:
        data += 'Z';
        x = start_x;
        y = start_y;
        last = 'Z';
        break;
    }
  }
  return data;
}

std::string fill_of(MapFill fill, std::size_t class_index, std::size_t class_count, std::string_view id) {
  switch (fill) {
    case MapFill::value_class: return std::string(map_class_colour(class_index, class_count).hex);
    case MapFill::secret: return "url(#" + std::string(id) + "-secret)";
    case MapFill::missing: break;
  }
  return "url(#" + std::string(id) + "-nd)";
}

std::string class_name(MapFill fill, std::size_t class_index) {
  switch (fill) {
    case MapFill::value_class: return "classe-" + std::to_string(class_index + 1);
    case MapFill::secret: return "secret";
    case MapFill::missing: break;
  }
  return "non-disponible";
}

// The hatch of secret départements and the dots of missing ones, on white.
std::string patterns(std::string_view id) {
  std::string step = num(kMapPatternStep), half = num(kMapPatternStep / 2);
  std::string out = "<defs>";
  out += "<pattern id=\"" + std::string(id) + "-secret\" patternUnits=\"userSpaceOnUse\" width=\"" + step +
         "\" height=\"" + step + "\" patternTransform=\"rotate(45)\"><rect width=\"" + step + "\" height=\"" + step +
         "\" fill=\"#FFFFFF\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"" + step + "\" stroke=\"" +
         std::string(kMapHatchColour.hex) + "\" stroke-width=\"1.5\"/></pattern>";
  out += "<pattern id=\"" + std::string(id) + "-nd\" patternUnits=\"userSpaceOnUse\" width=\"" + step +
         "\" height=\"" + step + "\"><rect width=\"" + step + "\" height=\"" + step +
         "\" fill=\"#FFFFFF\"/><circle cx=\"" + half + "\" cy=\"" + half + "\" r=\"1\" fill=\"" +
         std::string(kMapDotColour.hex) + "\"/></pattern>";
  return out + "</defs>\n";
}

}  // namespace

std::string render_map_svg(const MapLayout& layout, std::string_view id) {
  std::string ids(id);
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"carte\" width=\"" + num(layout.width) +
                    "\" height=\"" + num(layout.height) + "\" viewBox=\"0 0 " + num(layout.width) + " " +
                    num(layout.height) + "\" role=\"img\" aria-labelledby=\"" + ids + "-title " + ids + "-desc\">\n";
  out += "<title id=\"" + ids + "-title\">";
  append_xml_escaped(out, layout.title);
  out += "</title>\n<desc id=\"" + ids + "-desc\">";
  append_xml_escaped(out, layout.summary);
  out += "</desc>\n" + patterns(id);
  out += "<rect width=\"" + num(layout.width) + "\" height=\"" + num(layout.height) + "\" fill=\"#FFFFFF\"/>\n";
  out += "<g class=\"departements\" stroke=\"" + std::string(kMapOutlineColour.hex) +
         "\" stroke-width=\"0.8\" stroke-linejoin=\"round\">\n";
  for (const MapShape& shape : layout.shapes) {
    out += "<path id=\"" + ids + "-dep-";
    append_xml_escaped(out, shape.code);
    out += "\" class=\"" + class_name(shape.fill, shape.class_index) + "\" fill=\"" +
           fill_of(shape.fill, shape.class_index, layout.class_count, id) + "\" d=\"" + path_data(shape.path) +
           "\"><title>";
    append_xml_escaped(out, shape.label);
    out += "</title></path>\n";
  }
  out += "</g>\n<g class=\"legende\" font-family=\"'";
  append_xml_escaped(out, layout.font_family);
  out += "', sans-serif\" font-size=\"13\" fill=\"#161616\">\n";
  for (const MapLegendEntry& entry : layout.legend) {
    out += "<rect x=\"" + num(entry.x) + "\" y=\"" + num(entry.y) + "\" width=\"" + num(kMapSwatchWidth) +
           "\" height=\"" + num(kMapSwatchHeight) + "\" fill=\"" +
           fill_of(entry.fill, entry.class_index, layout.class_count, id) + "\" stroke=\"" +
           std::string(kMapOutlineColour.hex) + "\" stroke-width=\"0.8\"/>";
    out += "<text x=\"" + num(entry.x + kMapSwatchWidth + 8) + "\" y=\"" + num(entry.y + kMapSwatchHeight - 1) + "\">";
    append_xml_escaped(out, entry.text);
    out += "</text>\n";
  }
  for (const MapText& text : layout.texts) {
    out += "<text x=\"" + num(text.x) + "\" y=\"" + num(text.y) + "\"";
    if (text.size != 13) out += " font-size=\"" + num(text.size) + "\"";
    if (text.bold) out += " font-weight=\"bold\"";
    if (text.grey) out += " fill=\"" + std::string(kGapColour.hex) + "\"";
    out += ">";
    append_xml_escaped(out, text.text);
    out += "</text>\n";
  }
  out += "</g>\n</svg>\n";
  return out;
}

}  // namespace prith
