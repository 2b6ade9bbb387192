// How `check` (and, once the pages come, `build`) prints the capitalisation
// files: one heading per file with what it gave, then its diagnostics.
#pragma once

#include <ostream>

#include "capitalisation/capitalisation_loader.h"

namespace prith {

class JsonWriter;

// "\nCapitalisation\n" then, per file, "\n<file> — 30 fiches\n  <diagnostic>\n…"; nothing without files.
void write_capitalisation_report_text(std::ostream& out, const CapitalisationReading& reading);

// The array of {file, items, diagnostics}, as the value of the current key.
void write_capitalisation_report_json(JsonWriter& json, const CapitalisationReading& reading);

// The diagnostics of every file, counted.
DiagnosticCounts capitalisation_counts(const CapitalisationReading& reading);

}  // namespace prith
