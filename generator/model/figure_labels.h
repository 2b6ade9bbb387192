// What a reader is told beside a figure, in French: its flags and why a
// derived figure is absent. One place, so that the site, the workbooks and
// the open data say the same words.
#pragma once

#include <string>
#include <string_view>

#include "model/figure.h"

namespace prith {

// "révisé le 10 mars 2026"; "révisé" when the day is unknown; "" when never revised.
std::string revised_fr(const Figure& figure);

// The flags, comma-separated, in a fixed order: "calculé, provisoire,
// révisé le 10 mars 2026, rupture de série, partiel : 4 départements sur 5".
std::string flags_fr(const Figure& figure);

// The figure as published: "14 178", "3,5", "s" when it is secret (the
// partner's "s" or statistical secrecy), "n.d." when missing. Outputs print
// figures through this, so a hidden value never leaves the Dataset.
std::string published_value_fr(const Figure& figure, int max_decimals = 1);

// The legends printed beside any table, chart or sheet that shows "s" or "n.d.".
inline constexpr std::string_view kSecretLegend =
    "s : secret statistique (effectif trop faible pour être publié, ou masqué pour qu'il ne puisse pas être "
    "recalculé à partir des autres chiffres)";
inline constexpr std::string_view kMissingLegend = "n.d. : non disponible";

// Why a derived figure is absent: "rupture de série", "non disponible"...; "" when ok.
std::string_view derived_status_fr(DerivedStatus status);

}  // namespace prith
