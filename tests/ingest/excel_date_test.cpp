#include "ingest/excel_date.h"

#include <doctest/doctest.h>

namespace prith {

TEST_CASE("excel_serial_to_iso: known serials of the 1900 system") {
  struct Case {
    double serial;
    const char* iso;
  } cases[] = {
      {1, "1900-01-01"},     {59, "1900-02-28"},       {60, "1900-02-29"},  // Lotus' phantom day
      {61, "1900-03-01"},    {45930, "2025-09-30"},    {45658, "2025-01-01"},
      {2958465, "9999-12-31"}, {45930.5, "2025-09-30T12:00:00"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.serial);
    CHECK(excel_serial_to_iso(c.serial, false).value_or("none") == c.iso);
  }
  CHECK_FALSE(excel_serial_to_iso(-1, false).has_value());
  CHECK_FALSE(excel_serial_to_iso(2958466, false).has_value());
}

TEST_CASE("excel_serial_to_iso: the 1904 system counts from 1904-01-01") {
  CHECK(excel_serial_to_iso(0, true).value() == "1904-01-01");
  CHECK(excel_serial_to_iso(44468, true).value() == "2025-09-30");
}

TEST_CASE("iso_to_excel_serial inverts excel_serial_to_iso") {
  CHECK(iso_to_excel_serial("2025-09-30", false).value() == 45930);
  CHECK(iso_to_excel_serial("1900-01-01", false).value() == 1);
  CHECK(iso_to_excel_serial("1900-03-01", false).value() == 61);
  CHECK(iso_to_excel_serial("2025-09-30T12:00:00", false).value() == 45930.5);
  CHECK(iso_to_excel_serial("2025-09-30", true).value() == 44468);
  CHECK_FALSE(iso_to_excel_serial("30/09/2025", false).has_value());
  CHECK_FALSE(iso_to_excel_serial("2025-13-01", false).has_value());
  CHECK_FALSE(iso_to_excel_serial("2025-09-30T25:00:00", false).has_value());
}

}  // namespace prith
