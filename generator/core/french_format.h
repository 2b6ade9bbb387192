// French display of numbers, counts and places: the one module that decides
// how a figure reads ("12 345,6", "3 erreurs", "ligne 4, colonne 2").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace prith {

// Thousands separated by a no-break space (U+00A0), decimal comma, at most
// `max_decimals` decimals with trailing zeros removed: 14178 -> "14 178",
// 3.5 -> "3,5", -1234.25 -> "-1 234,25".
std::string format_number_fr(double value, int max_decimals = 2);

// As format_number_fr but always `decimals` decimals, so that a column of
// rates reads "13,0" beside "12,9": 13 -> "13,0", -17 -> "-17,0".
std::string format_fixed_fr(double value, int decimals);

// "1 fichier", "3 fichiers": the count, then the singular or plural noun.
std::string count_fr(std::size_t count, std::string_view singular, std::string_view plural);

// "ligne 4, colonne 2", "feuille « Feuil1 », cellule C4", "" for a whole file.
std::string describe_place_fr(const SourcePlace& place);

// « text » with French quotation marks.
std::string quote_fr(std::string_view text);

}  // namespace prith
