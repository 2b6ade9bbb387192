#include "capitalisation/content_fields.h"

#include <algorithm>

#include "capitalisation/capitalisation_catalogues.h"
#include "capitalisation/content_values.h"
#include "catalogue/text_folding.h"

namespace prith {

ContentFields ContentFields::from_record(const ContentContext& context, std::vector<Diagnostic>& diagnostics,
                                         const HeaderRecord& record) {
  ContentFields fields(context, diagnostics, record.row_place());
  fields.columns_ = record.columns;
  for (const auto& [code, cell] : record.cells) {
    fields.set(code, FieldValue{record.text(code), {}, cell, record.place(code), record.date1904});
  }
  return fields;
}

std::string ContentFields::text(const std::string& code) const {
  auto found = values_.find(code);
  return found == values_.end() ? std::string() : found->second.text;
}

SourcePlace ContentFields::place(const std::string& code) const {
  auto found = values_.find(code);
  if (found != values_.end()) return found->second.place;
  SourcePlace place = row_place_;
  if (auto column = columns_.find(code); column != columns_.end()) place.column = column->second;
  return place;
}

void ContentFields::report(Severity severity, DiagnosticCode code, SourcePlace place, std::string value,
                           std::string message) {
  diagnostics_.push_back({severity, code, std::move(place), std::move(value), std::move(message)});
}

bool ContentFields::require(const std::string& code, const std::string& label_fr) {
  auto found = values_.find(code);
  if (found != values_.end() && (!found->second.text.empty() || !found->second.items.empty())) return true;
  report(Severity::error, DiagnosticCode::field_missing, place(code), "",
         "Champ obligatoire « " + label_fr + " » absent ou vide : la fiche est ignorée.");
  return false;
}

bool ContentFields::require_mandatory(const std::vector<HeaderField>& fields) {
  bool complete = true;
  for (const HeaderField& field : fields) {
    if (field.mandatory) complete = require(field.code, field.label_fr) && complete;
  }
  return complete;
}

std::vector<std::string> ContentFields::list(const std::string& code) const {
  auto found = values_.find(code);
  if (found == values_.end()) return {};
  if (!found->second.items.empty()) return found->second.items;
  return split_list(found->second.text);
}

std::string ContentFields::entry(const std::string& code, const std::vector<CatalogueEntry>& entries,
                                 DiagnosticCode unknown_code, Severity severity, const std::string& what_fr,
                                 const std::string& consequence_fr) {
  std::string written = text(code);
  if (written.empty()) return {};
  if (const CatalogueEntry* found = match_entry(entries, written)) return found->code;
  std::string known;
  for (const CatalogueEntry& entry : entries) known += (known.empty() ? "" : ", ") + entry.label;
  report(severity, unknown_code, place(code), written,
         what_fr + " « " + written + " » inconnu : " + consequence_fr + " (valeurs possibles : " + known + ").");
  return {};
}

std::vector<std::string> ContentFields::departements(const std::string& code) {
  std::vector<std::string> codes;
  for (const std::string& item : list(code)) {
    TerritoryResolution resolution = context_.resolver.resolve(item, LevelHint::departement);
    if (resolution.kind == TerritoryResolution::Kind::found) {
      const Territory& territory = context_.territories.at(resolution.id);
      if (territory.level == TerritoryLevel::region && territory.code == context_.region) {
        for (const Territory& other : context_.territories.all()) {
          if (other.level == TerritoryLevel::departement && other.parent == context_.region) codes.push_back(other.code);
        }
        continue;
      }
      if (territory.level == TerritoryLevel::departement &&
          (context_.region.empty() || territory.parent == context_.region)) {
        codes.push_back(territory.code);
        continue;
      }
      report(Severity::error, DiagnosticCode::departement_unknown, place(code), item,
             "« " + item + " » (" + territory.name + ") n'est pas un département de la région du projet : ignoré.");
      continue;
    }
    report(Severity::error, DiagnosticCode::departement_unknown, place(code), item,
           resolution.kind == TerritoryResolution::Kind::ambiguous
               ? "Département « " + item + " » ambigu : écrivez son numéro (44, 49…) ; ignoré."
               : "Département « " + item + " » inconnu : ignoré (écrivez son numéro ou son nom, ex. 44 ou Loire-Atlantique).");
  }
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

std::string ContentFields::date(const std::string& code, const std::string& label_fr) {
  auto found = values_.find(code);
  if (found == values_.end() || found->second.text.empty()) return {};
  std::optional<std::string> parsed = parse_content_date(found->second.cell, found->second.date1904);
  if (parsed) return *parsed;
  report(Severity::error, DiagnosticCode::date_invalid, place(code), found->second.text,
         label_fr + " « " + found->second.text +
             " » illisible : écrivez 2025-03-01, 01/03/2025 ou mars 2025 ; la date est laissée vide.");
  return {};
}

std::vector<std::string> ContentFields::links(const std::string& code) {
  std::vector<std::string> kept;
  for (std::string item : list(code)) {
    // "Libellé : https://…" or a bare address; spaces inside split a list written with spaces.
    if (is_http_link(item)) {
      kept.push_back(item);
    } else {
      report(Severity::warning, DiagnosticCode::link_invalid, place(code), item,
             "Lien « " + item + " » ignoré : seules les adresses http:// ou https:// sont publiées.");
    }
  }
  return kept;
}

std::vector<std::string> ContentFields::indicators(const std::string& code) {
  std::vector<std::string> kept;
  for (const std::string& item : list(code)) {
    if (std::optional<IndicatorId> id = context_.indicators.match(item)) {
      kept.push_back(context_.indicators.at(*id).code);
    } else {
      report(Severity::warning, DiagnosticCode::indicator_unknown, place(code), item,
             "Indicateur « " + item + " » inconnu de indicators.csv : le lien vers ses chiffres est ignoré.");
    }
  }
  return kept;
}

std::vector<std::string> ContentFields::publics(const std::string& code) {
  std::vector<std::string> kept;
  for (const std::string& item : list(code)) {
    if (const CatalogueEntry* found = match_entry(context_.catalogues.publics, item)) {
      kept.push_back(found->code);
      continue;
    }
    report(Severity::warning, DiagnosticCode::public_unknown, place(code), item,
           "Public « " + item + " » hors de la liste (demandeurs d'emploi, salariés, employeurs, jeunes, "
           "professionnels, médecins, tous publics) : gardé tel quel, sans filtre propre.");
    kept.push_back(item);
  }
  return kept;
}

std::string ContentFields::contact(const std::string& code) {
  std::string written = text(code);
  if (looks_like_personal_email(written)) {
    report(Severity::warning, DiagnosticCode::contact_personal, place(code), written,
           "Contact « " + written + " » : on attend une fonction ou un service (ex. contact@…, "
           "« Chargée de mission PRITH, Cap emploi 44 »), pas l'adresse d'une personne.");
  }
  return written;
}

bool ContentFields::stale(const std::string& date, const std::string& code) {
  if (date.empty() || context_.publication_date.size() < 10) return false;
  long age = days_between(date, context_.publication_date.substr(0, 10));
  if (age <= kStaleAfterDays) return false;
  report(Severity::info, DiagnosticCode::update_stale, place(code), text(code),
         "Dernière mise à jour le " + date_fr(date) + ", plus de deux trimestres avant la publication du " +
             date_fr(context_.publication_date.substr(0, 10)) + " : les pages la signalent.");
  return true;
}

}  // namespace prith
