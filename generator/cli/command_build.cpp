// prith build [DIR] [--out OUT] [--now INSTANT]: reads every new export of
// the project into the store (DIR/prith.sqlite), says what each file became,
// builds the model and publishes the site in one step (staging folder
// swapped in at the end: docs/publish.md).
#include <filesystem>
#include <future>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>

#include "capitalisation/capitalisation_loader.h"
#include "cli/batch_changes.h"
#include "cli/capitalisation_report.h"
#include "cli/commands.h"
#include "cli/project_argument.h"
#include "cli/reading_report.h"
#include "cli/site_build.h"
#include "core/french_format.h"
#include "core/phase_timings.h"
#include "model/dataset.h"
#include "model/secrecy_pass.h"
#include "publish/build_inputs.h"
#include "publish/search_index.h"
#include "publish/site_publisher.h"
#include "render/excel/annexes.h"
#include "render/excel/capitalisation_workbook.h"
#include "render/opendata/capitalisation_csvs.h"
#include "render/opendata/datapackage.h"
#include "render/opendata/open_data.h"
#include "render/site/site_renderer.h"
#include "store/history.h"
#include "store/ingest_exports.h"
#include "store/latest_figures.h"
#include "store/read_clock.h"

namespace prith {

namespace {

constexpr const char* kUsage = "Usage : prith build [DOSSIER] [--out SORTIE] [--now AAAA-MM-JJTHH:MM:SSZ]\n";

namespace fs = std::filesystem;

// The manifest remembers which batches a publication showed, so that the
// next one can tell what changed since ("Ce qui a changé", home page).
constexpr const char* kPublishedBatchesNote = "published_batches";

std::string published_batches_note(const std::vector<BatchHistory>& history) {
  std::string ids;
  for (const BatchHistory& batch : history) ids += (ids.empty() ? "" : " ") + std::to_string(batch.id);
  return ids;
}

// The batches the previous publication showed; nullopt when its manifest
// does not say (a site published by an earlier prith).
std::optional<std::set<std::int64_t>> published_batches(const std::map<std::string, std::string>& notes) {
  auto found = notes.find(kPublishedBatchesNote);
  if (found == notes.end()) return std::nullopt;
  std::set<std::int64_t> ids;
  std::istringstream in(found->second);
  for (std::int64_t id; in >> id;) ids.insert(id);
  return ids;
}

// The one place where the site's files are made: every renderer writes
// through `site` (paths relative to the site's root, docs/publish.md).
void fill_site(const Project& project, const Dataset& dataset, const std::vector<BatchHistory>& history,
               const Capitalisation& capitalisation, const std::optional<std::set<std::int64_t>>& published_before,
               OutputFolder& site, std::ostream& out) {
  PhaseTimer open_data_timer("données ouvertes");
  std::vector<DataFile> data_files = write_open_data(dataset, project, history, site);
  for (DataFile& file : write_capitalisation_data(capitalisation, site)) data_files.push_back(std::move(file));
  open_data_timer.stop();
  // The workbooks are written on their own thread while the pages are
  // (the pages only need their list, and their sizes last).
  const bool pages_only = bench_pages_only();
  std::vector<AnnexFile> annexes;
  std::future<void> annexes_written;
  if (!pages_only) {
    annexes = planned_annexes(dataset, project);
    if (std::optional<AnnexFile> workbook = planned_capitalisation_workbook(capitalisation, dataset, project))
      annexes.push_back(std::move(*workbook));
    annexes_written = std::async(std::launch::async, [&] {
      PhaseTimer annexes_timer("annexes Excel (en parallèle des pages)");
      write_annexes(dataset, project, history, site);
      write_capitalisation_workbook(capitalisation, dataset, project, site);
    });
  }
  const std::filesystem::path sources = site_source_folder();
  PhaseTimer pages_timer("pages et graphiques");
  SiteInputs inputs{project, dataset, history, data_files, annexes, sources / "templates", sources / "assets",
                    sources / "node_modules", &capitalisation, !pages_only};
  if (annexes_written.valid()) inputs.wait_for_annexes = [&annexes_written] { annexes_written.get(); };
  if (published_before) inputs.published_before = &*published_before;
  std::vector<DataFile> tables = render_site(inputs, site);
  if (annexes_written.valid()) annexes_written.get();  // render_site waited: rethrows a failure
  pages_timer.stop();
  data_files.insert(data_files.end(), tables.begin(), tables.end());
  write_datapackage(data_files, project, site);
  // The search index, once every page is written: a warning when Pagefind
  // is missing, the pages stay complete without it.
  if (pages_only) return;
  PhaseTimer search_timer("Pagefind");
  SearchIndexResult search = index_search(site.root());
  search_timer.stop();
  if (!search.indexed) out << "  avertissement : " << search.warning_fr << "\n";
}

// What the build said about the model, kept in the site's manifest so that
// a build with nothing changed says it again without building the model.
struct ModelReport {
  std::string text;  // "Modèle : …\n" and its diagnostics, one a line
  DiagnosticCounts counts;
  // Statistical secrecy cannot be guaranteed: nothing may be published.
  bool secrecy_unsafe = false;

  std::map<std::string, std::string> notes() const {
    return {{"model_report", text},
            {"model_counts", std::to_string(counts.errors) + " " + std::to_string(counts.warnings) + " " +
                                 std::to_string(counts.infos)}};
  }
  static std::optional<ModelReport> from_notes(const std::map<std::string, std::string>& notes) {
    auto text = notes.find("model_report");
    auto numbers = notes.find("model_counts");
    if (text == notes.end() || numbers == notes.end()) return std::nullopt;
    ModelReport report;
    report.text = text->second;
    std::istringstream in(numbers->second);
    if (!(in >> report.counts.errors >> report.counts.warnings >> report.counts.infos)) return std::nullopt;
    return report;
  }
};

// Fills the staging folder and swaps it in. Returns false (message on
// `err`) when the build failed: the previous site stays as it was.
bool publish_site(SitePublisher& publisher, const std::string& fingerprint,
                  std::map<std::string, std::string> notes, const Project& project, const Dataset& dataset,
                  const Capitalisation& capitalisation, const std::vector<BatchHistory>& history, std::ostream& out,
                  std::ostream& err) {
  try {
    OutputFolder& site = publisher.staging();
    std::optional<std::set<std::int64_t>> published_before;
    if (publisher.previous()) published_before = published_batches(publisher.previous()->notes);
    fill_site(project, dataset, history, capitalisation, published_before, site, out);
    notes[kPublishedBatchesNote] = published_batches_note(history);
    std::size_t reused = site.reused_count();
    PhaseTimer publish_timer("publication (manifeste)");
    // A benchmark's pages-only site is never "up to date" for a real build.
    std::size_t files = publisher.publish(bench_pages_only() ? fingerprint + " pages-only" : fingerprint, notes);
    publish_timer.stop();
    out << "\nSite publié dans " << publisher.output().string() << " : " << count_fr(files, "fichier", "fichiers")
        << ", dont " << count_fr(reused, "repris", "repris") << " de la publication précédente.\n";
    return true;
  } catch (const std::exception& error) {
    err << "La construction du site a échoué : " << error.what() << "\nLe site déjà publié dans "
        << publisher.output().string() << " reste en place, inchangé.\n";
    return false;
  }
}

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

fs::path default_site_folder(const std::string& folder, const fs::path& project_root) {
  if (folder.empty()) return fs::absolute(demo_project_folder()).parent_path() / "site";
  return project_root / "site";
}

int run_build(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  std::optional<ProjectCommandLine> line = parse_project_command(arguments, {}, {"--now", "--out"}, kUsage, err);
  if (!line) return kExitUsage;
  return build_project({line->folder, line->option("--now"), line->option("--out")}, out, err);
}

int build_project(const BuildRequest& request, std::ostream& out, std::ostream& err, fs::path* published_to) {
  const std::string& folder = request.folder;
  const std::string& now = request.now;

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
  fs::path output = request.out.empty() ? default_site_folder(folder, loaded->root) : fs::path(request.out);
  if (published_to) *published_to = fs::absolute(output);
  std::unique_ptr<SitePublisher> publisher;
  try {
    publisher = std::make_unique<SitePublisher>(output, std::vector<fs::path>{loaded->root, PRITH_SOURCE_DIR});
    publisher->staging();  // exists while the build runs: a killed build leaves it, the next one removes it
  } catch (const BuildAlreadyRunning& busy) {
    err << busy.what() << "\n";
    return kExitDataErrors;
  } catch (const std::exception& refused) {
    err << refused.what() << "\n";
    return kExitUsage;
  }
  try {
    Store store(store_path.string());
    out << "Projet " << project.settings().name << " (" << loaded->root.string() << ")\n";
    out << "Base " << store_path.string() << ", lecture du " << *read_at << "\n";
    if (!loaded->diagnostics.empty()) {
      out << "\nParamètres et catalogues\n";
      for (const Diagnostic& diagnostic : loaded->diagnostics) out << "  " << diagnostic_line_fr(diagnostic) << "\n";
    }
    PhaseTimer ingest_timer("lecture des exports");
    IngestReport report = ingest_exports(project, store, *read_at);
    ingest_timer.stop();
    // What the batches stored now changed, as `prith history` tells it. The
    // history is read once: the site's pages and annexes need it too.
    std::optional<std::vector<BatchHistory>> stored_history;
    std::map<std::int64_t, const BatchHistory*> stored_now;
    if (report.count(FileOutcome::new_batch) + report.count(FileOutcome::revision) > 0) {
      stored_history = read_history(store);
      for (const BatchHistory& batch : *stored_history) stored_now.emplace(batch.id, &batch);
    }
    std::size_t revisions = 0;
    out << "\n";
    for (IngestedFile& file : report.files) {
      const BatchHistory* history = nullptr;
      if (file.outcome == FileOutcome::new_batch || file.outcome == FileOutcome::revision) {
        auto found = stored_now.find(file.batch);
        if (found != stored_now.end()) history = found->second;
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

    // The practices, action plans and experiments, reported file by file like `check` does.
    CapitalisationReading capitalisation = load_capitalisation(project);
    write_capitalisation_report_text(out, capitalisation);
    DiagnosticCounts capitalisation_diagnostics = capitalisation_counts(capitalisation);
    counts.errors += capitalisation_diagnostics.errors;
    counts.warnings += capitalisation_diagnostics.warnings;
    counts.infos += capitalisation_diagnostics.infos;

    // The model of every quarter in the store, with statistical secrecy.
    // Same inputs as the published site: neither the model nor the site is
    // made again, and the model's report is the one the manifest kept.
    std::string fingerprint = build_fingerprint(store, loaded->root, PRITH_SOURCE_DIR, kPrithVersion);
    std::optional<ModelReport> kept;
    if (publisher->up_to_date(fingerprint)) kept = ModelReport::from_notes(publisher->previous()->notes);
    std::optional<Dataset> dataset;
    ModelReport model;
    if (kept) {
      model = *kept;
    } else {
      // The model of every quarter in the store, with statistical secrecy.
      PhaseTimer model_timer("modèle");
      std::vector<Diagnostic> model_diagnostics;
      dataset.emplace(Dataset::build(latest_figures(store, project.territories(), project.indicators()),
                                     ModelCatalogues{project.territories(), project.indicators(),
                                                     project.series_breaks(), project.settings().region},
                                     model_diagnostics, {secrecy_pass()}));
      model_timer.stop();
      model.text = "Modèle : " + dataset_fr(*dataset) + "\n";
      for (const Diagnostic& diagnostic : model_diagnostics) model.text += "  " + diagnostic_line_fr(diagnostic) + "\n";
      model.counts = count_by_severity(model_diagnostics);
      for (const Diagnostic& diagnostic : model_diagnostics)
        model.secrecy_unsafe |= diagnostic.code == DiagnosticCode::secrecy_unprotected;
    }
    out << "\n" << model.text;
    counts.errors += model.counts.errors;
    counts.warnings += model.counts.warnings;
    counts.infos += model.counts.infos;
    out << "\n" << summary_fr(report, revisions, counts) << "\n";

    // A file refused earlier and still in exports/ is still a problem to fix.
    bool failed = counts.errors > 0 || report.count(FileOutcome::refused) > 0 ||
                  report.count(FileOutcome::still_refused) > 0 || report.count(FileOutcome::unreadable) > 0;
    if (kept) {
      out << "\nSite à jour : rien n'a changé depuis la dernière publication.\n";
    } else if (model.secrecy_unsafe) {
      err << "Site non publié : le secret statistique n'est pas garanti (voir les erreurs du modèle). Le site "
             "déjà publié dans "
          << publisher->output().string() << " reste en place, inchangé.\n";
      return kExitDataErrors;
    } else {
      if (!stored_history) stored_history = read_history(store);
      if (!publish_site(*publisher, fingerprint, model.notes(), project, *dataset, capitalisation.content,
                        *stored_history, out, err))
        return kExitDataErrors;
    }
    return failed ? kExitDataErrors : kExitClean;
  } catch (const SqliteError& error) {
    err << "La base " << store_path.string() << " est inutilisable : " << error.what() << "\n";
    return kExitDataErrors;
  } catch (const std::exception& error) {
    err << "La construction a échoué : " << error.what() << "\nLe site déjà publié dans "
        << publisher->output().string() << " reste en place, inchangé.\n";
    return kExitDataErrors;
  }
}

}  // namespace prith
