#include "catalogue/period.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

namespace prith {
namespace {

struct Case {
  const char* input;
  const char* expected;  // Period::to_string(), or "" when refused
};

std::string parsed(std::string_view text) {
  const std::optional<Period> p = parse_period(text);
  return p ? p->to_string() : std::string();
}

TEST_CASE("parse_period: quarters") {
  const Case cases[] = {
      {"2025-T3", "2025-T3"},
      {"T3 2025", "2025-T3"},
      {"T3-2025", "2025-T3"},
      {"T3/2025", "2025-T3"},
      {"2025T3", "2025-T3"},
      {"2025 T3", "2025-T3"},
      {"2025t3", "2025-T3"},
      {"2025 - T3", "2025-T3"},
      {"2025Q3", "2025-T3"},
      {"2025-Q3", "2025-T3"},
      {"Q3 2025", "2025-T3"},
      {"q3-2025", "2025-T3"},
      {"T3 25", "2025-T3"},
      {"3e trimestre 2025", "2025-T3"},
      {"3ème trimestre 2025", "2025-T3"},
      {"3eme trimestre 2025", "2025-T3"},
      {"3è trimestre 2025", "2025-T3"},
      {"3E TRIMESTRE 2025", "2025-T3"},
      {"3e trim. 2025", "2025-T3"},
      {"3 trimestre 2025", "2025-T3"},
      {"troisième trimestre 2025", "2025-T3"},
      {"Troisieme trimestre 2025", "2025-T3"},
      {"1er trimestre 2025", "2025-T1"},
      {"1ER TRIMESTRE 2025", "2025-T1"},
      {"premier trimestre 2025", "2025-T1"},
      {"1ère trimestre 2025", "2025-T1"},
      {"1re trimestre 2025", "2025-T1"},
      {"première trimestre 2025", "2025-T1"},
      {"2e trimestre 2025", "2025-T2"},
      {"2nd trimestre 2025", "2025-T2"},
      {"deuxième trimestre 2025", "2025-T2"},
      {"second trimestre 2025", "2025-T2"},
      {"4e trimestre 2024", "2024-T4"},
      {"quatrième trimestre 2024", "2024-T4"},
      {"trimestre 3 2025", "2025-T3"},
      {"2025 3e trimestre", "2025-T3"},
      {"  T3\xC2\xA0" "2025  ", "2025-T3"},
      {"T3\xE2\x80\x93" "2025", "2025-T3"},  // en dash
  };
  for (const Case& c : cases) {
    const std::string input = c.input;
    CAPTURE(input);
    CHECK(parsed(c.input) == c.expected);
  }
}

TEST_CASE("parse_period: a date names the quarter that contains it") {
  const Case cases[] = {
      {"30/09/2025", "2025-T3"},
      {"30/09/25", "2025-T3"},
      {"2025-09-30", "2025-T3"},
      {"01/07/2025", "2025-T3"},
      {"1/7/2025", "2025-T3"},
      {"31/03/2025", "2025-T1"},
      {"01/04/2025", "2025-T2"},
      {"31/12/2024", "2024-T4"},
      {"30.09.2025", "2025-T3"},
      {"30-09-2025", "2025-T3"},
      {"2025/09/30", "2025-T3"},
      {"30 septembre 2025", "2025-T3"},
      {"2025-09-30T00:00:00", "2025-T3"},
      {"2025-09-30 00:00", "2025-T3"},
      {"30/09/2025 23:59:59", "2025-T3"},
      {"2025-09-30T12:00:00.000", "2025-T3"},
      {"29/02/2024", "2024-T1"},
      {"29/02/2000", "2000-T1"},
      {"31/12/99", "1999-T4"},
      {"01/01/90", "1990-T1"},
  };
  for (const Case& c : cases) {
    const std::string input = c.input;
    CAPTURE(input);
    CHECK(parsed(c.input) == c.expected);
  }
}

TEST_CASE("parse_period: months and years") {
  const Case cases[] = {
      {"09/2025", "2025-09"},
      {"9/2025", "2025-09"},
      {"09-2025", "2025-09"},
      {"2025-09", "2025-09"},
      {"2025/09", "2025-09"},
      {"septembre 2025", "2025-09"},
      {"Septembre 2025", "2025-09"},
      {"SEPTEMBRE 2025", "2025-09"},
      {"sept. 2025", "2025-09"},
      {"sep-25", "2025-09"},
      {"Sep-25", "2025-09"},
      {"September 2025", "2025-09"},
      {"janvier 2025", "2025-01"},
      {"janv. 2025", "2025-01"},
      {"février 2025", "2025-02"},
      {"févr. 2025", "2025-02"},
      {"mars 2025", "2025-03"},
      {"avr. 2025", "2025-04"},
      {"mai 2025", "2025-05"},
      {"juin 2025", "2025-06"},
      {"juil. 2025", "2025-07"},
      {"août 2025", "2025-08"},
      {"aout 2025", "2025-08"},
      {"oct. 2025", "2025-10"},
      {"nov. 2025", "2025-11"},
      {"décembre 2025", "2025-12"},
      {"déc. 2025", "2025-12"},
      {"dec-24", "2024-12"},
      {"2025 septembre", "2025-09"},
      {"2025 sept.", "2025-09"},
      {"2025", "2025"},
      {" 2025 ", "2025"},
      {"Année 2025", "2025"},
      {"1990", "1990"},
      {"2100", "2100"},
  };
  for (const Case& c : cases) {
    const std::string input = c.input;
    CAPTURE(input);
    CHECK(parsed(c.input) == c.expected);
  }
}

TEST_CASE("parse_period: refusals") {
  const char* refused[] = {
      "", " ", "T3", "2025-T5", "T0 2025", "2025-T0", "5e trimestre 2025", "31/02/2025", "29/02/2025",
      "30/02/2024", "31/04/2025", "00/01/2025", "32/01/2025", "13/2025", "00/2025", "2025-13", "2025-00",
      "2025-3", "30 09 2025", "09 2025", "1989", "2101", "1850", "T3 1989", "01/01/89" /* 2089: fine */,
      "12/25", "25", "abc", "2025-2026", "2025-26", "S1 2025", "2025 T3 provisoire", "T3 2025 T4",
      "30/09-2025", "2025-09/30", "septembre", "foo 2025", "2025T3T4", "12345", "2025.5", "\xFF\xFE",
      "30/09/2025 25:00", "2025-09-30T", "1er septembre 2025x", "T3 2025 2026 2027 2028 2029 2030",
      "2025-", "-2025", "T3 2025.", "(T3 2025)", "2025/", "'2025",
  };
  for (std::string text : refused) {
    CAPTURE(text);
    const std::string result = parsed(text);
    if (text == "01/01/89") {
      CHECK(result == "2089-T1");  // 00-89 are 2000-2089
    } else {
      CHECK(result == "");
    }
  }
}

TEST_CASE("Period::to_string and french_label") {
  CHECK(Period{Period::Kind::quarter, 2025, 3}.to_string() == "2025-T3");
  CHECK(Period{Period::Kind::month, 2025, 9}.to_string() == "2025-09");
  CHECK(Period{Period::Kind::month, 2025, 12}.to_string() == "2025-12");
  CHECK(Period{Period::Kind::year, 2025, 0}.to_string() == "2025");
  CHECK(Period{Period::Kind::quarter, 2025, 3}.french_label() == "T3 2025");
  CHECK(Period{Period::Kind::month, 2025, 8}.french_label() == "août 2025");
  CHECK(Period{Period::Kind::month, 2025, 2}.french_label() == "février 2025");
  CHECK(Period{Period::Kind::year, 2025, 0}.french_label() == "2025");
}

TEST_CASE("Periods order by year, then kind, then index") {
  CHECK(Period{Period::Kind::quarter, 2024, 4} < Period{Period::Kind::quarter, 2025, 1});
  CHECK(Period{Period::Kind::quarter, 2025, 2} < Period{Period::Kind::quarter, 2025, 3});
  CHECK(*parse_period("T3 2025") == *parse_period("30/09/2025"));
}

struct SerialCase {
  double serial;
  bool date1904;
  int year, month, day;
};

TEST_CASE("civil_date_from_excel_serial: known answers, Excel's 29/02/1900 included") {
  const SerialCase cases[] = {
      {1, false, 1900, 1, 1},      {31, false, 1900, 1, 31},    {59, false, 1900, 2, 28},
      {60, false, 1900, 2, 29},    {61, false, 1900, 3, 1},     {366, false, 1900, 12, 31},
      {367, false, 1901, 1, 1},    {25569, false, 1970, 1, 1},  {32874, false, 1990, 1, 1},
      {36526, false, 2000, 1, 1},  {45657, false, 2024, 12, 31}, {45839, false, 2025, 7, 1},
      {45930, false, 2025, 9, 30}, {45930.75, false, 2025, 9, 30}, {2958465, false, 9999, 12, 31},
      {0, true, 1904, 1, 1},       {1, true, 1904, 1, 2},       {44468, true, 2025, 9, 30},
      {59, true, 1904, 2, 29},
  };
  for (const SerialCase& c : cases) {
    CAPTURE(c.serial);
    CAPTURE(c.date1904);
    const std::optional<CivilDate> date = civil_date_from_excel_serial(c.serial, c.date1904);
    REQUIRE(date);
    CHECK(*date == CivilDate{c.year, c.month, c.day});
  }
  CHECK_FALSE(civil_date_from_excel_serial(0, false));
  CHECK_FALSE(civil_date_from_excel_serial(0.5, false));
  CHECK_FALSE(civil_date_from_excel_serial(-1, true));
  CHECK_FALSE(civil_date_from_excel_serial(2958466, false));
  CHECK_FALSE(civil_date_from_excel_serial(std::nan(""), false));
  CHECK_FALSE(civil_date_from_excel_serial(std::numeric_limits<double>::infinity(), false));
  CHECK_FALSE(civil_date_from_excel_serial(1e300, false));
}

TEST_CASE("period_from_excel_serial: the quarter containing the day, years 1990-2100") {
  CHECK(period_from_excel_serial(45930, false)->to_string() == "2025-T3");  // 30/09/2025
  CHECK(period_from_excel_serial(45839, false)->to_string() == "2025-T3");  // 01/07/2025
  CHECK(period_from_excel_serial(45838, false)->to_string() == "2025-T2");  // 30/06/2025
  CHECK(period_from_excel_serial(44468, true)->to_string() == "2025-T3");   // 30/09/2025, 1904 system
  CHECK(period_from_excel_serial(32874, false)->to_string() == "1990-T1");
  CHECK_FALSE(period_from_excel_serial(32873, false));  // 31/12/1989
  CHECK_FALSE(period_from_excel_serial(60, false));
  CHECK(period_from_excel_serial(73051, false)->to_string() == "2100-T1");  // 01/01/2100
  CHECK_FALSE(period_from_excel_serial(73416, false));                      // 01/01/2101
}

}  // namespace
}  // namespace prith
