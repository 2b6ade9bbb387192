#include "render/site/site_table.h"

#include <doctest/doctest.h>

#include "core/plain_number.h"
#include "render/site/site_links.h"
#include "render/site/site_page.h"

using namespace prith;

namespace {
Figure figure(ObservationStatus status, double value = 0, std::uint16_t flags = 0) {
  Figure result;
  result.status = status;
  result.value = value;
  result.flags = flags;
  return result;
}
}  // namespace

TEST_CASE("cells show published values only, and the CSV writes s, empty and plain numbers") {
  TableCell hidden = figure_cell(figure(ObservationStatus::ok, 3, kHidden));
  CHECK(hidden.text == "s");
  CHECK(hidden.kind == ShownKind::secret);
  CHECK_FALSE(hidden.number.has_value());
  CHECK(figure_cell(figure(ObservationStatus::confidential)).text == "s");
  CHECK(figure_cell(figure(ObservationStatus::missing)).text == "n.d.");
  TableCell shown = figure_cell(figure(ObservationStatus::ok, 14178.26, kProvisional));
  CHECK(shown.text == "14\u00a0178,3");
  CHECK(shown.flags == "provisoire");

  Derived down{-2.345, DerivedStatus::ok};
  CHECK(evolution_cell(down, false).text == "\u22122,3 %");
  CHECK(evolution_cell(Derived{0.2, DerivedStatus::ok}, true).text == "+0,2 pt");
  CHECK(evolution_cell(Derived{0, DerivedStatus::series_break}, false).text == "rupture de série");
  CHECK(rank_cell(1, 5).text == "1er sur 5");
  CHECK(rank_cell(3, 5).text == "3e sur 5");

  SiteTable table;
  table.caption = "Essai";
  table.row_header = {"Territoire", "territoire", "Nom"};
  table.columns = {{"T3 2025", "2025-T3", "Valeur"}};
  table.rows = {{"Mayenne", {hidden}}, {"Sarthe, \"Nord\"", {shown}}, {"=cmd", {figure_cell(Figure{})}}};
  CHECK(table_csv(table) ==
        "territoire,2025-T3,2025-T3_statut\n"
        "Mayenne,s,secret\n"
        "\"Sarthe, \"\"Nord\"\"\",14178.3,provisoire\n"
        "'=cmd,,non disponible\n");
  CHECK(plain_number(-0.04) == "0");
  CHECK(plain_number(1234.5) == "1234.5");
}

namespace {
Indicator indicator(std::string unit, Aggregation aggregation) {
  Indicator result;
  result.unit = std::move(unit);
  result.aggregation = aggregation;
  return result;
}
}  // namespace

// Review items 3 and 21: "12,4" (a %?), "771,6" (days?), "3 189 922,4" (€?),
// and "13" beside "12,9" in one column.
TEST_CASE("values carry their unit; rates, means and evolutions show one decimal, always") {
  const Figure share = figure(ObservationStatus::ok, 13);
  CHECK(figure_cell(share, value_format(indicator("%", Aggregation::ratio))).text == "13,0\u00a0%");
  CHECK(figure_cell(figure(ObservationStatus::ok, 771.64), value_format(indicator("jours", Aggregation::weighted_mean)))
            .text == "771,6\u00a0jours");
  TableCell money = figure_cell(figure(ObservationStatus::ok, 3189922.42), value_format(indicator("€", Aggregation::sum)));
  CHECK(money.text == "3\u00a0189\u00a0922\u00a0€");
  CHECK(*money.number == doctest::Approx(3189922.42));  // the CSV keeps the number, the page rounds it
  CHECK(figure_cell(figure(ObservationStatus::ok, 1841), value_format(indicator("personnes", Aggregation::sum))).text ==
        "1\u00a0841");
  CHECK(figure_cell(figure(ObservationStatus::confidential), value_format(indicator("%", Aggregation::ratio))).text == "s");
  CHECK(evolution_cell(Derived{-17, DerivedStatus::ok}, false).text == "\u221217,0 %");
  CHECK(evolution_cell(Derived{4, DerivedStatus::ok}, false).text == "+4,0 %");
  CHECK(evolution_cell(Derived{0, DerivedStatus::ok}, true).text == "0,0 pt");
  CHECK(share_cell(Derived{12, DerivedStatus::ok}).text == "12,0 %");
}

// Review item 13: value columns were typed string; tables mixing indicators
// did not say which indicator or unit a row is.
TEST_CASE("a table of indicators says each row's code and unit, and its value columns are numbers") {
  SiteTable table;
  table.caption = "Chiffres clés";
  table.row_header = {"Indicateur", "indicateur", "Libellé"};
  table.columns = {{"Valeur", "valeur", "Valeur au T3 2026"}, {"Note", "note", "Commentaire"}};
  SiteTable::Row count{"Demandeurs", {figure_cell(figure(ObservationStatus::ok, 1841)), text_cell("stable")}};
  count.indicator_code = "DEBOE";
  count.unit = "personnes";
  SiteTable::Row rate{"Part", {figure_cell(figure(ObservationStatus::confidential)), text_cell("")}};
  rate.indicator_code = "PART_DEBOE";
  rate.unit = "%";
  table.rows = {count, rate};
  CHECK(table_csv(table) ==
        "indicateur,indicateur_code,unite,valeur,valeur_statut,note,note_statut\n"
        "Demandeurs,DEBOE,personnes,1841,,stable,\n"
        "Part,PART_DEBOE,%,s,secret,,\n");
  DataFile file = table_data_file(table, "donnees/tableaux/x-1.csv", "Mayenne");
  REQUIRE(file.columns.size() == 7);
  CHECK(file.columns[1].name == "indicateur_code");
  CHECK(file.columns[2].name == "unite");
  CHECK(file.columns[3].name == "valeur");
  CHECK(file.columns[3].type == "number");
  CHECK(file.columns[4].type == "string");
  CHECK(file.columns[5].type == "string");  // words: not a number column
}

TEST_CASE("only http(s) addresses become links") {
  CHECK(web_link("https://www.agefiph.fr") == "https://www.agefiph.fr");
  CHECK(web_link("http://exemple.fr") == "http://exemple.fr");
  CHECK(web_link("javascript:alert(1)") == "");
  CHECK(web_link("//cdn.exemple.fr") == "");
  CHECK(web_link("") == "");
}

TEST_CASE("dates read in French") {
  CHECK(date_fr("2026-11-15") == "15 novembre 2026");
  CHECK(date_fr("2026-03-01T09:00:00Z") == "1er mars 2026");
  CHECK(date_fr("hier soir, tard") == "hier soir, tard");
  CHECK(date_fr("2026-13-01") == "2026-13-01");
  CHECK(date_fr("") == "");
}
