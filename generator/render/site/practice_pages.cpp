// The catalogue of practices (pratiques/index.html), its static filtered
// lists (pratiques/axe-<code>.html, departement-, public-, type-) which work
// without JavaScript, and one page per practice with its related practices
// and the latest figures of the indicators it aims to move.
#include <algorithm>
#include <set>

#include "core/french_format.h"
#include "core/slug.h"
#include "render/site/capitalisation_links.h"
#include "render/site/capitalisation_pages.h"
#include "render/site/site_links.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

// One filter of the catalogue: "axe", "departement", "public" or "type".
struct Filter {
  std::string key, label;  // "axe", "Axe"
  std::vector<CatalogueEntry> options;  // codes as in the model
  bool (*matches)(const Practice&, const std::string&);
};

std::string space_separated_slugs(const std::vector<std::string>& codes) {
  std::vector<std::string> slugs;
  for (const std::string& code : codes) slugs.push_back(slug(code));
  return joined(slugs, " ");
}

bool has(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// The filters, each with the options some practice has, in catalogue order.
std::vector<Filter> catalogue_filters(const Capitalisation& content, const Dataset& dataset) {
  const CapitalisationCatalogues& catalogues = content.catalogues;
  auto used = [&](const std::vector<CatalogueEntry>& entries, auto&& codes_of) {
    std::set<std::string> codes;
    for (const Practice& practice : content.practices)
      for (const std::string& code : codes_of(practice)) codes.insert(code);
    std::vector<CatalogueEntry> options;
    for (const CatalogueEntry& entry : entries)
      if (codes.erase(entry.code)) options.push_back(entry);
    for (const std::string& code : codes) options.push_back({code, code});  // free text (publics)
    return options;
  };
  std::vector<CatalogueEntry> departements;
  std::set<std::string> departement_codes;
  for (const Practice& practice : content.practices)
    departement_codes.insert(practice.departements.begin(), practice.departements.end());
  for (const std::string& code : departement_codes) departements.push_back({code, departement_name(dataset, code)});
  return {
      {"axe", "Axe", used(catalogues.axes, [](const Practice& p) { return std::vector<std::string>{p.axis}; }),
       [](const Practice& p, const std::string& code) { return p.axis == code; }},
      {"departement", "Département", departements,
       [](const Practice& p, const std::string& code) { return has(p.departements, code); }},
      {"public", "Public", used(catalogues.publics, [](const Practice& p) { return p.publics; }),
       [](const Practice& p, const std::string& code) { return has(p.publics, code); }},
      {"type", "Type", used(catalogues.kinds, [](const Practice& p) { return std::vector<std::string>{p.kind}; }),
       [](const Practice& p, const std::string& code) { return p.kind == code; }},
  };
}

data practice_item(SitePage& page, const Capitalisation& content, const Practice& practice) {
  const Dataset& dataset = page.site().inputs.dataset;
  data item{"titre", practice.title};
  item["lien"] = page.root() + practice_page(practice);
  item["axe"] = entry_label(content.catalogues.axes, practice.axis);
  item["type"] = entry_label(content.catalogues.kinds, practice.kind);
  item["departements"] = departement_names(dataset, practice.departements);
  set_text(item, "resume", practice.summary);
  item["data_axe"] = slug(practice.axis);
  item["data_departements"] = space_separated_slugs(practice.departements);
  item["data_publics"] = space_separated_slugs(practice.publics);
  item["data_type"] = slug(practice.kind);
  return item;
}

// The catalogue or one of its filtered lists (`current`: the filter shown, or null).
void write_catalogue(SiteContext& site, const std::vector<Filter>& filters, const Filter* current,
                     const CatalogueEntry* option) {
  const Capitalisation& content = capitalisation_of(site.inputs);
  bool filtered = current && option;
  std::string path = filtered ? practice_filter_page(current->key, option->code) : "pratiques/index.html";
  std::string title = filtered ? "Pratiques — " + current->label + " : " + option->label : "Pratiques et outils";
  std::string page_slug = filtered ? "pratiques-" + current->key + "-" + slug(option->code) : "pratiques";
  SitePage page(site, path, page_slug, title);
  data view;
  view["titre_page"] = title;
  view["filtre"] = filtered;
  view["catalogue"] = page.root() + "pratiques/index.html";
  std::vector<data> items;
  for (const Practice& practice : content.practices)
    if (!filtered || current->matches(practice, option->code)) items.push_back(practice_item(page, content, practice));
  view["nombre"] = count_fr(items.size(), "pratique", "pratiques");
  view["pratiques"] = list_of(items);
  view["a_des_pratiques"] = !items.empty();
  std::vector<data> groups;
  for (const Filter& filter : filters) {
    data group{"cle", filter.key};
    group["libelle"] = filter.label;
    std::vector<data> options;
    for (const CatalogueEntry& entry : filter.options) {
      std::size_t count = std::count_if(content.practices.begin(), content.practices.end(),
                                        [&](const Practice& p) { return filter.matches(p, entry.code); });
      data choice{"libelle", entry.label};
      choice["code"] = slug(entry.code);
      choice["lien"] = page.root() + practice_filter_page(filter.key, entry.code);
      choice["nombre"] = std::to_string(count);
      choice["courant"] = &filter == current && entry.code == option->code;
      options.push_back(std::move(choice));
    }
    group["options"] = list_of(options);
    groups.push_back(std::move(group));
  }
  view["filtres"] = list_of(groups);
  view["script_page"] = "assets/js/filtres-pratiques.js";
  std::vector<Crumb> crumbs;
  if (filtered) crumbs.push_back({"Pratiques et outils", "pratiques/index.html"});
  page.write("pratiques", std::move(view), crumbs);
}

std::vector<data> texts(const std::vector<std::string>& values) {
  std::vector<data> items;
  for (const std::string& value : values) items.push_back(data{"texte", value});
  return items;
}

void write_practice(SiteContext& site, const Practice& practice) {
  const Capitalisation& content = capitalisation_of(site.inputs);
  const Dataset& dataset = site.inputs.dataset;
  SitePage page(site, practice_page(practice), "pratique-" + slug(practice.id), practice.title);
  data view{"titre_pratique", practice.title};
  view["axe"] = entry_label(content.catalogues.axes, practice.axis);
  view["lien_axe"] = page.root() + practice_filter_page("axe", practice.axis);
  view["type"] = entry_label(content.catalogues.kinds, practice.kind);
  view["lien_type"] = page.root() + practice_filter_page("type", practice.kind);
  std::vector<data> departements;
  for (const std::string& code : practice.departements) {
    data item{"nom", departement_name(dataset, code)};
    std::optional<TerritoryId> id = dataset.territories().find(TerritoryLevel::departement, code);
    if (id) item["lien"] = page.root() + territory_page(dataset.territories().at(*id));
    departements.push_back(std::move(item));
  }
  view["departements"] = list_of(departements);
  std::vector<std::string> publics;
  for (const std::string& code : practice.publics) publics.push_back(entry_label(content.catalogues.publics, code));
  set_text(view, "publics", joined(publics));
  set_text(view, "partenaires", joined(practice.partners));
  set_text(view, "resume", practice.summary);
  set_text(view, "resultats", practice.results);
  set_text(view, "contact", practice.contact);
  view["liens"] = list_of(texts(practice.links));
  view["a_des_liens"] = !practice.links.empty();
  view["documents"] = list_of(texts(practice.documents));
  view["a_des_documents"] = !practice.documents.empty();
  set_text(view, "debut", practice.start_date.empty() ? "" : date_fr(practice.start_date));
  set_text(view, "statut", practice.status.empty() ? "" : entry_label(content.catalogues.practice_statuses, practice.status));
  set_text(view, "mise_a_jour", practice.last_update.empty() ? "" : date_fr(practice.last_update));
  view["ancienne"] = practice.stale;
  set_text(view, "corps", practice.body_html);  // sanitized by capitalisation/markdown_html
  std::vector<data> related;
  for (const Practice* other : content.related_practices(practice)) related.push_back(practice_item(page, content, *other));
  view["liees"] = list_of(related);
  view["a_des_liees"] = !related.empty();
  std::vector<data> indicators = aimed_indicators(page, practice.indicators, practice.departements);
  view["indicateurs"] = list_of(indicators);
  view["a_des_indicateurs"] = !indicators.empty();
  page.write("pratique", std::move(view), {{"Pratiques et outils", "pratiques/index.html"}});
}

}  // namespace

// The latest quarter with a figure present for `indicator` in `territory`; the last quarter otherwise.
static std::size_t latest_quarter(const Dataset& dataset, IndicatorId indicator, TerritoryId territory) {
  std::span<const Cell> series = dataset.series(indicator, territory);
  for (std::size_t p = series.size(); p-- > 0;)
    if (series[p].figure.present()) return p;
  return series.empty() ? 0 : series.size() - 1;
}

// Each indicator it aims at, with its latest figure in each of its départements.
std::vector<data> aimed_indicators(SitePage& page, const std::vector<std::string>& codes,
                                   const std::vector<std::string>& departements) {
  const Dataset& dataset = page.site().inputs.dataset;
  std::vector<data> indicators;
  for (const std::string& code : codes) {
    std::optional<IndicatorId> indicator = dataset.indicators().match(code);
    if (!indicator) continue;
    const Indicator& definition = dataset.indicators().at(*indicator);
    data item{"libelle", definition.label};
    item["lien"] = page.root() + indicator_page(definition);
    std::vector<data> figures;
    for (const std::string& departement : departements) {
      std::optional<TerritoryId> territory = dataset.territories().find(TerritoryLevel::departement, departement);
      if (!territory || dataset.periods().all().empty()) continue;
      std::size_t latest = latest_quarter(dataset, *indicator, *territory);
      std::span<const Cell> series = dataset.series(*indicator, *territory);
      const Period& period = dataset.periods().all()[latest];
      data line{"territoire", dataset.territories().at(*territory).name};
      line["lien"] = page.root() + territory_page(dataset.territories().at(*territory));
      line["periode"] = period.french_label();
      line["valeur"] = page.figure(latest < series.size() ? series[latest].figure : Figure{}, *indicator, period);
      figures.push_back(std::move(line));
    }
    item["chiffres"] = list_of(figures);
    indicators.push_back(std::move(item));
  }
  return indicators;
}

void write_practice_pages(SiteContext& site) {
  const Capitalisation& content = capitalisation_of(site.inputs);
  std::vector<Filter> filters = catalogue_filters(content, site.inputs.dataset);
  write_catalogue(site, filters, nullptr, nullptr);
  for (const Filter& filter : filters)
    for (const CatalogueEntry& option : filter.options) write_catalogue(site, filters, &filter, &option);
  for (const Practice& practice : content.practices) write_practice(site, practice);
}

}  // namespace prith
