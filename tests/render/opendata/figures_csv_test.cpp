#include "render/opendata/figures_csv.h"

#include <doctest/doctest.h>

#include <map>
#include <random>

#include "open_data_test_support.h"
#include "render/opendata/csv_table.h"

using namespace prith;

namespace {

// The rows of chiffres.csv by "indicator territory level period", joined back with commas.
std::map<std::string, std::string> rows_by_key(const std::string& csv) {
  std::vector<std::vector<std::string>> rows = test::parse_csv(csv);
  std::map<std::string, std::string> by_key;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    REQUIRE(rows[r].size() == rows[0].size());
    std::string joined;
    for (std::size_t i = 6; i < rows[r].size(); ++i) joined += (i > 6 ? "," : "") + rows[r][i];
    std::string key = rows[r][0] + " " + rows[r][2] + " " + rows[r][4] + " " + rows[r][5];
    CHECK_MESSAGE(by_key.emplace(key, joined).second, "two rows for " << key);
  }
  return by_key;
}

}  // namespace

TEST_CASE("chiffres.csv: the header is the columns described for the datapackage") {
  test::OpenDataFixture fixture;
  std::vector<std::vector<std::string>> rows = test::parse_csv(figures_csv(fixture.build()));
  std::vector<std::string> names;
  for (const DataColumn& column : figures_file().columns) names.push_back(column.name);
  CHECK(rows.at(0) == names);
  CHECK(names.at(6) == "valeur");
}

TEST_CASE("chiffres.csv: visible values plain, secret figures as s with no value, missing ones empty") {
  test::OpenDataFixture fixture;
  std::map<std::string, std::string> rows = rows_by_key(figures_csv(fixture.build()));
  // Columns from valeur: valeur, statut, drapeaux, unite, source, revise_le, evolution_unite,
  // evolution_precedente, its statut, evolution_un_an, its statut.
  CHECK(rows.at("BOE 44 departement 2025-T3") == "121,publié,,personnes,france-travail,,%,0.833333333333,publié,,sans_objet");
  CHECK(rows.at("BOE 52 region 2025-T3") == "307,publié,calcule,personnes,france-travail,,%,1.3201320132,publié,,sans_objet");
  // Mayenne's 3 is a small count, hidden with the Sarthe beside it; the rates built on them too.
  CHECK(rows.at("BOE 53 departement 2025-T3") == "s,secret,,personnes,france-travail,,%,,secret,,sans_objet");
  CHECK(rows.at("BOE 72 departement 2025-T3") == "s,secret,,personnes,france-travail,,%,,secret,,sans_objet");
  CHECK(rows.at("PART 53 departement 2025-T3") == "s,secret,calcule,%,france-travail,,points,,secret,,sans_objet");
  // A rate evolves in points, rounded off its floating-point noise.
  CHECK(rows.at("PART 52 region 2025-T3") == "6.14,publié,calcule,%,france-travail,,points,0.08,publié,,sans_objet");
  // The partner's own "s", a provisional revised figure, a figure sent empty, one never sent.
  CHECK(rows.at("SCORE 44 departement 2025-T3") == "s,secret,,points,agefiph,,%,,secret,,sans_objet");
  CHECK(rows.at("SCORE 49 departement 2025-T3") ==
        "12.5,publié,provisoire|revise,points,agefiph,2026-03-10,%,,sans_objet,,sans_objet");
  CHECK(rows.at("SCORE 85 departement 2025-T3") == ",manquant,,points,agefiph,,%,,sans_objet,,sans_objet");
  CHECK(rows.at("SCORE 53 departement 2025-T3") == ",manquant,,points,agefiph,,%,,sans_objet,,sans_objet");
  // A total of two départements out of five, in the first period of a new definition.
  CHECK(rows.at("PLAC 52 region 2025-T3") == "132,publié,calcule|rupture|partiel,personnes,cap-emploi,,%,,rupture,,sans_objet");
  CHECK(rows.at("PLAC 72 departement 2025-T2") == ",manquant,,personnes,cap-emploi,,%,,sans_objet,,sans_objet");
}

TEST_CASE("chiffres.csv: no evolution from before the indicator's first period (sans_objet), one from a missing "
          "figure (manquant)") {
  test::OpenDataFixture fixture;
  std::map<std::string, std::string> rows = rows_by_key(figures_csv(fixture.build()));
  // The first period of the axis: nothing to compare with, for the quarter or the year.
  CHECK(rows.at("BOE 44 departement 2025-T2").ends_with(",%,,sans_objet,,sans_objet"));
  CHECK(rows.at("BOE 44 departement 2025-T3").ends_with(",%,0.833333333333,publié,,sans_objet"));
  // SCORE starts in 2025-T3 although the axis has 2025-T2.
  CHECK(rows.at("SCORE 49 departement 2025-T3").ends_with(",%,,sans_objet,,sans_objet"));

  test::ModelFixture model(test::kOpenDataIndicators);
  model.add("BOE", "44", "2025-T2", 120);
  model.add("BOE", "44", "2025-T3", 121);
  model.add("BOE", "49", "2025-T3", 80);  // the Maine-et-Loire did not send 2025-T2
  std::vector<Diagnostic> diagnostics;
  std::map<std::string, std::string> few = rows_by_key(figures_csv(model.build(diagnostics, {})));
  CHECK(few.at("BOE 49 departement 2025-T3").ends_with(",%,,manquant,,sans_objet"));
  CHECK(few.at("BOE 49 departement 2025-T2").ends_with(",%,,sans_objet,,sans_objet"));
  CHECK(few.at("BOE 44 departement 2025-T3").ends_with(",%,0.833333333333,publié,,sans_objet"));
}

TEST_CASE("chiffres.csv: every territory of the tree for each indicator and period with a figure, and no other") {
  test::OpenDataFixture fixture;
  std::map<std::string, std::string> rows = rows_by_key(figures_csv(fixture.build()));
  // DE, BOE, PART, PLAC: 2 periods × 6 territories; SCORE: 2025-T3 only.
  CHECK(rows.size() == 4 * 2 * 6 + 6);
  CHECK(rows.count("SCORE 44 departement 2025-T2") == 0);
}

TEST_CASE("chiffres.csv: partner text that looks like a formula is written as text") {
  test::OpenDataFixture fixture;
  std::string csv = figures_csv(fixture.build());
  CHECK(csv.find(",'+Score partenaire,") != std::string::npos);
  CHECK(csv.find(",+Score") == std::string::npos);
}

TEST_CASE("open data numbers: plain, shortest, without floating-point noise") {
  CHECK(open_data_number(1234.5) == "1234.5");
  CHECK(open_data_number(14178) == "14178");
  CHECK(open_data_number(-0.25) == "-0.25");
  CHECK(open_data_number(0.1 + 0.2) == "0.3");
  CHECK(open_data_number(6.0600000000000005) == "6.06");
  CHECK(open_data_number(123456789012.0) == "123456789012");
  CHECK(open_data_number(std::numeric_limits<double>::infinity()) == "");
}

TEST_CASE("flag and status tokens") {
  Figure figure = test::known(3, kProvisional | kRevised | kSeriesBreak | kPartial);
  figure.origin = FigureOrigin::computed;
  CHECK(figure_flag_tokens(figure) == "calcule|provisoire|revise|rupture|partiel");
  figure.flags |= kHidden;
  CHECK(figure_value_field(figure) == "s");
  CHECK(figure_status_token(figure) == "secret");
  CHECK(figure_value_field(test::missing()) == "");
  CHECK(figure_status_token(test::missing()) == "manquant");
  CHECK(iso_date(20260310) == "2026-03-10");
  CHECK(iso_date(0) == "");
  CHECK(derived_status_token(DerivedStatus::zero_base) == "base_nulle");
}

TEST_CASE("property: every hidden or confidential figure of random Datasets is a bare s in chiffres.csv") {
  std::mt19937 random(6);
  std::size_t secret = 0;
  for (int trial = 0; trial < 30; ++trial) {
    CAPTURE(trial);
    test::ModelFixture fixture(test::kOpenDataIndicators);
    for (const char* code : {"44", "49", "53", "72", "85"}) {
      for (const char* period : {"2025-T2", "2025-T3"}) {
        const double boe = static_cast<double>(random() % 3 == 0 ? random() % 8 : random() % 300);
        if (random() % 10 == 0) fixture.add_secret("BOE", code, period);
        else fixture.add("BOE", code, period, boe);
        fixture.add("DE", code, period, static_cast<double>(1000 + random() % 500));
      }
    }
    std::vector<Diagnostic> diagnostics;
    Dataset dataset = fixture.build(diagnostics, {secrecy_pass()});
    std::map<std::string, std::string> rows = rows_by_key(figures_csv(dataset));
    for (const char* indicator : {"BOE", "PART"}) {
      for (const char* code : {"R52", "44", "49", "53", "72", "85"}) {
        for (const char* period : {"2025-T2", "2025-T3"}) {
          const Figure& figure = fixture.cell(dataset, indicator, code, period).figure;
          if (!figure.has(kHidden) && figure.status != ObservationStatus::confidential) continue;
          ++secret;
          const std::string level = code[0] == 'R' ? "region" : "departement";
          const std::string key = std::string(indicator) + " " + (code[0] == 'R' ? code + 1 : code) + " " + level +
                                  " " + period;
          CAPTURE(key);
          REQUIRE(rows.count(key) == 1);
          const std::string& row = rows.at(key);
          CHECK(row.starts_with("s,secret,"));
          // No evolution is given for it either.
          CHECK((row.ends_with(",,secret,,sans_objet") || row.ends_with(",,manquant,,sans_objet") ||
                 row.ends_with(",,sans_objet,,sans_objet")));
        }
      }
    }
  }
  CHECK(secret > 30);  // the trials did meet secret figures
}
