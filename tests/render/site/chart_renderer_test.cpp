#include "render/site/chart_renderer.h"

#include <doctest/doctest.h>

#include "test_folder.h"
#include "test_support.h"

using namespace prith;

namespace {
ChartSpec line(double last) {
  ChartSpec spec;
  spec.title = "Inscrits";
  spec.x_labels = {"T1 2025", "T2 2025", "T3 2025"};
  spec.series = {{"Mayenne", {ChartPoint::of(10), ChartPoint::secret(), ChartPoint::of(last)}}};
  return spec;
}
}  // namespace

TEST_CASE("a chart's key follows its spec, and PNGs drawn on two threads are the bytes drawn on one") {
  CHECK(chart_key(line(12)) == chart_key(line(12)));
  CHECK(chart_key(line(12)) != chart_key(line(13)));
  ChartSpec renamed = line(12);
  renamed.series[0].name = "Sarthe";
  CHECK(chart_key(renamed) != chart_key(line(12)));

  test::TemporaryFolder folder;
  std::string one_thread, two_threads;
  for (unsigned threads : {1u, 2u}) {
    OutputFolder out(folder.path() / std::to_string(threads));
    ChartRenderer charts(out, threads);
    for (int i = 0; i < 6; ++i) {
      std::string svg = charts.add(line(20 + i), "graphiques/g-" + std::to_string(i) + ".png", "g" + std::to_string(i));
      CHECK(svg.find("<svg") == 0);
    }
    charts.write_pngs();
    std::string all;
    for (int i = 0; i < 6; ++i)
      all += test::read_file((out.root() / ("graphiques/g-" + std::to_string(i) + ".png")).string());
    (threads == 1 ? one_thread : two_threads) = all;
  }
  CHECK(one_thread.size() > 6 * 100);
  CHECK(one_thread == two_threads);
}
