// How a column writes its numbers, decided from all of its cells before any
// ambiguous one is read. "12,345" is 12.345 in a French file and 12345 in an
// English one: only the other cells can tell, so the cell waits until the
// column (or the table, or the file) has shown a decimal comma ("4,1",
// "1 017 402,19") or a decimal point ("3.6", "1,204,310.55"). Evidence of
// both is a conflict, and no evidence leaves the cell to its indicator's
// unit (a count is never fractional) or to an error: never a guess.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "catalogue/number_parser.h"
#include "core/diagnostic.h"

namespace prith {

struct NumberFormatEvidence {
  struct Seen {
    std::size_t count = 0;
    SourcePlace first;
    std::string text;  // the first cell's raw text
  };
  Seen decimal_comma;  // cells only a decimal comma reads
  Seen decimal_point;  // cells only a decimal point reads
  std::uint8_t marks = 0;  // ThousandsMark bits seen between digits
  // Dots and commas that can only group thousands once the convention is
  // known: a dot beside a decimal comma ("1.234,5"), an ambiguous "7.214"...
  bool dot_beside_comma = false, comma_beside_point = false, ambiguous_dot = false, ambiguous_comma = false;

  void add(std::string_view text, NumberShape shape, const SourcePlace& place);
  void merge(const NumberFormatEvidence& other);
  bool decisive() const { return decimal_comma.count > 0 || decimal_point.count > 0; }
  bool conflicting() const { return decimal_comma.count > 0 && decimal_point.count > 0; }
  // comma or point when the evidence is one-sided, else nullopt.
  std::optional<DecimalConvention> convention() const;
};

// "Nombres au format français : virgule décimale, espace des milliers
// (d'après « 4,1 », ligne 3, colonne 4 ; option --number-format fr)".
std::string describe_number_format_fr(DecimalConvention convention, const NumberFormatEvidence& evidence,
                                      std::string_view decided_by);

// What a pilot said of a file's numbers, which detection then leaves alone.
struct NumberFormatSetting {
  DecimalConvention convention = DecimalConvention::automatic;
  std::string origin;  // "option --number-format en", "sources.csv (source cap-emploi)"
};

// "fr" / "en" as the option and sources.csv write them.
std::optional<DecimalConvention> parse_number_format_option(std::string_view text);
std::string_view number_format_option(DecimalConvention convention);

}  // namespace prith
