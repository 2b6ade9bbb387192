// The fixed pages: méthodologie, données (every download), accessibilité,
// mentions légales, plan du site, recherche. Written last, so that the
// "Données" page lists every table the other pages wrote.
#include "render/opendata/datapackage.h"
#include "render/site/site_links.h"
#include "render/site/site_pages.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

data link(const std::string& label, const std::string& path) {
  data item{"libelle", label};
  item["lien"] = path;
  return item;
}

// "CSV, 12 ko": the format and size a download link shows.
std::string format_and_size(const OutputFolder& out, const std::string& path, const std::string& format) {
  std::string size = file_size_fr(out, path);
  return size.empty() ? format : format + ", " + size;
}

data download(const OutputFolder& out, const DataFile& file) {
  data item = link(file.title, file.path);
  item["format"] = format_and_size(out, file.path, "CSV");
  set_text(item, "description", file.description);
  std::vector<data> columns;
  for (const DataColumn& column : file.columns) {
    data entry{"nom", column.name};
    entry["description"] = column.description;
    columns.push_back(std::move(entry));
  }
  item["colonnes"] = list_of(columns);
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
    item["secret"] = definition.secret ? "« s » en dessous de " + std::to_string(definition.secret_threshold) +
                                             " (seuil de l’indicateur)"
                                       : "aucun secret statistique, tous les chiffres sont publiés";
    indicators.push_back(std::move(item));
  }
  std::vector<data> breaks;
  for (const SeriesBreak& declared : site.inputs.project.series_breaks().all()) {
    const Indicator& definition = dataset.indicators().at(declared.indicator);
    data item{"indicateur", definition.label};
    item["periode"] = declared.first_period(Period::Kind::quarter).french_label();
    item["motif"] = declared.reason;
    breaks.push_back(std::move(item));
  }
  data view;
  view["indicateurs"] = list_of(indicators);
  view["ruptures_declarees"] = list_of(breaks);
  // Not "a_des_ruptures": the layout sets that key for the legend of the figures a page shows.
  view["a_des_ruptures_declarees"] = !breaks.empty();
  page.write("methodologie", std::move(view), {});
}

// The licence of [site] licence, in French, with its address when prith knows it.
void set_licence(data& view, const std::string& name) {
  struct Known {
    const char *name, *title, *address;
  };
  static constexpr Known kKnown[] = {
      {"etalab-2.0", "Licence Ouverte / Open Licence version 2.0 (Etalab)",
       "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"},
      {"ODbL-1.0", "Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"},
      {"CC-BY-4.0", "Creative Commons Attribution 4.0 (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/"},
  };
  view["licence"] = name;
  for (const Known& known : kKnown)
    if (name == known.name) {
      view["licence"] = std::string(known.title);
      view["licence_lien"] = std::string(known.address);
    }
}

void write_downloads(SiteContext& site) {
  SitePage page(site, "donnees.html", "donnees", "Données");
  std::vector<data> open_data, tables, annexes;
  for (const DataFile& file : site.inputs.open_data) open_data.push_back(download(site.out, file));
  for (const DataFile& file : site.tables) tables.push_back(download(site.out, file));
  for (const AnnexFile& annex : site.inputs.annexes) {
    data item = link(annex.title, annex.path);
    item["format"] = format_and_size(site.out, annex.path, "Excel (.xlsx)");
    set_text(item, "description", annex.description);
    annexes.push_back(std::move(item));
  }
  data view;
  view["fichiers"] = list_of(open_data);
  view["a_des_fichiers"] = !open_data.empty();
  view["tableaux"] = list_of(tables);
  view["annexes"] = list_of(annexes);
  view["a_des_annexes"] = !annexes.empty();
  view["datapackage"] = std::string(kDatapackagePath);
  set_licence(view, site.inputs.project.settings().licence);
  page.write("donnees", std::move(view), {});
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
  view["territoires"] = list_of(territories);
  view["fiches"] = list_of(sheets);
  view["indicateurs"] = list_of(indicators);
  view["sources"] = list_of(sources);
  page.write("plan-du-site", std::move(view), {});
}

void write_simple(SiteContext& site, const std::string& path, const std::string& name, const std::string& title,
                  bool search = false) {
  SitePage page(site, path, name, title);
  data view;
  view["page_recherche"] = search;
  page.write(name, std::move(view), {});
}

}  // namespace

void write_fixed_pages(SiteContext& site) {
  write_methodology(site);
  write_site_map(site);
  write_simple(site, "accessibilite.html", "accessibilite", "Déclaration d’accessibilité");
  write_simple(site, "mentions-legales.html", "mentions-legales", "Mentions légales");
  write_simple(site, "recherche.html", "recherche", "Rechercher", true);
  write_downloads(site);
}

}  // namespace prith
