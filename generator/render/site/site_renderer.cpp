#include "render/site/site_renderer.h"

#include <stdexcept>
#include <thread>

#include "render/site/capitalisation_pages.h"
#include "core/phase_timings.h"
#include "render/site/chart_renderer.h"
#include "render/site/site_links.h"
#include "render/site/site_pages.h"
#include "render/site/template_set.h"
#include "render/site/theme_assets.h"

namespace prith {

namespace fs = std::filesystem;

namespace {

// The partnership's own logo ([site] logo, relative to the project folder).
// A logo named but unreadable or of another type stops the build: a
// setting is never silently ignored.
void copy_partnership_logo(const Project& project, OutputFolder& out) {
  const std::string& logo = project.settings().logo;
  if (logo.empty()) return;
  std::string target = partnership_logo_page(project.settings());
  std::string extension = fs::path(target).extension().string();
  if (extension != ".svg" && extension != ".png" && extension != ".jpg" && extension != ".jpeg")
    throw std::runtime_error("[site] logo = " + logo + " : le logo doit être un fichier SVG, PNG ou JPEG");
  fs::path source = fs::path(logo).is_absolute() ? fs::path(logo) : project.root() / logo;
  std::error_code error;
  if (!fs::is_regular_file(source, error))
    throw std::runtime_error("[site] logo = " + logo + " : fichier introuvable (" + source.string() + ")");
  out.copy_file(source, target);
}

}  // namespace

std::vector<DataFile> render_site(const SiteInputs& inputs, OutputFolder& out) {
  TemplateSet templates(inputs.templates_folder);
  ChartRenderer charts(out, inputs.draw_pngs ? std::max(1u, std::min(2u, std::thread::hardware_concurrency())) : 0u);
  SiteContext site{inputs, out, templates, charts, {}, {}};
  write_theme_assets(inputs.assets_folder, inputs.node_modules_folder, inputs.project.settings().theme, out);
  PhaseTimer pages_timer("  pages (PNG en parallèle)");
  copy_partnership_logo(inputs.project, out);
  write_home_page(site);
  write_territory_pages(site);
  write_source_pages(site);
  write_practice_pages(site);
  write_plan_pages(site);
  write_experiment_pages(site);
  // The indicator pages and donnees.html give the annexes' sizes; donnees.html
  // lists every table written before it.
  if (inputs.wait_for_annexes) inputs.wait_for_annexes();
  write_indicator_pages(site);
  write_fixed_pages(site);
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
