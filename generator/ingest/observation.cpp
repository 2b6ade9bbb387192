#include "ingest/observation.h"

namespace prith {

std::string_view status_name(ObservationStatus status) {
  switch (status) {
    case ObservationStatus::ok: return "ok";
    case ObservationStatus::confidential: return "confidential";
    case ObservationStatus::missing: return "missing";
  }
  return "missing";
}

SourcePlace FileReading::place_of(const Observation& observation) const {
  SourcePlace place{observation.line, observation.column, {}};
  if (observation.sheet > 0 && observation.sheet <= sheets.size()) place.sheet = sheets[observation.sheet - 1];
  return place;
}

}  // namespace prith
