#include "model/figure_labels.h"

#include <doctest/doctest.h>

using namespace prith;

TEST_CASE("a figure's flags in French, in a fixed order") {
  Figure figure;
  figure.status = ObservationStatus::ok;
  CHECK(flags_fr(figure) == "");
  figure.flags = kRevised;
  figure.revised_on = 20260310;
  CHECK(revised_fr(figure) == "révisé le 10 mars 2026");
  figure.revised_on = 20250101;
  CHECK(revised_fr(figure) == "révisé le 1er janvier 2025");
  figure.revised_on = 0;
  CHECK(revised_fr(figure) == "révisé");
  figure.origin = FigureOrigin::computed;
  figure.flags = kProvisional | kRevised | kSeriesBreak | kPartial;
  figure.revised_on = 20261008;
  figure.known_parts = 4;
  figure.total_parts = 5;
  CHECK(flags_fr(figure) ==
        "calculé, provisoire, révisé le 8 octobre 2026, rupture de série, partiel : 4 départements sur 5");
  // A computed figure that could not be computed is not "calculé".
  Figure nothing;
  nothing.origin = FigureOrigin::computed;
  CHECK(flags_fr(nothing) == "");
}

TEST_CASE("why a derived figure is absent") {
  CHECK(derived_status_fr(DerivedStatus::ok) == "");
  CHECK(derived_status_fr(DerivedStatus::series_break) == "rupture de série");
  CHECK(derived_status_fr(DerivedStatus::secret) == "secret statistique");
  CHECK(derived_status_fr(DerivedStatus::partial) == "total partiel");
  CHECK(derived_status_fr(DerivedStatus::zero_base) == "non calculable (base nulle)");
  CHECK(derived_status_fr(DerivedStatus::missing) == "non disponible");
  CHECK(derived_status_fr(DerivedStatus::not_applicable) == "sans objet");
}

TEST_CASE("a published figure: its value, or s, or n.d., never a hidden value") {
  prith::Figure figure;
  figure.status = prith::ObservationStatus::ok;
  figure.value = 14178;
  CHECK(prith::published_value_fr(figure) == "14\xC2\xA0" "178");
  figure.value = 3.54;
  CHECK(prith::published_value_fr(figure) == "3,5");
  figure.flags |= prith::kHidden;
  CHECK(prith::published_value_fr(figure) == "s");
  prith::Figure secret;
  secret.status = prith::ObservationStatus::confidential;
  CHECK(prith::published_value_fr(secret) == "s");
  CHECK(prith::published_value_fr(prith::Figure{}) == "n.d.");
}
