// Slugs for file names in the site: "Pays de la Loire" → "pays-de-la-loire",
// "Côtes-d'Armor" → "cotes-d-armor". ASCII only, so a URL never needs escaping.
#pragma once

#include <string>
#include <string_view>

namespace prith {

// Lower-case ASCII letters and digits, accents folded, every other run of
// characters as one "-", none at either end; "sans-nom" when nothing is left.
std::string slug(std::string_view text);

}  // namespace prith
