// The map the map tests share: Pays de la Loire at T3 2026, Mayenne secret
// with a value planted in its point, Vendée missing.
#pragma once

#include "render/maps/departement_shapes.h"
#include "render/maps/map_layout.h"
#include "render/maps/map_spec.h"

namespace prith::test {

inline MapSpec pays_de_la_loire_map() {
  MapSpec spec;
  spec.title = "Carte : Inscrits par département, T3 2026";
  spec.measure = "inscrits";
  spec.period = "T3 2026";
  spec.areas = {{"44", "Loire-Atlantique", ChartPoint::of(5000)},
                {"49", "Maine-et-Loire", ChartPoint::of(4000)},
                {"53", "Mayenne", {PointStatus::secret, 987.654}},
                {"72", "Sarthe", ChartPoint::of(3000)},
                {"85", "Vendée", ChartPoint::missing()}};
  return spec;
}

// `spec` laid out over the shapes compiled into prith.
inline MapLayout map_layout_of(const MapSpec& spec) {
  FontMetrics metrics;
  return layout_map(spec, DepartementShapes::bundled(), metrics);
}

}  // namespace prith::test
