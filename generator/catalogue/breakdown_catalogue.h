// The breakdowns a project reads (breakdowns.csv): dimensions such as sex or
// age band, and their categories ("Femmes", "50 ans et plus") with the
// header spellings partners use. A value column headed by a category holds
// that part of its indicator; "Total" or "Ensemble" beside it is the headline
// figure (docs/catalogues.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "catalogue/indicator_catalogue.h"
#include "core/diagnostic.h"

namespace prith {

// 0 is the headline figure, the one with no breakdown; categories are 1..N.
using BreakdownId = std::uint8_t;
constexpr BreakdownId kHeadline = 0;

struct BreakdownDimension {
  std::string code;   // "sexe"
  std::string label;  // "Sexe"
};

struct BreakdownCategory {
  std::size_t dimension = 0;         // index in BreakdownCatalogue::dimensions()
  std::string code;                  // "F"
  std::string label;                 // "Femmes"
  int order = 0;                     // rank within its dimension
  std::vector<std::string> aliases;  // header spellings partners use
  std::vector<IndicatorId> indicators;  // the indicators that carry it; empty: all
};

class BreakdownCatalogue {
 public:
  // Columns dimension;dimension_label;category;label;order;aliases;indicators
  // (French names accepted), in any order. A problem is a catalogue_invalid
  // diagnostic naming the cell; the category is left out, the rest is read.
  static BreakdownCatalogue parse(std::string_view csv_text, const std::string& file_name,
                                  const IndicatorCatalogue& indicators, std::vector<Diagnostic>& diagnostics);

  const std::vector<BreakdownDimension>& dimensions() const { return dimensions_; }
  std::size_t category_count() const { return categories_.size(); }
  const BreakdownCategory& at(BreakdownId id) const { return categories_[id - 1]; }
  // The categories of one dimension, by order.
  std::vector<BreakdownId> categories_of(std::size_t dimension) const;

  // A header naming a category: its code, label or an alias, folded as
  // indicators are ("26-49 ans" and "26 - 49 ans" are one).
  std::optional<BreakdownId> match(std::string_view text) const;
  // A header naming a dimension ("Sexe", "Tranche d'âge"): its code or label.
  std::optional<std::size_t> match_dimension(std::string_view text) const;
  bool carries(BreakdownId id, IndicatorId indicator) const;
  // "sexe:F"; "" for the headline.
  std::string key(BreakdownId id) const;
  // "Femmes (sexe)", "50 ans et plus (tranche d'âge)" for messages.
  std::string describe_fr(BreakdownId id) const;

 private:
  std::vector<BreakdownDimension> dimensions_;
  std::vector<BreakdownCategory> categories_;
  std::unordered_map<std::string, BreakdownId> index_;  // folded spellings
};

// True for a header that names the whole of a breakdown: "Total",
// "Ensemble", "Total général", "Tous"…
bool is_breakdown_total_header(std::string_view text);

}  // namespace prith
