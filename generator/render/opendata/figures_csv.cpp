#include "render/opendata/figures_csv.h"

#include <cstdio>
#include <vector>

#include "model/period_axis.h"
#include "render/opendata/csv_table.h"

namespace prith {

DataFile figures_file() {
  DataFile file;
  file.path = "donnees/chiffres.csv";
  file.title = "Tous les chiffres";
  file.description =
      "Chaque chiffre publié, par indicateur, territoire et période, avec son statut (publié, secret, manquant), "
      "ses drapeaux et ses évolutions. Un chiffre couvert par le secret statistique vaut « s » et n'est jamais "
      "donné.";
  file.columns = {
      {"indicateur_code", "string", "Code de l'indicateur (voir indicateurs.csv)"},
      {"indicateur_libelle", "string", "Libellé de l'indicateur"},
      {"territoire_code", "string", "Code INSEE du territoire (FR pour la France)"},
      {"territoire_nom", "string", "Nom du territoire"},
      {"territoire_niveau", "string", "Niveau du territoire : departement, region ou pays"},
      {"periode", "string", "Période : AAAA-Tn pour un trimestre, AAAA-MM pour un mois, AAAA pour une année"},
      {"valeur", "number",
       "Valeur, point décimal sans séparateur de milliers ; « s » si le chiffre est secret, vide s'il manque"},
      {"statut", "string", "publié, secret (secret statistique) ou manquant (non disponible)"},
      {"drapeaux", "string",
       "Mentions séparées par « | » : calcule (calculé à partir d'autres chiffres), provisoire, revise (révisé), "
       "rupture (rupture de série), partiel (calculé à partir d'une partie des départements)"},
      {"unite", "string", "Unité de la valeur"},
      {"source", "string", "Code de la source (voir sources.csv)"},
      {"revise_le", "date", "Date de la dernière révision du chiffre, vide s'il n'a jamais été révisé"},
      {"evolution_unite", "string", "Unité des évolutions : % (évolution relative) ou points (pour un taux)"},
      {"evolution_precedente", "number",
       "Évolution par rapport à la période précédente (trimestre précédent pour un chiffre trimestriel)"},
      {"evolution_precedente_statut", "string",
       "publié, secret, manquant, rupture (rupture de série), partiel, base_nulle ou sans_objet"},
      {"evolution_un_an", "number", "Évolution sur un an (même période de l'année précédente)"},
      {"evolution_un_an_statut", "string",
       "publié, secret, manquant, rupture (rupture de série), partiel, base_nulle ou sans_objet"},
  };
  return file;
}

std::string_view figure_status_token(const Figure& figure) {
  if (figure.has(kHidden) || figure.status == ObservationStatus::confidential) return "secret";
  if (figure.status == ObservationStatus::ok) return "publié";
  return "manquant";
}

std::string figure_value_field(const Figure& figure) {
  if (figure.has(kHidden) || figure.status == ObservationStatus::confidential) return "s";
  if (!figure.visible()) return "";
  return open_data_number(figure.value);
}

std::string figure_flag_tokens(const Figure& figure) {
  std::string tokens;
  auto add = [&](std::string_view token) {
    if (!tokens.empty()) tokens += '|';
    tokens += token;
  };
  if (figure.origin == FigureOrigin::computed && figure.status != ObservationStatus::missing) add("calcule");
  if (figure.has(kProvisional)) add("provisoire");
  if (figure.has(kRevised)) add("revise");
  if (figure.has(kSeriesBreak)) add("rupture");
  if (figure.has(kPartial)) add("partiel");
  return tokens;
}

std::string_view derived_status_token(DerivedStatus status) {
  switch (status) {
    case DerivedStatus::ok: return "publié";
    case DerivedStatus::missing: return "manquant";
    case DerivedStatus::secret: return "secret";
    case DerivedStatus::series_break: return "rupture";
    case DerivedStatus::partial: return "partiel";
    case DerivedStatus::zero_base: return "base_nulle";
    case DerivedStatus::not_applicable: return "sans_objet";
  }
  return "sans_objet";
}

std::string iso_date(std::uint32_t yyyymmdd) {
  const unsigned year = yyyymmdd / 10000, month = yyyymmdd / 100 % 100, day = yyyymmdd % 100;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return "";
  char text[11];
  std::snprintf(text, sizeof text, "%04u-%02u-%02u", year, month, day);
  return text;
}

namespace {

void write_derived(CsvTable& table, const Derived& derived) {
  if (derived.ok()) table.number(derived.value); else table.empty();
  table.text(derived_status_token(derived.status));
}

// Periods (by index in the axis) where some territory has a figure.
std::vector<bool> active_periods(const Dataset& dataset, IndicatorId indicator) {
  std::vector<bool> active(dataset.periods().size(), false);
  for (const TreeNode& node : dataset.tree().nodes()) {
    std::span<const Cell> series = dataset.series(indicator, node.territory);
    for (std::size_t p = 0; p < series.size(); ++p) {
      const Figure& figure = series[p].figure;
      if (figure.present() || (figure.origin == FigureOrigin::computed && figure.status != ObservationStatus::missing))
        active[p] = true;
    }
  }
  return active;
}

// The model says "missing" when the period compared with is outside the
// data; for the file, an evolution from before the indicator's first period
// (no territory has a figure then) is "sans_objet", not "manquant".
Derived with_earlier_period(const Derived& derived, const PeriodAxis& axis, const std::vector<bool>& active,
                            const Period& now, int steps) {
  if (derived.status != DerivedStatus::missing) return derived;
  std::optional<std::size_t> then = axis.index_of(period_before(now, steps));
  if (then && active[*then]) return derived;
  return Derived{0, DerivedStatus::not_applicable};
}

}  // namespace

std::string figures_csv(const Dataset& dataset) {
  CsvTable table(figures_file().columns);
  table.reserve(dataset.indicators().all().size() * dataset.tree().size() * dataset.periods().size() * 160);
  const std::vector<Period>& periods = dataset.periods().all();
  for (IndicatorId id = 0; id < dataset.indicators().all().size(); ++id) {
    const Indicator& indicator = dataset.indicators().at(id);
    const std::vector<bool> active = active_periods(dataset, id);
    const std::string_view evolution_unit = indicator.unit == "%" ? "points" : "%";
    for (const TreeNode& node : dataset.tree().nodes()) {
      const Territory& territory = dataset.territories().at(node.territory);
      std::span<const Cell> series = dataset.series(id, node.territory);
      for (std::size_t p = 0; p < series.size(); ++p) {
        if (!active[p]) continue;
        const Cell& cell = series[p];
        const Figure& figure = cell.figure;
        const std::string& source = figure.provenance != Figure::kNoProvenance
                                        ? dataset.provenances()[figure.provenance].source
                                        : indicator.source;
        table.text(indicator.code).text(indicator.label).text(territory.code).text(territory.name);
        table.text(level_name(node.level)).text(periods[p].to_string());
        table.text(figure_value_field(figure));
        table.text(figure_status_token(figure)).text(figure_flag_tokens(figure));
        table.text(indicator.unit).text(source);
        table.text(figure.has(kRevised) ? iso_date(figure.revised_on) : "");
        table.text(evolution_unit);
        const Period& now = periods[p];
        write_derived(table, with_earlier_period(cell.derived.previous, dataset.periods(), active, now, 1));
        write_derived(table, with_earlier_period(cell.derived.year_ago, dataset.periods(), active, now,
                                                 periods_per_year(now.kind)));
        table.end_row();
      }
    }
  }
  return table.str();
}

}  // namespace prith
