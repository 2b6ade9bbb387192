// Declared breaks in series (series_breaks.csv): the day an indicator's
// definition changed, so that no evolution is computed across it. Example:
// France Travail redefined the job-seeker categories on 1 January 2025.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/indicator_catalogue.h"
#include "catalogue/period.h"
#include "core/diagnostic.h"

namespace prith {

struct SeriesBreak {
  IndicatorId indicator = 0;
  int year = 0, month = 0, day = 0;  // the first day of the new definition
  std::string reason;                // French, shown to readers
  std::uint32_t line = 0;            // in series_breaks.csv

  std::string iso_date() const;  // "2025-01-01"
  // The first period of the new definition, in the kind asked: the quarter,
  // month or year that contains the day.
  Period first_period(Period::Kind kind) const;
};

class SeriesBreakCatalogue {
 public:
  // Header indicator;date;reason (French: indicateur;date;motif, or raison),
  // columns in any order. Dates are AAAA-MM-JJ or JJ/MM/AAAA. Problems are
  // catalogue_invalid errors; the row is left out.
  static SeriesBreakCatalogue parse(std::string_view csv_text, const std::string& file_name,
                                    const IndicatorCatalogue& indicators, std::vector<Diagnostic>& diagnostics);

  const std::vector<SeriesBreak>& all() const { return breaks_; }
  // Breaks declared for one indicator, by date.
  std::vector<const SeriesBreak*> of(IndicatorId indicator) const;

 private:
  std::vector<SeriesBreak> breaks_;
};

}  // namespace prith
