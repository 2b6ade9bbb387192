#include "ingest/excel_date.h"

#include <charconv>
#include <cmath>

namespace prith {

namespace {

constexpr double kLastSerial1900 = 2958465;  // 9999-12-31
constexpr double kSecondsPerDay = 86400;

// Days since 1970-01-01 (H. Hinnant's algorithm), proleptic Gregorian.
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civil_from_days(long long z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

// Fixed-width decimal digits; snprintf showed up in the sheet benchmark.
void put_digits(std::string& out, long long value, int width) {
  char digits[8];
  for (int i = width - 1; i >= 0; --i) {
    digits[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out.append(digits, static_cast<std::size_t>(width));
}

const long long kEpoch1900 = days_from_civil(1899, 12, 30);
const long long kEpoch1904 = days_from_civil(1904, 1, 1);

}  // namespace

std::optional<std::string> excel_serial_to_iso(double serial, bool date1904) {
  const double last = date1904 ? kLastSerial1900 - 1462 : kLastSerial1900;
  if (!std::isfinite(serial) || serial < 0 || serial >= last + 1) return std::nullopt;
  long long day = static_cast<long long>(std::floor(serial));
  long long seconds = std::llround((serial - static_cast<double>(day)) * kSecondsPerDay);
  if (seconds >= kSecondsPerDay) {
    ++day;
    seconds = 0;
  }
  std::string iso;
  iso.reserve(19);
  if (!date1904 && day == 60) {
    iso = "1900-02-29";
  } else {
    long long days = date1904 ? kEpoch1904 + day : kEpoch1900 + day + (day < 60 ? 1 : 0);
    int y;
    unsigned m, d;
    civil_from_days(days, y, m, d);
    put_digits(iso, y, 4);
    iso += '-';
    put_digits(iso, m, 2);
    iso += '-';
    put_digits(iso, d, 2);
  }
  if (seconds > 0) {
    iso += 'T';
    put_digits(iso, seconds / 3600, 2);
    iso += ':';
    put_digits(iso, seconds / 60 % 60, 2);
    iso += ':';
    put_digits(iso, seconds % 60, 2);
  }
  return iso;
}

std::optional<double> iso_to_excel_serial(std::string_view iso, bool date1904) {
  auto number = [&](std::size_t at, std::size_t size, unsigned& out) {
    if (at + size > iso.size()) return false;
    auto [end, ec] = std::from_chars(iso.data() + at, iso.data() + at + size, out);
    return ec == std::errc() && end == iso.data() + at + size;
  };
  unsigned y, m, d, hh = 0, mm = 0, ss = 0;
  if (!number(0, 4, y) || iso.size() < 10 || iso[4] != '-' || !number(5, 2, m) || iso[7] != '-' ||
      !number(8, 2, d) || m < 1 || m > 12 || d < 1 || d > 31) {
    return std::nullopt;
  }
  if (iso.size() > 10) {
    if (iso[10] != 'T' || !number(11, 2, hh) || iso.size() < 19 || iso[13] != ':' || !number(14, 2, mm) ||
        iso[16] != ':' || !number(17, 2, ss) || hh > 23 || mm > 59 || ss > 59) {
      return std::nullopt;
    }
  }
  long long days = days_from_civil(y, m, d);
  long long day = date1904 ? days - kEpoch1904 : days - kEpoch1900;
  if (!date1904 && day < 61) --day;  // before the fictitious 1900-02-29
  if (day < 0) return std::nullopt;
  return static_cast<double>(day) + (hh * 3600.0 + mm * 60.0 + ss) / kSecondsPerDay;
}

}  // namespace prith
