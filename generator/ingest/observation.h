// What the build reads from a partner's file: observations and diagnostics.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/breakdown_catalogue.h"
#include "catalogue/indicator_catalogue.h"
#include "catalogue/period.h"
#include "catalogue/territory_catalogue.h"
#include "core/diagnostic.h"
#include "ingest/raw_table.h"

namespace prith {

enum class ObservationStatus : std::uint8_t { ok, confidential, missing };
std::string_view status_name(ObservationStatus status);  // "ok", "confidential", "missing"

struct Observation;
// The figure as a pilot reads it: "14 178", "secret", "non disponible".
std::string figure_fr(ObservationStatus status, double value);
std::string figure_fr(const Observation& observation);

// Kept small (32 bytes): a quarter of a national export holds millions.
struct Observation {
  double value = 0;  // meaningful when status == ok
  TerritoryId territory = 0;
  IndicatorId indicator = 0;
  Period period;
  std::uint32_t line = 0;    // CSV line or XLSX row
  std::uint16_t column = 0;  // 1-based
  std::uint8_t sheet = 0;    // 0 for CSV, else 1 + index in FileReading::sheets
  ObservationStatus status = ObservationStatus::ok;
  BreakdownId breakdown = kHeadline;  // a category column's part ("Femmes"), else the headline
};
static_assert(sizeof(Observation) <= 32, "an observation must stay small");

// Free text a partner attached to one observation (a comment or link column).
struct ObservationNote {
  std::size_t observation = 0;  // index in FileReading::observations
  std::string comment;
  std::string link;
};

enum class FileFormat : std::uint8_t { csv, xlsx };

struct FileReading {
  std::string file;  // as given, or relative to the project's exports/
  FileFormat format = FileFormat::csv;
  std::optional<Refusal> refused;
  std::vector<std::string> sheets;  // sheets observations refer to
  std::vector<Observation> observations;
  std::vector<ObservationNote> notes;
  std::vector<Diagnostic> diagnostics;
  // Diagnostics (indices) whose value is the text of the cell at their place,
  // made after that cell was read: read_partner_file reads those few cells
  // again (cell_texts.h). Empty once the file is read.
  std::vector<std::size_t> values_from_cells;

  SourcePlace place_of(const Observation& observation) const;
};

}  // namespace prith
