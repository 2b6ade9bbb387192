#include "cli/reading_report.h"

#include "cli/file_json.h"

#include "core/french_format.h"
#include "core/json_writer.h"

namespace prith {

namespace {

std::string_view severity_fr(Severity severity) {
  switch (severity) {
    case Severity::error: return "erreur";
    case Severity::warning: return "avertissement";
    case Severity::info: return "info";
  }
  return "erreur";
}

void write_observation_json(JsonWriter& json, const FileReading& reading, const Observation& observation,
                            const ObservationNote* note, const MappingCatalogues& catalogues) {
  const Territory& territory = catalogues.territories.at(observation.territory);
  json.begin_object();
  json.field("territory", territory.code);
  json.field("level", level_name(territory.level));
  json.field("period", observation.period.to_string());
  json.field("indicator", catalogues.indicators.at(observation.indicator).code);
  // "sexe:F" for a category column's part, "" for the headline figure.
  json.field("breakdown", observation.breakdown == kHeadline || catalogues.breakdowns == nullptr
                              ? std::string()
                              : catalogues.breakdowns->key(observation.breakdown));
  json.key("value");
  if (observation.status == ObservationStatus::ok) json.value(observation.value); else json.null();
  json.field("status", status_name(observation.status));
  json.key("at");
  SourcePlace place = reading.place_of(observation);
  json.begin_object();
  if (place.in_sheet()) {
    json.field("sheet", place.sheet);
    json.field("cell", place.cell());
  } else {
    json.field("line", place.line);
    json.field("column", place.column);
  }
  json.end_object();
  if (note != nullptr && !note->comment.empty()) json.field("comment", note->comment);
  if (note != nullptr && !note->link.empty()) json.field("link", note->link);
  json.end_object();
}


}  // namespace

std::string_view format_name(FileFormat format) { return format == FileFormat::xlsx ? "xlsx" : "csv"; }

void write_diagnostic_json(JsonWriter& json, const Diagnostic& diagnostic) {
  const SourcePlace& place = diagnostic.place;
  json.begin_object();
  json.field("severity", severity_name(diagnostic.severity));
  json.field("code", code_name(diagnostic.code));
  json.key("line");
  if (place.line > 0) json.value(place.line); else json.null();
  json.key("column");
  if (place.column > 0) json.value(place.column); else json.null();
  json.key("sheet");
  if (place.in_sheet()) json.value(place.sheet); else json.null();
  json.key("cell");
  if (!place.cell().empty()) json.value(place.cell()); else json.null();
  json.field("value", diagnostic.value);
  json.field("message", diagnostic.message);
  json.end_object();
}

void write_inspection_json(std::ostream& out, const std::vector<FileReading>& readings,
                           const MappingCatalogues& catalogues) {
  JsonWriter json(out);
  json.begin_object();
  json.key("files");
  json.begin_array();
  for (const FileReading& reading : readings) {
    json.begin_object();
    write_file_header_json(json, reading);
    json.key("observations");
    json.begin_array();
    std::size_t next_note = 0;
    for (std::size_t i = 0; i < reading.observations.size(); ++i) {
      while (next_note < reading.notes.size() && reading.notes[next_note].observation < i) ++next_note;
      const ObservationNote* note =
          next_note < reading.notes.size() && reading.notes[next_note].observation == i ? &reading.notes[next_note]
                                                                                        : nullptr;
      write_observation_json(json, reading, reading.observations[i], note, catalogues);
    }
    json.end_array();
    json.key("diagnostics");
    json.begin_array();
    for (const Diagnostic& diagnostic : reading.diagnostics) write_diagnostic_json(json, diagnostic);
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  out << '\n';
}

std::string diagnostic_line_fr(const Diagnostic& diagnostic) {
  std::string line(severity_fr(diagnostic.severity));
  std::string place = describe_place_fr(diagnostic.place);
  if (!place.empty()) line += " · " + place;
  line += " · ";
  line += code_name(diagnostic.code);
  line += " : " + diagnostic.message;
  return line;
}

void write_inspection_text(std::ostream& out, const std::vector<FileReading>& readings,
                           const MappingCatalogues& catalogues) {
  for (const FileReading& reading : readings) {
    out << "Fichier " << reading.file << " (" << (reading.format == FileFormat::xlsx ? "classeur XLSX" : "CSV")
        << ")\n";
    if (reading.refused) {
      out << "  Refusé (" << code_name(reading.refused->code) << ") : " << reading.refused->message << "\n";
    }
    out << "  " << count_fr(reading.observations.size(), "observation", "observations") << "\n";
    std::size_t next_note = 0;
    for (std::size_t i = 0; i < reading.observations.size(); ++i) {
      const Observation& observation = reading.observations[i];
      const Territory& territory = catalogues.territories.at(observation.territory);
      out << "    " << describe_place_fr(reading.place_of(observation)) << " : " << territory.code << " "
          << territory.name << ", " << observation.period.to_string() << ", "
          << catalogues.indicators.at(observation.indicator).code;
      if (observation.breakdown != kHeadline && catalogues.breakdowns != nullptr) {
        out << ", " << catalogues.breakdowns->describe_fr(observation.breakdown);
      }
      out << " = " << figure_fr(observation) << "\n";
      while (next_note < reading.notes.size() && reading.notes[next_note].observation < i) ++next_note;
      if (next_note < reading.notes.size() && reading.notes[next_note].observation == i) {
        const ObservationNote& note = reading.notes[next_note];
        if (!note.comment.empty()) out << "      commentaire : " << note.comment << "\n";
        if (!note.link.empty()) out << "      lien : " << note.link << "\n";
      }
    }
    out << "  " << count_fr(reading.diagnostics.size(), "diagnostic", "diagnostics") << "\n";
    for (const Diagnostic& diagnostic : reading.diagnostics) out << "    " << diagnostic_line_fr(diagnostic) << "\n";
  }
}

}  // namespace prith
