// How `check` and `inspect` print what was read: the JSON documents for
// machines and the French text for pilots.
#pragma once

#include <ostream>
#include <vector>

#include "ingest/observation.h"
#include "ingest/table_mapper.h"

namespace prith {

// One diagnostic as a JSON object: severity, code, line, column, sheet, cell,
// value, message (null where a place does not apply).
void write_diagnostic_json(class JsonWriter& json, const Diagnostic& diagnostic);

// The `inspect --json` document: {"files":[{file, format, refused, observations, diagnostics}]}.
void write_inspection_json(std::ostream& out, const std::vector<FileReading>& readings,
                           const MappingCatalogues& catalogues);

// The same in French, for a person.
void write_inspection_text(std::ostream& out, const std::vector<FileReading>& readings,
                           const MappingCatalogues& catalogues);

// "erreur · ligne 4, colonne 2 · territory_unknown : message"
std::string diagnostic_line_fr(const Diagnostic& diagnostic);

std::string_view format_name(FileFormat format);  // "csv", "xlsx"

}  // namespace prith
