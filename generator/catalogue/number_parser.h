// Numbers as partners write them: French and English forms, thousands
// separators (space, NBSP, narrow NBSP, dot), decimal comma or point, %, €,
// negatives, and the status tokens for secret or missing figures.
#pragma once

#include <cstdint>
#include <string_view>

namespace prith {

struct ParsedNumber {
  enum class Status { ok, confidential, missing, invalid };
  Status status = Status::invalid;
  double value = 0;      // meaningful when status == ok
  bool percent = false;  // the text carried a % sign: "3,5 %" gives 3.5
};

// Never a silent zero: "" and "n.d." are missing, "s" and "<5" confidential,
// "0" is 0, "abc" is invalid.
ParsedNumber parse_number(std::string_view text);

// Which character marks decimals when a value alone cannot tell. automatic
// (what parse_number(text) uses) reads a lone ',' or '.' as the decimal
// separator: "14,178" and "14.178" are 14.178, never 14178, since dividing a
// real thousand-count shows at once on a chart while multiplying a rate by
// 1000 might not (docs/catalogues.md). A caller that knows a column's
// convention (a sniffed dialect, a setting) passes comma or point: then
// "14.178" under comma is 14178, and a decimal point under comma is invalid.
enum class DecimalConvention : std::uint8_t { automatic, comma, point };
ParsedNumber parse_number(std::string_view text, DecimalConvention convention);

// What a number's own text proves about the convention it was written in,
// found by reading it under both: the evidence a column's cells give
// (ingest/number_format_evidence.h).
enum class NumberShape : std::uint8_t {
  neutral,        // the same number under both: "14178", "14 178", "1'234", "s", "n.d."
  decimal_comma,  // a number only with a decimal comma: "4,1", "1 017 402,19", "1.234,5", "1.234.567"
  decimal_point,  // a number only with a decimal point: "3.6", "1,204,310.55", "1,234,567"
  ambiguous,      // two different numbers: "12,345" (12.345 or 12345), "7.214"
  invalid,        // a number under neither
};
NumberShape number_shape(std::string_view text);

// The shape and both readings, so that an ambiguous cell is parsed once:
// the values are meaningful for an ambiguous shape ("12,345": 12.345, 12345).
struct NumberReadings {
  NumberShape shape = NumberShape::neutral;
  double with_decimal_comma = 0, with_decimal_point = 0;
};
NumberReadings read_both_ways(std::string_view text);

// The thousands marks a number's text uses between its digits (bits), for
// saying how a column is written: dots and commas are told by the shape.
enum ThousandsMark : std::uint8_t {
  mark_space = 1,       // U+0020
  mark_nbsp = 2,        // U+00A0
  mark_nnbsp = 4,       // U+202F, and the thin and figure spaces
  mark_apostrophe = 8,  // ' or U+2019
};
std::uint8_t thousands_marks(std::string_view text);

}  // namespace prith
