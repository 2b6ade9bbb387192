#include "store/read_clock.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace prith {

namespace {

bool digits(std::string_view text, std::size_t from, std::size_t count, int& value) {
  value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (i >= text.size() || text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

std::optional<std::string> normalize_instant(std::string_view text) {
  if (!text.empty() && text.back() == 'Z') text.remove_suffix(1);
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (text.size() < 10 || !digits(text, 0, 4, year) || text[4] != '-' || !digits(text, 5, 2, month) ||
      text[7] != '-' || !digits(text, 8, 2, day))
    return std::nullopt;
  if (text.size() > 10) {
    if ((text.size() != 16 && text.size() != 19) || text[10] != 'T' || !digits(text, 11, 2, hour) ||
        text[13] != ':' || !digits(text, 14, 2, minute))
      return std::nullopt;
    if (text.size() == 19 && (text[16] != ':' || !digits(text, 17, 2, second))) return std::nullopt;
  }
  std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                   std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute, second);
  return std::string(buffer);
}

std::optional<std::string> build_instant(const std::string& option, std::string& error) {
  std::string given = option;
  std::string origin = "--now";
  if (given.empty()) {
    const char* environment = std::getenv("PRITH_NOW");
    if (environment && *environment) {
      given = environment;
      origin = "PRITH_NOW";
    }
  }
  if (given.empty()) {
    auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    auto days = std::chrono::floor<std::chrono::days>(now);
    std::chrono::year_month_day date(days);
    std::chrono::hh_mm_ss time(now - days);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<long>(time.hours().count()), static_cast<long>(time.minutes().count()),
                  static_cast<long long>(time.seconds().count()));
    return std::string(buffer);
  }
  std::optional<std::string> instant = normalize_instant(given);
  if (!instant)
    error = origin + " vaut « " + given + " » : une date AAAA-MM-JJ ou un instant AAAA-MM-JJTHH:MM[:SS][Z] en UTC " +
            "était attendu.";
  return instant;
}

}  // namespace prith
