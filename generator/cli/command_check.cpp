// prith check [DIR] [--json] [--number-format fr|en]: reads every export of the project and says
// what is wrong, file by file, then a summary.
#include <filesystem>

#include "cli/commands.h"
#include "cli/file_json.h"
#include "cli/project_argument.h"
#include "cli/reading_report.h"
#include "cli/capitalisation_report.h"
#include "core/french_format.h"
#include "core/json_writer.h"
#include "ingest/partner_file.h"
#include "project/project.h"

namespace prith {

namespace fs = std::filesystem;

namespace {

struct CheckSummary {
  std::size_t files = 0, refused = 0, observations = 0;
  DiagnosticCounts diagnostics;
  void add(const std::vector<Diagnostic>& list) {
    DiagnosticCounts counts = count_by_severity(list);
    diagnostics.errors += counts.errors;
    diagnostics.warnings += counts.warnings;
    diagnostics.infos += counts.infos;
  }
};

std::string summary_fr(const CheckSummary& summary) {
  std::string text = "Résumé : " + count_fr(summary.files, "fichier lu", "fichiers lus");
  if (summary.refused > 0) text += " dont " + count_fr(summary.refused, "refusé", "refusés");
  text += ", " + count_fr(summary.observations, "observation", "observations") + ", " +
          count_fr(summary.diagnostics.errors, "erreur", "erreurs") + ", " +
          count_fr(summary.diagnostics.warnings, "avertissement", "avertissements") + ", " +
          count_fr(summary.diagnostics.infos, "information", "informations") + ".";
  return text;
}

}  // namespace

int run_check(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  std::optional<ProjectCommandLine> line =
      parse_project_command(arguments, {"--json"}, {"--number-format"},
                            "Usage : prith check [DOSSIER] [--json] [--number-format fr|en]\n", err);
  if (!line) return kExitUsage;
  bool json_output = line->has("--json");
  std::optional<DecimalConvention> number_format = number_format_argument(line->option("--number-format"), err);
  if (!number_format) return kExitUsage;
  const std::string& folder = line->folder;

  std::optional<LoadedProject> loaded = load_project_argument(folder, err);
  if (!loaded) return kExitUsage;
  const fs::path& root = loaded->root;
  const Project* project = loaded->project.get();
  const std::vector<Diagnostic>& project_diagnostics = loaded->diagnostics;

  CheckSummary summary;
  summary.add(project_diagnostics);
  JsonWriter json(out);
  if (json_output) {
    json.begin_object();
    json.field("project", root.string());
    json.key("catalogues");
    json.begin_array();
    for (const Diagnostic& diagnostic : project_diagnostics) write_diagnostic_json(json, diagnostic);
    json.end_array();
    json.key("files");
    json.begin_array();
  } else {
    out << "Projet " << project->settings().name << " (" << root.string() << ")\n";
    if (!project_diagnostics.empty()) {
      out << "\nParamètres et catalogues\n";
      for (const Diagnostic& diagnostic : project_diagnostics) out << "  " << diagnostic_line_fr(diagnostic) << "\n";
    }
  }

  std::vector<std::string> files = find_partner_files(project->exports_folder().string());
  for (const std::string& path : files) {
    std::string name = fs::path(path).lexically_relative(root).generic_string();
    // One file at a time: a quarter's exports never sit in memory together.
    FileReading reading =
        read_partner_file(path, name, project->catalogues(), project->number_setting(path, *number_format));
    ++summary.files;
    summary.refused += reading.refused ? 1 : 0;
    summary.observations += reading.observations.size();
    summary.add(reading.diagnostics);
    if (json_output) {
      json.begin_object();
      write_file_header_json(json, reading);
      json.field("observations", reading.observations.size());
      json.key("diagnostics");
      json.begin_array();
      for (const Diagnostic& diagnostic : reading.diagnostics) write_diagnostic_json(json, diagnostic);
      json.end_array();
      json.end_object();
    } else {
      out << "\n" << reading.file << " — " << count_fr(reading.observations.size(), "observation", "observations");
      if (reading.refused) out << ", fichier refusé";
      out << "\n";
      for (const Diagnostic& diagnostic : reading.diagnostics) out << "  " << diagnostic_line_fr(diagnostic) << "\n";
    }
  }

  // The capitalisation content (practices, action plans, experiments), file by file.
  CapitalisationReading capitalisation = load_capitalisation(*project);
  for (const CapitalisationFileReport& report : capitalisation.files) summary.add(report.diagnostics);
  if (json_output) {
    json.end_array();
    json.key("capitalisation");
    write_capitalisation_report_json(json, capitalisation);
  } else {
    write_capitalisation_report_text(out, capitalisation);
  }

  if (json_output) {
    json.key("summary");
    json.begin_object();
    json.field("files", summary.files);
    json.field("refused", summary.refused);
    json.field("observations", summary.observations);
    json.field("errors", summary.diagnostics.errors);
    json.field("warnings", summary.diagnostics.warnings);
    json.field("infos", summary.diagnostics.infos);
    json.end_object();
    json.end_object();
    out << "\n";
  } else {
    if (files.empty()) out << "\nAucun export dans " << project->exports_folder().string() << ".\n";
    out << "\n" << summary_fr(summary) << "\n";
  }
  return summary.diagnostics.errors > 0 ? kExitDataErrors : kExitClean;
}

}  // namespace prith
