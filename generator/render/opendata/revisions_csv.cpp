#include "render/opendata/revisions_csv.h"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

#include "render/opendata/csv_table.h"
#include "render/opendata/figures_csv.h"

namespace prith {

namespace {

std::optional<TerritoryLevel> level_of(const std::string& name) {
  for (TerritoryLevel level : {TerritoryLevel::departement, TerritoryLevel::region, TerritoryLevel::country}) {
    if (level_name(level) == name) return level;
  }
  return std::nullopt;
}

// The figure the Dataset publishes for a stored key, or null; `indicator` set when found.
const Figure* published_figure(const Dataset& dataset, const StoredKey& key, const Indicator*& found) {
  std::optional<IndicatorId> indicator;
  for (IndicatorId id = 0; id < dataset.indicators().all().size(); ++id) {
    if (dataset.indicators().at(id).code == key.indicator) indicator = id;
  }
  std::optional<TerritoryLevel> level = level_of(key.territory_level);
  std::optional<Period> period = parse_period(key.period);
  if (!indicator || !level || !period || period->to_string() != key.period) return nullptr;
  std::optional<TerritoryId> territory = dataset.territories().find(*level, key.territory);
  if (!territory) return nullptr;
  const Cell* cell = dataset.cell(*indicator, *territory, *period);
  if (!cell) return nullptr;
  found = &dataset.indicators().at(*indicator);
  return &cell->figure;
}

// A count secrecy would hide by itself (from 1 to the threshold - 1, as
// secrecy_pass does), whatever the figure is now: an old small count
// revised to a large one must not come out through this file.
bool small_count(const Indicator& indicator, const StoredValue& value) {
  return indicator.secret && indicator.aggregation == Aggregation::sum && value.status == ObservationStatus::ok &&
         value.value > 0 && value.value < indicator.secret_threshold;
}

bool secret_before(const Indicator& indicator, const FigureChange& change) {
  return change.before &&
         (change.before->status == ObservationStatus::confidential || small_count(indicator, *change.before));
}

// The (indicator, period) tables of a batch where an old value was secret by
// itself: secrecy then hid other cells of that table beside it, which the
// store does not remember, so none of the table's old values is written.
std::set<std::pair<std::string, std::string>> tables_secret_before(const Dataset& dataset, const BatchHistory& batch) {
  std::set<std::pair<std::string, std::string>> tables;
  for (const std::vector<FigureChange>* changes : {&batch.changed, &batch.removed}) {
    for (const FigureChange& change : *changes) {
      const Indicator* indicator = nullptr;
      if (!published_figure(dataset, change.key, indicator) || !secret_before(*indicator, change)) continue;
      if (indicator->secret && indicator->aggregation == Aggregation::sum)
        tables.emplace(change.key.indicator, change.key.period);
    }
  }
  return tables;
}

void write_side(CsvTable& table, const std::optional<StoredValue>& side, bool secret, const Indicator& indicator) {
  if (!side) {
    table.empty().text("absent");
  } else if (secret || side->status == ObservationStatus::confidential || small_count(indicator, *side)) {
    table.text("s").text("secret");
  } else if (side->status == ObservationStatus::ok) {
    table.number(side->value).text("publié");
  } else {
    table.empty().text("manquant");
  }
}

}  // namespace

DataFile revisions_file() {
  DataFile file;
  file.path = "donnees/revisions.csv";
  file.title = "Les révisions";
  file.description = "Les chiffres qu'un partenaire a modifiés, ajoutés ou retirés en renvoyant un fichier révisé, "
                     "avec l'ancienne et la nouvelle valeur ; « s » quand le chiffre est secret.";
  file.columns = {
      {"lot", "integer", "Numéro du lot (fichier lu) qui apporte la révision"},
      {"fichier", "string", "Fichier révisé"},
      {"source", "string", "Code de la source (voir sources.csv)"},
      {"lu_le", "date", "Date de lecture du fichier révisé"},
      {"changement", "string", "ajouté, modifié ou retiré"},
      {"indicateur_code", "string", "Code de l'indicateur"},
      {"territoire_code", "string", "Code INSEE du territoire"},
      {"territoire_niveau", "string", "departement, region ou pays"},
      {"periode", "string", "Période"},
      {"ancienne_valeur", "number", "Valeur avant la révision ; « s » si le chiffre est secret"},
      {"ancien_statut", "string", "publié, secret, manquant ou absent (chiffre ajouté)"},
      {"nouvelle_valeur", "number", "Valeur après la révision ; « s » si le chiffre est secret"},
      {"nouveau_statut", "string", "publié, secret, manquant ou absent (chiffre retiré)"},
  };
  return file;
}

std::string revisions_csv(const Dataset& dataset, const std::vector<BatchHistory>& history) {
  CsvTable table(revisions_file().columns);
  for (auto batch = history.rbegin(); batch != history.rend(); ++batch) {
    if (!batch->revision) continue;
    const auto secret_tables = tables_secret_before(dataset, *batch);
    auto write = [&](const std::vector<FigureChange>& changes, std::string_view kind) {
      for (const FigureChange& change : changes) {
        const Indicator* indicator = nullptr;
        const Figure* figure = published_figure(dataset, change.key, indicator);
        if (!figure) continue;
        const bool now_secret = figure->has(kHidden) || figure->status == ObservationStatus::confidential;
        table.integer(batch->id).text(batch->file).text(batch->source);
        table.text(batch->read_at.substr(0, std::min<std::size_t>(10, batch->read_at.size())));
        table.text(kind).text(change.key.indicator).text(change.key.territory).text(change.key.territory_level);
        table.text(change.key.period);
        const bool table_secret = secret_tables.count({change.key.indicator, change.key.period}) > 0;
        write_side(table, change.before, now_secret || table_secret, *indicator);
        write_side(table, change.after, now_secret, *indicator);
        table.end_row();
      }
    };
    write(batch->changed, "modifié");
    write(batch->added, "ajouté");
    write(batch->removed, "retiré");
  }
  return table.str();
}

}  // namespace prith
