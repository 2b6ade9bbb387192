// prith inspect FILE...: what the build would read from each file, or with
// --table the raw table as the reader saw it (decoded, before any mapping).
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/project_argument.h"
#include "cli/reading_report.h"
#include "core/french_format.h"
#include "ingest/csv_reader.h"
#include "ingest/csv_table_writer.h"
#include "ingest/partner_file.h"
#include "ingest/xlsx_reader.h"
#include "project/project.h"

namespace prith {

namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage =
    "Usage : prith inspect FICHIER... [--project DOSSIER] [--json] [--number-format fr|en]\n"
    "        prith inspect FICHIER --table [--sheet FEUILLE]\n";

// Passes on the first table only (CSV prints one table); names the others.
class FirstTableSink : public RowSink {
 public:
  explicit FirstTableSink(RowSink& next) : next_(next) {}
  void begin_table(const TableInfo& table) override {
    forwarding_ = ++tables_ == 1;
    if (forwarding_) next_.begin_table(table); else skipped_.push_back(table.sheet);
  }
  void row(const RawRow& row) override {
    if (forwarding_) next_.row(row);
  }
  void end_table() override {
    if (forwarding_) next_.end_table();
    forwarding_ = false;
  }
  const std::vector<std::string>& skipped() const { return skipped_; }

 private:
  RowSink& next_;
  bool forwarding_ = false;
  std::size_t tables_ = 0;
  std::vector<std::string> skipped_;
};

int print_table(const std::string& file, const std::string& sheet, std::ostream& out, std::ostream& err) {
  CsvTableWriter writer(out);
  std::vector<Diagnostic> diagnostics;
  std::optional<Refusal> refusal;
  DetectedFormat format = detect_format(file);
  if (format == DetectedFormat::csv) {
    if (!sheet.empty()) {
      err << "--sheet ne s'applique qu'aux classeurs XLSX.\n";
      return kExitUsage;
    }
    // Title lines and footnotes are left out: the table alone, as a
    // spreadsheet would hold it.
    CsvReadOptions options;
    options.table_only = true;
    refusal = read_csv_file(file, writer, diagnostics, options);
  } else if (format == DetectedFormat::unsupported) {
    refusal = Refusal{DiagnosticCode::unsupported_format, "Format de fichier non pris en charge."};
  } else {
    XlsxReadOptions options;
    if (!sheet.empty()) options.sheet = sheet;
    FirstTableSink first(writer);
    refusal = read_xlsx_file(file, first, diagnostics, options);
    if (!first.skipped().empty()) {
      err << "Autres feuilles (choisissez avec --sheet) :";
      for (const std::string& name : first.skipped()) err << " " << quote_fr(name);
      err << "\n";
    }
  }
  for (const Diagnostic& diagnostic : diagnostics) err << diagnostic_line_fr(diagnostic) << "\n";
  if (refusal) {
    err << "Fichier refusé (" << code_name(refusal->code) << ") : " << refusal->message << "\n";
    return kExitDataErrors;
  }
  return kExitClean;
}

}  // namespace

int run_inspect(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  std::string project_folder, sheet;
  bool json_output = false, table = false;
  DecimalConvention number_format = DecimalConvention::automatic;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "--json") {
      json_output = true;
    } else if (argument == "--table") {
      table = true;
    } else if (argument == "--number-format" && i + 1 < arguments.size()) {
      std::optional<DecimalConvention> chosen = number_format_argument(arguments[++i], err);
      if (!chosen) return kExitUsage;
      number_format = *chosen;
    } else if ((argument == "--project" || argument == "--sheet") && i + 1 < arguments.size()) {
      (argument == "--project" ? project_folder : sheet) = arguments[++i];
    } else if (!argument.empty() && argument[0] == '-') {
      err << "Option inconnue ou incomplète « " << argument << " ».\n" << kUsage;
      return kExitUsage;
    } else {
      files.push_back(argument);
    }
  }
  if (files.empty() || (table && (files.size() != 1 || json_output)) || (!sheet.empty() && !table)) {
    err << kUsage;
    return kExitUsage;
  }
  if (table) return print_table(files.front(), sheet, out, err);

  std::optional<LoadedProject> loaded = load_project_argument(project_folder, err);
  if (!loaded) return kExitUsage;
  const Project* project = loaded->project.get();
  // As in `check`: a catalogue error is an error of the run, even when every
  // file reads well (defaults stood in for what was wrong).
  for (const Diagnostic& diagnostic : loaded->diagnostics) err << diagnostic_line_fr(diagnostic) << "\n";

  std::vector<FileReading> readings;
  bool errors = loaded->has_errors();
  for (const std::string& file : files) {
    readings.push_back(read_partner_file(file, file, project->catalogues(),
                                         project->number_setting(fs::absolute(file), number_format)));
    errors |= count_by_severity(readings.back().diagnostics).errors > 0;
  }
  if (json_output) {
    write_inspection_json(out, readings, project->catalogues());
  } else {
    write_inspection_text(out, readings, project->catalogues());
  }
  return errors ? kExitDataErrors : kExitClean;
}

}  // namespace prith
