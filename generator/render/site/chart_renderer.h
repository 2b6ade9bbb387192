// The charts of the site: each ChartSpec is laid out once, drawn as inline
// SVG at once, and queued for its PNG (graphiques/…png). The PNGs are drawn
// at the end on two threads; each file's bytes depend only on its own spec,
// so the output is the same whatever the threads' order. Each chart's key
// is a hash of its spec: a chart whose spec did not change is reused.
#pragma once

#include <string>
#include <vector>

#include "publish/output_folder.h"
#include "render/charts/chart_layout.h"
#include "render/charts/chart_spec.h"
#include "render/charts/font_metrics.h"

namespace prith {

// A hash of everything the chart's pixels come from (hex).
std::string chart_key(const ChartSpec& spec);

class ChartRenderer {
 public:
  explicit ChartRenderer(OutputFolder& out) : out_(out) {}

  // The SVG of `spec` (ids prefixed by `id`); its PNG is queued for `png_path`.
  std::string add(const ChartSpec& spec, const std::string& png_path, const std::string& id);

  // The SVG only, no PNG.
  std::string svg(const ChartSpec& spec, const std::string& id);

  // Draws and writes every queued PNG not reused, on `threads` threads.
  void write_pngs(unsigned threads = 2);

 private:
  struct Pending {
    std::string path, key;
    ChartLayout layout;
  };
  OutputFolder& out_;
  FontMetrics metrics_;
  std::vector<Pending> pending_;
};

}  // namespace prith
