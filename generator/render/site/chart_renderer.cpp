#include "render/site/chart_renderer.h"

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

#include "render/charts/png_chart.h"
#include "render/charts/svg_chart.h"

namespace prith {

namespace {

// Bumped when the drawing code changes what a spec looks like.
constexpr const char* kChartVersion = "prith-chart-png-1";

void add_text(Poco::SHA1Engine& engine, const std::string& text) {
  engine.update(std::to_string(text.size()) + ":" + text);
}

}  // namespace

std::string chart_key(const ChartSpec& spec) {
  Poco::SHA1Engine engine;
  add_text(engine, kChartVersion);
  add_text(engine, spec.title);
  add_text(engine, std::to_string(static_cast<int>(spec.kind)));
  for (const std::string& label : spec.x_labels) add_text(engine, label);
  for (const ChartSeries& series : spec.series) {
    add_text(engine, series.name);
    for (const ChartPoint& point : series.points) {
      // Only a value's number enters the key: a secret point has none.
      std::string text = std::to_string(static_cast<int>(point.status));
      if (point.status == PointStatus::value) {
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%.17g", point.value);
        text += buffer;
      }
      add_text(engine, text);
    }
  }
  add_text(engine, spec.unit + "|" + std::to_string(spec.decimals) + "|" + spec.measure + "|" + spec.place + "|" +
                       spec.period + "|" + std::to_string(spec.periods_per_year) + "|" +
                       std::to_string(spec.width) + "x" + std::to_string(spec.height));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string ChartRenderer::add(const ChartSpec& spec, const std::string& png_path, const std::string& id) {
  ChartLayout layout = layout_chart(spec, metrics_);
  std::string svg = render_chart_svg(layout, id);
  std::string key = chart_key(spec);
  if (!out_.reuse(png_path, key)) pending_.push_back(Pending{png_path, key, std::move(layout)});
  return svg;
}

std::string ChartRenderer::svg(const ChartSpec& spec, const std::string& id) {
  return render_chart_svg(layout_chart(spec, metrics_), id);
}

void ChartRenderer::write_pngs(unsigned threads) {
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto work = [&] {
    try {
      for (std::size_t i = next++; i < pending_.size(); i = next++)
        out_.write(pending_[i].path, render_chart_png(pending_[i].layout), pending_[i].key);
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = pending_.size();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  pending_.clear();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace prith
