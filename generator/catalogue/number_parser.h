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

}  // namespace prith
