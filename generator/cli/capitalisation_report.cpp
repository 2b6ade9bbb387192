#include "cli/capitalisation_report.h"

#include "cli/reading_report.h"
#include "core/french_format.h"
#include "core/json_writer.h"

namespace prith {

void write_capitalisation_report_text(std::ostream& out, const CapitalisationReading& reading) {
  if (reading.files.empty()) return;
  out << "\nCapitalisation\n";
  for (const CapitalisationFileReport& report : reading.files) {
    out << "\n" << report.file << " — " << count_fr(report.items, report.items_fr, report.items_plural_fr) << "\n";
    for (const Diagnostic& diagnostic : report.diagnostics) out << "  " << diagnostic_line_fr(diagnostic) << "\n";
  }
}

void write_capitalisation_report_json(JsonWriter& json, const CapitalisationReading& reading) {
  json.begin_array();
  for (const CapitalisationFileReport& report : reading.files) {
    json.begin_object();
    json.field("file", report.file);
    json.field("items", report.items);
    json.key("diagnostics");
    json.begin_array();
    for (const Diagnostic& diagnostic : report.diagnostics) write_diagnostic_json(json, diagnostic);
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

DiagnosticCounts capitalisation_counts(const CapitalisationReading& reading) {
  DiagnosticCounts total;
  for (const CapitalisationFileReport& report : reading.files) {
    DiagnosticCounts counts = count_by_severity(report.diagnostics);
    total.errors += counts.errors;
    total.warnings += counts.warnings;
    total.infos += counts.infos;
  }
  return total;
}

}  // namespace prith
