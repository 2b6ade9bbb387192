// One page per territory of the tree (région, départements, France when the
// tree has it), and a printable A4 sheet per département.
#include "render/site/series_blocks.h"
#include "render/site/site_links.h"
#include "render/site/capitalisation_pages.h"
#include "render/site/site_pages.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

constexpr std::size_t kQuartersShown = 8;
// Line charts on a territory page: the first indicators of the catalogue
// (the pilot orders it by importance). Every indicator is in the table of
// the last quarters, and has its own charts on its indicator page. Six
// keeps a national site (119 territories × 30 indicators) at 774 charts.
constexpr std::size_t kChartedIndicators = 6;

std::string level_fr(TerritoryLevel level) {
  switch (level) {
    case TerritoryLevel::departement: return "département";
    case TerritoryLevel::region: return "région";
    case TerritoryLevel::country: return "pays";
  }
  return "";
}

// "Part dans la région", "Part dans le pays": the share column's header.
std::string share_header_fr(TerritoryLevel parent_level) {
  return parent_level == TerritoryLevel::country ? "Part dans le pays" : "Part dans la région";
}

// Every indicator at the latest quarter: value, evolutions, rank, share.
SiteTable summary_table(SitePage& page, TerritoryId territory, std::size_t latest, bool with_parent,
                        TerritoryLevel parent_level = TerritoryLevel::region) {
  const Dataset& dataset = page.site().inputs.dataset;
  const Period& when = dataset.periods().all()[latest];
  SiteTable table;
  table.caption = dataset.territories().at(territory).name + " : chiffres clés au " + when.french_label();
  table.row_header = {"Indicateur", "indicateur", "Libellé de l’indicateur"};
  table.columns = {{"Valeur", "valeur", "Valeur au " + when.french_label()},
                   {"Évolution sur un trimestre", "evolution_trimestre", "Évolution sur un trimestre (en % ou en points pour un taux)"},
                   {"Évolution sur un an", "evolution_an", "Évolution sur un an (en % ou en points pour un taux)"}};
  if (with_parent) {
    table.columns.push_back({"Rang (1 = la plus forte valeur)", "rang", "Rang parmi les territoires de même niveau (1 = la valeur la plus élevée)"});
    std::string share = share_header_fr(parent_level);
    table.columns.push_back({share, "part_parent", share + ", en %"});
  }
  for (IndicatorId indicator : shown_indicators(dataset)) {
    const Indicator& definition = dataset.indicators().at(indicator);
    std::span<const Cell> series = dataset.series(indicator, territory);
    if (latest >= series.size()) continue;
    const Cell& cell = series[latest];
    SiteTable::Row row{definition.label, {}};
    row.indicator_code = definition.code;
    row.unit = definition.unit;
    row.cells.push_back(page.cell(cell.figure, indicator, when));
    row.cells.push_back(evolution_cell(cell.derived.previous, is_rate(definition)));
    row.cells.push_back(evolution_cell(cell.derived.year_ago, is_rate(definition)));
    if (with_parent) {
      row.cells.push_back(rank_cell(cell.derived.rank, cell.derived.rank_among));
      row.cells.push_back(is_rate(definition) ? rank_cell(0, 0) : share_cell(cell.derived.share_of_parent));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Every indicator over the last quarters, one row per indicator.
SiteTable quarters_table(SitePage& page, TerritoryId territory, const std::vector<std::size_t>& quarters) {
  const Dataset& dataset = page.site().inputs.dataset;
  const std::vector<Period>& all = dataset.periods().all();
  SiteTable table;
  table.caption = dataset.territories().at(territory).name + " : tous les indicateurs, " +
                  std::to_string(quarters.size()) + " derniers trimestres";
  table.row_header = {"Indicateur", "indicateur", "Libellé de l’indicateur"};
  for (std::size_t p : quarters) table.columns.push_back({all[p].french_label(), all[p].to_string(), "Valeur au " + all[p].french_label()});
  for (IndicatorId indicator : shown_indicators(dataset)) {
    std::span<const Cell> series = dataset.series(indicator, territory);
    SiteTable::Row row{dataset.indicators().at(indicator).label, {}};
    row.indicator_code = dataset.indicators().at(indicator).code;
    row.unit = dataset.indicators().at(indicator).unit;
    for (std::size_t p : quarters) row.cells.push_back(page.cell(p < series.size() ? series[p].figure : Figure{}, indicator, all[p]));
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Every indicator at the latest quarter, one row per indicator and one
// column per territory (15 indicators as columns made a table 7 700 px
// wide); the page's own territory is highlighted.
SiteTable comparison_table(SitePage& page, const std::vector<TerritoryId>& territories, TerritoryId current,
                           std::size_t latest) {
  const Dataset& dataset = page.site().inputs.dataset;
  const Period& when = dataset.periods().all()[latest];
  SiteTable table;
  table.caption = "Comparaison des territoires au " + when.french_label();
  table.row_header = {"Indicateur", "indicateur", "Libellé de l'indicateur"};
  for (TerritoryId territory : territories) {
    const Territory& place = dataset.territories().at(territory);
    TableColumn column{place.name, territory_slug(place), place.name + " au " + when.french_label()};
    column.highlighted = territory == current;
    table.columns.push_back(std::move(column));
  }
  for (IndicatorId indicator : shown_indicators(dataset)) {
    const Indicator& definition = dataset.indicators().at(indicator);
    SiteTable::Row row{definition.label, {}};
    row.indicator_code = definition.code;
    row.unit = definition.unit;
    for (TerritoryId territory : territories) {
      std::span<const Cell> series = dataset.series(indicator, territory);
      row.cells.push_back(page.cell(latest < series.size() ? series[latest].figure : Figure{}, indicator, when));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

void write_territory(SiteContext& site, NodeIndex index, bool sheet) {
  const Dataset& dataset = site.inputs.dataset;
  const TreeNode& node = dataset.tree().node(index);
  const Territory& territory = dataset.territories().at(node.territory);
  std::vector<std::size_t> quarters = quarter_indexes(dataset, kQuartersShown);
  std::string path = sheet ? sheet_page(territory) : territory_page(territory);
  std::string slug = sheet ? "fiche-" + territory_slug(territory) : territory_slug(territory);
  std::string title = sheet ? "Fiche imprimable : " + territory.name : territory.name;
  SitePage page(site, path, slug, title);
  data view;
  view["nom"] = territory.name;
  view["niveau"] = level_fr(node.level);
  view["est_departement"] = node.level == TerritoryLevel::departement;
  view["fiche"] = page.root() + sheet_page(territory);
  view["page_territoire"] = page.root() + territory_page(territory);
  if (quarters.empty()) {
    view["sans_donnees"] = true;
    page.write(sheet ? "fiche" : "territoire", std::move(view), {});
    return;
  }
  std::size_t latest = quarters.back();
  view["periode"] = dataset.periods().all()[latest].french_label();
  bool has_parent = node.parent != kNoNode;
  // On the page each table sits under an h2 saying what it is; the sheet has no h2.
  data synthese = page.table(summary_table(page, node.territory, latest, has_parent,
                                           has_parent ? dataset.tree().node(node.parent).level : node.level));
  view["synthese"] = sheet ? std::move(synthese) : under_heading(std::move(synthese));

  std::vector<TerritoryId> compared{node.territory};
  if (has_parent) compared.push_back(dataset.tree().node(node.parent).territory);
  data trimestres = page.table(quarters_table(page, node.territory, quarters));
  view["trimestres"] = sheet ? std::move(trimestres) : under_heading(std::move(trimestres));
  std::vector<data> indicators;
  std::vector<IndicatorId> charted = shown_indicators(dataset);
  if (charted.size() > kChartedIndicators) charted.resize(kChartedIndicators);
  for (IndicatorId indicator : charted) {
    const Indicator& definition = dataset.indicators().at(indicator);
    data item{"libelle", definition.label};
    item["lien"] = page.root() + indicator_page(definition);
    // The territory alone on its own scale (beside its région, a département
    // would be a flat line); the table under the chart keeps both.
    std::string chart_title = definition.label + " : " + territory.name + ", " +
                              std::to_string(quarters.size()) + " derniers trimestres";
    item["graphique"] = over_time_block(page, indicator, {node.territory}, compared, quarters, chart_title, !sheet);
    indicators.push_back(std::move(item));
  }
  view["indicateurs"] = list_of(std::move(indicators));

  // The département beside its région and the other départements; the
  // région (or country) beside its children.
  std::vector<TerritoryId> others;
  NodeIndex group = node.level == TerritoryLevel::departement && has_parent ? node.parent : index;
  const TreeNode& group_node = dataset.tree().node(group);
  others.push_back(group_node.territory);
  for (NodeIndex child : group_node.children) others.push_back(dataset.tree().node(child).territory);
  if (!sheet && others.size() > 1)
    view["comparaison"] = under_heading(page.table(comparison_table(page, others, node.territory, latest)));

  // The other territories: the group's head (the région) and its
  // members, never the page itself.
  std::vector<data> links;
  std::vector<NodeIndex> neighbours{group};
  neighbours.insert(neighbours.end(), group_node.children.begin(), group_node.children.end());
  for (NodeIndex other_node : neighbours) {
    if (other_node == index) continue;
    const Territory& other = dataset.territories().at(dataset.tree().node(other_node).territory);
    data link{"libelle", other.name};
    link["lien"] = page.root() + territory_page(other);
    links.push_back(std::move(link));
  }
  view["voisins"] = list_of(links);
  view["a_des_voisins"] = !links.empty();
  std::vector<data> annexes;
  for (const AnnexFile& annex : site.inputs.annexes) {
    if (annex.territory != territory.code || annex.regional != (node.level == TerritoryLevel::region)) continue;
    data link{"libelle", annex.title};
    link["lien"] = page.root() + annex.path;
    annexes.push_back(std::move(link));
  }
  view["annexes"] = list_of(annexes);
  if (!sheet && node.level == TerritoryLevel::departement)
    view["capitalisation"] = departement_capitalisation(page, territory.code);
  // Accueil › Pays de la Loire › Mayenne (› Fiche imprimable): the
  // territory's ancestors, then the territory itself for its sheet.
  std::vector<Crumb> crumbs;
  std::vector<NodeIndex> ancestors;
  for (NodeIndex up = node.parent; up != kNoNode; up = dataset.tree().node(up).parent) ancestors.insert(ancestors.begin(), up);
  for (NodeIndex up : ancestors) {
    const Territory& above = dataset.territories().at(dataset.tree().node(up).territory);
    crumbs.push_back({above.name, territory_page(above)});
  }
  if (sheet) crumbs.push_back({territory.name, territory_page(territory)});
  page.write(sheet ? "fiche" : "territoire", std::move(view), crumbs);
}

}  // namespace

void write_territory_pages(SiteContext& site) {
  const TerritoryTree& tree = site.inputs.dataset.tree();
  for (NodeIndex i = 0; i < tree.size(); ++i) {
    write_territory(site, i, false);
    if (tree.node(i).level == TerritoryLevel::departement) write_territory(site, i, true);
  }
}

}  // namespace prith
