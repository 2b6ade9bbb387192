// Chart specs shared by the chart tests: a Mayenne line over two years with
// a secret and a missing quarter, and bars across the Pays de la Loire.
#pragma once

#include "render/charts/chart_spec.h"

namespace prith::test {

inline constexpr const char* kMeasure = "demandeurs d'emploi bénéficiaires de l'obligation d'emploi";

inline ChartSpec mayenne_line() {
  ChartSpec spec;
  spec.title = "Demandeurs d'emploi BOE en Mayenne";
  spec.kind = ChartKind::line_over_time;
  spec.x_labels = {"T4 2023", "T1 2024", "T2 2024", "T3 2024", "T4 2024", "T1 2025", "T2 2025", "T3 2025"};
  // T1 2025 is secret (its true value is kept here to prove it never leaks), T4 2023 is missing.
  spec.series = {{"Mayenne",
                  {ChartPoint::missing(), ChartPoint::of(2810), ChartPoint::of(2790), ChartPoint::of(2760),
                   ChartPoint::of(2731), ChartPoint{PointStatus::secret, 9876}, ChartPoint::of(2705),
                   ChartPoint::of(2696)}}};
  spec.measure = kMeasure;
  spec.place = "en Mayenne";
  return spec;
}

inline ChartSpec pays_de_la_loire_bars() {
  ChartSpec spec;
  spec.title = "Demandeurs d'emploi BOE par département, T3 2025";
  spec.kind = ChartKind::bars_across_territories;
  spec.x_labels = {"Loire-Atlantique", "Maine-et-Loire", "Mayenne", "Sarthe", "Vendée"};
  spec.series = {{"T3 2025",
                  {ChartPoint::of(5432), ChartPoint::of(4120), ChartPoint::of(2696), ChartPoint{PointStatus::secret, 9999},
                   ChartPoint::missing()}}};
  spec.measure = kMeasure;
  spec.period = "T3 2025";
  return spec;
}

}  // namespace prith::test
