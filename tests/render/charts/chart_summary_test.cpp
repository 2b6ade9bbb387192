#include "render/charts/chart_summary.h"

#include <doctest/doctest.h>

#include "render/charts/chart_examples.h"
#include "render/charts/chart_layout.h"

using namespace prith;

namespace {
const std::string nbsp = "\xC2\xA0";
const std::string minus = "\xE2\x88\x92";
}  // namespace

TEST_CASE("a line chart is summed up by its latest point and its change over one year") {
  CHECK(chart_summary_fr(test::mayenne_line()) == "Au T3 2025, 2" + nbsp +
                                                      "696 demandeurs d'emploi bénéficiaires de l'obligation "
                                                      "d'emploi en Mayenne, " +
                                                      minus + "2,3" + nbsp + "% sur un an.");
}

TEST_CASE("the summary never uses a secret value, nor compares with one") {
  ChartSpec spec = test::mayenne_line();
  spec.series[0].points[7] = ChartPoint{PointStatus::secret, 9999};  // T3 2025 secret → T2 2025 is the latest
  spec.series[0].points[3] = ChartPoint{PointStatus::secret, 1};     // T3 2024 secret: no longer compared
  std::string summary = chart_summary_fr(spec);
  CHECK(summary == "Au T2 2025, 2" + nbsp + "705 demandeurs d'emploi bénéficiaires de l'obligation d'emploi en Mayenne, " +
                       minus + "3" + nbsp + "% sur un an.");
  spec.series[0].points[2] = ChartPoint::secret();  // T2 2024 secret: no change is given
  CHECK(chart_summary_fr(spec) ==
        "Au T2 2025, 2" + nbsp + "705 demandeurs d'emploi bénéficiaires de l'obligation d'emploi en Mayenne.");
  CHECK(summary.find("9") == std::string::npos);
}

TEST_CASE("a rate changes in points, and a series with nothing visible says so") {
  ChartSpec spec;
  spec.kind = ChartKind::line_over_time;
  spec.unit = "%";
  spec.decimals = 1;
  spec.measure = "taux de chômage des BOE";
  spec.place = "en Sarthe";
  spec.periods_per_year = 1;
  spec.x_labels = {"2024", "2025"};
  spec.series = {{"Sarthe", {ChartPoint::of(3.3), ChartPoint::of(3.5)}}};
  CHECK(chart_summary_fr(spec) == "En 2025, taux de chômage des BOE en Sarthe : 3,5" + nbsp + "%, +0,2 point sur un an.");
  spec.series[0].points = {ChartPoint::secret(), ChartPoint::missing()};
  CHECK(chart_summary_fr(spec) == "Aucune valeur publiable sur la période.");
}

TEST_CASE("bars are summed up by the highest and lowest visible territory") {
  CHECK(chart_summary_fr(test::pays_de_la_loire_bars()) ==
        "Au T3 2025, valeur la plus haute : Loire-Atlantique (5" + nbsp +
            "432 demandeurs d'emploi bénéficiaires de l'obligation d'emploi) ; la plus basse : Mayenne (2" + nbsp +
            "696).");
}

// Review item 2: "Au T3 2026, 726,3 ancienneté moyenne d'inscription…" was
// ungrammatical and had no unit; the value now carries its unit.
TEST_CASE("a mean in days or an amount in euros reads with its unit after the number") {
  ChartSpec spec;
  spec.kind = ChartKind::line_over_time;
  spec.unit = "jours";
  spec.decimals = 1;
  spec.measure = "ancienneté moyenne d'inscription des demandeurs d'emploi";
  spec.place = "en Mayenne";
  spec.periods_per_year = 1;
  spec.x_labels = {"T3 2025", "T3 2026"};
  spec.series = {{"Mayenne", {ChartPoint::of(700), ChartPoint::of(726.3)}}};
  CHECK(chart_summary_fr(spec) == "Au T3 2026, ancienneté moyenne d'inscription des demandeurs d'emploi en Mayenne : 726,3" +
                                      nbsp + "jours, +3,8" + nbsp + "% sur un an.");
  spec.unit = "€";
  spec.decimals = 0;
  spec.measure = "montant des aides financières accordées par l'Agefiph";
  spec.series[0].points = {ChartPoint::missing(), ChartPoint::of(3189922.42)};
  CHECK(chart_summary_fr(spec) == "Au T3 2026, montant des aides financières accordées par l'Agefiph en Mayenne : 3" +
                                      nbsp + "189" + nbsp + "922" + nbsp + "€.");
  spec.unit = "%";
  spec.decimals = 1;
  spec.series[0].points = {ChartPoint::missing(), ChartPoint::of(13)};
  CHECK(chart_value_fr(13, spec) == "13,0" + nbsp + "%");  // review item 21: one decimal, always
}
