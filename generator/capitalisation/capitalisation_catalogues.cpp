#include "capitalisation/capitalisation_catalogues.h"

#include <map>
#include <set>

#include "capitalisation/header_table.h"
#include "catalogue/text_folding.h"
#include "core/slug.h"
#include "ingest/csv_reader.h"

namespace prith {

namespace {

// Synonyms beyond the code and the label, folded.
const std::map<std::string, std::vector<std::string>, std::less<>>& synonyms() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> table = {
      {"maintien-en-emploi", {"maintien en emploi", "maintien dans l emploi", "pdp",
                              "prevention de la desinsertion professionnelle", "maintien"}},
      {"accompagnement-global", {"accompagnement"}},
      {"sensibilisation-des-employeurs", {"sensibilisation employeurs", "employeurs"}},
      {"support-de-communication", {"support communication", "communication", "support"}},
      {"experimentation", {"experimentation"}},
      {"a-lancer", {"a lancer", "a venir", "prevue", "non demarree"}},
      {"en-cours", {"en cours", "demarree"}},
      {"realisee", {"realisee", "realise", "terminee", "termine", "faite"}},
      {"abandonnee", {"abandonnee", "abandonne", "annulee"}},
      {"reportee", {"reportee", "reporte", "decalee"}},
      {"perennisee", {"perenne", "perennise", "perennisee", "generalisee"}},
      {"en-projet", {"en projet", "projet", "a lancer"}},
      {"terminee", {"terminee", "termine", "achevee"}},
      {"demandeurs-d-emploi", {"demandeurs d emploi", "deboe", "demandeurs d emploi handicapes", "de"}},
      {"salaries", {"salaries", "salaries en arret", "salaries en arret de travail", "salaries handicapes",
                    "agents", "salaries et agents"}},
      {"employeurs", {"employeurs", "entreprises", "tpe pme"}},
      {"jeunes", {"jeunes", "jeunes de moins de 26 ans", "moins de 26 ans"}},
      {"professionnels", {"professionnels", "conseillers", "acteurs", "partenaires", "prescripteurs"}},
      {"medecins", {"medecins", "medecins traitants", "medecins du travail", "professionnels de sante"}},
      {"tous-publics", {"tous publics", "tout public", "tous"}},
  };
  return table;
}

std::vector<CatalogueEntry> entries(std::initializer_list<std::pair<const char*, const char*>> list) {
  std::vector<CatalogueEntry> out;
  for (auto [code, label] : list) out.push_back({code, label});
  return out;
}

}  // namespace

CapitalisationCatalogues default_capitalisation_catalogues() {
  CapitalisationCatalogues catalogues;
  catalogues.axes = entries({{"reperage", "Repérage"},
                             {"remobilisation", "Remobilisation"},
                             {"accompagnement-global", "Accompagnement global"},
                             {"coordination", "Coordination"},
                             {"maintien-en-emploi", "Maintien en emploi / prévention de la désinsertion professionnelle"},
                             {"sensibilisation-des-employeurs", "Sensibilisation des employeurs"}});
  catalogues.kinds = entries({{"action", "Action"},
                              {"outil", "Outil"},
                              {"guide", "Guide"},
                              {"support-de-communication", "Support de communication"},
                              {"formation", "Formation"},
                              {"experimentation", "Expérimentation"}});
  catalogues.practice_statuses = entries({{"en-projet", "En projet"},
                                          {"en-cours", "En cours"},
                                          {"perennisee", "Pérennisée"},
                                          {"terminee", "Terminée"},
                                          {"abandonnee", "Abandonnée"}});
  catalogues.action_statuses = entries({{"a-lancer", "À lancer"},
                                        {"en-cours", "En cours"},
                                        {"realisee", "Réalisée"},
                                        {"abandonnee", "Abandonnée"},
                                        {"reportee", "Reportée"}});
  catalogues.publics = entries({{"demandeurs-d-emploi", "Demandeurs d'emploi"},
                                {"salaries", "Salariés"},
                                {"employeurs", "Employeurs"},
                                {"jeunes", "Jeunes"},
                                {"professionnels", "Professionnels de l'accompagnement"},
                                {"medecins", "Médecins"},
                                {"tous-publics", "Tous publics"}});
  return catalogues;
}

const CatalogueEntry* find_entry(const std::vector<CatalogueEntry>& entries, std::string_view code) {
  for (const CatalogueEntry& entry : entries) {
    if (entry.code == code) return &entry;
  }
  return nullptr;
}

const CatalogueEntry* match_entry(const std::vector<CatalogueEntry>& entries, std::string_view text) {
  std::string folded = fold_for_matching(text);
  if (folded.empty()) return nullptr;
  for (const CatalogueEntry& entry : entries) {
    if (folded == fold_for_matching(entry.code) || folded == fold_for_matching(entry.label)) return &entry;
  }
  for (const CatalogueEntry& entry : entries) {
    auto found = synonyms().find(entry.code);
    if (found == synonyms().end()) continue;
    for (const std::string& synonym : found->second) {
      if (folded == synonym) return &entry;
    }
  }
  return nullptr;
}

std::vector<CatalogueEntry> read_axes_csv(const std::filesystem::path& path, std::vector<Diagnostic>& diagnostics) {
  std::vector<CatalogueEntry> axes;
  std::set<std::string> seen;
  HeaderTable table({{"code", {"code", "identifiant"}, false, "code"}, {"label", {"label", "libelle", "axe", "nom"}, true, "label"}},
                    path.filename().string(), diagnostics);
  table.on_record = [&](const HeaderRecord& record) {
    std::string label = record.text("label");
    std::string code = record.text("code");
    if (label.empty()) return;  // reported by HeaderTable as field_missing
    if (code.empty()) code = slug(label);
    code = slug(code);
    if (!seen.insert(code).second) {
      diagnostics.push_back({Severity::error, DiagnosticCode::catalogue_invalid, record.place("code"), code,
                             "Axe « " + code + " » déjà défini plus haut dans axes.csv : cette ligne est ignorée."});
      return;
    }
    axes.push_back({code, label});
  };
  std::optional<Refusal> refusal = read_csv_file(path.string(), table, diagnostics);
  if (refusal) {
    diagnostics.push_back(file_diagnostic(Severity::error, refusal->code, path.filename().string(), refusal->message));
  }
  return axes;
}

}  // namespace prith
