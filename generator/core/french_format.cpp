#include "core/french_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace prith {

namespace {
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
}

std::string format_number_fr(double value, int max_decimals) {
  if (!std::isfinite(value)) return "n.d.";
  // to_chars: the same digits as printf("%.*f"), without its locale and
  // format parsing (a site prints hundreds of thousands of numbers).
  char buffer[400];  // DBL_MAX in fixed notation: 309 digits
  auto [end, failed] = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::fixed,
                                     std::max(0, max_decimals));
  if (failed != std::errc()) return "n.d.";
  std::string digits(buffer, end);
  std::string fraction;
  if (auto dot = digits.find('.'); dot != std::string::npos) {
    fraction = digits.substr(dot + 1);
    digits.resize(dot);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  }
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += kNoBreakSpace;
    grouped += digits[i];
  }
  bool is_zero = digits.find_first_not_of('0') == std::string::npos && fraction.empty();
  std::string result = (value < 0 && !is_zero) ? "-" : "";
  result += grouped;
  if (!fraction.empty()) result += "," + fraction;
  return result;
}

std::string format_fixed_fr(double value, int decimals) {
  std::string text = format_number_fr(value, decimals);
  if (decimals <= 0 || text == "n.d.") return text;
  std::size_t comma = text.find(',');
  if (comma == std::string::npos) {
    text += ",";
    comma = text.size() - 1;
  }
  text.append(static_cast<std::size_t>(decimals) - (text.size() - 1 - comma), '0');
  return text;
}

std::string count_fr(std::size_t count, std::string_view singular, std::string_view plural) {
  // French uses the singular for 0 and 1.
  return format_number_fr(static_cast<double>(count), 0) + " " +
         std::string(count > 1 ? plural : singular);
}

std::string describe_place_fr(const SourcePlace& place) {
  if (place.in_sheet()) {
    std::string text = "feuille " + quote_fr(place.sheet);
    if (place.line > 0 && place.column > 0) return text + ", cellule " + place.cell();
    if (place.line > 0) return text + ", ligne " + std::to_string(place.line);
    return text;
  }
  if (place.line == 0) return {};
  std::string text = "ligne " + std::to_string(place.line);
  if (place.column > 0) text += ", colonne " + std::to_string(place.column);
  return text;
}

std::string quote_fr(std::string_view text) {
  // Plain spaces: messages are read in terminals and logs, where a
  // no-break space only gets in the way of copy and paste.
  std::string quoted = "« ";
  quoted += text;
  quoted += " »";
  return quoted;
}

}  // namespace prith
