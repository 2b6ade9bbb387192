// The departmental action plans (plans/departement-<code>.html): priorities,
// actions with their pilot, partners, status, dates and progress, late
// actions and stale updates said in words; and the regional view
// (plans/index.html) setting départements side by side by priority, with a
// chart of the mean progress by priority and département.
#include <map>

#include "core/french_format.h"
#include "render/site/capitalisation_links.h"
#include "render/site/capitalisation_pages.h"
#include "render/site/site_links.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

std::string percent_fr(double value) { return format_number_fr(value, 0) + " %"; }

std::string dates_fr(const std::string& start, const std::string& end) {
  if (start.empty() && end.empty()) return "";
  if (end.empty()) return "à partir du " + date_fr(start);
  if (start.empty()) return "jusqu'au " + date_fr(end);
  return "du " + date_fr(start) + " au " + date_fr(end);
}

data action_item(SitePage& page, const Capitalisation& content, const PlanAction& action) {
  data item{"titre", action.title};
  item["id"] = action.id;
  set_text(item, "pilote", action.pilot);
  set_text(item, "partenaires", joined(action.partners));
  set_text(item, "statut", action.status.empty() ? "" : entry_label(content.catalogues.action_statuses, action.status));
  set_text(item, "prevu", dates_fr(action.planned_start, action.planned_end));
  set_text(item, "reel", dates_fr(action.actual_start, action.actual_end));
  if (action.progress) {
    item["avancement"] = percent_fr(*action.progress);
    item["avancement_valeur"] = format_number_fr(*action.progress, 0);
  }
  item["en_retard"] = action.late;
  item["ancienne"] = action.stale;
  set_text(item, "mise_a_jour", action.last_update.empty() ? "" : date_fr(action.last_update));
  std::vector<data> indicators = aimed_indicators(page, action.indicators, {action.departement});
  item["indicateurs"] = list_of(indicators);
  item["a_des_indicateurs"] = !indicators.empty();
  return item;
}

void write_plan(SiteContext& site, const ActionPlan& plan) {
  const Capitalisation& content = capitalisation_of(site.inputs);
  const Dataset& dataset = site.inputs.dataset;
  std::string name = departement_name(dataset, plan.departement);
  SitePage page(site, plan_page(plan.departement), "plan-departement-" + plan.departement,
                "Plan d'action : " + name);
  data view{"departement", name};
  std::optional<TerritoryId> id = dataset.territories().find(TerritoryLevel::departement, plan.departement);
  if (id) view["lien_territoire"] = page.root() + territory_page(dataset.territories().at(*id));
  std::size_t late = 0, stale = 0;
  std::vector<data> priorities;
  for (const PlanPriority& priority : plan.priorities) {
    data group{"libelle", priority.label};
    set_text(group, "avancement_moyen", priority.mean_progress ? percent_fr(*priority.mean_progress) : "");
    std::vector<data> actions;
    for (std::size_t index : priority.actions) {
      const PlanAction& action = plan.actions[index];
      late += action.late;
      stale += action.stale;
      actions.push_back(action_item(page, content, action));
    }
    group["actions"] = list_of(actions);
    priorities.push_back(std::move(group));
  }
  view["priorites"] = list_of(priorities);
  view["nombre_actions"] = count_fr(plan.actions.size(), "action", "actions");
  set_text(view, "en_retard", late ? count_fr(late, "action en retard", "actions en retard") : "");
  set_text(view, "anciennes", stale ? count_fr(stale, "action dont la mise à jour date de plus de deux trimestres",
                                              "actions dont la mise à jour date de plus de deux trimestres")
                                    : "");
  std::vector<data> practices;
  for (const Practice* practice : practices_in(content, plan.departement)) {
    data item{"titre", practice->title};
    item["lien"] = page.root() + practice_page(*practice);
    practices.push_back(std::move(item));
  }
  view["pratiques"] = list_of(practices);
  view["a_des_pratiques"] = !practices.empty();
  page.write("plan", std::move(view), {{"Plans d'action", "plans/index.html"}});
}

void write_regional_view(SiteContext& site) {
  const Capitalisation& content = capitalisation_of(site.inputs);
  const Dataset& dataset = site.inputs.dataset;
  SitePage page(site, "plans/index.html", "plans", "Plans d'action départementaux");
  data view;
  std::vector<CatalogueEntry> priorities = content.priorities();
  std::vector<data> plans;
  SiteTable table;
  table.caption = "Avancement moyen des actions par priorité et par département (en %)";
  table.row_header = {"Priorité", "priorite", "Priorité du plan d'action"};
  ChartSpec chart;
  chart.title = "Avancement moyen des actions par priorité et par département";
  chart.kind = ChartKind::bars_across_territories;
  chart.unit = "%";
  chart.measure = "avancement moyen des actions";
  for (const ActionPlan& plan : content.plans) {
    std::string name = departement_name(dataset, plan.departement);
    data item{"departement", name};
    item["lien"] = page.root() + plan_page(plan.departement);
    item["nombre_actions"] = count_fr(plan.actions.size(), "action", "actions");
    std::size_t late = 0;
    for (const PlanAction& action : plan.actions) late += action.late;
    set_text(item, "en_retard", late ? count_fr(late, "action en retard", "actions en retard") : "");
    plans.push_back(std::move(item));
    table.columns.push_back({name, "departement_" + plan.departement, "Avancement moyen en " + name + " (%)"});
    chart.x_labels.push_back(name);
  }
  for (const CatalogueEntry& priority : priorities) {
    SiteTable::Row row{priority.label, {}};
    ChartSeries series{priority.label, {}};
    for (const ActionPlan& plan : content.plans) {
      const PlanPriority* found = nullptr;
      for (const PlanPriority& candidate : plan.priorities)
        if (candidate.code == priority.code) found = &candidate;
      if (found && found->mean_progress) {
        TableCell cell = text_cell(percent_fr(*found->mean_progress));
        cell.kind = ShownKind::value;
        cell.number = *found->mean_progress;
        row.cells.push_back(std::move(cell));
        series.points.push_back(ChartPoint::of(*found->mean_progress));
      } else {
        row.cells.push_back(text_cell(found ? "sans avancement renseigné" : "priorité absente du plan"));
        series.points.push_back(ChartPoint::missing());
      }
    }
    table.rows.push_back(std::move(row));
    chart.series.push_back(std::move(series));
  }
  view["plans"] = list_of(plans);
  view["a_des_plans"] = !plans.empty();
  if (!priorities.empty() && !content.plans.empty()) view["graphique"] = page.chart(chart, table);
  page.write("plans", std::move(view), {});
}

}  // namespace

void write_plan_pages(SiteContext& site) {
  write_regional_view(site);
  for (const ActionPlan& plan : capitalisation_of(site.inputs).plans) write_plan(site, plan);
}

}  // namespace prith
