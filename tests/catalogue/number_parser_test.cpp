#include "catalogue/number_parser.h"

#include <doctest/doctest.h>

#include <string>

namespace prith {
namespace {

using Status = ParsedNumber::Status;

struct Case {
  const char* input;
  Status status;
  double value;
  bool percent;
};

void check(const Case& c, DecimalConvention convention = DecimalConvention::automatic) {
  const std::string input = c.input;
  CAPTURE(input);
  const ParsedNumber parsed = parse_number(c.input, convention);
  CHECK(parsed.status == c.status);
  if (c.status == Status::ok) CHECK(parsed.value == doctest::Approx(c.value).epsilon(1e-12));
  CHECK(parsed.percent == c.percent);
}

TEST_CASE("parse_number: French and English forms") {
  const Case cases[] = {
      {"14178", Status::ok, 14178, false},
      {"0", Status::ok, 0, false},
      {"0,0", Status::ok, 0, false},
      {"-0", Status::ok, 0, false},
      {"14 178", Status::ok, 14178, false},
      {"14\xC2\xA0" "178", Status::ok, 14178, false},        // NBSP
      {"14\xE2\x80\xAF" "178", Status::ok, 14178, false},    // narrow NBSP, as LibreOffice writes
      {"14\xE2\x80\x89" "178", Status::ok, 14178, false},    // thin space
      {"1 234 567", Status::ok, 1234567, false},
      {"1 234 567,89", Status::ok, 1234567.89, false},
      {"14 178.5", Status::ok, 14178.5, false},
      {"3,5", Status::ok, 3.5, false},
      {"3.5", Status::ok, 3.5, false},
      {",5", Status::ok, 0.5, false},
      {".5", Status::ok, 0.5, false},
      {"0,125", Status::ok, 0.125, false},
      {"1.234.567", Status::ok, 1234567, false},
      {"1,234,567", Status::ok, 1234567, false},
      {"1,234.5", Status::ok, 1234.5, false},
      {"1.234,5", Status::ok, 1234.5, false},
      {"1,234,567.25", Status::ok, 1234567.25, false},
      {"1.234.567,25", Status::ok, 1234567.25, false},
      // The rule: a lone ',' or '.' is decimal, never a thousands separator.
      {"14.178", Status::ok, 14.178, false},
      {"14,178", Status::ok, 14.178, false},
      {"1,234", Status::ok, 1.234, false},
      {"1.234", Status::ok, 1.234, false},
      {"3,5 %", Status::ok, 3.5, true},
      {"3,5%", Status::ok, 3.5, true},
      {"3,5\xC2\xA0%", Status::ok, 3.5, true},
      {"3,5\xE2\x80\xAF%", Status::ok, 3.5, true},
      {"100 %", Status::ok, 100, true},
      {"12 €", Status::ok, 12, false},
      {"12€", Status::ok, 12, false},
      {"€12", Status::ok, 12, false},
      {"€ 1 234,50", Status::ok, 1234.5, false},
      {"1 234,50 EUR", Status::ok, 1234.5, false},
      {"  42  ", Status::ok, 42, false},
      {"\t42\r\n", Status::ok, 42, false},
      {"\xC2\xA0" "42\xC2\xA0", Status::ok, 42, false},
      {"-12", Status::ok, -12, false},
      {"\xE2\x88\x92" "12", Status::ok, -12, false},  // U+2212 MINUS SIGN
      {"+5", Status::ok, 5, false},
      {"-3,5 %", Status::ok, -3.5, true},
      {"-1 234", Status::ok, -1234, false},
      {"1E+05", Status::ok, 100000, false},
      {"1,5E+05", Status::ok, 150000, false},
      {"2.5e-3", Status::ok, 0.0025, false},
      {"007", Status::ok, 7, false},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("parse_number: status tokens") {
  const Case cases[] = {
      {"", Status::missing, 0, false},
      {"   ", Status::missing, 0, false},
      {"\xC2\xA0", Status::missing, 0, false},
      {"n.d.", Status::missing, 0, false},
      {"N.D.", Status::missing, 0, false},
      {"nd", Status::missing, 0, false},
      {"ND", Status::missing, 0, false},
      {" nd ", Status::missing, 0, false},
      {"n.d", Status::missing, 0, false},
      {"NA", Status::missing, 0, false},
      {"n.a.", Status::missing, 0, false},
      {"N/A", Status::missing, 0, false},
      {"#N/A", Status::missing, 0, false},
      {"nc", Status::missing, 0, false},
      {"n.c.", Status::missing, 0, false},
      {"-", Status::missing, 0, false},
      {"\xE2\x80\x93", Status::missing, 0, false},  // –
      {"\xE2\x80\x94", Status::missing, 0, false},  // —
      {"\xE2\x88\x92", Status::missing, 0, false},  // − alone
      {".", Status::missing, 0, false},
      {"..", Status::missing, 0, false},
      {"...", Status::missing, 0, false},
      {"\xE2\x80\xA6", Status::missing, 0, false},  // …
      {"s", Status::confidential, 0, false},
      {"S", Status::confidential, 0, false},
      {"secret", Status::confidential, 0, false},
      {"Secret", Status::confidential, 0, false},
      {"secret statistique", Status::confidential, 0, false},
      {"SS", Status::confidential, 0, false},
      {"c", Status::confidential, 0, false},
      {"confidentiel", Status::confidential, 0, false},
      {"<5", Status::confidential, 0, false},
      {"< 5", Status::confidential, 0, false},
      {"<3", Status::confidential, 0, false},
      {"<10", Status::confidential, 0, false},
      {" <5 ", Status::confidential, 0, false},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("parse_number: invalid text is never a number") {
  const char* invalid[] = {
      "abc", "12abc", "abc12", "1,2,3", "1.2.3", "(12)", "12-", "1 2", "12 34", "1 2345", "12,",
      "12.", "1,,2", "1..2", "1 ,2", "1.234,567.8", "1 234.567,8", "0.123.456", "1.23.456", "1,23,456",
      "--12", "+-12", "- 12", "+", "%", "€", "12 % %", "1e", "1e+", "1e1234", "e5", "<", "<a",
      "< 5 ans", "#DIV/0!", "#VALEUR!", "1/2", "12\xE8", "\xFF", "1 234,5,6", "0x1F", "inf", "nan", "1e999",
      "12 345 678 901 234 567 890 123 456 789 012 345 678 901 234 567 890 123 456 789",
  };
  for (std::string text : invalid) {
    CAPTURE(text);
    const ParsedNumber parsed = parse_number(text);
    CHECK(parsed.status == Status::invalid);
  }
}

TEST_CASE("parse_number: a column's decimal convention decides the lone separator") {
  const Case comma[] = {
      {"14.178", Status::ok, 14178, false},
      {"1.234.567", Status::ok, 1234567, false},
      {"1.234,5", Status::ok, 1234.5, false},
      {"3,5", Status::ok, 3.5, false},
      {"14 178,5", Status::ok, 14178.5, false},
      {"3.5", Status::invalid, 0, false},
      {"1,234.5", Status::invalid, 0, false},
      {"1,2,3", Status::invalid, 0, false},
  };
  for (const Case& c : comma) check(c, DecimalConvention::comma);
  const Case point[] = {
      {"14,178", Status::ok, 14178, false},
      {"1,234,567", Status::ok, 1234567, false},
      {"1,234.5", Status::ok, 1234.5, false},
      {"3.5", Status::ok, 3.5, false},
      {"3,5", Status::invalid, 0, false},
      {"1.234.567", Status::invalid, 0, false},
      {"1.234,5", Status::invalid, 0, false},
  };
  for (const Case& c : point) check(c, DecimalConvention::point);
}

TEST_CASE("parse_number: every truncation of a valid value parses or is refused cleanly") {
  const std::string full = "\xE2\x88\x92" "1\xE2\x80\xAF" "234\xC2\xA0" "567,89\xC2\xA0%";
  for (std::size_t n = 0; n <= full.size(); ++n) {
    CAPTURE(n);
    CHECK_NOTHROW(parse_number(full.substr(0, n)));
  }
  const ParsedNumber parsed = parse_number(full);
  CHECK(parsed.status == Status::ok);
  CHECK(parsed.value == doctest::Approx(-1234567.89));
  CHECK(parsed.percent);
}

TEST_CASE("apostrophes group thousands") {
  check({"1'234", Status::ok, 1234, false});
  check({"1\xE2\x80\x99" "234\xE2\x80\x99" "567,5", Status::ok, 1234567.5, false});
  check({"1'234.5", Status::ok, 1234.5, false});
  check({"'1234", Status::invalid, 0, false});
}

TEST_CASE("number_shape: what a cell alone proves about its convention") {
  const std::pair<const char*, NumberShape> cases[] = {
      {"14178", NumberShape::neutral},          {"14 178", NumberShape::neutral},
      {"14\xC2\xA0" "178", NumberShape::neutral}, {"1'234", NumberShape::neutral},
      {"s", NumberShape::neutral},              {"n.d.", NumberShape::neutral},
      {"4,1", NumberShape::decimal_comma},      {"4,1 %", NumberShape::decimal_comma},
      {"0,125", NumberShape::decimal_comma},    {"1 017 402,19 \xE2\x82\xAC", NumberShape::decimal_comma},
      {"1.234,5", NumberShape::decimal_comma},  {"1.234.567", NumberShape::decimal_comma},
      {"3.6", NumberShape::decimal_point},      {"0.500", NumberShape::decimal_point},
      {"1,204,310.55", NumberShape::decimal_point}, {"1,234,567", NumberShape::decimal_point},
      {"1 234.5", NumberShape::decimal_point},
      {"12,345", NumberShape::ambiguous},       {"7.214", NumberShape::ambiguous},
      {"-1,000", NumberShape::ambiguous},       {"12,345 %", NumberShape::ambiguous},
      {"12abc", NumberShape::invalid},          {"1,2,3", NumberShape::invalid},
  };
  for (const auto& [text, shape] : cases) {
    CAPTURE(std::string(text));
    CHECK(number_shape(text) == shape);
  }
}

TEST_CASE("thousands_marks names the spaces and apostrophes between digits") {
  CHECK(thousands_marks("14 178") == mark_space);
  CHECK(thousands_marks("14\xC2\xA0" "178") == mark_nbsp);
  CHECK(thousands_marks("14\xE2\x80\xAF" "178") == mark_nnbsp);
  CHECK(thousands_marks("1'234 567") == (mark_apostrophe | mark_space));
  CHECK(thousands_marks("3,5 %") == 0);  // the space before % follows a digit but no digit follows it
  CHECK(thousands_marks("14178") == 0);
}

}  // namespace
}  // namespace prith
