// The charts of the site: each ChartSpec is laid out once, drawn as inline
// SVG at once, and queued for its PNG (graphiques/…png), as the maps' PNG. A second thread
// draws the queued PNGs while the pages are being written, and write_pngs
// finishes the queue on both; each file's bytes depend only on its own
// spec, so the output is the same whatever the threads' order. Each
// chart's key is a hash of its spec: a chart whose spec did not change is
// reused, not drawn again.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "publish/output_folder.h"
#include "render/charts/chart_layout.h"
#include "render/charts/chart_spec.h"
#include "render/charts/font_metrics.h"

namespace prith {

// A hash of everything the chart's pixels come from (hex).
std::string chart_key(const ChartSpec& spec);

class ChartRenderer {
 public:
  // `threads`: 1 draws every PNG in write_pngs; 2 (both cores) starts a
  // drawing thread at the first chart; 0 draws no PNG at all (SVG only: the
  // benchmark's pages-only measure).
  explicit ChartRenderer(OutputFolder& out, unsigned threads = 2) : out_(out), threads_(threads) {}
  ~ChartRenderer();
  ChartRenderer(const ChartRenderer&) = delete;
  ChartRenderer& operator=(const ChartRenderer&) = delete;

  // The SVG of `spec` (ids prefixed by `id`); its PNG is queued for `png_path`.
  std::string add(const ChartSpec& spec, const std::string& png_path, const std::string& id);

  // The SVG only, no PNG.
  std::string svg(const ChartSpec& spec, const std::string& id);

  // Queues another image (a map) for `png_path`: `draw` gives its PNG bytes
  // and is called on the drawing thread; `key` as for OutputFolder::write.
  // Nothing is queued when the previous site's file has the same key.
  void queue_png(const std::string& png_path, const std::string& key, std::function<std::string()> draw);

  // Draws every queued PNG still waiting (the calling thread helps) and
  // waits for all of them; rethrows the first drawing or writing error.
  void write_pngs();

 private:
  struct Pending {
    std::string path, key;
    std::function<std::string()> draw;  // the PNG's bytes; owns what it draws from
  };
  void draw_queue();  // takes and draws charts until the queue is closed and empty

  OutputFolder& out_;
  unsigned threads_;
  FontMetrics metrics_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Pending> queue_;  // references stay valid as it grows
  std::size_t next_ = 0;
  bool closed_ = false;
  std::exception_ptr failure_;
  std::thread worker_;
};

}  // namespace prith
