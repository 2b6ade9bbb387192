#include "render/maps/map_layout.h"

#include <algorithm>
#include <cmath>

#include "model/figure_labels.h"
#include "render/charts/chart_summary.h"
#include "render/maps/map_classes.h"

namespace prith {

namespace {

constexpr double kMargin = 8;
constexpr double kLegendGap = 24;  // between the map and the legend
constexpr double kLineHeight = 22;
constexpr double kTextSize = 13;
constexpr double kNoteSize = 11;

// "s : secret statistique", "n.d. : non disponible": the short legends,
// as the charts print them (the page's table carries the full ones).
std::string short_legend(std::string_view legend) {
  std::size_t bracket = legend.find(" (");
  return std::string(bracket == std::string_view::npos ? legend : legend.substr(0, bracket));
}

std::string area_label(const MapArea& area, const MapSpec& spec) {
  switch (area.point.status) {
    case PointStatus::value:
      return area.name + " : " + map_value_fr(area.point.value, spec) +
             (area.flags.empty() ? "" : " (" + area.flags + ")");
    case PointStatus::secret: return area.name + " : s (secret statistique)";
    case PointStatus::missing: break;
  }
  return area.name + " : n.d. (non disponible)";
}

std::vector<PathCommand> reframed(const std::vector<PathCommand>& path, const BoundingBox& box, double scale) {
  std::vector<PathCommand> out = path;
  for (PathCommand& command : out)
    for (PathPoint& point : command.points) {
      if (command.op == PathOp::close) break;
      point = {kMargin + (point.x - box.min_x) * scale, kMargin + (point.y - box.min_y) * scale};
    }
  return out;
}

}  // namespace

MapLayout layout_map(const MapSpec& given, const DepartementShapes& shapes, FontMetrics& metrics) {
  MapSpec spec = given;
  for (MapArea& area : spec.areas)
    if (area.point.status == PointStatus::value && !std::isfinite(area.point.value)) area.point = ChartPoint::missing();
  spec.map_size = std::clamp(spec.map_size, 50.0, 4000.0);

  MapLayout layout;
  layout.font_family = metrics.family();
  layout.title = spec.title;
  layout.summary = chart_summary_fr(as_bar_chart(spec));

  // Which départements are drawn, and the box of them all.
  BoundingBox box;
  std::vector<std::string> unshaped;
  MapSpec drawn = spec;
  drawn.areas.clear();
  for (const MapArea& area : spec.areas) {
    const DepartementShape* shape = shapes.find(area.code);
    if (!shape) {
      unshaped.push_back(area.name);
      continue;
    }
    box.include(shape->box);
    drawn.areas.push_back(area);
  }
  if (drawn.areas.empty()) return layout;
  if (!unshaped.empty()) {
    std::string names;
    for (std::size_t i = 0; i < unshaped.size(); ++i)
      names += (i == 0 ? "" : i + 1 == unshaped.size() ? " et " : ", ") + unshaped[i];
    layout.unshaped_sentence = "Sans fond de carte : " + names +
                               (unshaped.size() == 1 ? " (son chiffre est dans le tableau)."
                                                     : " (leurs chiffres sont dans le tableau).");
  }

  double scale = spec.map_size / std::max({box.width(), box.height(), 1e-9});
  double map_width = box.width() * scale + 2 * kMargin, map_height = box.height() * scale + 2 * kMargin;

  std::vector<MapClass> classes = map_classes(drawn);
  layout.class_count = classes.size();
  bool secret = false, missing = false;
  for (const MapArea& area : drawn.areas) {
    MapShape shape;
    shape.code = area.code;
    shape.label = area_label(area, spec);
    shape.path = reframed(shapes.find(area.code)->path, box, scale);
    if (area.point.status == PointStatus::value) {
      shape.fill = MapFill::value_class;
      shape.class_index = class_of(classes, area.point.value);
    } else {
      shape.fill = area.point.status == PointStatus::secret ? MapFill::secret : MapFill::missing;
      (area.point.status == PointStatus::secret ? secret : missing) = true;
    }
    layout.shapes.push_back(std::move(shape));
  }

  // The legend: a heading, the classes from the highest down, then the gaps.
  double x = map_width + kLegendGap, y = kMargin + kTextSize;
  std::string heading = spec.period.empty() ? "Valeurs" : "Valeurs au " + spec.period;
  layout.texts.push_back({x, y, heading, kTextSize, true, false});
  double text_width = metrics.width(heading, kTextSize, true);
  y += kLineHeight - kTextSize;
  auto add_entry = [&](MapFill fill, std::size_t index, std::string text) {
    text_width = std::max(text_width, kMapSwatchWidth + 8 + metrics.width(text, kTextSize));
    layout.legend.push_back({fill, index, std::move(text), x, y});
    y += kLineHeight;
  };
  for (std::size_t i = classes.size(); i-- > 0;) add_entry(MapFill::value_class, i, class_legend_fr(classes[i], spec));
  if (secret) add_entry(MapFill::secret, 0, short_legend(kSecretLegend));
  if (missing) add_entry(MapFill::missing, 0, short_legend(kMissingLegend));

  layout.width = std::ceil(std::max(x + text_width + 2 * kMargin, map_width));
  double bottom = std::max(map_height, y);
  layout.texts.push_back({kMargin, bottom + kNoteSize, std::string(kMapAttribution), kNoteSize, false, true});
  layout.width = std::max(layout.width, std::ceil(kMargin * 2 + metrics.width(kMapAttribution, kNoteSize)));
  layout.height = std::ceil(bottom + kNoteSize + kMargin);
  return layout;
}

}  // namespace prith
