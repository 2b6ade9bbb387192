// One page per source (partner): the files it sent, when, which quarters,
// and what each revision changed (store/history.h).
#include <set>

#include "core/french_format.h"
#include "render/site/batch_wording.h"
#include "render/site/site_links.h"
#include "render/site/site_pages.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

constexpr std::size_t kChangesShown = 50;

// A revised figure as published now: never the stored values themselves,
// which statistical secrecy may hide.
data revised_figure(SitePage& page, const StoredKey& key, const std::string& date) {
  const Dataset& dataset = page.site().inputs.dataset;
  std::optional<IndicatorId> indicator = dataset.indicators().match(key.indicator);
  std::optional<TerritoryId> territory;
  for (TerritoryLevel level : {TerritoryLevel::departement, TerritoryLevel::region, TerritoryLevel::country})
    if (level_name(level) == key.territory_level) territory = dataset.territories().find(level, key.territory);
  std::optional<Period> period = parse_period(key.period);
  const Cell* cell = indicator && territory && period ? dataset.cell(*indicator, *territory, *period) : nullptr;
  data line{"date", date};
  if (!cell) {
    line["chiffre"] = stored_key_fr(key);
    line["valeur"] = page.figure(Figure{}, 0, Period{});
    return line;
  }
  line.set("chiffre", dataset.indicators().at(*indicator).label + " · " + dataset.territories().at(*territory).name +
                          " · " + period->french_label());
  line["valeur"] = page.figure(cell->figure, *indicator, *period);
  return line;
}

void write_source(SiteContext& site, const Source& source, const BatchQuarters& batch_quarters) {
  const Dataset& dataset = site.inputs.dataset;
  SitePage page(site, source_page(source), source_slug(source), source.label);
  data view;
  view["libelle"] = source.label;
  view["code"] = source.code;
  set_text(view, "site_web", web_link(source.url));
  set_text(view, "site_web_texte", source.url);

  std::vector<data> indicators;
  std::set<Period> quarters;
  for (IndicatorId indicator : shown_indicators(dataset)) {
    const Indicator& definition = dataset.indicators().at(indicator);
    if (definition.source != source.code) continue;
    data link{"libelle", definition.label};
    link["lien"] = page.root() + indicator_page(definition);
    indicators.push_back(std::move(link));
    for (const TreeNode& node : dataset.tree().nodes()) {
      std::span<const Cell> series = dataset.series(indicator, node.territory);
      for (std::size_t p = 0; p < series.size(); ++p)
        if (series[p].figure.origin == FigureOrigin::reported && series[p].figure.present())
          quarters.insert(dataset.periods().all()[p]);
    }
  }
  view["indicateurs"] = list_of(indicators);
  std::string periods;
  for (const Period& period : quarters) periods += (periods.empty() ? "" : ", ") + period.french_label();
  set_text(view, "periodes", periods);

  std::vector<data> batches;
  std::vector<data> changes;
  for (const BatchHistory& batch : site.inputs.history) {
    if (batch.source != source.code) continue;
    data item{"fichier", file_name_only(batch.file)};
    item["date"] = date_fr(batch.read_at);
    auto found = batch_quarters.find({batch.file, batch.read_at});
    const std::set<Period> none;
    const std::set<Period>& sent = found == batch_quarters.end() ? none : found->second;
    std::string which;
    for (const Period& period : sent) which += (which.empty() ? "" : ", ") + period.french_label();
    item["trimestres"] = which.empty() ? std::string("—") : which;
    item["nature"] = batch_nature_fr(batch);
    batches.push_back(std::move(item));
    for (const FigureChange& change : batch.changed) {
      if (changes.size() >= kChangesShown) break;
      changes.push_back(revised_figure(page, change.key, date_fr(batch.read_at)));
    }
  }
  view["lots"] = list_of(batches);
  view["a_des_lots"] = !batches.empty();
  view["revisions"] = list_of(changes);
  view["a_des_revisions"] = !changes.empty();
  page.write("source", std::move(view), {{"Sources", "plan-du-site.html#sources"}});
}

}  // namespace

std::string web_link(const std::string& url) {
  auto starts = [&](const char* prefix) { return url.rfind(prefix, 0) == 0; };
  return starts("https://") || starts("http://") ? url : std::string();
}

void write_source_pages(SiteContext& site) {
  // The quarters each file brought: one walk of the Dataset for every source.
  BatchQuarters batch_quarters = quarters_by_batch(site.inputs.dataset, site.inputs.history);
  for (const Source& source : site.inputs.project.sources()) write_source(site, source, batch_quarters);
}

}  // namespace prith
