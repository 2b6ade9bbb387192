// One page per indicator: its definition, source, unit and secrecy rule; a
// bar chart across the départements for the latest quarter; the région over
// time; the full table (territories × quarters).
#include "core/french_format.h"
#include "render/site/map_block.h"
#include "render/site/series_blocks.h"
#include "render/site/site_links.h"
#include "render/site/capitalisation_pages.h"
#include "render/site/site_pages.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

std::string secrecy_rule_fr(const Indicator& indicator) {
  if (!indicator.secret) return "Pas de secret statistique : tous les chiffres sont publiés.";
  return "Secret statistique : un effectif inférieur à " + std::to_string(indicator.secret_threshold) +
         " n’est pas publié (« s »), ni aucun chiffre qui permettrait de le recalculer.";
}

std::string aggregation_fr(const Indicator& indicator) {
  switch (indicator.aggregation) {
    case Aggregation::sum: return "Somme des départements.";
    case Aggregation::weighted_mean: return "Moyenne des départements pondérée par « " + indicator.weight + " ».";
    case Aggregation::ratio: return "Rapport « " + indicator.numerator + " » / « " + indicator.denominator + " » recalculé à chaque niveau.";
    case Aggregation::none: return "Non agrégé : chaque territoire est publié tel que le partenaire l’a transmis.";
  }
  return "";
}

void write_indicator(SiteContext& site, IndicatorId indicator) {
  const Dataset& dataset = site.inputs.dataset;
  const Indicator& definition = dataset.indicators().at(indicator);
  SitePage page(site, indicator_page(definition), indicator_slug(definition), definition.label);
  data view;
  view["libelle"] = definition.label;
  view["code"] = definition.code;
  set_text(view, "definition", definition.definition);
  set_text(view, "unite", definition.unit);
  view["secret"] = secrecy_rule_fr(definition);
  view["agregation"] = aggregation_fr(definition);
  for (const Source& source : site.inputs.project.sources()) {
    if (source.code != definition.source) continue;
    view["source"] = source.label;
    view["source_lien"] = page.root() + source_page(source);
  }
  std::vector<std::size_t> quarters = quarter_indexes(dataset);
  std::optional<NodeIndex> region = region_node(dataset, site.inputs.project.settings().region);
  if (!quarters.empty() && region) {
    const TreeNode& node = dataset.tree().node(*region);
    const Territory& name = dataset.territories().at(node.territory);
    std::size_t latest = quarters.back();
    const Period& when = dataset.periods().all()[latest];
    std::vector<TerritoryId> departements;
    for (NodeIndex child : node.children) departements.push_back(dataset.tree().node(child).territory);
    view["periode"] = when.french_label();
    view["barres"] = across_block(page, indicator, departements, latest,
                                    definition.label + " par département, " + when.french_label());
    std::vector<TerritoryId> mapped;  // the région's départements; all of them for a national project
    for (NodeIndex below : node.departements) mapped.push_back(dataset.tree().node(below).territory);
    view["carte"] = map_block(page, indicator, mapped, latest,
                              "Carte : " + definition.label + " par département, " + when.french_label(),
                              mapped == departements);
    std::vector<std::size_t> recent = quarter_indexes(dataset, 8);
    view["evolution"] = over_time_block(page, indicator, {node.territory}, recent,
                                          definition.label + " : " + name.name + ", " +
                                              std::to_string(recent.size()) + " derniers trimestres");
    std::vector<TerritoryId> everyone;
    for (const TreeNode& other : dataset.tree().nodes()) everyone.push_back(other.territory);
    view["tableau_complet"] = under_heading(
        page.table(territories_by_quarter(page, indicator, everyone, quarters,
                                          definition.label + " : tous les territoires, tous les trimestres")));
  }
  std::vector<data> territories;
  for (const TreeNode& node : dataset.tree().nodes()) {
    const Territory& territory = dataset.territories().at(node.territory);
    data link{"libelle", territory.name};
    link["lien"] = page.root() + territory_page(territory);
    territories.push_back(std::move(link));
  }
  view["territoires"] = list_of(territories);
  view["capitalisation"] = indicator_capitalisation(page, definition.code);
  // The annexes have a sheet per indicator: the regional one first, then the départements'.
  std::vector<data> annexes;
  for (bool regional : {true, false})
    for (const AnnexFile& annex : site.inputs.annexes) {
      if (annex.regional != regional) continue;
      data link{"libelle", annex.title};
      link["lien"] = page.root() + annex.path;
      set_text(link, "taille", file_size_fr(site.out, annex.path));
      annexes.push_back(std::move(link));
    }
  view["annexes"] = list_of(annexes);
  view["a_des_annexes"] = !annexes.empty();
  page.write("indicateur", std::move(view), {{"Indicateurs", "plan-du-site.html#indicateurs"}});
}

}  // namespace

void write_indicator_pages(SiteContext& site) {
  for (IndicatorId indicator : shown_indicators(site.inputs.dataset)) write_indicator(site, indicator);
}

}  // namespace prith
