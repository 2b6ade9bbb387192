// The warnings build prints for a batch it has just stored: one per
// removed or withdrawn figure, at most `listed` of each kind, then a count.
#include "cli/batch_changes.h"

#include <doctest/doctest.h>

using namespace prith;

namespace {

FigureChange change(const std::string& territory, std::optional<StoredValue> before,
                    std::optional<StoredValue> after) {
  return {StoredKey{"DEBOE", "departement", territory, "2025-T1"}, before, after};
}

}  // namespace

TEST_CASE("removed and withdrawn figures are warnings; the rest is counted past the limit") {
  BatchHistory batch;
  batch.source = "france-travail";
  batch.revision = true;
  for (const char* territory : {"44", "49", "53"})
    batch.removed.push_back(change(territory, StoredValue{ObservationStatus::ok, 800}, std::nullopt));
  batch.changed.push_back(change("72", StoredValue{ObservationStatus::ok, 12}, StoredValue{ObservationStatus::missing, 0}));
  batch.changed.push_back(change("85", StoredValue{ObservationStatus::ok, 12}, StoredValue{ObservationStatus::ok, 13}));
  batch.changed.push_back(
      change("44", StoredValue{ObservationStatus::confidential, 0}, StoredValue{ObservationStatus::missing, 0}));

  std::vector<Diagnostic> warnings = batch_change_warnings(batch, 2);
  REQUIRE(warnings.size() == 4);
  CHECK(warnings[0].code == DiagnosticCode::figure_removed);
  CHECK(warnings[0].severity == Severity::warning);
  CHECK(warnings[0].value == "DEBOE · 44 · T1 2025");
  CHECK(warnings[0].message ==
        "DEBOE · 44 · T1 2025 : 800 donné par la source france-travail, absent de ce fichier qui donne pourtant DEBOE"
        " pour T1 2025 ; le modèle garde la dernière valeur en base. Vérifiez auprès du partenaire s'il l'a retiré.");
  CHECK(warnings[1].value == "DEBOE · 49 · T1 2025");
  CHECK(warnings[2].code == DiagnosticCode::figure_removed);
  CHECK(warnings[2].message == "… et 1 autre chiffre retiré (prith history --json les donne tous).");
  // Only a value that became n.d. is withdrawn: not 12 → 13, not secret → n.d.
  CHECK(warnings[3].code == DiagnosticCode::figure_withdrawn);
  CHECK(warnings[3].message ==
        "DEBOE · 72 · T1 2025 : 12 en base, donné maintenant comme non disponible ; le modèle le publie non disponible.");

  for (const char* territory : {"72", "85"})
    batch.removed.push_back(change(territory, StoredValue{ObservationStatus::ok, 1}, std::nullopt));
  CHECK(batch_change_warnings(batch, 2)[2].message ==
        "… et 3 autres chiffres retirés (prith history --json les donne tous).");
  batch.removed.resize(3);

  batch.source = "";
  CHECK(batch_change_warnings(batch, 20)[0].message.find("donné par ce même fichier,") != std::string::npos);
  CHECK(batch_change_warnings(batch, 20).size() == 4);
}
