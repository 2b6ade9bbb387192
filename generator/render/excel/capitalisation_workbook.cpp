#include "render/excel/capitalisation_workbook.h"

#include <stdexcept>

#include "capitalisation/experiment_secrecy.h"
#include "ingest/excel_date.h"
#include "model/figure_labels.h"
#include "render/excel/annex_workbook.h"
#include "render/excel/workbook_writer.h"

namespace prith {

namespace {

constexpr const char* kReadMe = "Lisez-moi";
constexpr const char* kPractices = "Pratiques";
constexpr const char* kPlans = "Plans d'action";
constexpr const char* kResults = "Résultats des expérimentations";

std::string listed(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

std::string label_of(const std::vector<CatalogueEntry>& entries, const std::string& code) {
  const CatalogueEntry* entry = find_entry(entries, code);
  return entry ? entry->label : code;
}

std::string departement_names(const Dataset& dataset, const std::vector<std::string>& codes) {
  std::vector<std::string> names;
  for (const std::string& code : codes) {
    std::optional<TerritoryId> id = dataset.territories().find(TerritoryLevel::departement, code);
    names.push_back(id ? dataset.territories().at(*id).name + " (" + code + ")" : code);
  }
  return listed(names);
}

// An ISO date as an Excel date; blank when empty.
SheetCell date_cell(const std::string& iso) {
  std::optional<double> serial = iso.empty() ? std::nullopt : iso_to_excel_serial(iso, false);
  return serial ? SheetCell::of_number(*serial, CellFormat::date) : SheetCell::of_text(iso);
}

SheetDescription read_me(const Capitalisation& content, const CapitalisationWorkbookContext& context,
                         const std::string& title) {
  SheetDescription sheet;
  sheet.name = kReadMe;
  sheet.table_name = "Tableau_Lisez_moi";
  sheet.columns = {{"Rubrique", CellFormat::text}, {"Contenu", CellFormat::text}};
  auto row = [&](const std::string& key, const std::string& text) {
    sheet.rows.push_back({SheetCell::of_text(key), SheetCell::of_text(text)});
  };
  row("Titre", title);
  row("Producteur", context.partnership);
  row("Date de publication", iso_date_fr(context.publication_date));
  row("Contenu", "Les pratiques et outils recensés par les groupes de travail départementaux, les plans d'action "
                 "départementaux et les résultats des expérimentations.");
  sheet.rows.push_back({SheetCell::of_text("Sommaire"),
                        SheetCell::of_link("Pratiques : " + std::to_string(content.practices.size()) +
                                               " pratiques, outils et supports", kPractices)});
  std::size_t actions = 0;
  for (const ActionPlan& plan : content.plans) actions += plan.actions.size();
  sheet.rows.push_back({SheetCell::of_text("Sommaire"),
                        SheetCell::of_link("Plans d'action : " + std::to_string(actions) + " actions de " +
                                               std::to_string(content.plans.size()) + " départements", kPlans)});
  sheet.rows.push_back({SheetCell::of_text("Sommaire"),
                        SheetCell::of_link("Résultats des expérimentations : " +
                                               std::to_string(content.experiments.size()) +
                                               " expérimentations, trimestre par trimestre", kResults)});
  row("En retard", "Une action est en retard quand sa fin prévue est passée à la date de publication sans qu'elle "
                   "soit réalisée ni abandonnée.");
  row("Mise à jour ancienne", "La dernière mise à jour date de plus de deux trimestres avant la publication.");
  row("Secret statistique", std::string(kSecretLegend));
  row("Formats", "Les dates sont des dates, les avancements et les parts des pourcentages, les effectifs des "
                 "nombres entiers. Les listes (départements, partenaires) sont séparées par des virgules.");
  return sheet;
}

SheetDescription practices_sheet(const Capitalisation& content, const Dataset& dataset) {
  SheetDescription sheet;
  sheet.name = kPractices;
  sheet.table_name = "Pratiques";
  sheet.frozen_columns = 2;
  sheet.columns = {{"Identifiant"}, {"Titre"}, {"Départements"}, {"Axe"}, {"Type"}, {"Public"}, {"Partenaires"},
                   {"Résumé"}, {"Résultats observés"}, {"Contact"}, {"Liens"}, {"Indicateurs visés"},
                   {"Début", CellFormat::date}, {"Statut"}, {"Dernière mise à jour", CellFormat::date},
                   {"Mise à jour ancienne"}};
  for (const Practice& practice : content.practices) {
    std::vector<std::string> publics;
    for (const std::string& code : practice.publics) publics.push_back(label_of(content.catalogues.publics, code));
    sheet.rows.push_back({SheetCell::of_text(practice.id), SheetCell::of_text(practice.title),
                          SheetCell::of_text(departement_names(dataset, practice.departements)),
                          SheetCell::of_text(label_of(content.catalogues.axes, practice.axis)),
                          SheetCell::of_text(label_of(content.catalogues.kinds, practice.kind)),
                          SheetCell::of_text(listed(publics)), SheetCell::of_text(listed(practice.partners)),
                          SheetCell::of_text(practice.summary), SheetCell::of_text(practice.results),
                          SheetCell::of_text(practice.contact), SheetCell::of_text(listed(practice.links)),
                          SheetCell::of_text(listed(practice.indicators)), date_cell(practice.start_date),
                          SheetCell::of_text(label_of(content.catalogues.practice_statuses, practice.status)),
                          date_cell(practice.last_update), SheetCell::of_text(practice.stale ? "oui" : "non")});
  }
  return sheet;
}

SheetDescription plans_sheet(const Capitalisation& content, const Dataset& dataset) {
  SheetDescription sheet;
  sheet.name = kPlans;
  sheet.table_name = "Plans_d_action";
  sheet.frozen_columns = 3;
  sheet.columns = {{"Département"}, {"Priorité"}, {"Action"}, {"Intitulé"}, {"Pilote"}, {"Partenaires"},
                   {"Statut"}, {"Début prévu", CellFormat::date}, {"Fin prévue", CellFormat::date},
                   {"Début réel", CellFormat::date}, {"Fin réelle", CellFormat::date},
                   {"Avancement", CellFormat::percent}, {"Indicateurs visés"},
                   {"Dernière mise à jour", CellFormat::date}, {"En retard"}, {"Mise à jour ancienne"}};
  for (const ActionPlan& plan : content.plans) {
    for (const PlanPriority& priority : plan.priorities) {
      for (std::size_t index : priority.actions) {
        const PlanAction& action = plan.actions[index];
        sheet.rows.push_back(
            {SheetCell::of_text(departement_names(dataset, {plan.departement})), SheetCell::of_text(priority.label),
             SheetCell::of_text(action.id), SheetCell::of_text(action.title), SheetCell::of_text(action.pilot),
             SheetCell::of_text(listed(action.partners)),
             SheetCell::of_text(label_of(content.catalogues.action_statuses, action.status)),
             date_cell(action.planned_start), date_cell(action.planned_end), date_cell(action.actual_start),
             date_cell(action.actual_end),
             action.progress ? SheetCell::of_number(*action.progress / 100, CellFormat::percent) : SheetCell{},
             SheetCell::of_text(listed(action.indicators)), date_cell(action.last_update),
             SheetCell::of_text(action.late ? "oui" : "non"), SheetCell::of_text(action.stale ? "oui" : "non")});
      }
    }
  }
  return sheet;
}

SheetDescription results_sheet(const Capitalisation& content) {
  SheetDescription sheet;
  sheet.name = kResults;
  sheet.table_name = "Resultats_experimentations";
  sheet.frozen_columns = 2;
  sheet.columns = {{"Expérimentation"}, {"Trimestre"}, {"Mesure"}, {"Valeur", CellFormat::decimal}};
  for (const Experiment& experiment : content.experiments) {
    for (const PublishedResult& result : published_experiment_results(experiment)) {
      const ExperimentMeasure* measure = find_experiment_measure(result.measure);
      std::string label = measure ? measure->label
                                  : result.measure == "entrees_cumulees" ? "Entrées cumulées depuis le début"
                                                                         : result.measure;
      SheetCell value;
      if (result.secret || !result.value) {
        value = SheetCell::of_text("s", std::string(kSecretLegend));
      } else if (measure && measure->unit == ExperimentMeasure::Unit::share) {
        value = SheetCell::of_number(*result.value / 100, CellFormat::percent);
      } else if (measure && measure->unit == ExperimentMeasure::Unit::months) {
        value = SheetCell::of_number(*result.value, CellFormat::decimal);
      } else {
        value = SheetCell::of_number(*result.value, CellFormat::integer);
      }
      sheet.rows.push_back({SheetCell::of_text(experiment.title), SheetCell::of_text(result.period),
                            SheetCell::of_text(label), value});
    }
  }
  return sheet;
}

}  // namespace

WorkbookDescription capitalisation_workbook(const Capitalisation& content, const Dataset& dataset,
                                            const CapitalisationWorkbookContext& context) {
  WorkbookDescription workbook;
  workbook.title = "Pratiques, plans d'action et expérimentations, " + context.period_label;
  workbook.subject = "Capitalisation du PRITH : pratiques et outils, plans d'action départementaux, résultats des "
                     "expérimentations";
  workbook.author = context.partnership;
  workbook.company = context.partnership;
  workbook.keywords = "PRITH, emploi, handicap, pratiques, plans d'action, expérimentations";
  workbook.comments = "Classeur produit par prith à partir des fichiers des groupes de travail.";
  workbook.created = context.publication_date;
  workbook.sheets.push_back(read_me(content, context, workbook.title));
  workbook.sheets.push_back(practices_sheet(content, dataset));
  workbook.sheets.push_back(plans_sheet(content, dataset));
  workbook.sheets.push_back(results_sheet(content));
  const std::string footer = "Source : " + context.partnership + ", " + workbook.title + ", publié le " +
                             iso_date_fr(context.publication_date);
  for (SheetDescription& sheet : workbook.sheets) sheet.footer = footer;
  return workbook;
}

namespace {

std::optional<CapitalisationWorkbookContext> workbook_context(const Capitalisation& content, const Dataset& dataset,
                                                              const Project& project) {
  if (content.practices.empty() && content.plans.empty() && content.experiments.empty()) return std::nullopt;
  std::optional<Period> latest;
  for (const Period& period : dataset.periods().all())
    if (period.kind == Period::Kind::quarter) latest = period;
  if (!latest) return std::nullopt;
  return CapitalisationWorkbookContext{project.settings().name, project.settings().publication_date,
                                       latest->to_string(), latest->french_label()};
}

AnnexFile workbook_file(const CapitalisationWorkbookContext& context) {
  AnnexFile file;
  file.path = "annexes/pratiques-et-actions-" + context.period + ".xlsx";
  file.title = "Pratiques, plans d'action et expérimentations, " + context.period_label;
  file.territory = "";  // about no one territory: listed by donnees.html only
  file.regional = false;
  file.description = "Classeur Excel : lisez-moi, pratiques, plans d'action, résultats des expérimentations";
  return file;
}

}  // namespace

std::optional<AnnexFile> planned_capitalisation_workbook(const Capitalisation& content, const Dataset& dataset,
                                                         const Project& project) {
  std::optional<CapitalisationWorkbookContext> context = workbook_context(content, dataset, project);
  if (!context) return std::nullopt;
  return workbook_file(*context);
}

std::optional<AnnexFile> write_capitalisation_workbook(const Capitalisation& content, const Dataset& dataset,
                                                       const Project& project, OutputFolder& out) {
  std::optional<CapitalisationWorkbookContext> context = workbook_context(content, dataset, project);
  if (!context) return std::nullopt;
  AnnexFile file = workbook_file(*context);
  std::string error;
  if (!write_workbook(capitalisation_workbook(content, dataset, *context), out.file_path(file.path), error))
    throw std::runtime_error("Classeur " + file.path + " : " + error);
  return file;
}

}  // namespace prith
