// prith history [DIR] [--json]: every batch of the store in order, and for
// each revision the figures it added, changed and removed.
#include <filesystem>

#include "cli/commands.h"
#include "cli/project_argument.h"
#include "core/french_format.h"
#include "core/json_writer.h"
#include "store/history.h"

namespace prith {

namespace {

constexpr const char* kUsage = "Usage : prith history [DOSSIER] [--json]\n";
constexpr std::size_t kListedPerKind = 20;  // the rest is in --json

std::string batch_line_fr(const BatchHistory& batch) {
  std::string line = "Lot " + std::to_string(batch.id) + " — " + batch.read_at + " — " + batch.file + " — " +
                     (batch.source.empty() ? std::string("source inconnue") : "source " + batch.source) +
                     " — empreinte " + batch.sha256.substr(0, 12) + " — ";
  if (batch.refusal) return line + "fichier refusé : " + batch.refusal->message;
  return line + count_fr(batch.observations, "observation", "observations") + ", " +
         count_fr(batch.errors, "erreur", "erreurs") + ", " +
         count_fr(batch.warnings, "avertissement", "avertissements") + ", " +
         count_fr(batch.infos, "information", "informations");
}

void write_changes_text(std::ostream& out, const std::vector<FigureChange>& changes, const char* label) {
  for (std::size_t i = 0; i < changes.size() && i < kListedPerKind; ++i) {
    const FigureChange& change = changes[i];
    out << "    " << label << stored_key_fr(change.key) << " : ";
    if (change.before && change.after) {
      out << stored_value_fr(*change.before) << " → " << stored_value_fr(*change.after);
    } else {
      out << stored_value_fr(change.before ? *change.before : *change.after);
    }
    out << "\n";
  }
  if (changes.size() > kListedPerKind)
    out << "    … et " << format_number_fr(static_cast<double>(changes.size() - kListedPerKind), 0)
        << " autres (voir --json)\n";
}

void write_text(std::ostream& out, const std::vector<BatchHistory>& batches) {
  for (const BatchHistory& batch : batches) {
    out << "\n" << batch_line_fr(batch) << "\n";
    if (!batch.revision) continue;
    out << "  Révision : " << revision_counts_fr(batch) << "\n";
    write_changes_text(out, batch.changed, "modifié  ");
    write_changes_text(out, batch.added, "ajouté   ");
    write_changes_text(out, batch.removed, "retiré   ");
  }
}

void write_value_json(JsonWriter& json, const char* name, const std::optional<StoredValue>& value) {
  if (!value) return;
  json.key(name);
  json.begin_object();
  json.field("status", std::string(status_name(value->status)));
  if (value->status == ObservationStatus::ok) json.field("value", value->value);
  json.end_object();
}

void write_changes_json(JsonWriter& json, const char* name, const std::vector<FigureChange>& changes) {
  json.key(name);
  json.begin_array();
  for (const FigureChange& change : changes) {
    json.begin_object();
    json.field("indicator", change.key.indicator);
    json.field("territory_level", change.key.territory_level);
    json.field("territory", change.key.territory);
    json.field("period", change.key.period);
    write_value_json(json, "before", change.before);
    write_value_json(json, "after", change.after);
    json.end_object();
  }
  json.end_array();
}

void write_json(std::ostream& out, const std::string& store, const std::vector<BatchHistory>& batches) {
  JsonWriter json(out);
  json.begin_object();
  json.field("store", store);
  json.key("batches");
  json.begin_array();
  for (const BatchHistory& batch : batches) {
    json.begin_object();
    json.field("id", static_cast<std::size_t>(batch.id));
    json.field("read_at", batch.read_at);
    json.field("file", batch.file);
    json.field("source", batch.source);
    json.field("sha256", batch.sha256);
    json.field("format", batch.format);
    json.field("observations", batch.observations);
    json.field("errors", batch.errors);
    json.field("warnings", batch.warnings);
    json.field("infos", batch.infos);
    if (batch.refusal) {
      json.field("refused", std::string(code_name(batch.refusal->code)));
      json.field("refusal", batch.refusal->message);
    }
    json.field("revision", batch.revision);
    if (batch.revision) {
      write_changes_json(json, "added", batch.added);
      write_changes_json(json, "changed", batch.changed);
      write_changes_json(json, "removed", batch.removed);
      json.field("unchanged", batch.unchanged);
    }
    json.end_object();
  }
  json.end_array();
  json.end_object();
  out << "\n";
}

}  // namespace

int run_history(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  std::optional<ProjectCommandLine> line = parse_project_command(arguments, {"--json"}, {}, kUsage, err);
  if (!line) return kExitUsage;
  bool json_output = line->has("--json");
  const std::string& folder = line->folder;

  std::optional<LoadedProject> loaded = load_project_argument(folder, err);
  if (!loaded) return kExitUsage;
  std::filesystem::path store_path = Store::path_in(loaded->root);
  std::vector<BatchHistory> batches;
  if (std::filesystem::exists(store_path)) {
    try {
      Store store(store_path.string());
      batches = read_history(store);
    } catch (const SqliteError& error) {
      err << "La base " << store_path.string() << " est inutilisable : " << error.what() << "\n";
      return kExitDataErrors;
    }
  }
  if (json_output) {
    write_json(out, store_path.string(), batches);
    return kExitClean;
  }
  out << "Historique de " << loaded->project->settings().name << " (" << store_path.string() << ") : "
      << count_fr(batches.size(), "lot", "lots") << "\n";
  if (batches.empty()) out << "\nAucun lot : lancez « prith build » pour lire les exports.\n";
  write_text(out, batches);
  return kExitClean;
}

}  // namespace prith
