// The home page: the région's key figures for the latest quarter, what
// changed since the previous publication, and links to every page.
#include <algorithm>
#include <set>

#include "core/french_format.h"
#include "render/site/batch_wording.h"
#include "render/site/site_links.h"
#include "render/site/site_pages.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

// What this publication brings: the batches the previous publication did
// not show (its manifest says which it showed), or, without that record,
// those of the latest reading day.
std::vector<const BatchHistory*> new_batches(const SiteInputs& inputs) {
  std::vector<const BatchHistory*> batches;
  std::string latest;
  for (const BatchHistory& batch : inputs.history) latest = std::max(latest, batch.read_at.substr(0, 10));
  for (const BatchHistory& batch : inputs.history) {
    bool is_new = inputs.published_before ? !inputs.published_before->count(batch.id)
                                          : batch.read_at.substr(0, 10) == latest;
    if (is_new) batches.push_back(&batch);
  }
  return batches;
}

// One line per file, except that a partner's plain sendings of one day
// saying the same (an MDPH per département) are one line: "… (5 fichiers
// reçus le …)".
std::vector<data> changes_fr(SiteContext& site, const std::vector<const BatchHistory*>& batches) {
  struct Line {
    std::string source, phrase, day;
    bool plain = true;
    std::size_t files = 0;
  };
  std::vector<Line> lines;
  BatchQuarters quarters = quarters_by_batch(site.inputs.dataset, site.inputs.history);
  for (const BatchHistory* batch : batches) {
    std::string source = batch->source;
    for (const Source& known : site.inputs.project.sources())
      if (known.code == batch->source) source = known.label;
    std::string phrase = batch_sentence_fr(*batch, quarters[{batch->file, batch->read_at}]);
    std::string day = batch->read_at.substr(0, 10);
    // Only plain sendings merge: a revision's counts and a refusal are
    // said of one file.
    bool plain = !batch->revision && !batch->refusal;
    auto same = std::find_if(lines.begin(), lines.end(), [&](const Line& line) {
      return plain && line.plain && line.source == source && line.phrase == phrase && line.day == day;
    });
    if (same == lines.end()) same = lines.insert(lines.end(), Line{source, phrase, day, plain});
    ++same->files;
  }
  std::vector<data> changes;
  for (const Line& line : lines) {
    data item{"source", line.source};
    item["phrase"] = line.phrase;
    item["reception"] =
        (line.files > 1 ? count_fr(line.files, "fichier", "fichiers") + " reçus le " : "reçus le ") + date_fr(line.day);
    changes.push_back(std::move(item));
  }
  return changes;
}

// "T2 2026, T3 2026": the quarters whose reported figures all came with
// the new batches (none was published before).
std::string new_quarters_fr(const Dataset& dataset, const std::vector<const BatchHistory*>& batches) {
  std::set<std::pair<std::string, std::string>> brought;  // (file, read_at)
  for (const BatchHistory* batch : batches) brought.insert({batch->file, batch->read_at});
  std::string text;
  std::size_t count = 0;
  std::vector<std::size_t> quarters = quarter_indexes(dataset);
  for (std::size_t p : quarters) {
    bool any = false, earlier = false;
    for (IndicatorId indicator = 0; indicator < dataset.indicators().all().size(); ++indicator)
      for (const TreeNode& node : dataset.tree().nodes()) {
        const Figure& figure = dataset.series(indicator, node.territory)[p].figure;
        if (figure.provenance == Figure::kNoProvenance) continue;
        const Provenance& provenance = dataset.provenances()[figure.provenance];
        any = true;
        earlier = earlier || !brought.count({provenance.file, provenance.read_at});
      }
    if (any && !earlier) {
      text += (text.empty() ? "" : ", ") + dataset.periods().all()[p].french_label();
      ++count;
    }
  }
  // Every quarter new: the first publication, said as such by the template.
  return count == quarters.size() ? std::string() : text;
}

std::vector<data> links(const std::vector<std::pair<std::string, std::string>>& items) {
  std::vector<data> list;
  for (const auto& [label, path] : items) {
    data link{"libelle", label};
    link["lien"] = path;
    list.push_back(std::move(link));
  }
  return list;
}

}  // namespace

void write_home_page(SiteContext& site) {
  const Dataset& dataset = site.inputs.dataset;
  SitePage page(site, "index.html", "accueil", site.inputs.project.settings().name);
  data view;
  std::vector<std::size_t> quarters = quarter_indexes(dataset);
  std::optional<NodeIndex> region = region_node(dataset, site.inputs.project.settings().region);
  if (!quarters.empty() && region) {
    const TreeNode& node = dataset.tree().node(*region);
    const Territory& territory = dataset.territories().at(node.territory);
    std::size_t latest = quarters.back();
    const Period& when = dataset.periods().all()[latest];
    view["region"] = territory.name;
    view["region_lien"] = territory_page(territory);
    view["periode"] = when.french_label();
    view["premiere_periode"] = dataset.periods().all()[quarters.front()].french_label();
    SiteTable table;
    table.caption = territory.name + " : chiffres clés au " + when.french_label();
    table.row_header = {"Indicateur", "indicateur", "Libellé de l’indicateur"};
    table.columns = {{"Valeur", "valeur", "Valeur au " + when.french_label()},
                     {"Évolution sur un trimestre", "evolution_trimestre", "Évolution sur un trimestre (en % ou en points pour un taux)"},
                     {"Évolution sur un an", "evolution_an", "Évolution sur un an (en % ou en points pour un taux)"}};
    std::vector<std::pair<std::string, std::string>> indicator_links;
    for (IndicatorId indicator : shown_indicators(dataset)) {
      const Indicator& definition = dataset.indicators().at(indicator);
      const Cell& cell = dataset.series(indicator, node.territory)[latest];
      table.rows.push_back({definition.label,
                            {page.cell(cell.figure, indicator, when),
                             evolution_cell(cell.derived.previous, is_rate(definition)),
                             evolution_cell(cell.derived.year_ago, is_rate(definition))}});
      table.rows.back().indicator_code = definition.code;  // the CSV says what each row counts
      table.rows.back().unit = definition.unit;
      indicator_links.push_back({definition.label, indicator_page(definition)});
    }
    view["chiffres_cles"] = page.table(table);
    view["indicateurs"] = list_of(links(indicator_links));
  }
  std::vector<std::pair<std::string, std::string>> territories, sources;
  for (const TreeNode& node : dataset.tree().nodes()) {
    const Territory& territory = dataset.territories().at(node.territory);
    territories.push_back({territory.name, territory_page(territory)});
  }
  for (const Source& source : site.inputs.project.sources()) sources.push_back({source.label, source_page(source)});
  view["territoires"] = list_of(links(territories));
  view["sources"] = list_of(links(sources));
  std::vector<const BatchHistory*> batches = new_batches(site.inputs);
  std::vector<data> changes = changes_fr(site, batches);
  if (!batches.empty()) set_text(view, "nouveaux_trimestres", new_quarters_fr(dataset, batches));
  view["nouveautes"] = list_of(changes);
  view["a_des_nouveautes"] = !changes.empty();
  page.write("accueil", std::move(view), {});
}

}  // namespace prith
