// One figure of the Dataset (indicator × territory × period) with its flags,
// and the figures derived from it. See docs/model.md for every rule.
#pragma once

#include <cstdint>
#include <string>

#include "ingest/observation.h"

namespace prith {

// Where a reported figure comes from (shared by the figures of one batch).
struct Provenance {
  std::string source, file, read_at, revised_at;
  friend auto operator<=>(const Provenance&, const Provenance&) = default;
};

enum class FigureOrigin : std::uint8_t { reported, computed };

// Flags a renderer shows beside a value ("p", "r", "rupture", "partiel", "s").
enum FigureFlag : std::uint16_t {
  kProvisional = 1 << 0,   // the partner said provisional, or a computed figure uses one
  kRevised = 1 << 1,       // a later export changed it (revised_on says when)
  kSeriesBreak = 1 << 2,   // the first period of a new definition (Dataset::series_break says why)
  kPartial = 1 << 3,       // computed from some of its départements only (known_parts < total_parts)
  kHidden = 1 << 4,        // statistical secrecy hides it: set by the secrecy pass, read by nothing after
};

// status says whether the value is known: ok, confidential (the partner
// wrote "s"; a computed figure whose missing input is confidential), or
// missing. "Secret" for readers is confidential or hidden.
struct Figure {
  double value = 0;  // meaningful when status == ok
  ObservationStatus status = ObservationStatus::missing;
  FigureOrigin origin = FigureOrigin::reported;
  std::uint16_t flags = 0;
  std::uint16_t known_parts = 0;  // computed from départements: how many were usable
  std::uint16_t total_parts = 0;  // ... and how many there are; 0 for a reported figure
  std::uint32_t revised_on = 0;   // yyyymmdd of the latest revision, 0 when never revised
  std::uint32_t provenance = kNoProvenance;  // index in Dataset::provenances(), reported figures only

  static constexpr std::uint32_t kNoProvenance = 0xFFFFFFFF;

  bool has(FigureFlag flag) const { return (flags & flag) != 0; }
  bool known() const { return status == ObservationStatus::ok; }
  // Known and not hidden: what every derived figure is allowed to use.
  bool visible() const { return known() && !has(kHidden); }
  bool present() const { return status != ObservationStatus::missing || provenance != kNoProvenance; }
};

// Why a derived value is not there.
enum class DerivedStatus : std::uint8_t {
  ok,
  missing,       // an input is missing (or the period is outside the data)
  secret,        // an input is confidential or hidden
  series_break,  // a declared break lies between the two periods
  partial,       // an input is a partial total
  zero_base,     // evolution in % from 0, share of a total of 0
  not_applicable // no such thing for this indicator or territory
};

struct Derived {
  double value = 0;
  DerivedStatus status = DerivedStatus::not_applicable;
  bool ok() const { return status == DerivedStatus::ok; }
};

// Derived from the shown figure of one cell (docs/model.md):
// evolutions in % (counts, amounts, means) or in points (rates, unit "%"),
// rolling sum of the last four quarters, share of the parent territory in %,
// rank among the siblings (1 = largest; ties share the best rank).
struct DerivedFigures {
  Derived previous;   // quarter-on-quarter (month-on-month, year-on-year for yearly figures)
  Derived year_ago;   // year-on-year
  Derived rolling_four_quarters;
  Derived share_of_parent;
  std::uint16_t rank = 0;        // 0 when not ranked
  std::uint16_t rank_among = 0;  // siblings with a visible value
};

// One cell: the figure shown, and when there are two for it, the other one
// (the figure computed from the départements behind a reported région, or
// the rate computed from its terms behind a reported rate).
struct Cell {
  Figure figure;
  Figure alternate;
  DerivedFigures derived;
};

}  // namespace prith
