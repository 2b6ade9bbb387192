// The fixed pages: méthodologie, données (every download), accessibilité,
// mentions légales, plan du site, recherche. Written last, so that the
// "Données" page lists every table the other pages wrote.
#include "render/site/site_links.h"
#include "render/site/site_pages.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

data link(const std::string& label, const std::string& path) {
  data item{"libelle", label};
  item.set("lien", path);
  return item;
}

data download(const DataFile& file) {
  data item = link(file.title, file.path);
  set_text(item, "description", file.description);
  std::vector<data> columns;
  for (const DataColumn& column : file.columns) {
    data entry{"nom", column.name};
    entry.set("description", column.description);
    columns.push_back(entry);
  }
  item.set("colonnes", list_of(columns));
  return item;
}

void write_methodology(SiteContext& site) {
  const Dataset& dataset = site.inputs.dataset;
  SitePage page(site, "methodologie.html", "methodologie", "Méthodologie");
  std::vector<data> indicators;
  for (IndicatorId indicator : shown_indicators(dataset)) {
    const Indicator& definition = dataset.indicators().at(indicator);
    data item = link(definition.label, indicator_page(definition));
    set_text(item, "definition", definition.definition);
    set_text(item, "unite", definition.unit);
    indicators.push_back(item);
  }
  std::vector<data> breaks;
  for (const SeriesBreak& declared : site.inputs.project.series_breaks().all()) {
    const Indicator& definition = dataset.indicators().at(declared.indicator);
    data item{"indicateur", definition.label};
    item.set("periode", declared.first_period(Period::Kind::quarter).french_label());
    item.set("motif", declared.reason);
    breaks.push_back(item);
  }
  data view;
  view.set("indicateurs", list_of(indicators));
  view.set("ruptures_declarees", list_of(breaks));
  view.set("a_des_ruptures", !breaks.empty());
  page.write("methodologie", view, {});
}

void write_downloads(SiteContext& site) {
  SitePage page(site, "donnees.html", "donnees", "Données");
  std::vector<data> open_data, tables, annexes;
  for (const DataFile& file : site.inputs.open_data) open_data.push_back(download(file));
  for (const DataFile& file : site.tables) tables.push_back(download(file));
  for (const AnnexFile& annex : site.inputs.annexes) {
    data item = link(annex.title, annex.path);
    set_text(item, "description", annex.description);
    annexes.push_back(item);
  }
  data view;
  view.set("fichiers", list_of(open_data));
  view.set("a_des_fichiers", !open_data.empty());
  view.set("tableaux", list_of(tables));
  view.set("annexes", list_of(annexes));
  view.set("a_des_annexes", !annexes.empty());
  page.write("donnees", view, {});
}

void write_site_map(SiteContext& site) {
  const Dataset& dataset = site.inputs.dataset;
  SitePage page(site, "plan-du-site.html", "plan-du-site", "Plan du site");
  std::vector<data> territories, sheets, indicators, sources;
  for (const TreeNode& node : dataset.tree().nodes()) {
    const Territory& territory = dataset.territories().at(node.territory);
    territories.push_back(link(territory.name, territory_page(territory)));
    if (node.level == TerritoryLevel::departement) sheets.push_back(link(territory.name, sheet_page(territory)));
  }
  for (IndicatorId indicator : shown_indicators(dataset)) {
    const Indicator& definition = dataset.indicators().at(indicator);
    indicators.push_back(link(definition.label, indicator_page(definition)));
  }
  for (const Source& source : site.inputs.project.sources()) sources.push_back(link(source.label, source_page(source)));
  data view;
  view.set("territoires", list_of(territories));
  view.set("fiches", list_of(sheets));
  view.set("indicateurs", list_of(indicators));
  view.set("sources", list_of(sources));
  page.write("plan-du-site", view, {});
}

void write_simple(SiteContext& site, const std::string& path, const std::string& name, const std::string& title,
                  bool search = false) {
  SitePage page(site, path, name, title);
  data view;
  view.set("page_recherche", search);
  page.write(name, view, {});
}

}  // namespace

void write_fixed_pages(SiteContext& site) {
  write_methodology(site);
  write_site_map(site);
  write_simple(site, "accessibilite.html", "accessibilite", "Déclaration d'accessibilité");
  write_simple(site, "mentions-legales.html", "mentions-legales", "Mentions légales");
  write_simple(site, "recherche.html", "recherche", "Rechercher", true);
  write_downloads(site);
}

}  // namespace prith
