// prith check on the demo project: the faults planted in config/exports and
// config/capitalisation (listed in config/README.md) are found at their
// exact places, and nothing else is an error or a warning.
#include <doctest/doctest.h>

#include <Poco/JSON/Parser.h>

#include <map>
#include <sstream>

#include "cli/commands.h"
#include "test_folder.h"
#include "test_support.h"

using namespace prith;

namespace {

struct Seen {
  std::string file, severity, code, value, place;
};

struct DemoCheck {
  int status = -1;
  std::string text;
  std::vector<Seen> diagnostics;
  std::map<std::string, int> observations;  // by file
  std::map<std::string, int> items;         // by capitalisation file
  Poco::JSON::Object::Ptr summary;

  DemoCheck() {
    std::ostringstream out, err;
    status = run_check({std::string(PRITH_SOURCE_DIR) + "/config", "--json"}, out, err);
    text = out.str();
    Poco::JSON::Parser parser;
    auto root = parser.parse(text).extract<Poco::JSON::Object::Ptr>();
    summary = root->getObject("summary");
    for (const char* group : {"files", "capitalisation"}) {
    auto files = root->getArray(group);
    for (std::size_t f = 0; f < files->size(); ++f) {
      auto file = files->getObject(static_cast<unsigned>(f));
      std::string name = file->getValue<std::string>("file");
      if (file->has("observations")) observations[name] = file->getValue<int>("observations");
      if (file->has("items")) items[name] = file->getValue<int>("items");
      auto list = file->getArray("diagnostics");
      for (std::size_t d = 0; d < list->size(); ++d) {
        auto diagnostic = list->getObject(static_cast<unsigned>(d));
        // "Feuil1!C4" for a workbook, "L13C1" for a CSV line, "" for the whole file.
        std::string place;
        if (!diagnostic->isNull("cell")) {
          place = diagnostic->getValue<std::string>("sheet");
          place += '!';
          place += diagnostic->getValue<std::string>("cell");
        } else if (!diagnostic->isNull("line")) {
          place = 'L';
          place += diagnostic->getValue<std::string>("line");
          place += 'C';
          place += diagnostic->getValue<std::string>("column");
        }
        diagnostics.push_back(Seen{name, diagnostic->getValue<std::string>("severity"),
                                   diagnostic->getValue<std::string>("code"),
                                   diagnostic->getValue<std::string>("value"), place});
      }
    }
    }
  }

  std::vector<std::string> with_severity(const std::string& severity) const {
    std::vector<std::string> found;
    for (const Seen& seen : diagnostics) {
      if (seen.severity == severity) found.push_back(seen.file + " " + seen.code + " " + seen.place + " " + seen.value);
    }
    return found;
  }
};

const std::string kAgefiph = "exports/agefiph/Agefiph_PdL_aides_accordees_2026T3.csv";
const std::string kCarsat = "exports/carsat/PDP_Pays-de-la-Loire_T3-2026.xlsx";
const std::string kCapEmploi = "exports/cap-emploi/CapEmploi_PdL_activite_2026T3.xlsx";

}  // namespace

TEST_CASE("the demo's errors are exactly the planted ones") {
  DemoCheck check;
  CHECK(check.status == kExitDataErrors);
  CHECK(check.with_severity("error") ==
        std::vector<std::string>{kAgefiph + " territory_unknown L13C1 Loire-Atlantque",
                                 kAgefiph + " conflicting_values L124C4 428",
                                 "capitalisation/pratiques.csv axis_unknown L32C4 Insertion professionnelle"});
  CHECK(check.with_severity("warning") ==
        std::vector<std::string>{kAgefiph + " duplicate_row L58C4 184",
                                 "capitalisation/plans-d-action.xlsx done_without_date Plans d'action!G19 Réalisée"});
}

TEST_CASE("the demo's notes: secrets, missing values, skipped sheets, totals") {
  DemoCheck check;
  std::vector<std::string> infos = check.with_severity("info");
  auto has = [&](const std::string& line) {
    return std::find(infos.begin(), infos.end(), line) != infos.end();
  };
  CHECK(has("exports/mdph/MDPH53_suivi_RQTH.csv value_missing L4C5 n.d."));
  CHECK(has(kCarsat + " value_confidential PDP par département!P5 s"));
  CHECK(has(kCarsat + " value_confidential PDP par département!AB5 s"));
  CHECK(has(kCapEmploi + " total_row Placements!B10 Total"));
  CHECK(has(kCapEmploi + " total_row Maintiens en emploi!B10 Total"));
}

TEST_CASE("the demo's observations per file") {
  DemoCheck check;
  CHECK(check.observations["exports/france-travail/STMT_DEBOE_Pays-de-la-Loire_2026T3.csv"] == 288);
  CHECK(check.observations[kCapEmploi] == 120);
  // 122 records, less the unknown département, the repeated row and both
  // values of the conflicting pair.
  CHECK(check.observations[kAgefiph] == 118);
  CHECK(check.observations[kCarsat] == 180);
  for (const char* mdph : {"MDPH44_RQTH_export.csv", "MDPH49_tableau_RQTH.csv", "MDPH53_suivi_RQTH.csv",
                           "MDPH72_RQTH.csv", "MDPH85_RQTH.csv"}) {
    CHECK_MESSAGE(check.observations["exports/mdph/" + std::string(mdph)] == 36, mdph);
  }
  CHECK(check.summary->getValue<int>("files") == 9);
  CHECK(check.summary->getValue<int>("errors") == 3);
  CHECK(check.summary->getValue<int>("warnings") == 2);
}

TEST_CASE("the demo's capitalisation files: what each gives") {
  DemoCheck check;
  CHECK(check.items["axes.csv"] == 6);
  // 31 rows, less the one with the planted unknown axis.
  CHECK(check.items["capitalisation/pratiques.csv"] == 30);
  CHECK(check.items["capitalisation/pratiques/duoday-sarthe-vendee.md"] == 1);
  CHECK(check.items["capitalisation/plans-d-action.xlsx"] == 18);
  CHECK(check.items["capitalisation/experimentations/job-coaching-sarthe.md"] == 1);
  CHECK(check.items["capitalisation/experimentations/job-coaching-sarthe-resultats.csv"] == 72);
  std::vector<std::string> infos = check.with_severity("info");
  CHECK(std::count(infos.begin(), infos.end(),
                   "capitalisation/plans-d-action.xlsx update_stale Plans d'action!N9 2026-04-01") == 1);
}

TEST_CASE("the French report groups diagnostics by file and ends with the summary") {
  std::ostringstream out, err;
  CHECK(run_check({std::string(PRITH_SOURCE_DIR) + "/config"}, out, err) == kExitDataErrors);
  std::string text = out.str();
  CHECK(text.find("Projet PRITH Pays de la Loire") == 0);
  CHECK(text.find("\nexports/agefiph/Agefiph_PdL_aides_accordees_2026T3.csv — 118 observations\n"
                  "  info · dialect_detected") != std::string::npos);
  CHECK(text.find(("  erreur · ligne 13, colonne 1 · territory_unknown : Territoire inconnu « Loire-Atlantque »")) !=
        std::string::npos);
  CHECK(text.find("\nRésumé : 9 fichiers lus, 886 observations, 3 erreurs, 2 avertissements, ") != std::string::npos);
  CHECK(text.substr(text.size() - 1) == "\n");
}

TEST_CASE("a refused file never stops the other files of the quarter") {
  test::TemporaryFolder folder;
  std::string root = (folder.path() / "projet").string();
  std::ostringstream out, err;
  REQUIRE(run_init({root}, out, err) == kExitClean);
  folder.write("projet/exports/agefiph/page.xlsx", "<html><body>Session expirée</body></html>");
  folder.write("projet/exports/agefiph/aides.csv", "Département;Trimestre;Indicateur;Valeur\n44;2025T3;Aides Agefiph;12\n");
  std::ostringstream check_out, check_err;
  CHECK(run_check({root}, check_out, check_err) == kExitDataErrors);
  std::string text = check_out.str();
  CHECK(text.find("exports/agefiph/aides.csv — 1 observation\n") != std::string::npos);
  CHECK(text.find("exports/agefiph/page.xlsx — 0 observation, fichier refusé\n  erreur · not_a_zip : ") !=
        std::string::npos);
  CHECK(text.find("Résumé : 2 fichiers lus dont 1 refusé, 1 observation, 1 erreur, 0 avertissement") !=
        std::string::npos);
}
