#include "capitalisation/action_plan_reader.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "capitalisation/content_values.h"
#include "capitalisation/practice_reader.h"
#include "core/slug.h"

namespace prith {

const std::vector<HeaderField>& action_fields() {
  static const std::vector<HeaderField> fields = {
      {"departement", {"departement", "dept", "dep", "territoire", "departements", "departement s"}, true, "Département"},
      {"priority", {"priorite", "axe prioritaire", "priorites", "orientation", "objectif"}, true, "Priorité"},
      {"id", {"identifiant", "id", "code", "numero", "n", "ref", "reference"}, true, "Identifiant"},
      {"title", {"action", "intitule", "titre", "libelle", "intitule de l action"}, true, "Action"},
      {"pilot", {"pilote", "structure pilote", "porteur", "organisme pilote", "pilotage"}, true, "Pilote"},
      {"partners", {"partenaires", "partenaires associes", "acteurs"}, false, "Partenaires"},
      {"status", {"statut", "etat", "etat d avancement"}, true, "Statut"},
      {"planned_start", {"debut prevu", "date de debut prevue", "debut previsionnel", "date de debut"}, false,
       "Début prévu"},
      {"planned_end", {"fin prevue", "date de fin prevue", "echeance", "fin previsionnelle", "date de fin"}, false,
       "Fin prévue"},
      {"actual_start", {"debut reel", "date de debut reelle", "demarree le"}, false, "Début réel"},
      {"actual_end", {"fin reelle", "date de fin reelle", "realisee le", "date de realisation"}, false, "Fin réelle"},
      {"progress", {"avancement", "progression", "taux d avancement", "avancement en"}, false,
       "Avancement (%)"},
      {"indicators", {"indicateurs", "indicateurs lies", "indicateurs de suivi", "indicateur"}, false, "Indicateurs"},
      {"last_update", {"derniere mise a jour", "mise a jour", "maj", "date de mise a jour"}, false,
       "Dernière mise à jour"},
  };
  return fields;
}

namespace {

std::optional<ReadAction> build_action(ContentFields& fields, const ContentContext& context,
                                       const std::string& file_label) {
  ReadAction read;
  PlanAction& action = read.action;
  action.id = fields.text("id");
  action.title = fields.text("title");
  action.pilot = fields.text("pilot");
  read.priority_label = fields.text("priority");
  action.priority = slug(read.priority_label);
  std::vector<std::string> departements = fields.departements("departement");
  if (departements.size() > 1) {
    fields.report(Severity::error, DiagnosticCode::departement_unknown, fields.place("departement"),
                  fields.text("departement"),
                  "Une action appartient au plan d'un seul département ; « " + fields.text("departement") +
                      " » en nomme plusieurs : l'action est ignorée.");
    return std::nullopt;
  }
  if (departements.empty()) return std::nullopt;
  action.departement = departements.front();
  action.status = fields.entry("status", context.catalogues.action_statuses, DiagnosticCode::status_unknown,
                               Severity::warning, "Statut", "le statut est laissé vide");
  action.partners = fields.list("partners");
  action.planned_start = fields.date("planned_start", "Début prévu");
  action.planned_end = fields.date("planned_end", "Fin prévue");
  action.actual_start = fields.date("actual_start", "Début réel");
  action.actual_end = fields.date("actual_end", "Fin réelle");
  action.indicators = fields.indicators("indicators");
  action.last_update = fields.date("last_update", "Dernière mise à jour");
  action.origin = {file_label, fields.row_place()};

  if (fields.has("progress")) {
    std::optional<double> progress;
    if (const std::string text = fields.text("progress"); !text.empty()) {
      RawCell cell;
      cell.kind = CellKind::text;
      cell.text = text;
      progress = parse_progress(cell);
    }
    if (progress && *progress >= 0 && *progress <= 100) {
      action.progress = progress;
    } else {
      fields.report(Severity::error, DiagnosticCode::progress_invalid, fields.place("progress"), fields.text("progress"),
                    "Avancement « " + fields.text("progress") + " » : un pourcentage de 0 à 100 est attendu ; laissé vide.");
    }
  }
  auto before = [](const std::string& a, const std::string& b) { return !a.empty() && !b.empty() && a < b; };
  if (before(action.actual_start, action.planned_start) || before(action.actual_end, action.planned_start)) {
    const std::string& actual = before(action.actual_start, action.planned_start) ? action.actual_start : action.actual_end;
    fields.report(Severity::warning, DiagnosticCode::dates_inconsistent,
                  fields.place(actual == action.actual_start ? "actual_start" : "actual_end"), actual,
                  "Date réelle " + date_fr(actual) + " antérieure au début prévu " + date_fr(action.planned_start) +
                      " : vérifiez l'une ou l'autre.");
  } else if (before(action.planned_end, action.planned_start) || before(action.actual_end, action.actual_start)) {
    bool planned = before(action.planned_end, action.planned_start);
    fields.report(Severity::warning, DiagnosticCode::dates_inconsistent, fields.place(planned ? "planned_end" : "actual_end"),
                  planned ? action.planned_end : action.actual_end, "Date de fin antérieure à la date de début.");
  }
  if (action.status == "realisee" && action.actual_end.empty()) {
    fields.report(Severity::warning, DiagnosticCode::done_without_date, fields.place("status"), fields.text("status"),
                  "Action « " + action.id + " » réalisée sans date de fin réelle : indiquez quand elle s'est achevée.");
  }
  action.stale = fields.stale(action.last_update, "last_update");
  std::string today = context.publication_date.substr(0, std::min<std::size_t>(10, context.publication_date.size()));
  action.late = !action.planned_end.empty() && action.planned_end < today && action.status != "realisee" &&
                action.status != "abandonnee";
  return read;
}

}  // namespace

std::vector<ReadAction> read_action_table(const std::filesystem::path& path, const std::string& file_label,
                                          const ContentContext& context, std::vector<Diagnostic>& diagnostics) {
  std::vector<ReadAction> actions;
  HeaderTable table(action_fields(), file_label, diagnostics);
  table.on_record = [&](const HeaderRecord& record) {
    ContentFields values = ContentFields::from_record(context, diagnostics, record);
    if (const RawCell* cell = record.cell("progress"); cell && cell->kind == CellKind::number) {
      // Keep the workbook number: 0.45 with a % format is 45 %.
      std::optional<double> progress = parse_progress(*cell);
      char text[32];
      std::snprintf(text, sizeof text, "%g", progress ? *progress : cell->number);
      values.set("progress", FieldValue{text, {}, *cell, record.place("progress"), false});
    }
    if (std::optional<ReadAction> action = build_action(values, context, file_label)) {
      actions.push_back(std::move(*action));
    }
  };
  read_spreadsheet(path, table, diagnostics);
  return actions;
}

std::vector<ActionPlan> group_action_plans(std::vector<ReadAction> actions) {
  std::map<std::string, ActionPlan> plans;
  for (ReadAction& read : actions) {
    ActionPlan& plan = plans[read.action.departement];
    plan.departement = read.action.departement;
    auto priority = std::find_if(plan.priorities.begin(), plan.priorities.end(),
                                 [&](const PlanPriority& p) { return p.code == read.action.priority; });
    if (priority == plan.priorities.end()) {
      plan.priorities.push_back({read.action.priority, read.priority_label, {}, std::nullopt});
      priority = plan.priorities.end() - 1;
    }
    priority->actions.push_back(plan.actions.size());
    plan.actions.push_back(std::move(read.action));
  }
  std::vector<ActionPlan> sorted;
  for (auto& [code, plan] : plans) {
    for (PlanPriority& priority : plan.priorities) {
      double sum = 0;
      int count = 0;
      for (std::size_t index : priority.actions) {
        const PlanAction& action = plan.actions[index];
        if (!action.progress || action.status == "abandonnee") continue;
        sum += *action.progress;
        ++count;
      }
      if (count > 0) priority.mean_progress = sum / count;
    }
    sorted.push_back(std::move(plan));
  }
  return sorted;
}

}  // namespace prith
