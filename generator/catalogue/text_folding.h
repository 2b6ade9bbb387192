// Folding of partners' text for matching: "Loire-Atlantique ", "LOIRE
// ATLANTIQUE" and "loire atlantique" all become "loire atlantique".
// The building blocks (UTF-8 decoding, one letter's folded form) are exposed
// for the period parser, which needs them without the word splitting.
#pragma once

#include <string>
#include <string_view>

namespace prith {

// Decodes the UTF-8 code point at text[pos] and advances pos past it.
// Invalid, overlong or truncated sequences yield U+FFFD and advance by one
// byte, so any byte string can be walked without crashing.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// How one code point folds.
struct FoldedChar {
  enum class Kind : unsigned char {
    text,       // letters: `text` holds the lower-case ASCII form ("e", "oe")
    separator,  // spaces, punctuation, symbols, dashes, quotes
    ignored,    // combining accents, soft hyphen, zero-width marks
    other,      // a character outside the tables (Greek, CJK...), kept as it is
  };
  Kind kind;
  std::string_view text;
};
FoldedChar fold_code_point(char32_t cp);

// Lower case, accents stripped (Latin-1 Supplement and Latin Extended-A:
// É→e, Ç→c, Œ→oe, Æ→ae, ß→ss), punctuation and every kind of space or dash as
// a separator, separators collapsed to one space, trimmed. Characters outside
// the tables are kept as UTF-8 (U+FFFD for invalid bytes).
std::string fold_for_matching(std::string_view text);

// Same, into `out` (cleared first): no allocation once `out` has grown, for
// the per-cell paths.
void fold_for_matching_into(std::string_view text, std::string& out);

}  // namespace prith
