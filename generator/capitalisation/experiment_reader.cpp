#include "capitalisation/experiment_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "capitalisation/front_matter.h"
#include "capitalisation/markdown_html.h"
#include "capitalisation/practice_reader.h"
#include "catalogue/period.h"
#include "catalogue/text_folding.h"
#include "ingest/cell_value.h"

namespace prith {

const std::vector<ExperimentMeasure>& experiment_measures() {
  using Unit = ExperimentMeasure::Unit;
  static const std::vector<ExperimentMeasure> measures = {
      {"entrees", "Entrées dans le dispositif", Unit::count, true},
      {"objectif_entrees", "Objectif d'entrées", Unit::count, false},
      {"part_deld", "Part des personnes inscrites depuis un an ou plus à l'entrée", Unit::share, false},
      {"part_bas_niveau", "Part des personnes de faible niveau de qualification à l'entrée", Unit::share, false},
      {"delai_premiere_solution", "Délai moyen jusqu'à une première solution d'emploi (mois)", Unit::months, false},
      {"part_emploi_formation_6_mois", "Part en emploi ou en formation six mois après", Unit::share, false},
      {"sorties", "Sorties du dispositif", Unit::count, true},
      {"sorties_emploi", "Sorties vers l'emploi", Unit::count, true},
      {"sorties_formation", "Sorties vers une formation", Unit::count, true},
      {"sorties_abandon", "Abandons", Unit::count, true},
      {"sorties_autres", "Autres sorties", Unit::count, true},
  };
  return measures;
}

const ExperimentMeasure* find_experiment_measure(std::string_view code) {
  for (const ExperimentMeasure& measure : experiment_measures()) {
    if (measure.code == code) return &measure;
  }
  return nullptr;
}

const std::vector<HeaderField>& experiment_fields() {
  static const std::vector<HeaderField> fields = {
      {"title", {"titre", "intitule", "nom"}, true, "Titre"},
      {"territories", {"territoires", "territoire", "departements", "departement"}, true, "Territoires"},
      {"carrier", {"porteur", "structure porteuse", "porte par", "pilote"}, true, "Porteur"},
      {"partners", {"partenaires", "acteurs"}, false, "Partenaires"},
      {"start", {"debut", "date de debut", "periode debut", "lancement"}, true, "Début"},
      {"end", {"fin", "date de fin", "periode fin"}, false, "Fin"},
      {"target", {"objectif", "objectif d entrees", "cible chiffree", "objectif entrees"}, false, "Objectif d'entrées"},
      {"public", {"public", "public cible", "cible", "publics"}, false, "Public cible"},
      {"axis", {"axe", "axe thematique"}, false, "Axe"},
      {"summary", {"resume", "description", "presentation"}, false, "Résumé"},
      {"last_update", {"derniere mise a jour", "mise a jour", "maj"}, false, "Dernière mise à jour"},
      {"secrecy_threshold", {"seuil du secret", "seuil de secret", "seuil du secret statistique", "seuil secret"},
       false, "Seuil du secret"},
  };
  return fields;
}

namespace {

std::vector<HeaderField> result_fields() {
  std::vector<HeaderField> fields = {
      {"period", {"periode", "trimestre", "mois", "date"}, true, "Période"},
      {"entrees", {"entrees", "nombre d entrees", "entrees dans le dispositif", "entrees de la periode"}, false, ""},
      {"objectif_entrees", {"objectif", "objectif d entrees", "objectif entrees", "cible"}, false, ""},
      {"part_deld", {"part deld", "part des deld", "part inscrits depuis 1 an ou plus",
                     "part demandeurs d emploi de longue duree", "part chomeurs de longue duree"}, false, ""},
      {"part_bas_niveau", {"part bas niveau", "part bas niveau de qualification", "part faible qualification",
                           "part infra bac", "part niveau infra bac"}, false, ""},
      {"delai_premiere_solution", {"delai premiere solution", "delai premiere solution mois",
                                   "mois avant une premiere solution", "delai moyen premiere solution mois"}, false, ""},
      {"part_emploi_formation_6_mois", {"emploi ou formation a 6 mois", "part emploi ou formation a 6 mois",
                                        "part en emploi ou formation 6 mois apres", "emploi formation 6 mois"}, false, ""},
      {"sorties", {"sorties", "total sorties", "sorties totales", "nombre de sorties"}, false, ""},
      {"sorties_emploi", {"sorties emploi", "sorties vers l emploi", "sorties en emploi"}, false, ""},
      {"sorties_formation", {"sorties formation", "sorties vers une formation", "sorties en formation"}, false, ""},
      {"sorties_abandon", {"abandons", "sorties abandon", "abandon"}, false, ""},
      {"sorties_autres", {"autres sorties", "sorties autres"}, false, ""},
  };
  for (HeaderField& field : fields) {
    if (const ExperimentMeasure* measure = find_experiment_measure(field.code)) field.label_fr = measure->label;
  }
  return fields;
}

std::size_t measure_rank(const std::string& code) {
  const auto& all = experiment_measures();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].code == code) return i;
  }
  return all.size();
}

bool matches_heading(const std::string& heading, std::initializer_list<const char*> words) {
  std::string folded = fold_for_matching(heading);
  for (const char* word : words) {
    if (folded.find(word) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::optional<Experiment> read_experiment_markdown_text(std::string_view text, const std::string& slug,
                                                        const std::string& file_label, const ContentContext& context,
                                                        std::vector<Diagnostic>& diagnostics) {
  MarkdownDocument document = parse_markdown_document(text, file_label, diagnostics);
  if (!document.readable) return std::nullopt;
  ContentFields fields = front_matter_fields(document, experiment_fields(), context, diagnostics);
  bool complete = fields.require_mandatory(experiment_fields());
  Experiment experiment;
  experiment.slug = slug;
  experiment.title = fields.text("title");
  experiment.territories = fields.departements("territories");
  experiment.carrier = fields.text("carrier");
  experiment.partners = fields.list("partners");
  experiment.start_date = fields.date("start", "Début");
  experiment.end_date = fields.date("end", "Fin");
  experiment.target_public = fields.text("public");
  experiment.summary = fields.text("summary");
  experiment.axis = fields.entry("axis", context.catalogues.axes, DiagnosticCode::axis_unknown, Severity::error, "Axe",
                                 "l'axe est laissé vide");
  experiment.last_update = fields.date("last_update", "Dernière mise à jour");
  experiment.stale = fields.stale(experiment.last_update, "last_update");
  if (std::string target = fields.text("target"); !target.empty()) {
    RawCell cell;
    cell.kind = CellKind::text;
    cell.text = target;
    CellValue value = read_value_cell(&cell);
    if (value.kind == CellValue::Kind::figure && value.value >= 0) {
      experiment.target = value.value;
    } else {
      fields.report(Severity::error, DiagnosticCode::value_invalid, fields.place("target"), target,
                    "Objectif d'entrées « " + target + " » : un nombre est attendu ; laissé vide.");
    }
  }
  if (std::string threshold = fields.text("secrecy_threshold"); !threshold.empty()) {
    // A whole number of people, 2 or more: 1 would hide nothing.
    int parsed = 0;
    auto [end, failed] = std::from_chars(threshold.data(), threshold.data() + threshold.size(), parsed);
    if (failed == std::errc() && end == threshold.data() + threshold.size() && parsed >= 2 && parsed <= 1000) {
      experiment.secrecy_threshold = parsed;
    } else {
      fields.report(Severity::error, DiagnosticCode::value_invalid, fields.place("secrecy_threshold"), threshold,
                    "Seuil du secret « " + threshold + " » : un nombre entier de personnes, de 2 à 1000, est "
                    "attendu ; le seuil par défaut (" + std::to_string(kExperimentSecrecyThreshold) +
                    ") s'applique.");
    }
  }
  if (!experiment.start_date.empty() && !experiment.end_date.empty() && experiment.end_date < experiment.start_date) {
    fields.report(Severity::warning, DiagnosticCode::dates_inconsistent, fields.place("end"), experiment.end_date,
                  "Fin de l'expérimentation antérieure à son début.");
  }
  experiment.origin = {file_label, {1, 0, ""}};
  if (!complete || experiment.territories.empty()) return std::nullopt;
  experiment.body_html = markdown_to_html(document.body);
  for (const MarkdownSection& section : split_markdown_sections(document.body)) {
    std::string html = markdown_to_html(section.markdown);
    experiment.sections.push_back({section.heading, html});
    if (matches_heading(section.heading, {"facteur", "reussite", "ce qui marche", "leviers"})) {
      experiment.success_factors_html += html;
    } else if (matches_heading(section.heading, {"frein", "obstacle", "difficulte", "limite"})) {
      experiment.obstacles_html += html;
    }
  }
  return experiment;
}

std::vector<ExperimentResult> read_experiment_results(const std::filesystem::path& path, const std::string& file_label,
                                                      std::vector<Diagnostic>& diagnostics) {
  std::vector<ExperimentResult> results;
  std::vector<std::string> periods_seen;
  HeaderTable table(result_fields(), file_label, diagnostics);
  table.on_record = [&](const HeaderRecord& record) {
    const RawCell* period_cell = record.cell("period");
    std::optional<Period> period = period_cell->kind == CellKind::date || period_cell->kind == CellKind::number
                                       ? period_from_excel_serial(period_cell->number, record.date1904)
                                       : parse_period(record.text("period"));
    if (!period) {
      diagnostics.push_back({Severity::error, DiagnosticCode::period_invalid, record.place("period"), record.text("period"),
                             "Période « " + record.text("period") + " » illisible (ex. 2025-T3, T3 2025) : la ligne est ignorée."});
      return;
    }
    std::string period_text = period->to_string();
    if (std::find(periods_seen.begin(), periods_seen.end(), period_text) != periods_seen.end()) {
      diagnostics.push_back({Severity::error, DiagnosticCode::identifier_duplicate, record.place("period"),
                             record.text("period"),
                             "Période " + period->french_label() + " déjà donnée plus haut : cette ligne est ignorée."});
      return;
    }
    periods_seen.push_back(period_text);
    for (const auto& [code, cell] : record.cells) {
      const ExperimentMeasure* measure = find_experiment_measure(code);
      if (measure == nullptr) continue;
      RawCell copy = cell;
      bool share = measure->unit == ExperimentMeasure::Unit::share;
      if (copy.kind == CellKind::text && !copy.text.empty() && copy.text.back() == '%') {
        copy.text.pop_back();
      }
      CellValue value = read_value_cell(&copy);
      if (value.kind == CellValue::Kind::missing || value.kind == CellValue::Kind::empty) continue;
      if (value.kind == CellValue::Kind::confidential) {
        diagnostics.push_back({Severity::info, DiagnosticCode::value_confidential, record.place(code), cell.text,
                               "Valeur masquée par le porteur (secret) : elle n'est pas publiée."});
        continue;
      }
      double number = value.value;
      if (share && cell.kind == CellKind::number && cell.percent) number *= 100;
      bool valid = value.kind == CellValue::Kind::figure && std::isfinite(number) && number >= 0 &&
                   (!share || number <= 100) &&
                   (measure->unit != ExperimentMeasure::Unit::count || number == std::floor(number));
      if (!valid) {
        diagnostics.push_back({Severity::error, DiagnosticCode::value_invalid, record.place(code), cell.text,
                               "« " + cell.text + " » n'est pas une valeur possible pour « " + measure->label +
                                   " » (" + (share ? "un pourcentage de 0 à 100" : "un nombre positif") +
                                   " est attendu) : ignorée."});
        continue;
      }
      results.push_back({period_text, code, number, {file_label, record.place(code)}});
    }
  };
  read_spreadsheet(path, table, diagnostics);
  std::stable_sort(results.begin(), results.end(), [](const ExperimentResult& a, const ExperimentResult& b) {
    return a.period != b.period ? a.period < b.period : measure_rank(a.measure) < measure_rank(b.measure);
  });
  return results;
}

}  // namespace prith
