// What the model is built from: the newest stored figure of every
// (indicator, territory, period), with what the store knows about it.
// The store (generator/store/) produces these; the model only reads them.
#pragma once

#include <string>
#include <vector>

#include "catalogue/indicator_catalogue.h"
#include "catalogue/period.h"
#include "catalogue/territory_catalogue.h"
#include "ingest/observation.h"

namespace prith {

struct StoredFigure {
  IndicatorId indicator = 0;
  TerritoryId territory = 0;
  Period period;
  ObservationStatus status = ObservationStatus::missing;
  double value = 0;            // meaningful when status == ok
  std::string source;          // code of the source (sources.csv) that sent it
  std::string file;            // the export it was read from, under exports/
  std::string read_at;         // ISO 8601 date-time of the batch that gave it
  std::string revised_at;      // ISO date of the revision that changed it, "" when never revised
  bool provisional = false;    // the partner marked it provisional
};

}  // namespace prith
