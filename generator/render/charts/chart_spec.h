// What a chart shows, described once by whoever builds a page: the numbers,
// their labels and the words around them. Layout and drawing read only this.
#pragma once

#include <string>
#include <vector>

namespace prith {

enum class ChartKind { line_over_time, bars_across_territories };

// A point may be absent: secret (drawn as a gap marked "s") or missing ("n.d.").
enum class PointStatus { value, secret, missing };

struct ChartPoint {
  PointStatus status = PointStatus::missing;
  double value = 0;  // meaningful only when status == value

  static ChartPoint of(double number) { return {PointStatus::value, number}; }
  static ChartPoint secret() { return {PointStatus::secret, 0}; }
  static ChartPoint missing() { return {PointStatus::missing, 0}; }
};

struct ChartSeries {
  std::string name;                // legend text, e.g. "Mayenne"
  std::vector<ChartPoint> points;  // one per x label
};

// A series break: the definition changes at x label `index` (the first
// point of the new definition). Drawn as a dashed vertical line between
// index-1 and index labelled "rupture de série"; lines do not join across it.
struct ChartBreak {
  std::size_t index = 0;
};

struct ChartSpec {
  std::string title;
  ChartKind kind = ChartKind::line_over_time;
  std::vector<std::string> x_labels;  // periods ("T3 2025") or territory names
  std::vector<ChartSeries> series;
  // "%" for rates; "" for counts (the measure names what is counted);
  // another unit ("€", "jours") is printed after every value: "726,3 jours".
  std::string unit;
  int decimals = 0;                   // decimals shown on value labels (always that many)
  std::string measure;                // "demandeurs d'emploi bénéficiaires de l'obligation d'emploi"
  std::string place;                  // "en Mayenne" (line charts); "" for bars
  std::string period;                 // bars only: the period shown, "T3 2025"
  std::vector<ChartBreak> breaks;     // line charts: where the definition changes
  int periods_per_year = 4;           // line charts: how far back "sur un an" looks
  double width = 800;
  double height = 400;
};

// The spec as layout and summary read it: every series has exactly one
// point per x label (absent ones missing), a value that is not a finite
// number is missing (never drawn as "nan"), breaks lie strictly inside the
// x labels (sorted, once each), and the size is kept within
// 100..4000 × 80..4000 pixels (a zero-sized image cannot be encoded).
ChartSpec checked_spec(const ChartSpec& spec);

}  // namespace prith
