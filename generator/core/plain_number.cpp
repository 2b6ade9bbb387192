#include "core/plain_number.h"

#include <algorithm>
#include <charconv>

namespace prith {

std::string plain_number(double value, int decimals) {
  char buffer[400];  // DBL_MAX in fixed notation: 309 digits
  auto [end, failed] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed,
                                     std::max(0, decimals));
  if (failed != std::errc()) return "";
  std::string text(buffer, end);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
}

}  // namespace prith
