#include "cli/batch_changes.h"

#include "catalogue/period.h"
#include "core/french_format.h"

namespace prith {

namespace {

std::string indicator_and_period_fr(const StoredKey& key) {
  std::optional<Period> period = parse_period(key.period);
  return key.indicator + " pour " + (period ? period->french_label() : key.period);
}

Diagnostic removed_warning(const BatchHistory& batch, const FigureChange& change) {
  std::string source = batch.source.empty() ? "ce même fichier" : "la source " + batch.source;
  return file_diagnostic(Severity::warning, DiagnosticCode::figure_removed, stored_key_fr(change.key),
                         stored_key_fr(change.key) + " : " + stored_value_fr(*change.before) + " donné par " +
                             source + ", absent de ce fichier qui donne pourtant " +
                             indicator_and_period_fr(change.key) +
                             " ; le modèle garde la dernière valeur en base. Vérifiez auprès du partenaire s'il l'a "
                             "retiré.");
}

Diagnostic withdrawn_warning(const FigureChange& change) {
  return file_diagnostic(Severity::warning, DiagnosticCode::figure_withdrawn, stored_key_fr(change.key),
                         stored_key_fr(change.key) + " : " + stored_value_fr(*change.before) +
                             " en base, donné maintenant comme non disponible ; le modèle le publie non disponible.");
}

Diagnostic rest(DiagnosticCode code, std::size_t count, const char* one, const char* many) {
  std::string others = count_fr(count, std::string("autre chiffre ") + one, std::string("autres chiffres ") + many);
  return file_diagnostic(Severity::warning, code, "", "… et " + others + " (prith history --json les donne tous).");
}

}  // namespace

std::vector<Diagnostic> batch_change_warnings(const BatchHistory& batch, std::size_t listed) {
  std::vector<Diagnostic> warnings;
  for (std::size_t i = 0; i < batch.removed.size() && i < listed; ++i)
    warnings.push_back(removed_warning(batch, batch.removed[i]));
  if (batch.removed.size() > listed)
    warnings.push_back(rest(DiagnosticCode::figure_removed, batch.removed.size() - listed, "retiré", "retirés"));
  std::size_t withdrawn = 0;
  for (const FigureChange& change : batch.changed) {
    if (change.before->status != ObservationStatus::ok || change.after->status != ObservationStatus::missing) continue;
    if (withdrawn++ < listed) warnings.push_back(withdrawn_warning(change));
  }
  if (withdrawn > listed)
    warnings.push_back(rest(DiagnosticCode::figure_withdrawn, withdrawn - listed, "devenu non disponible",
                            "devenus non disponibles"));
  return warnings;
}

}  // namespace prith
