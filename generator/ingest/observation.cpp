#include "ingest/observation.h"

#include "core/french_format.h"

namespace prith {

std::string_view status_name(ObservationStatus status) {
  switch (status) {
    case ObservationStatus::ok: return "ok";
    case ObservationStatus::confidential: return "confidential";
    case ObservationStatus::missing: return "missing";
  }
  return "missing";
}

std::string figure_fr(ObservationStatus status, double value) {
  switch (status) {
    case ObservationStatus::ok: return format_number_fr(value, 6);
    case ObservationStatus::confidential: return "secret";
    case ObservationStatus::missing: return "non disponible";
  }
  return "";
}

std::string figure_fr(const Observation& observation) { return figure_fr(observation.status, observation.value); }

SourcePlace FileReading::place_of(const Observation& observation) const {
  SourcePlace place{observation.line, observation.column, {}};
  if (observation.sheet > 0 && observation.sheet <= sheets.size()) place.sheet = sheets[observation.sheet - 1];
  return place;
}

}  // namespace prith
