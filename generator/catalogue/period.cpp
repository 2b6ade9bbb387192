// Periods are read by a small lexer (numbers, words folded to ASCII, and the
// separator seen before each token) and a few fixed token patterns. No
// allocation: tokens live in a fixed array, words in fixed buffers.
#include "catalogue/period.h"

#include <array>
#include <cmath>

#include "catalogue/text_folding.h"

namespace prith {

namespace {

constexpr int kFirstYear = 1990, kLastYear = 2100;

struct Token {
  bool is_number = false;
  char sep = 0;  // separator before the token: 0 none, ' ', '/', '-', '.', ':', '?' for others
  int value = 0;
  int digits = 0;
  std::array<char, 16> text{};
  std::size_t length = 0;
  std::string_view word() const { return {text.data(), length}; }
};

constexpr std::size_t kMaxTokens = 8;
struct Tokens {
  std::array<Token, kMaxTokens> at;
  std::size_t size = 0;
};

char separator_class(char32_t cp) {
  switch (cp) {
    case '/': case '-': case '.': case ':': return static_cast<char>(cp);
    case ' ': case '\t': case 0xA0: case 0x202F: case 0x2009: case 0x2007: return ' ';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';
    default: return '?';
  }
}

// Splits text into at most kMaxTokens tokens; false when it cannot be a period.
bool lex(std::string_view text, Tokens& tokens) {
  char pending = 0;
  bool in_number = false, in_word = false;
  std::size_t pos = 0;
  const auto start = [&](bool number) -> Token* {
    if (tokens.size == kMaxTokens) return nullptr;
    Token& t = tokens.at[tokens.size++];
    t = Token();
    t.is_number = number;
    t.sep = pending;
    pending = 0;
    in_number = number, in_word = !number;
    return &t;
  };
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    if (cp >= '0' && cp <= '9') {
      if (!in_number && !start(true)) return false;
      Token& t = tokens.at[tokens.size - 1];
      if (++t.digits > 4) return false;
      t.value = t.value * 10 + static_cast<int>(cp - '0');
      continue;
    }
    const FoldedChar folded = fold_code_point(cp);
    if (folded.kind == FoldedChar::Kind::ignored) continue;
    if (folded.kind == FoldedChar::Kind::text) {
      if (!in_word && !start(false)) return false;
      Token& t = tokens.at[tokens.size - 1];
      if (t.length + folded.text.size() > t.text.size()) return false;
      for (char c : folded.text) t.text[t.length++] = c;
      continue;
    }
    if (folded.kind == FoldedChar::Kind::other) return false;
    in_number = in_word = false;
    const char sep = separator_class(cp);
    if (tokens.size == 0) {
      if (sep != ' ') return false;  // "-2025", "(T3 2025)": not a period as written
      continue;
    }
    if (pending == 0 || pending == ' ') {
      pending = sep;
    } else if (sep != ' ' && sep != pending) {
      pending = '?';
    }
  }
  // Trailing punctuation ("2025-") is refused, except the dot of an
  // abbreviation ("2025 sept.").
  const bool abbreviation_dot = pending == '.' && tokens.size > 0 && !tokens.at[tokens.size - 1].is_number;
  if (pending != 0 && pending != ' ' && !abbreviation_dot) return false;
  return tokens.size > 0;
}

bool is_number(const Token& t, int min_digits, int max_digits) {
  return t.is_number && t.digits >= min_digits && t.digits <= max_digits;
}
bool is_word(const Token& t, std::string_view word) { return !t.is_number && t.word() == word; }

// A year written with 4 digits, or 2 when two_digits (90-99 are 1990s, 00-89 2000s).
std::optional<int> year_of(const Token& t, bool two_digits) {
  int year = 0;
  if (is_number(t, 4, 4)) {
    year = t.value;
  } else if (two_digits && is_number(t, 2, 2)) {
    year = t.value >= 90 ? 1900 + t.value : 2000 + t.value;
  } else {
    return std::nullopt;
  }
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  return year;
}

struct NamedNumber {
  std::string_view word;
  int value;
};

constexpr std::array<NamedNumber, 42> kMonths = {{
    {"janvier", 1},   {"janv", 1},      {"jan", 1},      {"january", 1}, {"fevrier", 2},  {"fevr", 2},
    {"fev", 2},       {"feb", 2},       {"february", 2}, {"mars", 3},    {"mar", 3},      {"march", 3},
    {"avril", 4},     {"avr", 4},       {"apr", 4},      {"april", 4},   {"mai", 5},      {"may", 5},
    {"juin", 6},      {"jun", 6},       {"june", 6},     {"juillet", 7}, {"juil", 7},     {"jul", 7},
    {"july", 7},      {"aout", 8},      {"aou", 8},      {"aug", 8},     {"august", 8},   {"septembre", 9},
    {"sept", 9},      {"sep", 9},       {"september", 9}, {"octobre", 10}, {"oct", 10},   {"october", 10},
    {"novembre", 11}, {"nov", 11},      {"november", 11}, {"decembre", 12}, {"dec", 12},  {"december", 12},
}};

constexpr std::array<NamedNumber, 7> kOrdinals = {{{"premier", 1}, {"premiere", 1}, {"deuxieme", 2},
                                                   {"second", 2}, {"seconde", 2}, {"troisieme", 3},
                                                   {"quatrieme", 4}}};

constexpr std::array<std::string_view, 8> kOrdinalSuffixes = {"e", "er", "ere", "re", "eme", "ieme", "nd", "nde"};

template <std::size_t N>
int lookup(const std::array<NamedNumber, N>& table, const Token& t) {
  if (t.is_number) return 0;
  for (const NamedNumber& entry : table) {
    if (t.word() == entry.word) return entry.value;
  }
  return 0;
}

bool is_quarter_word(const Token& t) { return is_word(t, "trimestre") || is_word(t, "trim"); }

int quarter_digit(const Token& t) { return is_number(t, 1, 1) && t.value >= 1 && t.value <= 4 ? t.value : 0; }

// The quarter in tokens [first, last): "T3", "Q3", "3 trimestre",
// "3e trimestre", "troisième trimestre", "trimestre 3". 0 when none.
int quarter_part(const Tokens& tokens, std::size_t first, std::size_t last) {
  const Token* t = &tokens.at[first];
  switch (last - first) {
    case 2:
      if ((is_word(t[0], "t") || is_word(t[0], "q")) && t[1].sep != '?') return quarter_digit(t[1]);
      if (is_quarter_word(t[1])) {
        if (t[0].is_number) return quarter_digit(t[0]);
        return lookup(kOrdinals, t[0]);
      }
      if (is_quarter_word(t[0])) return quarter_digit(t[1]);
      return 0;
    case 3: {
      if (!is_quarter_word(t[2]) || t[1].is_number || t[1].sep != 0) return 0;
      for (std::string_view suffix : kOrdinalSuffixes) {
        if (t[1].word() == suffix) return quarter_digit(t[0]);
      }
      return 0;
    }
    default: return 0;
  }
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

Period quarter(int year, int month_or_quarter, bool is_month) {
  Period p;
  p.kind = Period::Kind::quarter;
  p.year = static_cast<std::int16_t>(year);
  p.index = static_cast<std::uint8_t>(is_month ? (month_or_quarter - 1) / 3 + 1 : month_or_quarter);
  return p;
}

Period month(int year, int m) {
  Period p;
  p.kind = Period::Kind::month;
  p.year = static_cast<std::int16_t>(year);
  p.index = static_cast<std::uint8_t>(m);
  return p;
}

std::optional<Period> day(std::optional<int> year, int m, int d) {
  if (!year || m < 1 || m > 12 || d < 1 || d > days_in_month(*year, m)) return std::nullopt;
  return quarter(*year, m, true);
}

bool date_separator(char sep) { return sep == '/' || sep == '-' || sep == '.'; }

// "hh:mm", "hh:mm:ss", "hh:mm:ss.mmm", optionally after a "T", as exports
// from databases append to a date.
bool is_time(const Tokens& tokens, std::size_t first) {
  std::size_t i = first;
  if (i < tokens.size && is_word(tokens.at[i], "t")) ++i;
  const std::size_t numbers = tokens.size - i;
  if (numbers < 2 || numbers > 4) return false;
  static constexpr std::array<int, 4> kLimits = {23, 59, 60, 999};
  for (std::size_t k = 0; k < numbers; ++k) {
    const Token& t = tokens.at[i + k];
    if (!is_number(t, k == 3 ? 1 : 2, k == 3 ? 3 : 2) || t.value > kLimits[k]) return false;
  }
  return true;
}

// 30/09/2025, 30-09-25, 2025-09-30, 30 septembre 2025 (time allowed after).
std::optional<Period> date_form(const Tokens& tokens) {
  if (tokens.size < 3 || (tokens.size > 3 && !is_time(tokens, 3))) return std::nullopt;
  const Token* t = tokens.at.data();
  const bool same_sep = date_separator(t[1].sep) && t[2].sep == t[1].sep;
  if (same_sep && is_number(t[0], 1, 2) && is_number(t[1], 1, 2)) return day(year_of(t[2], true), t[1].value, t[0].value);
  if (same_sep && is_number(t[0], 4, 4) && is_number(t[1], 1, 2) && is_number(t[2], 1, 2)) {
    return day(year_of(t[0], false), t[1].value, t[2].value);
  }
  if (tokens.size == 3 && is_number(t[0], 1, 2) && lookup(kMonths, t[1]) && t[1].sep != 0) {
    return day(year_of(t[2], false), lookup(kMonths, t[1]), t[0].value);
  }
  return std::nullopt;
}

std::optional<Period> month_form(const Tokens& tokens) {
  if (tokens.size != 2) return std::nullopt;
  const Token* t = tokens.at.data();
  std::optional<int> year;
  int m = 0;
  if ((m = lookup(kMonths, t[0]))) {
    year = year_of(t[1], true);  // "septembre 2025", "sep-25"
  } else if ((m = lookup(kMonths, t[1]))) {
    year = year_of(t[0], false);  // "2025 septembre"
  } else if (is_number(t[0], 1, 2) && date_separator(t[1].sep)) {
    year = year_of(t[1], false), m = t[0].value;  // "09/2025"
  } else if (is_number(t[1], 2, 2) && (t[1].sep == '-' || t[1].sep == '/')) {
    year = year_of(t[0], false), m = t[1].value;  // "2025-09"; "2025-9" could be a quarter
  }
  if (!year || m < 1 || m > 12) return std::nullopt;
  return month(*year, m);
}

std::optional<Period> quarter_form(const Tokens& tokens) {
  const std::size_t n = tokens.size;
  if (n < 3 || n > 4) return std::nullopt;
  if (const std::optional<int> year = year_of(tokens.at[n - 1], true)) {
    if (const int q = quarter_part(tokens, 0, n - 1)) return quarter(*year, q, false);
  }
  if (const std::optional<int> year = year_of(tokens.at[0], false)) {
    if (const int q = quarter_part(tokens, 1, n)) return quarter(*year, q, false);
  }
  return std::nullopt;
}

void append_number(std::string& out, int value, int width) {
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) out.append(static_cast<std::size_t>(width) - digits.size(), '0');
  out += digits;
}

// days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
CivilDate civil_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const long long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), m, d};
}

}  // namespace

std::string Period::to_string() const {
  std::string out;
  append_number(out, year, 4);
  if (kind == Kind::quarter) {
    out += "-T";
    append_number(out, index, 1);
  } else if (kind == Kind::month) {
    out += '-';
    append_number(out, index, 2);
  }
  return out;
}

std::string Period::french_label() const {
  static constexpr std::array<std::string_view, 12> kNames = {
      "janvier", "février", "mars", "avril", "mai", "juin",
      "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
  std::string out;
  if (kind == Kind::quarter) {
    out.append("T").append(std::to_string(index)).append(" ");
  } else if (kind == Kind::month && index >= 1 && index <= 12) {
    out.append(kNames[index - 1u]).append(" ");
  }
  append_number(out, year, 4);
  return out;
}

std::optional<Period> parse_period(std::string_view text) {
  Tokens tokens;
  if (!lex(text, tokens)) return std::nullopt;
  if (tokens.size == 1) {
    const std::optional<int> year = year_of(tokens.at[0], false);
    if (!year) return std::nullopt;
    Period p;
    p.kind = Period::Kind::year;
    p.year = static_cast<std::int16_t>(*year);
    return p;
  }
  if (tokens.size == 2 && is_word(tokens.at[0], "annee")) {
    const std::optional<int> year = year_of(tokens.at[1], false);
    if (!year) return std::nullopt;
    Period p;
    p.kind = Period::Kind::year;
    p.year = static_cast<std::int16_t>(*year);
    return p;
  }
  if (auto p = quarter_form(tokens)) return p;
  if (auto p = month_form(tokens)) return p;
  return date_form(tokens);
}

std::optional<CivilDate> civil_date_from_excel_serial(double serial, bool date1904) {
  if (!std::isfinite(serial)) return std::nullopt;
  const double whole = std::floor(serial);  // the fraction is the time of day
  if (whole < (date1904 ? 0 : 1) || whole > 2958465) return std::nullopt;
  const auto days = static_cast<long long>(whole);
  if (date1904) return civil_from_days(days - 24107);  // serial 0 is 1904-01-01
  // Excel counts a 29 February 1900 that never was (Lotus 1-2-3's bug): serial
  // 60 is that day and every later serial is one day ahead of the calendar.
  if (days == 60) return CivilDate{1900, 2, 29};
  return civil_from_days(days - (days < 60 ? 25568 : 25569));
}

std::optional<Period> period_from_excel_serial(double serial, bool date1904) {
  const std::optional<CivilDate> date = civil_date_from_excel_serial(serial, date1904);
  if (!date || date->year < kFirstYear || date->year > kLastYear) return std::nullopt;
  return quarter(date->year, date->month, true);
}

}  // namespace prith
