// Numbers as machines read them: "1234.5", "-0.25", "7" — a point, no
// thousands separator, no trailing zero, the same on every machine (no
// locale). For CSV cells and SVG coordinates; readers get format_number_fr.
#pragma once

#include <string>

namespace prith {

// `value` with at most `decimals` decimals (rounded as printf's "%.*f"),
// trailing zeros and a lone point removed, "-0" written "0".
std::string plain_number(double value, int decimals = 1);

}  // namespace prith
