// The indicators a project publishes (indicators.csv), and the matching of
// partners' labels and sheet names to them through aliases.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"

namespace prith {

using IndicatorId = std::uint16_t;

enum class Aggregation : std::uint8_t { sum, weighted_mean, ratio, none };

// A stock is counted at a date (job seekers at the end of the quarter), a
// flow over the period (placements during the quarter): only flows add up
// over four quarters.
enum class Nature : std::uint8_t { unspecified, stock, flow };

struct Indicator {
  std::string code;        // "DEBOE"
  std::string label;       // French label
  std::vector<std::string> aliases;  // labels and sheet names partners use
  std::string unit;        // "personnes", "%", "€"...
  std::string definition;
  std::string source;      // code in sources.csv
  Aggregation aggregation = Aggregation::sum;
  std::string weight;      // indicator code weighting a mean
  std::string numerator, denominator;  // indicator codes of a ratio
  bool secret = true;      // small counts are confidential
  int secret_threshold = 5;
  // How wide what the published figures leave of a hidden count must be
  // (docs/secrecy.md); 0: the threshold.
  int secret_protection = 0;
  Nature nature = Nature::unspecified;
};

// True when the indicator counts people or things (unit "personnes",
// "aides", "dossiers"…): such a figure is never fractional, which settles
// how "12,345" reads. Rates, amounts and durations may be fractional.
bool counts_units(const Indicator& indicator);

class IndicatorCatalogue {
 public:
  static IndicatorCatalogue parse(std::string_view csv_text, const std::string& file_name,
                                  std::vector<Diagnostic>& diagnostics);

  const std::vector<Indicator>& all() const { return indicators_; }
  const Indicator& at(IndicatorId id) const { return indicators_[id]; }

  // Matches a code, label or alias, ignoring case, accents, spacing,
  // punctuation and a trailing unit such as "(%)" or "(en €)".
  std::optional<IndicatorId> match(std::string_view text) const;

  // A partner's own rule for its indicators (sources.csv): `secret` false
  // switches secrecy off; a threshold above the indicator's replaces it.
  void apply_source_secrecy(std::string_view source, std::optional<bool> secret, std::optional<int> threshold);

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<Indicator> indicators_;
  // Folded code, label and aliases -> indicator; unique by validation.
  std::unordered_map<std::string, IndicatorId, Hash, std::equal_to<>> index_;
  // Folded trailing words dropped on a miss: "en", "euros", "nombre", units.
  std::vector<std::string> unit_words_;

  friend struct IndicatorCatalogueBuilder;
};

// Folds text for matching: lower case, no accents, punctuation and spaces
// collapsed to single spaces, trimmed. "Loire-Atlantique " -> "loire atlantique".
std::string fold_for_matching(std::string_view text);

}  // namespace prith
