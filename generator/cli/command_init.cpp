// prith init DIR: a new project folder a pilot can fill.
#include <filesystem>
#include <fstream>

#include "cli/commands.h"
#include "core/french_format.h"
#include "project/project.h"

namespace prith {

namespace fs = std::filesystem;

namespace {

constexpr const char* kProjectReadme =
    "# Projet prith\n"
    "\n"
    "Ce dossier est un projet prith : les exports trimestriels des partenaires du PRITH et les catalogues\n"
    "qui disent comment les lire.\n"
    "\n"
    "- `prith.ini` : le nom du PRITH, sa région (code INSEE) et la date de publication.\n"
    "- `indicators.csv` : les indicateurs publiés, leurs libellés et les alias que les partenaires emploient.\n"
    "- `territories.csv` : départements et régions (codes INSEE officiels) ; rarement à modifier.\n"
    "- `sources.csv` : les partenaires et le sous-dossier de `exports/` où déposer leurs fichiers.\n"
    "- `breakdowns.csv` : les ventilations (sexe, tranche d'âge) et les en-têtes de colonnes qui les désignent.\n"
    "- `exports/` : déposez ici les fichiers reçus (CSV ou XLSX), tels quels, dans le dossier du partenaire.\n"
    "- `capitalisation/` : les pratiques (`pratiques.xlsx` ou `.csv`, `pratiques/*.md`), les plans d'action\n"
    "  (`plans-d-action.xlsx`) et les expérimentations (`experimentations/`) ; `axes.csv` : leurs axes.\n"
    "\n"
    "Les catalogues s'ouvrent dans LibreOffice Calc (séparateur « ; », encodage UTF-8).\n"
    "\n"
    "Chaque trimestre :\n"
    "\n"
    "    prith check CE_DOSSIER      # lit chaque export et dit précisément ce qui ne va pas\n"
    "    prith inspect FICHIER       # montre ce qui serait lu d'un fichier\n";

bool write_file(const fs::path& path, const std::string& contents) {
  std::ofstream file(path, std::ios::binary);
  file << contents;
  return static_cast<bool>(file);
}

}  // namespace

int run_init(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  if (arguments.size() != 1 || arguments[0].empty() || arguments[0][0] == '-') {
    err << "Usage : prith init DOSSIER\n";
    return kExitUsage;
  }
  fs::path root(arguments[0]);
  std::error_code error;
  if (fs::exists(root, error) && !(fs::is_directory(root, error) && fs::is_empty(root, error))) {
    err << "Le dossier " << quote_fr(root.string())
        << " existe déjà et n'est pas vide : prith init ne remplace rien. Choisissez un nouveau dossier.\n";
    return kExitUsage;
  }
  fs::create_directories(root / "exports", error);
  if (error) {
    err << "Impossible de créer " << quote_fr(root.string()) << " : " << error.message() << "\n";
    return kExitUsage;
  }
  bool written = write_file(root / "README.md", kProjectReadme);
  for (const auto& [name, contents] : embedded_files()) written &= write_file(root / name, contents);

  // One folder per partner, so that each file's source is known.
  std::vector<Diagnostic> diagnostics;
  std::string load_error;
  if (auto project = Project::load(root, diagnostics, load_error)) {
    for (const Source& source : project->sources()) fs::create_directories(project->exports_folder() / source.folder, error);
  }
  for (const char* folder : {"capitalisation/pratiques", "capitalisation/experimentations"}) {
    if (!error) fs::create_directories(root / folder, error);
  }
  if (!written || error) {
    err << "Écriture impossible dans " << quote_fr(root.string()) << ".\n";
    return kExitUsage;
  }
  out << "Projet créé dans " << root.string() << " : paramètres (prith.ini), catalogues (indicators.csv, "
      << "territories.csv, sources.csv) et dossier exports/.\n"
      << "Déposez les exports des partenaires dans exports/, puis lancez « prith check " << root.string() << " ».\n";
  return kExitClean;
}

}  // namespace prith
