#include "render/opendata/catalogue_csvs.h"

#include <algorithm>
#include <map>
#include <optional>

#include "render/opendata/csv_table.h"

namespace prith {

namespace {

std::string_view aggregation_token(Aggregation aggregation) {
  switch (aggregation) {
    case Aggregation::sum: return "somme";
    case Aggregation::weighted_mean: return "moyenne_ponderee";
    case Aggregation::ratio: return "rapport";
    case Aggregation::none: return "aucune";
  }
  return "aucune";
}

std::string_view nature_token(Nature nature) {
  switch (nature) {
    case Nature::stock: return "stock";
    case Nature::flow: return "flux";
    case Nature::unspecified: return "";
  }
  return "";
}

// "2026-10-15" from "2026-10-15T09:00:00Z".
std::string date_part(const std::string& instant) { return instant.substr(0, std::min<std::size_t>(10, instant.size())); }

}  // namespace

DataFile indicators_file() {
  DataFile file;
  file.path = "donnees/indicateurs.csv";
  file.title = "Les indicateurs";
  file.description = "Le catalogue des indicateurs : définition, unité, source, mode de calcul des totaux et règle "
                     "de secret statistique.";
  file.columns = {
      {"code", "string", "Code de l'indicateur"},
      {"libelle", "string", "Libellé de l'indicateur"},
      {"definition", "string", "Définition"},
      {"unite", "string", "Unité"},
      {"source", "string", "Code de la source (voir sources.csv)"},
      {"agregation", "string",
       "Calcul des totaux régionaux et nationaux : somme, moyenne_ponderee, rapport ou aucune"},
      {"ponderation", "string", "Indicateur qui pondère la moyenne (agregation moyenne_ponderee)"},
      {"numerateur", "string", "Indicateur au numérateur (agregation rapport)"},
      {"denominateur", "string", "Indicateur au dénominateur (agregation rapport)"},
      {"nature", "string", "stock (compté à une date), flux (compté sur la période) ou vide"},
      {"secret", "string", "oui si les petits effectifs sont couverts par le secret statistique, non sinon"},
      {"seuil_secret", "integer", "Effectif en dessous duquel un chiffre est secret (si secret vaut oui)"},
  };
  return file;
}

std::string indicators_csv(const Dataset& dataset) {
  CsvTable table(indicators_file().columns);
  for (const Indicator& indicator : dataset.indicators().all()) {
    table.text(indicator.code).text(indicator.label).text(indicator.definition).text(indicator.unit);
    table.text(indicator.source).text(aggregation_token(indicator.aggregation)).text(indicator.weight);
    table.text(indicator.numerator).text(indicator.denominator).text(nature_token(indicator.nature));
    table.text(indicator.secret ? "oui" : "non");
    if (indicator.secret) table.integer(indicator.secret_threshold); else table.empty();
    table.end_row();
  }
  return table.str();
}

DataFile territories_file() {
  DataFile file;
  file.path = "donnees/territoires.csv";
  file.title = "Les territoires";
  file.description = "Les territoires publiés : départements, région et, le cas échéant, la France, avec le "
                     "territoire qui les contient.";
  file.columns = {
      {"code", "string", "Code INSEE du territoire (FR pour la France)"},
      {"nom", "string", "Nom du territoire"},
      {"niveau", "string", "departement, region ou pays"},
      {"parent_code", "string", "Code du territoire qui le contient, vide au sommet"},
      {"parent_niveau", "string", "Niveau du territoire qui le contient"},
  };
  return file;
}

std::string territories_csv(const Dataset& dataset) {
  CsvTable table(territories_file().columns);
  const TerritoryTree& tree = dataset.tree();
  for (const TreeNode& node : tree.nodes()) {
    table.text(dataset.territories().at(node.territory).code).text(dataset.territories().at(node.territory).name);
    table.text(level_name(node.level));
    if (node.parent == kNoNode) {
      table.empty().empty();
    } else {
      const TreeNode& parent = tree.node(node.parent);
      table.text(dataset.territories().at(parent.territory).code).text(level_name(parent.level));
    }
    table.end_row();
  }
  return table.str();
}

DataFile sources_file() {
  DataFile file;
  file.path = "donnees/sources.csv";
  file.title = "Les sources";
  file.description = "Les partenaires qui fournissent les chiffres, le dernier fichier reçu de chacun et les "
                     "périodes couvertes par leurs chiffres.";
  file.columns = {
      {"code", "string", "Code de la source"},
      {"libelle", "string", "Nom du partenaire"},
      {"url", "string", "Site du partenaire"},
      {"dernier_fichier", "string", "Dernier fichier reçu et lu"},
      {"dernier_fichier_lu_le", "date", "Date de lecture du dernier fichier"},
      {"premiere_periode", "string", "Première période couverte par les chiffres de la source"},
      {"derniere_periode", "string", "Dernière période couverte par les chiffres de la source"},
      {"nombre_periodes", "integer", "Nombre de périodes pour lesquelles la source a fourni des chiffres"},
  };
  return file;
}

std::string sources_csv(const Dataset& dataset, const Project& project, const std::vector<BatchHistory>& history) {
  // The periods each source gave figures for, through the provenances.
  std::map<std::string, std::map<Period, bool>> periods_by_source;
  const std::vector<Period>& periods = dataset.periods().all();
  for (IndicatorId id = 0; id < dataset.indicators().all().size(); ++id) {
    for (const TreeNode& node : dataset.tree().nodes()) {
      std::span<const Cell> series = dataset.series(id, node.territory);
      for (std::size_t p = 0; p < series.size(); ++p) {
        const Figure& figure = series[p].figure;
        if (figure.provenance == Figure::kNoProvenance) continue;
        periods_by_source[dataset.provenances()[figure.provenance].source][periods[p]] = true;
      }
    }
  }
  CsvTable table(sources_file().columns);
  for (const Source& source : project.sources()) {
    const BatchHistory* last = nullptr;
    for (const BatchHistory& batch : history) {
      if (batch.source == source.code && !batch.refusal) last = &batch;  // history is in batch order
    }
    table.text(source.code).text(source.label).text(source.url);
    if (last) table.text(last->file).text(date_part(last->read_at)); else table.empty().empty();
    auto found = periods_by_source.find(source.code);
    if (found == periods_by_source.end() || found->second.empty()) {
      table.empty().empty().integer(0);
    } else {
      table.text(found->second.begin()->first.to_string()).text(found->second.rbegin()->first.to_string());
      table.integer(static_cast<long long>(found->second.size()));
    }
    table.end_row();
  }
  return table.str();
}

}  // namespace prith
