#include "catalogue/series_breaks.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <optional>

#include "catalogue/catalogue_csv.h"
#include "core/french_format.h"

namespace prith {

namespace {

enum Column { kIndicator, kDate, kReason, kColumnCount };
constexpr std::array<std::array<std::string_view, 3>, kColumnCount> kHeaders = {{
    {"indicator", "indicateur", "code"},
    {"date", "", ""},
    {"reason", "motif", "raison"},
}};

std::string_view trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

std::optional<int> digits(std::string_view s, std::size_t count) {
  if (s.size() != count) return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// AAAA-MM-JJ or JJ/MM/AAAA, a real day within the years periods accept.
std::optional<std::array<int, 3>> parse_day(std::string_view text) {
  std::optional<int> year, month, day;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    year = digits(text.substr(0, 4), 4), month = digits(text.substr(5, 2), 2), day = digits(text.substr(8, 2), 2);
  } else if (text.size() == 10 && text[2] == '/' && text[5] == '/') {
    day = digits(text.substr(0, 2), 2), month = digits(text.substr(3, 2), 2), year = digits(text.substr(6, 4), 4);
  }
  if (!year || !month || !day || *year < 1990 || *year > 2100 || *month < 1 || *month > 12 || *day < 1) {
    return std::nullopt;
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int last = kDays[*month - 1] + (*month == 2 && leap(*year) ? 1 : 0);
  if (*day > last) return std::nullopt;
  return std::array<int, 3>{*year, *month, *day};
}

}  // namespace

std::string SeriesBreak::iso_date() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

Period SeriesBreak::first_period(Period::Kind kind) const {
  Period period;
  period.kind = kind;
  period.year = static_cast<std::int16_t>(year);
  if (kind == Period::Kind::quarter) period.index = static_cast<std::uint8_t>((month - 1) / 3 + 1);
  if (kind == Period::Kind::month) period.index = static_cast<std::uint8_t>(month);
  return period;
}

SeriesBreakCatalogue SeriesBreakCatalogue::parse(std::string_view csv_text, const std::string& file,
                                                 const IndicatorCatalogue& indicators,
                                                 std::vector<Diagnostic>& diagnostics) {
  SeriesBreakCatalogue catalogue;
  std::vector<CatalogueRecord> records = split_catalogue_csv(csv_text, file, diagnostics);
  if (records.empty()) return catalogue;

  const CatalogueRecord& header = records.front();
  const std::array<std::size_t, kColumnCount> at =
      locate_catalogue_columns(header, kHeaders, file, "indicator, date, reason", diagnostics);
  for (std::size_t c = 0; c < kColumnCount; ++c) {
    if (at[c] != SIZE_MAX) continue;
    diagnostics.push_back(catalogue_diagnostic(file, header.line, 0, {}, "",
                                               "colonne " + quote_fr(kHeaders[c][0]) +
                                                   " absente : aucune rupture de série n'est lue"));
    return catalogue;
  }

  for (std::size_t r = 1; r < records.size(); ++r) {
    const CatalogueRecord& record = records[r];
    auto field = [&](Column c) {
      return at[c] < record.fields.size() ? std::string(trim(record.fields[at[c]])) : std::string();
    };
    auto report = [&](Column c, const std::string& value, const std::string& what) {
      diagnostics.push_back(catalogue_diagnostic(file, record.line, static_cast<std::uint32_t>(at[c] + 1),
                                                 header.fields[at[c]], value, what));
    };
    const std::string code = field(kIndicator), date = field(kDate), reason = field(kReason);
    auto indicator = std::find_if(indicators.all().begin(), indicators.all().end(),
                                  [&](const Indicator& i) { return i.code == code; });
    if (indicator == indicators.all().end()) {
      report(kIndicator, code,
             code.empty() ? "indicateur manquant ; la rupture est ignorée"
                          : "indicateur " + quote_fr(code) + " absent de indicators.csv ; la rupture est ignorée");
      continue;
    }
    std::optional<std::array<int, 3>> day = parse_day(date);
    if (!day) {
      report(kDate, date,
             "date " + quote_fr(date) + " invalide ; attendu AAAA-MM-JJ ou JJ/MM/AAAA entre 1990 et 2100 ; la "
             "rupture est ignorée");
      continue;
    }
    if (reason.empty()) {
      report(kReason, "", "motif manquant : les lecteurs doivent savoir pourquoi la série est rompue ; la "
                          "rupture est ignorée");
      continue;
    }
    SeriesBreak added{static_cast<IndicatorId>(indicator - indicators.all().begin()), (*day)[0], (*day)[1],
                      (*day)[2], reason, record.line};
    auto same = std::find_if(catalogue.breaks_.begin(), catalogue.breaks_.end(), [&](const SeriesBreak& b) {
      return b.indicator == added.indicator && b.iso_date() == added.iso_date();
    });
    if (same != catalogue.breaks_.end()) {
      report(kDate, date,
             "rupture de " + code + " au " + added.iso_date() + " déjà déclarée (ligne " +
                 std::to_string(same->line) + ") ; cette ligne est ignorée");
      continue;
    }
    catalogue.breaks_.push_back(std::move(added));
  }
  return catalogue;
}

std::vector<const SeriesBreak*> SeriesBreakCatalogue::of(IndicatorId indicator) const {
  std::vector<const SeriesBreak*> found;
  for (const SeriesBreak& b : breaks_) {
    if (b.indicator == indicator) found.push_back(&b);
  }
  std::sort(found.begin(), found.end(),
            [](const SeriesBreak* a, const SeriesBreak* b) { return a->iso_date() < b->iso_date(); });
  return found;
}

}  // namespace prith
