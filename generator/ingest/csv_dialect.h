// Pass 2 of the CSV reader: the dialect (delimiter, quote, escape, line
// ending) of decoded text, sniffed on a bounded sample.
//
// As DuckDB's sniffer does, every candidate is parsed over the sample and
// scored by how many records, the header among them, it cuts into the same
// number of fields; the width of the table is never a merit, only a
// tie-break, so a delimiter that also splits labels ("cat. A, B, C") does not
// win by making more fields. Ties go to the most usual choice. Nothing is guessed
// from a single line. Blank and delimiter-only lines do not count, and title
// or footnote lines only lower a candidate's score a little, so preambles do
// not mislead the choice.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/text_decoder.h"

namespace prith {

enum class QuoteEscape : std::uint8_t {
  doubled,    // "" inside a quoted field is one quote (RFC 4180, Excel)
  backslash,  // \" inside a quoted field is one quote ("" is still accepted)
};

// The decision, as data: what `prith inspect` shows and what a source
// mapping can pin.
struct CsvDialect {
  TextEncoding encoding = TextEncoding::utf8;
  char delimiter = ';';
  bool space_after_delimiter = false;  // ", " : one space after each delimiter is dropped
  char quote = '"';                    // '\0': quotes are ordinary characters
  QuoteEscape escape = QuoteEscape::doubled;
  std::string line_ending = "\n";      // the most frequent in the sample: "\r\n", "\n" or "\r"
  std::uint32_t columns = 0;           // the most frequent record width in the sample
  bool sep_line = false;               // line 1 is Excel's "sep=;" directive, not data
};

// The delimiter named by Excel's "sep=X" first line, or '\0' if there is none.
char sep_directive(std::string_view text);

// The candidates and their scores on a sample, for tests and `inspect`.
struct DialectScore {
  double consistency = 0;     // records of the most frequent width (header included), minus
                              // half a record per quote left open
  std::uint32_t columns = 0;  // the most frequent width
  bool header_consistent = false;  // the first record counted has that width
  std::uint32_t quoted_fields = 0;
  std::uint32_t space_led_fields = 0;  // fields starting with a space
  std::uint32_t later_fields = 0;      // fields after the first of their record
};
DialectScore score_dialect(std::string_view sample, const CsvDialect& candidate, bool complete);

// Sniffs delimiter (; , tab | ", " and space), quote (" ' or none) and escape
// on decoded UTF-8 text. `complete` says the sample is the whole file (a
// last record without a line break then counts). The encoding field is left
// as given in `base`.
CsvDialect sniff_dialect(std::string_view sample, bool complete, CsvDialect base = {});

// The most frequent line ending of the sample ("\r\n", "\n" or "\r"). It only
// describes the file: the parser accepts all three anywhere.
std::string sniff_line_ending(std::string_view sample);

// "Encodage Windows-1252, séparateur « ; », guillemets « \" », fins de ligne CRLF"
std::string describe_dialect(const CsvDialect& dialect);

}  // namespace prith
