// The demo's indicator pages show the map of Pays de la Loire's five
// départements beside the bar chart: each département titled with the
// number the bar chart's table prints ("s" for a secret one), the summary,
// the attribution, and no table of its own; the legal notice credits the
// shapes. A project whose départements have no shape gets no map.
#include "render/site/map_block.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "model/figure_labels.h"
#include "model/model_test_support.h"
#include "model/secrecy_pass.h"
#include "render/maps/map_classes.h"
#include "render/maps/map_layout.h"
#include "render/site/site_renderer.h"
#include "test_folder.h"

using namespace prith;
namespace fs = std::filesystem;

namespace {

struct DemoSite {
  std::unique_ptr<Project> project;
  std::unique_ptr<Dataset> dataset;
  std::vector<BatchHistory> history;
  std::vector<DataFile> open_data;
  std::vector<AnnexFile> annexes;
  test::TemporaryFolder folder;

  // `secret_mayenne`: the partner sent "s" for Mayenne's DEBOE at T3 2026,
  // with a value planted behind it (987 654) that must reach no file.
  // `national`: the demo as a project without a région (prith.ini's region emptied).
  explicit DemoSite(bool secret_mayenne = false, bool national = false) {
    std::vector<Diagnostic> loading;
    std::string error;
    fs::path root = test::source_path("config");
    if (national) {
      root = folder.path() / "projet";
      fs::copy(test::source_path("config"), root, fs::copy_options::recursive);
      std::string ini = test::read_file((root / "prith.ini").string());
      ini = std::regex_replace(ini, std::regex("\nregion = 52\n"), "\nregion =\n");
      folder.write("projet/prith.ini", ini);
    }
    project = Project::load(root, loading, error);
    REQUIRE(project);
    std::vector<StoredFigure> figures = test::stored_figures_of_exports(*project);
    if (secret_mayenne) {
      TerritoryId mayenne = *project->territories().find(TerritoryLevel::departement, "53");
      IndicatorId deboe = *project->indicators().match("DEBOE");
      bool planted = false;
      for (StoredFigure& figure : figures)
        if (figure.indicator == deboe && figure.territory == mayenne && figure.period == *parse_period("2026-T3")) {
          figure.status = ObservationStatus::confidential;
          figure.value = 987654;
          planted = true;
        }
      REQUIRE(planted);
    }
    std::vector<Diagnostic> diagnostics;
    dataset = std::make_unique<Dataset>(Dataset::build(
        figures,
        ModelCatalogues{project->territories(), project->indicators(), project->series_breaks(),
                        project->settings().region},
        diagnostics, {secrecy_pass()}));
  }

  std::string render_page(const std::string& page) {
    fs::path source(PRITH_SOURCE_DIR);
    OutputFolder out(folder.path() / "site");
    render_site(SiteInputs{*project, *dataset, history, open_data, annexes, source / "templates", source / "assets",
                           source / "node_modules", nullptr, false},
                out);
    return test::read_file((folder.path() / "site" / page).string());
  }
};

std::string section(const std::string& html, const std::string& id) {
  std::size_t start = html.find("<section aria-labelledby=\"" + id + "\">");
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</section>", start) - start);
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("the demo's indicator pages map the five départements with the bar chart's numbers") {
  DemoSite demo;
  std::string html = demo.render_page("indicateurs/DEBOE.html");
  std::string map = section(html, "carte-departements");
  REQUIRE_FALSE(map.empty());
  CHECK(map.find("<h2 id=\"carte-departements\">Carte des départements au T3 2026</h2>") != std::string::npos);
  CHECK(html.find("carte-departements") > html.find("<section aria-labelledby=\"par-departement\">"));
  CHECK(occurrences(map, "<path id=\"carte-dep-") == 5);
  CHECK(map.find("Les chiffres de la carte sont ceux du tableau du graphique en barres ci-dessus.") !=
        std::string::npos);
  CHECK(map.find("Fond de carte : svg-maps (Victor Cazanave), licence CC BY 4.0.") != std::string::npos);
  CHECK(map.find("<table") == std::string::npos);  // the bar chart's table serves both
  CHECK(map.find("<figcaption>Au T3 2026, valeur la plus haute : Loire-Atlantique (") != std::string::npos);

  // Each département's title carries the number of the bar chart's table.
  const Dataset& dataset = *demo.dataset;
  IndicatorId deboe = *dataset.indicators().match("DEBOE");
  std::size_t latest = dataset.periods().all().size() - 1;
  for (const char* code : {"44", "49", "53", "72", "85"}) {
    TerritoryId id = *demo.project->territories().find(TerritoryLevel::departement, code);
    const Figure& figure = dataset.series(deboe, id)[latest].figure;
    std::string name = dataset.territories().at(id).name;
    std::string value = published_value_fr(figure, 0);
    std::string flags = flags_fr(figure);
    std::string expected = figure.visible() ? value + (flags.empty() ? "" : " (" + flags + ")")
                           : value == "s"   ? "s (secret statistique)"
                                            : "n.d. (non disponible)";
    INFO(code);
    CHECK(occurrences(map, "<path id=\"carte-dep-" + std::string(code) + "\"") == 1);
    CHECK(occurrences(map, "<title>" + name + " : " + expected + "</title>") == 1);
  }
}

TEST_CASE("a secret département is hatched on the map with s and its value is nowhere; the legal notice credits the shapes") {
  DemoSite demo(true);
  std::string html = demo.render_page("indicateurs/DEBOE.html");
  std::string map = section(html, "carte-departements");
  REQUIRE_FALSE(map.empty());
  CHECK(map.find("<path id=\"carte-dep-53\" class=\"secret\" fill=\"url(#carte-secret)\"") != std::string::npos);
  CHECK(map.find("<title>Mayenne : s (secret statistique)</title>") != std::string::npos);
  CHECK(map.find(">s : secret statistique</text>") != std::string::npos);
  CHECK(occurrences(map, "<path id=\"carte-dep-") == 5);
  for (const char* hidden : {"987654", "987\u00a0654", "987 654", "987\u202f654"}) CHECK(html.find(hidden) == std::string::npos);
  // The page's secret legend is there too (the bar chart's table shows "s").
  CHECK(html.find(std::string(kSecretLegend).substr(0, 40)) != std::string::npos);

  std::string legal = demo.render_page("mentions-legales.html");
  CHECK(legal.find("Fond de carte des départements : svg-maps de Victor Cazanave") != std::string::npos);
  CHECK(legal.find("CC BY 4.0") != std::string::npos);
}

TEST_CASE("a national project maps the 96 metropolitan départements and names the five overseas ones") {
  DemoSite demo(false, true);
  REQUIRE(demo.project->settings().region.empty());
  const TreeNode& top = demo.dataset->tree().node(0);
  REQUIRE(top.level == TerritoryLevel::country);
  std::string map = section(demo.render_page("indicateurs/DEBOE.html"), "carte-departements");
  REQUIRE_FALSE(map.empty());
  REQUIRE(top.departements.size() == 101);
  CHECK(occurrences(map, "<path id=\"carte-dep-") == 96);
  CHECK(map.find("<path id=\"carte-dep-2A\"") != std::string::npos);
  CHECK(map.find("<path id=\"carte-dep-971\"") == std::string::npos);
  // The bars are the régions here: the départements' numbers are in the full table.
  CHECK(map.find("Les chiffres de chaque département sont dans le tableau de tous les territoires, plus bas.") !=
        std::string::npos);
  CHECK(map.find("graphique en barres") == std::string::npos);
  CHECK(map.find("<p>Sans fond de carte : Guadeloupe, Martinique, Guyane, La Réunion et Mayotte (leurs chiffres "
                 "sont dans le tableau).</p>") != std::string::npos);
}

TEST_CASE("the map's spec takes visible figures only and names the départements from the catalogue") {
  DemoSite demo;
  const Dataset& dataset = *demo.dataset;
  IndicatorId deboe = *dataset.indicators().match("DEBOE");
  std::size_t latest = dataset.periods().all().size() - 1;
  std::vector<TerritoryId> overseas, mainland;
  for (const char* code : {"971", "972"})
    overseas.push_back(*demo.project->territories().find(TerritoryLevel::departement, code));
  mainland.push_back(*demo.project->territories().find(TerritoryLevel::departement, "53"));
  MapSpec spec = departements_map_spec(dataset, deboe, mainland, latest, "Carte");
  REQUIRE(spec.areas.size() == 1);
  CHECK(spec.areas[0].code == "53");
  CHECK(spec.areas[0].name == "Mayenne");
  CHECK(spec.period == "T3 2026");
  CHECK(spec.measure.rfind("demandeurs d'emploi", 0) == 0);
  // Overseas départements have no shape: their map would be empty, so none is shown.
  MapSpec none = departements_map_spec(dataset, deboe, overseas, latest, "Carte");
  FontMetrics metrics;
  CHECK(layout_map(none, DepartementShapes::bundled(), metrics).shapes.empty());
}
