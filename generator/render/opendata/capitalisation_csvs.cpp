#include "render/opendata/capitalisation_csvs.h"

#include "capitalisation/experiment_secrecy.h"
#include "render/opendata/csv_table.h"

namespace prith {

namespace {

// Lists in one field: "44|85".
std::string listed(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : "|") + item;
  return text;
}

std::string label_of(const std::vector<CatalogueEntry>& entries, const std::string& code) {
  const CatalogueEntry* entry = find_entry(entries, code);
  return entry ? entry->label : code;
}

}  // namespace

DataFile practices_file() {
  DataFile file;
  file.path = "donnees/pratiques.csv";
  file.title = "Les pratiques et outils recensés";
  file.description = "Une ligne par pratique, outil ou support recensé par les groupes de travail départementaux. "
                     "Les listes (départements, publics, partenaires, liens) sont séparées par « | ».";
  file.columns = {
      {"id", "string", "Identifiant de la pratique"},
      {"titre", "string", "Titre"},
      {"departements", "string", "Codes des départements où elle est menée, séparés par |"},
      {"axe", "string", "Code de l'axe"},
      {"axe_libelle", "string", "Libellé de l'axe"},
      {"type", "string", "Code du type (action, outil, guide…)"},
      {"publics", "string", "Publics visés, séparés par |"},
      {"partenaires", "string", "Partenaires impliqués, séparés par |"},
      {"resume", "string", "Résumé"},
      {"resultats", "string", "Résultats observés"},
      {"contact", "string", "Contact (fonction ou service)"},
      {"liens", "string", "Liens, séparés par |"},
      {"indicateurs", "string", "Codes des indicateurs visés, séparés par |"},
      {"date_debut", "date", "Date de début"},
      {"statut", "string", "Statut"},
      {"mise_a_jour", "date", "Date de la dernière mise à jour"},
  };
  return file;
}

std::string practices_csv(const Capitalisation& content) {
  CsvTable table(practices_file().columns);
  for (const Practice& practice : content.practices) {
    table.text(practice.id).text(practice.title).text(listed(practice.departements)).text(practice.axis);
    table.text(label_of(content.catalogues.axes, practice.axis)).text(practice.kind);
    table.text(listed(practice.publics)).text(listed(practice.partners)).text(practice.summary);
    table.text(practice.results).text(practice.contact).text(listed(practice.links));
    table.text(listed(practice.indicators)).text(practice.start_date).text(practice.status).text(practice.last_update);
    table.end_row();
  }
  return table.str();
}

DataFile action_plans_file() {
  DataFile file;
  file.path = "donnees/plans-d-action.csv";
  file.title = "Les plans d'action départementaux";
  file.description = "Une ligne par action des plans d'action départementaux, avec sa priorité, son pilote, son "
                     "statut, ses dates et son avancement.";
  file.columns = {
      {"departement", "string", "Code du département"},
      {"priorite", "string", "Code de la priorité"},
      {"priorite_libelle", "string", "Libellé de la priorité"},
      {"action_id", "string", "Identifiant de l'action dans le plan du département"},
      {"action", "string", "Intitulé de l'action"},
      {"pilote", "string", "Organisation pilote"},
      {"partenaires", "string", "Partenaires, séparés par |"},
      {"statut", "string", "Statut : a-lancer, en-cours, realisee, abandonnee, reportee ou vide"},
      {"debut_prevu", "date", "Début prévu"},
      {"fin_prevue", "date", "Fin prévue"},
      {"debut_reel", "date", "Début réel"},
      {"fin_reelle", "date", "Fin réelle"},
      {"avancement", "number", "Avancement en % (0 à 100)"},
      {"indicateurs", "string", "Codes des indicateurs visés, séparés par |"},
      {"mise_a_jour", "date", "Date de la dernière mise à jour"},
      {"en_retard", "string", "oui si la fin prévue est passée sans que l'action soit réalisée ni abandonnée"},
      {"mise_a_jour_ancienne", "string", "oui si la dernière mise à jour date de plus de deux trimestres"},
  };
  return file;
}

std::string action_plans_csv(const Capitalisation& content) {
  CsvTable table(action_plans_file().columns);
  for (const ActionPlan& plan : content.plans) {
    for (const PlanPriority& priority : plan.priorities) {
      for (std::size_t index : priority.actions) {
        const PlanAction& action = plan.actions[index];
        table.text(plan.departement).text(priority.code).text(priority.label).text(action.id).text(action.title);
        table.text(action.pilot).text(listed(action.partners)).text(action.status);
        table.text(action.planned_start).text(action.planned_end).text(action.actual_start).text(action.actual_end);
        if (action.progress) table.number(*action.progress); else table.empty();
        table.text(listed(action.indicators)).text(action.last_update);
        table.text(action.late ? "oui" : "non").text(action.stale ? "oui" : "non");
        table.end_row();
      }
    }
  }
  return table.str();
}

DataFile experiments_file() {
  DataFile file;
  file.path = "donnees/experimentations.csv";
  file.title = "Les résultats des expérimentations";
  file.description = "Les résultats des expérimentations en format long : une ligne par expérimentation, trimestre "
                     "et mesure. Les petits effectifs sont couverts par le secret statistique : valeur « s ».";
  file.columns = {
      {"experimentation", "string", "Identifiant de l'expérimentation"},
      {"titre", "string", "Titre de l'expérimentation"},
      {"periode", "string", "Trimestre (AAAA-Tn)"},
      {"mesure", "string", "Code de la mesure (entrees, objectif_entrees, part_deld…, entrees_cumulees)"},
      {"valeur", "number", "Valeur (nombre, point décimal) ; s si secret"},
      {"statut", "string", "secret si la valeur est couverte par le secret statistique, vide sinon"},
  };
  return file;
}

std::string experiments_csv(const Capitalisation& content) {
  CsvTable table(experiments_file().columns);
  for (const Experiment& experiment : content.experiments) {
    for (const PublishedResult& result : published_experiment_results(experiment)) {
      table.text(experiment.slug).text(experiment.title).text(result.period).text(result.measure);
      bool secret = result.secret || !result.value;
      table.text(secret ? "s" : open_data_number(*result.value)).text(secret ? "secret" : "");
      table.end_row();
    }
  }
  return table.str();
}

std::vector<DataFile> write_capitalisation_data(const Capitalisation& content, OutputFolder& output) {
  output.write(practices_file().path, practices_csv(content));
  output.write(action_plans_file().path, action_plans_csv(content));
  output.write(experiments_file().path, experiments_csv(content));
  return {practices_file(), action_plans_file(), experiments_file()};
}

}  // namespace prith
