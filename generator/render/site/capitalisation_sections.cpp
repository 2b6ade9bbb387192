// The capitalisation as the other pages show it: a département's page lists
// its action plan and the practices running there, an indicator's page the
// practices and actions aiming at it.
#include "core/french_format.h"
#include "render/site/capitalisation_links.h"
#include "render/site/capitalisation_pages.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

const Capitalisation& capitalisation_of(const SiteInputs& inputs) {
  static const Capitalisation empty;
  return inputs.capitalisation ? *inputs.capitalisation : empty;
}

namespace {

data practice_links(SitePage& page, const std::vector<const Practice*>& practices) {
  std::vector<data> items;
  for (const Practice* practice : practices) {
    data item{"titre", practice->title};
    item["lien"] = page.root() + practice_page(*practice);
    items.push_back(std::move(item));
  }
  return list_of(items);
}

}  // namespace

data departement_capitalisation(SitePage& page, const std::string& departement) {
  const Capitalisation& content = capitalisation_of(page.site().inputs);
  const ActionPlan* plan = content.plan_of(departement);
  std::vector<const Practice*> practices = practices_in(content, departement);
  if (!plan && practices.empty()) return data(false);
  data view;
  if (plan) {
    view["plan"] = page.root() + plan_page(departement);
    view["plan_actions"] = count_fr(plan->actions.size(), "action", "actions");
  }
  view["pratiques"] = practice_links(page, practices);
  view["a_des_pratiques"] = !practices.empty();
  return view;
}

data indicator_capitalisation(SitePage& page, const std::string& indicator_code) {
  const Capitalisation& content = capitalisation_of(page.site().inputs);
  std::vector<const Practice*> practices = practices_aiming_at(content, indicator_code);
  std::vector<const PlanAction*> actions = actions_aiming_at(content, indicator_code);
  if (practices.empty() && actions.empty()) return data(false);
  data view;
  view["pratiques"] = practice_links(page, practices);
  view["a_des_pratiques"] = !practices.empty();
  std::vector<data> items;
  for (const PlanAction* action : actions) {
    data item{"titre", action->title};
    item["departement"] = departement_name(page.site().inputs.dataset, action->departement);
    item["lien"] = page.root() + plan_page(action->departement);
    items.push_back(std::move(item));
  }
  view["actions"] = list_of(items);
  view["a_des_actions"] = !items.empty();
  return view;
}

}  // namespace prith
