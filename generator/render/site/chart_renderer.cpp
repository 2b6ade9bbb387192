#include "render/site/chart_renderer.h"

#include <utility>

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

#include "render/charts/png_chart.h"
#include "render/charts/svg_chart.h"

namespace prith {

namespace {

// Bumped when the drawing code changes what a spec looks like.
constexpr const char* kChartVersion = "prith-chart-png-2";

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
  for (const ChartBreak& series_break : spec.breaks) add_text(engine, "rupture " + std::to_string(series_break.index));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

ChartRenderer::~ChartRenderer() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    next_ = queue_.size();  // abandoned: nothing more is drawn
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
}

std::string ChartRenderer::add(const ChartSpec& spec, const std::string& png_path, const std::string& id) {
  ChartLayout layout = layout_chart(spec, metrics_);
  std::string svg = render_chart_svg(layout, id);
  if (threads_ == 0) return svg;
  queue_png(png_path, chart_key(spec),
            [layout = std::move(layout)] { return render_chart_png(layout); });
  return svg;
}

void ChartRenderer::queue_png(const std::string& png_path, const std::string& key,
                              std::function<std::string()> draw) {
  if (threads_ == 0 || out_.reuse(png_path, key)) return;
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(Pending{png_path, key, std::move(draw)});
  }
  if (threads_ > 1 && !worker_.joinable()) worker_ = std::thread([this] { draw_queue(); });
  wake_.notify_one();
}

std::string ChartRenderer::svg(const ChartSpec& spec, const std::string& id) {
  return render_chart_svg(layout_chart(spec, metrics_), id);
}

void ChartRenderer::draw_queue() {
  for (;;) {
    Pending* chart = nullptr;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return next_ < queue_.size() || closed_; });
      if (next_ >= queue_.size()) return;
      chart = &queue_[next_++];
    }
    try {
      out_.write(chart->path, chart->draw(), chart->key);
      chart->draw = nullptr;  // drawn: what it drew from is freed
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!failure_) failure_ = std::current_exception();
      next_ = queue_.size();
    }
  }
}

void ChartRenderer::write_pngs() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  wake_.notify_all();
  draw_queue();
  if (worker_.joinable()) worker_.join();
  std::lock_guard lock(mutex_);
  queue_.clear();
  next_ = 0;
  closed_ = false;
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
}

}  // namespace prith
