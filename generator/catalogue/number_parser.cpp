// One pass over the cell's bytes, no allocation: status tokens are compared
// in place, the number is copied into a small stack buffer as plain ASCII
// ("-14178.5") and converted by std::from_chars.
#include "catalogue/number_parser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace prith {

namespace {

constexpr std::size_t kMaxLength = 64;  // longer text is no number a partner sends

// Byte length of the space at the start of s (ASCII blanks, NBSP, narrow
// NBSP, thin space, figure space), 0 when there is none.
std::size_t space_at(std::string_view s) {
  if (s.empty()) return 0;
  const char c = s[0];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  if (s.substr(0, 2) == "\xC2\xA0") return 2;
  if (s.substr(0, 3) == "\xE2\x80\xAF" || s.substr(0, 3) == "\xE2\x80\x89" || s.substr(0, 3) == "\xE2\x80\x87") {
    return 3;
  }
  return 0;
}

// Byte length of an apostrophe (' or U+2019) at the start of s, else 0.
std::size_t apostrophe_at(std::string_view s) {
  if (!s.empty() && s[0] == '\'') return 1;
  if (s.substr(0, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

std::size_t space_before_end(std::string_view s) {
  if (s.empty()) return 0;
  const char c = s.back();
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  if (s.size() >= 2 && space_at(s.substr(s.size() - 2)) == 2) return 2;
  if (s.size() >= 3 && space_at(s.substr(s.size() - 3)) == 3) return 3;
  return 0;
}

std::string_view trim(std::string_view s) {
  while (std::size_t n = space_at(s)) s.remove_prefix(n);
  while (std::size_t n = space_before_end(s)) s.remove_suffix(n);
  return s;
}

bool consume_prefix(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

bool consume_suffix(std::string_view& s, std::string_view suffix) {
  if (s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix) return false;
  s.remove_suffix(suffix.size());
  return true;
}

// A dash alone, whichever dash, is how French tables print "no value".
constexpr std::array<std::string_view, 20> kMissing = {
    "n.d.", "n.d", "nd", "n/d", "na", "n.a.", "n.a", "n/a", "#n/a", "nc", "n.c.", "n.c", "-", ".", "..", "...",
    "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */, "\xE2\x88\x92" /* − */, "\xE2\x80\xA6" /* … */};
constexpr std::array<std::string_view, 6> kConfidential = {"s", "ss", "c", "secret", "secret statistique",
                                                           "confidentiel"};

// The status a token such as "n.d." or "<5" gives, or ok when it is none.
ParsedNumber::Status status_token(std::string_view s) {
  if (s.size() > 24) return ParsedNumber::Status::ok;
  std::array<char, 24> lower{};
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const std::string_view folded(lower.data(), s.size());
  for (std::string_view token : kMissing) {
    if (folded == token) return ParsedNumber::Status::missing;
  }
  for (std::string_view token : kConfidential) {
    if (folded == token) return ParsedNumber::Status::confidential;
  }
  // "<5", "< 5", "<3", "<10": a count masked below a threshold.
  std::string_view rest = folded;
  if (consume_prefix(rest, "<")) {
    rest = trim(rest);
    if (rest.empty()) return ParsedNumber::Status::ok;
    for (char c : rest) {
      if (c < '0' || c > '9') return ParsedNumber::Status::ok;
    }
    return ParsedNumber::Status::confidential;
  }
  return ParsedNumber::Status::ok;
}

// The digits, separators and exponent of the number itself ("14 178,5").
// The arrays are left uninitialised on purpose: only the first
// digit_count / separator_count entries are ever read.
struct Scan {
  std::array<char, kMaxLength> digits;
  std::size_t digit_count = 0;
  struct Separator {
    char kind;           // ' ', '.' or ','
    std::size_t before;  // digits seen before it
  };
  std::array<Separator, kMaxLength> separators;
  std::size_t separator_count = 0;
  bool negative_exponent = false;
  int exponent = 0;
  bool has_exponent = false;
};

bool scan(std::string_view s, Scan& out) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    const char c = s[pos];
    if (c >= '0' && c <= '9') {
      out.digits[out.digit_count++] = c;
      ++pos;
    } else if (c == '.' || c == ',') {
      out.separators[out.separator_count++] = {c, out.digit_count};
      ++pos;
    } else if (std::size_t n = space_at(s.substr(pos))) {
      out.separators[out.separator_count++] = {' ', out.digit_count};
      pos += n;
    } else if (std::size_t quote = apostrophe_at(s.substr(pos)); quote != 0 && out.digit_count > 0) {
      // Swiss and some ERP exports group thousands with an apostrophe (1'234).
      out.separators[out.separator_count++] = {' ', out.digit_count};
      pos += quote;
    } else if ((c == 'e' || c == 'E') && out.digit_count > 0) {
      // Scientific notation, as spreadsheets write very large cells in CSV.
      std::string_view rest = s.substr(pos + 1);
      out.has_exponent = true;
      if (consume_prefix(rest, "-")) {
        out.negative_exponent = true;
      } else {
        consume_prefix(rest, "+");
      }
      if (rest.empty() || rest.size() > 3) return false;
      for (char d : rest) {
        if (d < '0' || d > '9') return false;
        out.exponent = out.exponent * 10 + (d - '0');
      }
      return true;
    } else {
      return false;
    }
  }
  return true;
}

// Which separator kind marks decimals (0 for none), or '?' when the mix of
// separators is no number.
char decimal_kind(const Scan& scan, DecimalConvention convention) {
  std::size_t spaces = 0, dots = 0, commas = 0;
  for (std::size_t i = 0; i < scan.separator_count; ++i) {
    const char kind = scan.separators[i].kind;
    spaces += kind == ' ', dots += kind == '.', commas += kind == ',';
  }
  if (spaces && dots && commas) return '?';
  if (dots && commas) return scan.separators[scan.separator_count - 1].kind;  // "1,234.5", "1.234,5"
  if (spaces) return dots ? '.' : commas ? ',' : 0;                           // "14 178,5"
  if (dots) {
    if (convention == DecimalConvention::comma) return 0;  // "14.178" is 14178
    if (convention == DecimalConvention::point) return dots == 1 ? '.' : '?';
    return dots == 1 ? '.' : 0;  // automatic: "14.178" is 14.178, "1.234.567" grouped
  }
  if (commas) {
    if (convention == DecimalConvention::point) return 0;
    if (convention == DecimalConvention::comma) return commas == 1 ? ',' : '?';
    return commas == 1 ? ',' : 0;
  }
  return 0;
}

// Checks the separators and returns the index in digits where decimals
// start (digit_count when none), or -1 when the layout is not a number.
// Groups: 1 to 3 digits (not a lone 0) before the first group separator,
// then exactly 3 between separators; the decimal separator comes once, last.
long decimal_start(const Scan& scan, DecimalConvention convention) {
  const char decimal = decimal_kind(scan, convention);
  if (decimal == '?') return -1;
  if ((decimal == ',' && convention == DecimalConvention::point) ||
      (decimal == '.' && convention == DecimalConvention::comma)) {
    return -1;
  }
  std::size_t decimal_at = scan.digit_count, previous = 0;
  char group = 0;
  for (std::size_t i = 0; i < scan.separator_count; ++i) {
    const auto& sep = scan.separators[i];
    if (sep.before == scan.digit_count) return -1;                        // "12,"
    if (i > 0 && scan.separators[i - 1].before == sep.before) return -1;  // "1,,2", "1 ,2"
    if (sep.kind == decimal) {
      if (i != scan.separator_count - 1) return -1;  // a decimal separator, then more
      decimal_at = sep.before;
      break;
    }
    if (group != 0 && sep.kind != group) return -1;
    const std::size_t length = sep.before - previous;
    if (group == 0 ? (length < 1 || length > 3 || (length == 1 && scan.digits[0] == '0')) : length != 3) return -1;
    group = sep.kind;
    previous = sep.before;
  }
  if (group != 0 && decimal_at - previous != 3) return -1;
  return static_cast<long>(decimal_at);
}

}  // namespace

ParsedNumber parse_number(std::string_view text) { return parse_number(text, DecimalConvention::automatic); }

ParsedNumber parse_number(std::string_view text, DecimalConvention convention) {
  ParsedNumber result;
  std::string_view s = trim(text);
  if (s.empty()) {
    result.status = ParsedNumber::Status::missing;
    return result;
  }
  if (s.size() > kMaxLength) return result;  // invalid

  // Fast path: most cells are plain counts ("14178").
  if (s.size() <= 15 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    long long whole = 0;
    for (char c : s) whole = whole * 10 + (c - '0');
    result.status = ParsedNumber::Status::ok;
    result.value = static_cast<double>(whole);
    return result;
  }
  // No status token starts with a digit.
  if (const auto status = s[0] >= '0' && s[0] <= '9' ? ParsedNumber::Status::ok : status_token(s);
      status != ParsedNumber::Status::ok) {
    result.status = status;
    return result;
  }

  // Units around the number: "3,5 %", "12 €", "€12", "12 EUR". Most
  // cells start and end with a digit: skip the comparisons for them.
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  bool currency = !is_digit(s.front()) && consume_prefix(s, "\xE2\x82\xAC");
  s = trim(s);
  for (int round = 0; round < 2 && !s.empty() && !is_digit(s.back()); ++round) {
    if (!result.percent && consume_suffix(s, "%")) {
      result.percent = true;
    } else if (!currency && (consume_suffix(s, "\xE2\x82\xAC") || consume_suffix(s, "EUR") ||
                             consume_suffix(s, "eur"))) {
      currency = true;
    }
    s = trim(s);
  }

  bool negative = false;
  if (!s.empty() && !is_digit(s.front())) {
    if (consume_prefix(s, "-") || consume_prefix(s, "\xE2\x88\x92")) {  // U+2212 MINUS SIGN
      negative = true;
    } else {
      consume_prefix(s, "+");
    }
  }
  if (s.empty() || space_at(s)) return result;  // "- 12" or a lone sign

  Scan parts;
  if (!scan(s, parts) || parts.digit_count == 0) return result;
  const long decimals = decimal_start(parts, convention);
  if (decimals < 0) return result;

  // A whole number with separators ("14 178"): no need for from_chars.
  if (static_cast<std::size_t>(decimals) >= parts.digit_count && !parts.has_exponent && parts.digit_count <= 15) {
    long long whole = 0;
    for (std::size_t i = 0; i < parts.digit_count; ++i) whole = whole * 10 + (parts.digits[i] - '0');
    result.status = ParsedNumber::Status::ok;
    result.value = whole == 0 ? 0.0 : static_cast<double>(negative ? -whole : whole);
    return result;
  }

  // Plain ASCII for from_chars: [-]int[.frac][e[-]exp].
  std::array<char, kMaxLength + 16> buffer;
  std::size_t n = 0;
  if (negative) buffer[n++] = '-';
  const auto split = static_cast<std::size_t>(decimals);
  if (split == 0) buffer[n++] = '0';
  for (std::size_t i = 0; i < parts.digit_count; ++i) {
    if (i == split) buffer[n++] = '.';
    buffer[n++] = parts.digits[i];
  }
  if (parts.has_exponent) {
    buffer[n++] = 'e';
    if (parts.negative_exponent) buffer[n++] = '-';
    const int e = parts.exponent;  // at most 3 digits
    if (e >= 100) buffer[n++] = static_cast<char>('0' + e / 100);
    if (e >= 10) buffer[n++] = static_cast<char>('0' + e / 10 % 10);
    buffer[n++] = static_cast<char>('0' + e % 10);
  }
  double value = 0;
  const auto [end, error] = std::from_chars(buffer.data(), buffer.data() + n, value);
  if (error != std::errc() || end != buffer.data() + n || !std::isfinite(value)) return result;
  result.status = ParsedNumber::Status::ok;
  result.value = value == 0 ? 0.0 : value;  // no "-0"
  return result;
}

NumberShape number_shape(std::string_view text) { return read_both_ways(text).shape; }

NumberReadings read_both_ways(std::string_view text) {
  NumberReadings readings;
  // Most cells hold no '.' nor ',': nothing to decide.
  if (text.find_first_of(".,") == std::string_view::npos) {
    if (parse_number(text).status == ParsedNumber::Status::invalid) readings.shape = NumberShape::invalid;
    return readings;
  }
  const ParsedNumber comma = parse_number(text, DecimalConvention::comma);
  const ParsedNumber point = parse_number(text, DecimalConvention::point);
  readings.with_decimal_comma = comma.value;
  readings.with_decimal_point = point.value;
  const bool by_comma = comma.status != ParsedNumber::Status::invalid;
  const bool by_point = point.status != ParsedNumber::Status::invalid;
  if (by_comma && by_point) {
    readings.shape = comma.status == point.status && comma.value == point.value ? NumberShape::neutral
                                                                                 : NumberShape::ambiguous;
  } else {
    readings.shape = by_comma ? NumberShape::decimal_comma : by_point ? NumberShape::decimal_point : NumberShape::invalid;
  }
  return readings;
}

std::uint8_t thousands_marks(std::string_view text) {
  std::uint8_t marks = 0;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (!digit(text[i - 1])) continue;  // a mark sits between two digits
    const std::string_view rest = text.substr(i);
    std::uint8_t mark = 0;
    std::size_t length = 0;
    if (rest[0] == ' ') {
      mark = mark_space, length = 1;
    } else if (rest.substr(0, 2) == "\xC2\xA0") {
      mark = mark_nbsp, length = 2;
    } else if (space_at(rest) == 3) {
      mark = mark_nnbsp, length = 3;
    } else if (std::size_t quote = apostrophe_at(rest)) {
      mark = mark_apostrophe, length = quote;
    }
    if (mark != 0 && length < rest.size() && digit(rest[length])) marks |= mark;
  }
  return marks;
}

}  // namespace prith
