#include "render/site/capitalisation_links.h"

#include <algorithm>

#include "catalogue/text_folding.h"
#include "core/slug.h"

namespace prith {

std::string practice_page(const Practice& practice) {
  // An id that would take the place of the catalogue or of a filtered list is prefixed.
  std::string name = slug(practice.id);
  for (const char* list : {"axe-", "departement-", "public-", "type-"})
    if (name.rfind(list, 0) == 0) name = "pratique-" + name;
  if (name == "index") name = "pratique-index";
  return "pratiques/" + name + ".html";
}

std::string plan_page(std::string_view departement) {
  return "plans/departement-" + slug(departement) + ".html";
}

std::string experiment_page(const Experiment& experiment) {
  return "experimentations/" + slug(experiment.slug) + ".html";
}

std::string practice_filter_page(std::string_view filter, std::string_view code) {
  return "pratiques/" + std::string(filter) + "-" + slug(code) + ".html";
}

std::string entry_label(const std::vector<CatalogueEntry>& entries, const std::string& code) {
  const CatalogueEntry* entry = find_entry(entries, code);
  return entry ? entry->label : code;
}

std::string departement_name(const Dataset& dataset, const std::string& code) {
  std::optional<TerritoryId> id = dataset.territories().find(TerritoryLevel::departement, code);
  return id ? dataset.territories().at(*id).name : code;
}

std::string departement_names(const Dataset& dataset, const std::vector<std::string>& codes) {
  std::vector<std::string> names;
  for (const std::string& code : codes) names.push_back(departement_name(dataset, code));
  return joined(names);
}

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : separator) + item;
  return text;
}

std::vector<const Practice*> practices_in(const Capitalisation& content, std::string_view departement) {
  return content.practices_where("", departement, "", "");
}

namespace {

bool aims_at(const std::vector<std::string>& indicators, std::string_view code) {
  std::string wanted = fold_for_matching(code);
  return std::any_of(indicators.begin(), indicators.end(),
                     [&](const std::string& indicator) { return fold_for_matching(indicator) == wanted; });
}

}  // namespace

std::vector<const Practice*> practices_aiming_at(const Capitalisation& content, std::string_view indicator_code) {
  std::vector<const Practice*> found;
  for (const Practice& practice : content.practices)
    if (aims_at(practice.indicators, indicator_code)) found.push_back(&practice);
  return found;
}

std::vector<const PlanAction*> actions_aiming_at(const Capitalisation& content, std::string_view indicator_code) {
  std::vector<const PlanAction*> found;
  for (const ActionPlan& plan : content.plans)
    for (const PlanAction& action : plan.actions)
      if (aims_at(action.indicators, indicator_code)) found.push_back(&action);
  return found;
}

}  // namespace prith
