#include "render/site/site_table.h"

#include <doctest/doctest.h>

#include "render/site/site_links.h"

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

TEST_CASE("only http(s) addresses become links") {
  CHECK(web_link("https://www.agefiph.fr") == "https://www.agefiph.fr");
  CHECK(web_link("http://exemple.fr") == "http://exemple.fr");
  CHECK(web_link("javascript:alert(1)") == "");
  CHECK(web_link("//cdn.exemple.fr") == "");
  CHECK(web_link("") == "");
}
