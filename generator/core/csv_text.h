// One CSV field of what the site offers for download (RFC 4180, `,`
// separated, UTF-8): quoted when needed, and never a formula. A spreadsheet
// opening the file must not run partner text that starts with = + - @, a tab
// or a carriage return ("CSV injection"): such text gets a leading
// apostrophe, which spreadsheets show as text. Numbers are written by the
// caller as numbers and are not passed here.
#pragma once

#include <string>
#include <string_view>

namespace prith {

// `text` as one CSV field: `'` in front of a formula-like start, then quoted
// ("" for a quote) when it holds , " CR or LF or starts or ends with a space.
std::string csv_field(std::string_view text);

// True when a spreadsheet would read `text` as a formula (shared with the
// Excel writer, which writes such text as a string cell).
bool looks_like_formula(std::string_view text);

}  // namespace prith
