// Numbers as partners write them: French and English forms, thousands
// separators (space, NBSP, narrow NBSP, dot), decimal comma or point, %, €,
// negatives, and the status tokens for secret or missing figures.
#pragma once

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

}  // namespace prith
