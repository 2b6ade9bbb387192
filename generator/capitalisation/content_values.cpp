#include "capitalisation/content_values.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <set>

#include "catalogue/period.h"
#include "catalogue/text_folding.h"
#include "ingest/excel_date.h"

namespace prith {

namespace {

std::string trim(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  std::size_t last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : days[month - 1];
}

std::optional<std::string> iso(int year, int month, int day) {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return std::nullopt;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

// Splits "01/03/2025" or "2025-03-01" into numbers; false on anything else.
bool numbers(std::string_view text, char separator, std::vector<int>& parts) {
  parts.clear();
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view part = text.substr(start, end - start);
    int value = 0;
    auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (part.empty() || part.size() > 4 || ec != std::errc() || ptr != part.data() + part.size()) return false;
    parts.push_back(value);
    start = end + 1;
  }
  return true;
}

long day_number(int year, int month, int day) {  // days since 1970-01-01 (civil algorithm)
  year -= month <= 2;
  long era = (year >= 0 ? year : year - 399) / 400;
  long yoe = year - era * 400;
  long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::optional<std::string> parse_content_date(std::string_view raw) {
  std::string text = trim(raw);
  std::vector<int> parts;
  if (numbers(text, '-', parts)) {
    if (parts.size() == 3 && text.size() == 10) return iso(parts[0], parts[1], parts[2]);
    if (parts.size() == 2 && text.size() == 7) return iso(parts[0], parts[1], 1);
    return std::nullopt;
  }
  if (numbers(text, '/', parts)) {
    if (parts.size() == 3 && parts[2] >= 1000) return iso(parts[2], parts[1], parts[0]);
    if (parts.size() == 2 && parts[1] >= 1000) return iso(parts[1], parts[0], 1);  // "03/2025"
    return std::nullopt;
  }
  // "mars 2025", "Mars 2025": the month forms of the period parser.
  std::string folded = fold_for_matching(text);
  if (folded.find(' ') != std::string::npos && !folded.empty() && std::isalpha(static_cast<unsigned char>(folded[0]))) {
    std::optional<Period> period = parse_period(text);
    if (period && period->kind == Period::Kind::month) return iso(period->year, period->index, 1);
  }
  return std::nullopt;
}

std::optional<std::string> parse_content_date(const RawCell& cell, bool date1904) {
  if (cell.kind == CellKind::date || cell.kind == CellKind::number) {
    if (cell.number < 1 || cell.number > 2958465) return std::nullopt;
    std::optional<std::string> text = excel_serial_to_iso(std::floor(cell.number), date1904);
    if (!text) return std::nullopt;
    return parse_content_date(text->substr(0, 10));
  }
  return parse_content_date(cell.text);
}

std::string date_fr(std::string_view iso) {
  if (iso.size() < 10) return std::string(iso);
  return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" + std::string(iso.substr(0, 4));
}

long days_between(std::string_view a, std::string_view b) {
  auto number = [](std::string_view date) {
    std::vector<int> parts;
    numbers(date, '-', parts);
    return parts.size() == 3 ? day_number(parts[0], parts[1], parts[2]) : 0L;
  };
  return number(b) - number(a);
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(",;|\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string item = trim(text.substr(start, end - start));
    if (!item.empty() && std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
    start = end + 1;
  }
  return items;
}

bool is_http_link(std::string_view raw) {
  std::string text = trim(raw);
  std::string lower;
  for (char c : text.substr(0, 8)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t rest = lower.rfind("https://", 0) == 0 ? 8 : lower.rfind("http://", 0) == 0 ? 7 : 0;
  if (rest == 0 || text.size() <= rest) return false;
  for (char c : text) {
    if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>') return false;
  }
  return true;
}

bool looks_like_personal_email(std::string_view raw) {
  static const std::set<std::string, std::less<>> providers = {
      "gmail.com", "googlemail.com", "yahoo.fr", "yahoo.com", "hotmail.fr", "hotmail.com", "outlook.fr",
      "outlook.com", "live.fr", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "icloud.com",
      "neuf.fr", "bbox.fr", "aol.com", "protonmail.com", "gmx.fr"};
  static const std::set<std::string, std::less<>> service_words = {
      "contact", "accueil", "secretariat", "direction", "service", "services", "info", "infos", "information",
      "rh", "pole", "equipe", "cellule", "mission", "maintien", "prevention", "pdp", "emploi", "handicap",
      "referent", "referents", "coordination", "prith", "insertion", "communication", "partenariats", "sst",
      "mdph", "agefiph", "carsat", "capemploi", "cap", "ft", "francetravail", "entreprises", "employeurs", "sante",
      "travail", "medecin", "medical", "social", "action", "dispositif", "plateforme", "job", "dating"};
  std::string text = trim(raw);
  std::size_t at = text.find('@');
  if (at == std::string::npos || at == 0) return false;
  std::size_t begin = text.find_last_of(" <(:", at);
  begin = begin == std::string::npos ? 0 : begin + 1;
  std::size_t end = text.find_first_of(" >);,", at);
  std::string local = text.substr(begin, at - begin);
  std::string domain = text.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
  for (char& c : local) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (char& c : domain) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (providers.count(domain)) return true;
  std::vector<std::string> words;
  std::string word;
  for (char c : local + ".") {
    if (c == '.' || c == '-' || c == '_') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      word += c;
    } else {
      return false;  // digits or other characters: a numbered or coded mailbox
    }
  }
  if (words.size() < 2) return false;
  for (const std::string& part : words) {
    if (service_words.count(part)) return false;
  }
  return true;
}

std::optional<double> parse_progress(const RawCell& cell) {
  if (cell.kind == CellKind::number) {
    double value = cell.percent ? cell.number * 100 : cell.number;
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
  }
  if (cell.kind != CellKind::text) return std::nullopt;
  std::string text = trim(cell.text);
  if (!text.empty() && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
  for (char& c : text) c = c == ',' ? '.' : c;
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

}  // namespace prith
