// Draws the national workload's 774 charts (bench/render/README.md) from
// layouts built once, and times each output separately: SVG, PNG through
// cairo_surface_write_to_png (default zlib), and cairo's drawing alone.
//   chart_bench [COUNT] [OUT_DIR]   (OUT_DIR: write the first chart of each kind there)
#include <cairo.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "render/charts/chart_layout.h"
#include "render/charts/png_chart.h"
#include "render/charts/png_encoder.h"
#include "render/charts/svg_chart.h"

using namespace prith;

namespace {

// A deterministic, varied chart: every other one a 20-quarter line, else
// bars across 5 to 18 territories; one point in 23 secret, one in 31 missing.
ChartSpec make_spec(int index) {
  ChartSpec spec;
  unsigned state = 2166136261u ^ static_cast<unsigned>(index) * 16777619u;
  auto next = [&] { return state = state * 1664525u + 1013904223u; };
  bool line = index % 2 == 0;
  spec.kind = line ? ChartKind::line_over_time : ChartKind::bars_across_territories;
  spec.title = (line ? "Demandeurs d'emploi BOE, territoire " : "Demandeurs d'emploi BOE par département, lot ") +
               std::to_string(index);
  spec.measure = "demandeurs d'emploi bénéficiaires de l'obligation d'emploi";
  spec.place = line ? "en Mayenne" : "";
  spec.period = "T3 2025";
  int count = line ? 20 : 5 + static_cast<int>(next() % 14);
  ChartSeries series{"série", {}};
  for (int i = 0; i < count; ++i) {
    std::string label = line ? "T" : "Territoire n° ";
    label += std::to_string(line ? i % 4 + 1 : i + 1);
    if (line) label += ' ', label += std::to_string(2021 + i / 4);
    spec.x_labels.push_back(label);
    int roll = static_cast<int>(next() % 713);
    if (roll % 23 == 0) series.points.push_back(ChartPoint::secret());
    else if (roll % 31 == 0) series.points.push_back(ChartPoint::missing());
    else series.points.push_back(ChartPoint::of(500 + next() % 20000));
  }
  spec.series.push_back(series);
  return spec;
}

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  int count = argc > 1 ? std::atoi(argv[1]) : 774;
  std::string out_dir = argc > 2 ? argv[2] : "";
  FontMetrics metrics;

  auto start = std::chrono::steady_clock::now();
  std::vector<ChartLayout> layouts;
  for (int i = 0; i < count; ++i) layouts.push_back(layout_chart(make_spec(i), metrics));
  double layout_ms = ms_since(start);

  start = std::chrono::steady_clock::now();
  std::size_t svg_bytes = 0;
  for (int i = 0; i < count; ++i) {
    std::string id = "c";
    id += std::to_string(i);
    svg_bytes += render_chart_svg(layouts[i], id).size();
  }
  double svg_ms = ms_since(start);

  start = std::chrono::steady_clock::now();
  for (int i = 0; i < count; ++i) cairo_surface_destroy(draw_chart_surface(layouts[i]));
  double draw_ms = ms_since(start);

  // cairo's own encoder, for comparison with prith's.
  auto append_bytes = [](void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  };
  start = std::chrono::steady_clock::now();
  std::size_t png_bytes = 0;
  for (int i = 0; i < count; ++i) {
    cairo_surface_t* surface = draw_chart_surface(layouts[i]);
    std::string bytes;
    cairo_surface_write_to_png_stream(surface, append_bytes, &bytes);
    png_bytes += bytes.size();
    cairo_surface_destroy(surface);
  }
  double png_ms = ms_since(start);

  auto time_encoder = [&](const char* name, auto encode) {
    auto begin = std::chrono::steady_clock::now();
    std::size_t bytes = 0;
    for (int i = 0; i < count; ++i) {
      cairo_surface_t* surface = draw_chart_surface(layouts[i]);
      bytes += encode(surface).size();
      cairo_surface_destroy(surface);
    }
    double ms = ms_since(begin);
    std::printf("png draw + %-34s %.3f ms/chart (%.0f ms), %.1f KiB/chart\n", name, ms / count, ms,
                bytes / 1024.0 / count);
  };
  std::printf("charts: %d\n", count);
  std::printf("layout: %.3f ms/chart (%.0f ms)\n", layout_ms / count, layout_ms);
  std::printf("svg:    %.3f ms/chart (%.0f ms), %.1f KiB/chart\n", svg_ms / count, svg_ms, svg_bytes / 1024.0 / count);
  std::printf("png draw only:        %.3f ms/chart (%.0f ms)\n", draw_ms / count, draw_ms);
  std::printf("png draw + cairo_surface_write_to_png: %.3f ms/chart (%.0f ms), %.1f KiB/chart\n", png_ms / count, png_ms,
              png_bytes / 1024.0 / count);
  std::printf("png encode (cairo_surface_write_to_png_stream): %.3f ms/chart\n", (png_ms - draw_ms) / count);

  start = std::chrono::steady_clock::now();
  std::size_t prith_bytes = 0;
  for (int i = 0; i < count; ++i) prith_bytes += render_chart_png(layouts[i]).size();
  double prith_ms = ms_since(start);
  std::printf("png render_chart_png (what prith uses): %.3f ms/chart (%.0f ms), %.1f KiB/chart\n", prith_ms / count,
              prith_ms, prith_bytes / 1024.0 / count);
  // Both cores: charts are independent; each thread draws and encodes every other chart.
  start = std::chrono::steady_clock::now();
  std::vector<std::size_t> thread_bytes(2, 0);
  {
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t)
      threads.emplace_back([&, t] {
        for (int i = t; i < count; i += 2) thread_bytes[t] += render_chart_png(layouts[i]).size();
      });
    for (auto& thread : threads) thread.join();
  }
  double threads_ms = ms_since(start);
  std::printf("png render_chart_png on 2 threads:    %.3f ms/chart (%.0f ms wall)\n", threads_ms / count, threads_ms);
  for (int strategy : {0, 3}) {
    for (int level : {1, 6}) {
      std::string name = strategy == 3 ? "prith encoder (Up, Z_RLE, level " : "prith encoder (Up, default, level ";
      name += std::to_string(level);
      name += "):";
      time_encoder(name.c_str(), [&](cairo_surface_t* surface) { return encode_png_rgb(surface, level, strategy); });
    }
  }

  if (!out_dir.empty()) {
    for (int i = 0; i < 2 && i < count; ++i) {
      std::ofstream(out_dir + "/chart" + std::to_string(i) + ".svg", std::ios::binary)
          << render_chart_svg(layouts[i], "c");
      std::ofstream(out_dir + "/chart" + std::to_string(i) + ".png", std::ios::binary) << render_chart_png(layouts[i]);
    }
  }
  return 0;
}
