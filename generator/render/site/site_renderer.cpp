#include "render/site/site_renderer.h"

#include <thread>

#include "render/site/capitalisation_pages.h"
#include "core/phase_timings.h"
#include "render/site/chart_renderer.h"
#include "render/site/site_pages.h"
#include "render/site/template_set.h"
#include "render/site/theme_assets.h"

namespace prith {

namespace fs = std::filesystem;

std::vector<DataFile> render_site(const SiteInputs& inputs, OutputFolder& out) {
  TemplateSet templates(inputs.templates_folder);
  ChartRenderer charts(out, inputs.draw_pngs ? std::max(1u, std::min(2u, std::thread::hardware_concurrency())) : 0u);
  SiteContext site{inputs, out, templates, charts, {}};
  write_theme_assets(inputs.assets_folder, inputs.node_modules_folder, inputs.project.settings().theme, out);
  PhaseTimer pages_timer("  pages (PNG en parallèle)");
  write_home_page(site);
  write_territory_pages(site);
  write_indicator_pages(site);
  write_source_pages(site);
  write_fixed_pages(site);
  write_practice_pages(site);
  write_plan_pages(site);
  write_experiment_pages(site);
  pages_timer.stop();
  PhaseTimer png_timer("  fin des PNG");
  charts.write_pngs();
  png_timer.stop();
  return site.tables;
}

fs::path site_source_folder() {
  std::error_code ignored;
  if (fs::is_directory("templates", ignored) && fs::is_directory("assets", ignored)) return fs::path(".");
  return fs::path(PRITH_SOURCE_DIR);
}

}  // namespace prith
