// Periods as partners write them: "2025-T3", "T3 2025", "2025Q3",
// "3e trimestre 2025", "30/09/2025", Excel serial dates, months, years.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace prith {

struct Period {
  enum class Kind : std::uint8_t { quarter, month, year };
  Kind kind = Kind::quarter;
  std::int16_t year = 0;
  std::uint8_t index = 0;  // quarter 1-4, month 1-12, 0 for a year

  std::string to_string() const;  // "2025-T3", "2025-09", "2025"
  std::string french_label() const;  // "T3 2025", "septembre 2025", "2025"
  friend auto operator<=>(const Period&, const Period&) = default;
};

// A full date (30/09/2025, 2025-09-30, a serial) names the quarter that
// contains it: every PRITH source publishes quarterly figures dated at the
// end or the start of the quarter. Month and year forms give a month or a year.
std::optional<Period> parse_period(std::string_view text);

// Excel serial day number (1900 system, or 1904 when date1904) to the quarter
// containing that day; nullopt when the day's year is outside 1990-2100, the
// years parse_period accepts (see docs/catalogues.md).
std::optional<Period> period_from_excel_serial(double serial, bool date1904);

// The calendar day Excel shows for a serial, fictitious 29/02/1900 included
// (serial 60 in the 1900 system); nullopt for serials before the first day
// (1 in 1900, 0 in 1904), past 9999-12-31, NaN or infinite.
struct CivilDate {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};
std::optional<CivilDate> civil_date_from_excel_serial(double serial, bool date1904);

}  // namespace prith
