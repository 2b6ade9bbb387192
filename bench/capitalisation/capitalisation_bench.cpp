// capitalisation_bench [ROWS] [PROJECT]: reads a generated practice table
// of ROWS rows (default 20,000) with every check on, then renders as many
// Markdown bodies, against the demo project's catalogues (PROJECT, default
// ./config). Prints rows per second for each.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "capitalisation/capitalisation_catalogues.h"
#include "capitalisation/markdown_html.h"
#include "capitalisation/practice_reader.h"
#include "project/project.h"

using namespace prith;

int main(int argc, char** argv) {
  int rows = argc > 1 ? std::stoi(argv[1]) : 20000;
  std::string folder = argc > 2 ? argv[2] : "config";
  std::vector<Diagnostic> diagnostics;
  std::string error;
  std::unique_ptr<Project> project = Project::load(folder, diagnostics, error);
  if (!project) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  CapitalisationCatalogues catalogues = default_capitalisation_catalogues();
  ContentContext context{catalogues, project->territories(), project->catalogues().resolver, project->indicators(),
                         project->settings().region, project->settings().publication_date};

  std::filesystem::path path = std::filesystem::temp_directory_path() / "prith-capitalisation-bench.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "Identifiant;Titre;Départements;Axe;Type;Public;Partenaires;Résumé;Contact;Liens;Date de début;Statut;"
           "Dernière mise à jour;Indicateurs\n";
    const char* departements[] = {"44", "Maine-et-Loire", "53, 72", "Vendée", "Pays de la Loire"};
    const char* axes[] = {"Repérage", "remobilisation", "Coordination", "maintien en emploi"};
    for (int i = 0; i < rows; ++i) {
      out << "P" << i << ";Pratique numéro " << i << ";" << departements[i % 5] << ";" << axes[i % 4]
          << ";Outil;Demandeurs d'emploi, Employeurs;Cap emploi 44, France Travail;Un résumé de quelques mots.;"
             "contact@capemploi44.fr;https://www.agefiph.fr;mars 2025;En cours;01/10/2026;DEBOE, RQTH_DEMANDES\n";
    }
  }
  auto start = std::chrono::steady_clock::now();
  std::vector<Diagnostic> read_diagnostics;
  std::vector<Practice> practices = read_practice_table(path, "bench.csv", context, read_diagnostics);
  double read_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::filesystem::remove(path);

  std::string body = "## Comment ça marche\n\n1. Un **premier** point.\n2. Un [lien](https://www.agefiph.fr).\n\n"
                     "<script>alert(1)</script>\n\n> Une citation.\n";
  start = std::chrono::steady_clock::now();
  std::size_t bytes = 0;
  for (int i = 0; i < rows; ++i) bytes += markdown_to_html(body).size();
  double markdown_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::printf("practice table: %zu practices of %d rows in %.3f s (%.0f rows/s), %zu diagnostics\n", practices.size(),
              rows, read_seconds, rows / read_seconds, read_diagnostics.size());
  std::printf("markdown: %d bodies in %.3f s (%.0f bodies/s, %zu bytes of HTML)\n", rows, markdown_seconds,
              rows / markdown_seconds, bytes);
  return practices.size() == static_cast<std::size_t>(rows) ? 0 : 1;
}
