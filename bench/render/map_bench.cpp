// Times the maps of the indicator pages (docs/maps.md): parsing the bundled
// shapes once, then COUNT maps laid out, written to SVG and drawn to PNG,
// for Pays de la Loire's 5 départements and for the 96 of a national project.
//   map_bench [COUNT] [OUT_DIR]   (OUT_DIR: write one map of each kind there)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "render/maps/departement_shapes.h"
#include "render/maps/map_layout.h"
#include "render/maps/png_map.h"
#include "render/maps/svg_map.h"

using namespace prith;

namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// `codes` with deterministic values, one in 13 secret, one in 17 missing.
MapSpec make_spec(const std::vector<std::string>& codes, int index) {
  MapSpec spec;
  spec.title = "Carte " + std::to_string(index);
  spec.measure = "demandeurs d'emploi bénéficiaires de l'obligation d'emploi";
  spec.period = "T3 2026";
  unsigned state = 2166136261u ^ static_cast<unsigned>(index) * 16777619u;
  for (const std::string& code : codes) {
    state = state * 1664525u + 1013904223u;
    ChartPoint point = state % 13 == 0 ? ChartPoint::secret()
                       : state % 17 == 0 ? ChartPoint::missing()
                                         : ChartPoint::of(500 + state % 20000);
    spec.areas.push_back({code, "Département " + code, point});
  }
  return spec;
}

void run(const char* name, const std::vector<std::string>& codes, int count, const char* out_dir) {
  const DepartementShapes& shapes = DepartementShapes::bundled();
  FontMetrics metrics;
  std::vector<MapLayout> layouts;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < count; ++i) layouts.push_back(layout_map(make_spec(codes, i), shapes, metrics));
  double layout_ms = ms_since(start);
  std::size_t svg_bytes = 0, png_bytes = 0;
  start = std::chrono::steady_clock::now();
  for (const MapLayout& layout : layouts) svg_bytes += render_map_svg(layout, "carte").size();
  double svg_ms = ms_since(start);
  start = std::chrono::steady_clock::now();
  for (const MapLayout& layout : layouts) png_bytes += render_map_png(layout).size();
  double png_ms = ms_since(start);
  std::printf("%-28s %4d maps  layout %.3f ms  SVG %.3f ms (%.1f KiB)  PNG %.2f ms (%.1f KiB)  per map\n", name, count,
              layout_ms / count, svg_ms / count, svg_bytes / 1024.0 / count, png_ms / count,
              png_bytes / 1024.0 / count);
  if (out_dir) {
    std::ofstream(std::string(out_dir) + "/" + name + ".svg") << render_map_svg(layouts.front(), "carte");
    std::ofstream(std::string(out_dir) + "/" + name + ".png", std::ios::binary) << render_map_png(layouts.front());
  }
}

}  // namespace

int main(int argc, char** argv) {
  int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 31;
  const char* out_dir = argc > 2 ? argv[2] : nullptr;
  auto start = std::chrono::steady_clock::now();
  const DepartementShapes& shapes = DepartementShapes::bundled();
  std::printf("shapes parsed once: %zu départements in %.2f ms\n", shapes.size(), ms_since(start));
  run("pays-de-la-loire", {"44", "49", "53", "72", "85"}, count, out_dir);
  std::vector<std::string> all;
  for (int n = 1; n <= 95; ++n) {
    char code[4];
    std::snprintf(code, sizeof code, "%02d", n);
    if (n == 20) {
      all.push_back("2A");
      all.push_back("2B");
    } else {
      all.push_back(code);
    }
  }
  for (const char* overseas : {"971", "972", "973", "974", "976"}) all.push_back(overseas);
  run("france", all, count, out_dir);
  return 0;
}
