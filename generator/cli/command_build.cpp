// prith build [DIR] [--now INSTANT]: reads every new export of the project
// into the store (DIR/prith.sqlite) and says what each file became. The
// site generation joins it with a later issue, after this ingestion.
#include <filesystem>

#include <map>

#include "cli/batch_changes.h"
#include "cli/commands.h"
#include "cli/project_argument.h"
#include "cli/reading_report.h"
#include "core/french_format.h"
#include "model/dataset.h"
#include "model/secrecy_pass.h"
#include "publish/output_folder.h"
#include "publish/search_index.h"
#include "render/site/site_renderer.h"
#include "store/history.h"
#include "store/ingest_exports.h"
#include "store/latest_figures.h"
#include "store/read_clock.h"

namespace prith {

namespace {

constexpr const char* kUsage = "Usage : prith build [DOSSIER] [--now AAAA-MM-JJTHH:MM:SSZ] [--out DOSSIER_DU_SITE]\n";

// `history`: the history of the batch stored now, null for a file not read.
std::string outcome_fr(const IngestedFile& file, const BatchHistory* history) {
  std::string batch = "lot n° " + std::to_string(file.batch);
  std::string observations = count_fr(file.observations, "observation", "observations");
  // Known bytes read again: the catalogues, the région or the reader changed.
  std::string reread = file.reread ? "relu : les catalogues ont changé, " : "";
  switch (file.outcome) {
    case FileOutcome::new_batch:
    case FileOutcome::revision:
      if (history && history->revision)
        return reread + "révision, " + batch + ", " + observations + " : " + revision_counts_fr(*history);
      return reread + "nouveau " + batch + ", " + observations;
    case FileOutcome::unchanged:
      return "inchangé : déjà en base (" + batch + "), non relu" +
             (file.diagnostics.empty() ? "" : " ; ses erreurs restent à corriger");
    case FileOutcome::still_refused: return "inchangé, toujours refusé (" + batch + ") : " + file.refusal->message;
    case FileOutcome::refused: return reread + "fichier refusé, enregistré comme " + batch;
    case FileOutcome::unreadable: return "illisible, non enregistré : " + file.refusal->message;
  }
  return "";
}

std::string summary_fr(const IngestReport& report, std::size_t revisions, const DiagnosticCounts& counts) {
  std::size_t refused = report.count(FileOutcome::refused) + report.count(FileOutcome::still_refused) +
                        report.count(FileOutcome::unreadable);
  std::size_t batches = report.count(FileOutcome::new_batch) + report.count(FileOutcome::revision) +
                        report.count(FileOutcome::refused);
  std::string text = "Résumé : " + count_fr(batches, "nouveau lot", "nouveaux lots") + " dont " +
                     count_fr(revisions, "révision", "révisions") + ", " +
                     count_fr(report.count(FileOutcome::unchanged), "fichier inchangé", "fichiers inchangés") + ", " +
                     count_fr(refused,
                              "fichier refusé ou illisible", "fichiers refusés ou illisibles") +
                     ", " + count_fr(counts.errors, "erreur", "erreurs") + ", " +
                     count_fr(counts.warnings, "avertissement", "avertissements") + ", " +
                     count_fr(counts.infos, "information", "informations") + ".";
  return text;
}

// "1 234 chiffres dont 12 masqués par le secret statistique".
std::string dataset_fr(const Dataset& dataset) {
  std::size_t figures = 0, hidden = 0;
  for (IndicatorId indicator = 0; indicator < dataset.indicators().all().size(); ++indicator) {
    for (const TreeNode& node : dataset.tree().nodes()) {
      for (const Cell& cell : dataset.series(indicator, node.territory)) {
        if (!cell.figure.present()) continue;
        ++figures;
        hidden += cell.figure.has(kHidden);
      }
    }
  }
  return count_fr(figures, "chiffre", "chiffres") + " (départements, régions, pays) dont " +
         count_fr(hidden, "masqué", "masqués") + " par le secret statistique";
}

}  // namespace

int run_build(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  std::optional<ProjectCommandLine> line = parse_project_command(arguments, {}, {"--now", "--out"}, kUsage, err);
  if (!line) return kExitUsage;
  const std::string& folder = line->folder;
  std::string now = line->option("--now");

  std::string clock_error;
  std::optional<std::string> read_at = build_instant(now, clock_error);
  if (!read_at) {
    err << clock_error << "\n";
    return kExitUsage;
  }
  std::optional<LoadedProject> loaded = load_project_argument(folder, err);
  if (!loaded) return kExitUsage;
  const Project& project = *loaded->project;
  std::filesystem::path store_path = Store::path_in(loaded->root);
  try {
    Store store(store_path.string());
    out << "Projet " << project.settings().name << " (" << loaded->root.string() << ")\n";
    out << "Base " << store_path.string() << ", lecture du " << *read_at << "\n";
    if (!loaded->diagnostics.empty()) {
      out << "\nParamètres et catalogues\n";
      for (const Diagnostic& diagnostic : loaded->diagnostics) out << "  " << diagnostic_line_fr(diagnostic) << "\n";
    }
    IngestReport report = ingest_exports(project, store, *read_at);
    // What the batches stored now changed, as `prith history` tells it.
    std::map<std::int64_t, BatchHistory> stored_now;
    if (report.count(FileOutcome::new_batch) + report.count(FileOutcome::revision) > 0) {
      for (BatchHistory& batch : read_history(store)) stored_now.emplace(batch.id, std::move(batch));
    }
    std::size_t revisions = 0;
    out << "\n";
    for (IngestedFile& file : report.files) {
      const BatchHistory* history = nullptr;
      if (file.outcome == FileOutcome::new_batch || file.outcome == FileOutcome::revision) {
        auto found = stored_now.find(file.batch);
        if (found != stored_now.end()) history = &found->second;
      }
      if (history) {
        revisions += history->revision;
        for (Diagnostic& warning : batch_change_warnings(*history)) file.diagnostics.push_back(std::move(warning));
      }
      out << file.file << " — " << outcome_fr(file, history) << "\n";
      for (const Diagnostic& diagnostic : file.diagnostics) out << "  " << diagnostic_line_fr(diagnostic) << "\n";
    }
    if (report.files.empty()) out << "Aucun export dans " << project.exports_folder().string() << ".\n";
    DiagnosticCounts counts = report.diagnostics();
    counts.errors += count_by_severity(loaded->diagnostics).errors;

    // The model of every quarter in the store, with statistical secrecy.
    std::vector<Diagnostic> model_diagnostics;
    Dataset dataset = Dataset::build(
        latest_figures(store, project.territories(), project.indicators()),
        ModelCatalogues{project.territories(), project.indicators(), project.series_breaks(), project.settings().region},
        model_diagnostics, {secrecy_pass()});
    out << "\nModèle : " << dataset_fr(dataset) << "\n";
    for (const Diagnostic& diagnostic : model_diagnostics) out << "  " << diagnostic_line_fr(diagnostic) << "\n";
    DiagnosticCounts model_counts = count_by_severity(model_diagnostics);
    counts.errors += model_counts.errors;
    counts.warnings += model_counts.warnings;
    counts.infos += model_counts.infos;
    out << "\n" << summary_fr(report, revisions, counts) << "\n";

    // The site: straight into the output folder (the demo's goes to site/
    // at the source tree's root, a project's to DIR/site).
    std::filesystem::path site_folder = line->option("--out");
    if (site_folder.empty()) site_folder = folder.empty() ? site_source_folder() / "site" : loaded->root / "site";
    std::filesystem::path sources = site_source_folder();
    std::vector<BatchHistory> history = read_history(store);
    std::vector<DataFile> open_data;
    std::vector<AnnexFile> annexes;
    OutputFolder site_output(site_folder);
    render_site(SiteInputs{project, dataset, history, open_data, annexes, sources / "templates", sources / "assets",
                           sources / "node_modules"},
                site_output);
    out << "Site écrit dans " << site_folder.string() << "\n";
    // The search index, once every page is written (a warning when Pagefind is missing).
    SearchIndexResult search = index_search(site_output.root());
    if (search.indexed) out << "Recherche indexée (pagefind/)\n";
    else out << "  avertissement : " << search.warning_fr << "\n";
    // A file refused earlier and still in exports/ is still a problem to fix.
    bool failed = counts.errors > 0 || report.count(FileOutcome::refused) > 0 ||
                  report.count(FileOutcome::still_refused) > 0 || report.count(FileOutcome::unreadable) > 0;
    return failed ? kExitDataErrors : kExitClean;
  } catch (const SqliteError& error) {
    err << "La base " << store_path.string() << " est inutilisable : " << error.what() << "\n";
    return kExitDataErrors;
  } catch (const std::exception& error) {
    err << "Le site n'a pas pu être écrit : " << error.what() << "\n";
    return kExitDataErrors;
  }
}

}  // namespace prith
