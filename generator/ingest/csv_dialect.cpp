#include "ingest/csv_dialect.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "ingest/csv_parser.h"

namespace prith {

namespace {

// Counts record widths over the sample. Records that carry nothing (blank,
// delimiter-only) are not evidence for any candidate.
class WidthCounter : public CsvRecordHandler {
 public:
  explicit WidthCounter(char quote) : quote_(quote) {}

  bool record(const CsvRecord& record) override {
    if (record.is_empty()) return true;
    if (has_cut_quote(record)) {
      ++cut_quote_records;
      return true;
    }
    std::uint32_t width = static_cast<std::uint32_t>(record.size());
    bool found = false;
    for (auto& [w, count] : widths_) {
      if (w == width) {
        ++count;
        found = true;
        break;
      }
    }
    if (!found) widths_.push_back({width, 1});
    if (first_width == 0) first_width = width;
    if (record.has_quote()) ++quoted_records;
    for (std::size_t i = 0; i < record.size(); ++i) {
      std::string_view field = record.field(i);
      if (!field.empty() && field.front() == ' ') ++space_led_fields;
      if (i > 0) ++later_fields;
    }
    return true;
  }

  // The most frequent width above one (the wider one on ties) and its count.
  // One-field records (titles, footnotes, or a delimiter never seen) are no
  // evidence of a table; they matter only if there is nothing else.
  std::pair<std::uint32_t, std::uint32_t> mode() const {
    std::pair<std::uint32_t, std::uint32_t> best{0, 0};
    for (const auto& [w, count] : widths_) {
      if (w < 2) continue;
      if (count > best.second || (count == best.second && w > best.first)) best = {w, count};
    }
    if (best.second == 0 && !widths_.empty()) best = {1, widths_.front().second};
    return best;
  }

  std::uint32_t quoted_records = 0;
  std::uint32_t space_led_fields = 0;
  std::uint32_t later_fields = 0;
  std::uint32_t cut_quote_records = 0;
  std::uint32_t first_width = 0;  // the first record that counts: the header, most often

 private:
  // A field that starts with a quote character the candidate does not use,
  // and does not end with it, is a quoted value the candidate cut at a
  // delimiter ('"Pillow' and ' red"'): its record is no evidence for the
  // candidate, however consistent its width looks.
  bool has_cut_quote(const CsvRecord& record) const {
    for (std::size_t i = 0; i < record.size(); ++i) {
      std::string_view field = record.field(i);
      if (field.empty() || (field.front() != '"' && field.front() != '\'')) continue;
      if (field.front() == quote_) continue;
      if (field.size() == 1 || field.back() != field.front()) return true;
    }
    return false;
  }

  char quote_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> widths_;
};

struct Candidate {
  char delimiter;
  bool space_after;
};

// Order matters only on ties: the most usual choice for French exports first.
constexpr Candidate kDelimiters[] = {{';', false}, {',', false}, {'\t', false},
                                     {'|', false}, {',', true},  {' ', false}};
constexpr char kQuotes[] = {'"', '\0', '\''};

// Consistency first; then quoting; then whether the first record (the header,
// unless a title precedes it) is cut like the rows; width only on a tie, the
// wider table winning; then fewer fields led by a space.
bool better(const DialectScore& a, const DialectScore& b) {
  if (std::fabs(a.consistency - b.consistency) > 1e-9) return a.consistency > b.consistency;
  if (a.quoted_fields != b.quoted_fields) return a.quoted_fields > b.quoted_fields;
  if (a.header_consistent != b.header_consistent) return a.header_consistent;
  if (a.columns != b.columns) return a.columns > b.columns;
  return a.space_led_fields < b.space_led_fields;
}

std::string delimiter_label(const CsvDialect& dialect) {
  std::string label;
  if (dialect.delimiter == '\t') {
    label = "tabulation";
  } else if (dialect.delimiter == ' ') {
    label = "espace";
  } else {
    label = "« ";
    label += dialect.delimiter;
    if (dialect.space_after_delimiter) label += " suivi d'une espace";
    label += " »";
  }
  if (dialect.sep_line) label += " (indiqué par la ligne « sep= »)";
  return label;
}

}  // namespace

char sep_directive(std::string_view text) {
  if (text.size() < 5 || text.substr(0, 4) != "sep=") return '\0';
  if (text.size() > 5 && text[5] != '\r' && text[5] != '\n') return '\0';
  char c = text[4];
  return c == '\r' || c == '\n' || c == '"' ? '\0' : c;
}

DialectScore score_dialect(std::string_view sample, const CsvDialect& candidate, bool complete) {
  WidthCounter counter(candidate.quote);
  std::vector<Diagnostic> diagnostics;
  CsvParser parser(candidate, counter, &diagnostics);
  parser.feed(sample);
  if (complete) parser.finish();
  auto [width, count] = counter.mode();
  DialectScore score;
  score.columns = width;
  score.quoted_fields = counter.quoted_records;
  score.space_led_fields = counter.space_led_fields;
  score.later_fields = counter.later_fields;
  score.header_consistent = width >= 2 && counter.first_width == width;
  // One column means the delimiter was not seen: no evidence at all. The
  // score is the number of records cut into the same number of fields, the
  // header among them: a candidate that cuts the header differently from
  // its rows (a space inside labels such as "Bénéficiaires de l'OETH
  // inscrits (cat. A, B, C)" while the header has none) has one consistent
  // record fewer than the true delimiter, however many fields it makes.
  // Width never adds to the score; it only breaks ties (see better()).
  if (width >= 2) score.consistency = static_cast<double>(count);
  // A quote that never closes costs the candidate half a consistent record:
  // it breaks ties against it without outweighing a whole row (a stray
  // quote in a well-quoted file must not turn quoting off).
  score.consistency -= 0.5 * static_cast<double>(diagnostics.size());
  return score;
}

CsvDialect sniff_dialect(std::string_view sample, bool complete, CsvDialect base) {
  // Excel's "sep=;" first line names the delimiter: only the quote is sniffed.
  const char directive = sep_directive(sample);
  if (directive != '\0') {
    std::size_t end = 5;
    if (end < sample.size() && sample[end] == '\r') ++end;
    if (end < sample.size() && sample[end] == '\n') ++end;
    sample.remove_prefix(end);
  }
  CsvDialect best = base;
  best.delimiter = ';';
  best.space_after_delimiter = false;
  best.quote = '"';
  best.escape = QuoteEscape::doubled;
  DialectScore best_score;
  bool has_backslash = sample.find('\\') != std::string_view::npos;
  for (char quote : kQuotes) {
    for (QuoteEscape escape : {QuoteEscape::doubled, QuoteEscape::backslash}) {
      if (escape == QuoteEscape::backslash && (quote == '\0' || !has_backslash)) continue;
      DialectScore plain_comma;
      for (const Candidate& delimiter : kDelimiters) {
        if (directive != '\0' && (delimiter.delimiter != directive || delimiter.space_after)) {
          continue;
        }
        // ", " is a candidate only if most fields after a plain comma start
        // with a space; otherwise it would strip spaces that belong to values.
        if (delimiter.space_after && plain_comma.space_led_fields * 2 < plain_comma.later_fields) {
          continue;
        }
        if (delimiter.space_after && plain_comma.later_fields == 0) continue;
        CsvDialect candidate = base;
        candidate.delimiter = delimiter.delimiter;
        candidate.space_after_delimiter = delimiter.space_after;
        candidate.quote = quote;
        candidate.escape = escape;
        DialectScore score = score_dialect(sample, candidate, complete);
        if (delimiter.delimiter == ',' && !delimiter.space_after) plain_comma = score;
        // Lines of two words are prose ("Jean Dupont"), not a table.
        if (delimiter.delimiter == ' ' && score.columns < 3) continue;
        if (better(score, best_score)) {
          best = candidate;
          best_score = score;
        }
      }
    }
  }
  if (directive != '\0') {
    best.delimiter = directive;
    best.sep_line = true;
  }
  best.columns = best_score.columns == 0 ? 1 : best_score.columns;
  best.line_ending = sniff_line_ending(sample);
  return best;
}

std::string sniff_line_ending(std::string_view sample) {
  std::size_t crlf = 0, cr = 0, lf = 0;
  for (std::size_t i = 0; i < sample.size(); ++i) {
    if (sample[i] == '\r') {
      if (i + 1 < sample.size() && sample[i + 1] == '\n') {
        ++crlf;
        ++i;
      } else {
        ++cr;
      }
    } else if (sample[i] == '\n') {
      ++lf;
    }
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return "\r\n";
  if (cr > lf) return "\r";
  return "\n";
}

std::string describe_dialect(const CsvDialect& dialect) {
  std::string text = "Encodage ";
  text += encoding_label(dialect.encoding);
  text += ", séparateur " + delimiter_label(dialect);
  if (dialect.quote == '\0') {
    text += ", sans guillemets";
  } else {
    text += ", guillemets « ";
    text += dialect.quote;
    text += " »";
    if (dialect.escape == QuoteEscape::backslash) text += " échappés par « \\ »";
  }
  text += ", fins de ligne ";
  text += dialect.line_ending == "\r\n" ? "CRLF" : dialect.line_ending == "\r" ? "CR" : "LF";
  text += ", " + std::to_string(dialect.columns) + (dialect.columns > 1 ? " colonnes" : " colonne");
  return text;
}

}  // namespace prith
