// Helpers for the open data tests: a small Dataset with statistical
// secrecy, a project whose partner text looks like formulas, and an RFC 4180
// reader for what the files hold.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "model/secrecy_pass.h"
#include "project/project.h"
#include "model/model_test_support.h"
#include "test_folder.h"

namespace prith::test {

inline constexpr const char* kOpenDataIndicators =
    "code;label;unit;definition;source;aggregation;weight;numerator;denominator;nature\n"
    "DE;Demandeurs d'emploi;personnes;Inscrits en fin de trimestre.;france-travail;sum;;;;stock\n"
    "BOE;Demandeurs d'emploi BOE;personnes;Bénéficiaires de l'obligation d'emploi;france-travail;sum;;;;stock\n"
    "PART;Part des BOE;%;BOE / DE;france-travail;ratio;;BOE;DE;\n"
    "SCORE;+Score partenaire;points;=1+1;agefiph;none;;;;\n"
    "PLAC;Placements;personnes;Retours à l'emploi;cap-emploi;sum;;;;flow\n";
inline constexpr const char* kOpenDataBreaks = "indicator;date;reason\nPLAC;2025-07-01;Nouvelle définition\n";

// Pays de la Loire, 2025-T2 and 2025-T3. BOE: 44 120/121, 49 80/81, 53 3/3
// (a small count: hidden), 72 40/41 (hidden beside it), 85 60/61; DE 1000
// everywhere. SCORE (no total): 44 secret, 49 12.5 provisional, 85 sent
// empty, in 2025-T3 only. PLAC (a new definition from 2025-T3): 44 50/55,
// 49 70/77, nothing from the other départements.
struct OpenDataFixture {
  ModelFixture model{kOpenDataIndicators, kOpenDataBreaks};
  OpenDataFixture() {
    const char* departements[] = {"44", "49", "53", "72", "85"};
    const double boe[] = {120, 80, 3, 40, 60};
    for (int i = 0; i < 5; ++i) {
      model.add("BOE", departements[i], "2025-T2", boe[i]);
      model.add("BOE", departements[i], "2025-T3", boe[i] + (i == 2 ? 0 : 1));
      model.add("DE", departements[i], "2025-T2", 1000);
      model.add("DE", departements[i], "2025-T3", 1000);
    }
    model.add_secret("SCORE", "44", "2025-T3").source = "agefiph";
    StoredFigure& provisional = model.add("SCORE", "49", "2025-T3", 12.5);
    provisional.source = "agefiph";
    provisional.provisional = true;
    provisional.revised_at = "2026-03-10";
    model.add_missing("SCORE", "85", "2025-T3").source = "agefiph";
    model.add("PLAC", "44", "2025-T2", 50).source = "cap-emploi";
    model.add("PLAC", "44", "2025-T3", 55).source = "cap-emploi";
    model.add("PLAC", "49", "2025-T2", 70).source = "cap-emploi";
    model.add("PLAC", "49", "2025-T3", 77).source = "cap-emploi";
  }
  Dataset build() const {
    std::vector<Diagnostic> diagnostics;
    Dataset dataset = model.build(diagnostics, {secrecy_pass()});
    CHECK(diagnostics.empty());
    return dataset;
  }
};

inline constexpr const char* kFormulaSources =
    "code;label;folder;url;secret;secret_threshold\n"
    "france-travail;=HYPERLINK(\"http://exemple.invalid\",\"clic\");france-travail;https://www.francetravail.fr;;\n"
    "agefiph;Agefiph, délégation régionale;agefiph;javascript:alert(1);;\n";

// A project made by `prith init` with the sources above.
inline std::unique_ptr<Project> open_data_project(const TemporaryFolder& folder) {
  std::string root = (folder.path() / "projet").string();
  std::ostringstream out, err;
  REQUIRE(run_init({root}, out, err) == kExitClean);
  folder.write("projet/sources.csv", kFormulaSources);
  std::vector<Diagnostic> diagnostics;
  std::string error;
  std::unique_ptr<Project> project = Project::load(root, diagnostics, error);
  REQUIRE(project != nullptr);
  return project;
}

// RFC 4180 rows (CRLF line ends, "" inside quotes); fails the test on a
// malformed file.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, in_quotes = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
      else if (c == '"') in_quotes = false;
      else field += c;
    } else if (c == '"') {
      REQUIRE(field.empty());
      quoted = in_quotes = true;
    } else if (c == ',') {
      row.push_back(field); field.clear(); quoted = false;
    } else if (c == '\r') {
      REQUIRE(i + 1 < text.size());
      REQUIRE(text[i + 1] == '\n');
      ++i;
      row.push_back(field); field.clear(); quoted = false;
      rows.push_back(row); row.clear();
    } else {
      REQUIRE_MESSAGE(c != '\n', "bare LF in a CSV file");
      field += c;
    }
  }
  (void)quoted;
  REQUIRE_FALSE(in_quotes);
  REQUIRE(row.empty());  // the last row ends with CRLF
  REQUIRE(field.empty());
  return rows;
}

}  // namespace prith::test
