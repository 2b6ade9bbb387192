#include "capitalisation/practice_reader.h"

#include <doctest/doctest.h>

#include "capitalisation_test_support.h"

using namespace prith;

namespace {

const char* kHeader =
    "Identifiant;Titre;Départements;Axe;Type;Public;Partenaires;Résumé;Résultats observés;Contact;Liens;"
    "Date de début;Statut;Dernière mise à jour;Indicateurs\n";

}  // namespace

TEST_CASE("a practice row: every field") {
  test::DemoContext demo;
  test::TemporaryFolder folder;
  std::string path = folder.write(
      "pratiques.csv",
      std::string(kHeader) +
          "44-REP-01;Repérage à l'inscription;44, Vendée;repérage;outil;Demandeurs d'emploi, Jeunes;"
          "France Travail 44, Cap emploi 44;Une grille de six questions.;212 orientations.;"
          "contact@capemploi44.fr;https://www.francetravail.fr;mars 2025;En cours;30/09/2026;DEBOE, RQTH_DEMANDES\n");
  std::vector<Diagnostic> diagnostics;
  std::vector<Practice> practices = read_practice_table(path, "capitalisation/pratiques.csv", *demo.context, diagnostics);
  CHECK(test::summarise(diagnostics).empty());
  REQUIRE(practices.size() == 1);
  const Practice& p = practices[0];
  CHECK(p.id == "44-rep-01");
  CHECK(p.title == "Repérage à l'inscription");
  CHECK(p.departements == std::vector<std::string>{"44", "85"});
  CHECK(p.axis == "reperage");
  CHECK(p.kind == "outil");
  CHECK(p.publics == std::vector<std::string>{"demandeurs-d-emploi", "jeunes"});
  CHECK(p.partners == std::vector<std::string>{"France Travail 44", "Cap emploi 44"});
  CHECK(p.summary == "Une grille de six questions.");
  CHECK(p.results == "212 orientations.");
  CHECK(p.contact == "contact@capemploi44.fr");
  CHECK(p.links == std::vector<std::string>{"https://www.francetravail.fr"});
  CHECK(p.start_date == "2025-03-01");
  CHECK(p.status == "en-cours");
  CHECK(p.last_update == "2026-09-30");
  CHECK_FALSE(p.stale);
  CHECK(p.indicators == std::vector<std::string>{"DEBOE", "RQTH_DEMANDES"});
  CHECK(p.origin.file == "capitalisation/pratiques.csv");
  CHECK(p.origin.place.line == 2);
  CHECK(p.body_html.empty());
}

TEST_CASE("French header synonyms in any case, with accents or not") {
  test::DemoContext demo;
  test::TemporaryFolder folder;
  std::string path = folder.write("p.csv",
                                  "INTITULE;departement;AXE THEMATIQUE;nature;description\n"
                                  "Fiche;Sarthe;Coordination;Guide;Un guide.\n");
  std::vector<Diagnostic> diagnostics;
  std::vector<Practice> practices = read_practice_table(path, "p.csv", *demo.context, diagnostics);
  REQUIRE(practices.size() == 1);
  CHECK(practices[0].id == "fiche");
  CHECK(practices[0].departements == std::vector<std::string>{"72"});
  CHECK(practices[0].kind == "guide");
}

TEST_CASE("each problem of a row: code, place and French message; the file still goes through") {
  test::DemoContext demo;
  test::TemporaryFolder folder;
  std::string path = folder.write(
      "pratiques.csv",
      std::string(kHeader) +
          "A;Sans résumé;44;Repérage;Outil;;;;;;;;;;\n"
          "B;Axe inconnu;44;Insertion;Outil;;;Résumé.;;;;;;;\n"
          "C;Type inconnu;44;Coordination;Plaquette;;;Résumé.;;;;;;;\n"
          "D;Département inconnu;Loire-Atlantque;Coordination;Outil;;;Résumé.;;;;;;;\n"
          "E;Tout le reste;49, 29;Coordination;Outil;Retraités;;Résumé.;;marie.durand@capemploi49.fr;"
          "www.site.fr, https://ok.fr;le 3 mars;Brouillon;2026-01-10;INCONNU\n");
  std::vector<Diagnostic> diagnostics;
  std::vector<Practice> practices = read_practice_table(path, "pratiques.csv", *demo.context, diagnostics);
  CHECK(test::summarise(diagnostics, true) ==
        std::vector<std::string>{"dialect_detected L0C0 UTF-8",
                                 "field_missing L2C8 ",
                                 "axis_unknown L3C4 Insertion",
                                 "kind_unknown L4C5 Plaquette",
                                 "departement_unknown L5C3 Loire-Atlantque",
                                 "departement_unknown L6C3 29",
                                 "status_unknown L6C13 Brouillon",
                                 "public_unknown L6C6 Retraités",
                                 "contact_personal L6C10 marie.durand@capemploi49.fr",
                                 "link_invalid L6C11 www.site.fr",
                                 "indicator_unknown L6C15 INCONNU",
                                 "date_invalid L6C12 le 3 mars",
                                 "update_stale L6C14 2026-01-10"});
  REQUIRE(practices.size() == 1);
  const Practice& e = practices[0];
  CHECK(e.departements == std::vector<std::string>{"49"});
  CHECK(e.publics == std::vector<std::string>{"Retraités"});
  CHECK(e.links == std::vector<std::string>{"https://ok.fr"});
  CHECK(e.status.empty());
  CHECK(e.start_date.empty());
  CHECK(e.stale);
  auto message = [&](DiagnosticCode code) {
    for (const Diagnostic& d : diagnostics) {
      if (d.code == code) return d.message;
    }
    return std::string();
  };
  CHECK(message(DiagnosticCode::field_missing) == "Champ obligatoire « Résumé » vide : la ligne est ignorée.");
  CHECK(message(DiagnosticCode::axis_unknown).rfind("Axe « Insertion » inconnu : la fiche est ignorée (valeurs possibles : "
                                                    "Repérage, Remobilisation, ",
                                                    0) == 0);
  CHECK(message(DiagnosticCode::date_invalid) ==
        "Date de début « le 3 mars » illisible : écrivez 2025-03-01, 01/03/2025 ou mars 2025 ; la date est laissée vide.");
  CHECK(message(DiagnosticCode::update_stale) ==
        "Dernière mise à jour le 10/01/2026, plus de deux trimestres avant la publication du 15/11/2026 : "
        "les pages la signalent.");
  CHECK(message(DiagnosticCode::link_invalid) ==
        "Lien « www.site.fr » ignoré : seules les adresses http:// ou https:// sont publiées.");
  CHECK(message(DiagnosticCode::departement_unknown).find("Loire-Atlantque") != std::string::npos);
}

TEST_CASE("a table without its title column, or without any header") {
  test::DemoContext demo;
  test::TemporaryFolder folder;
  std::vector<Diagnostic> diagnostics;
  read_practice_table(folder.write("a.csv", "Axe;Type\nRepérage;Outil\n"), "a.csv", *demo.context, diagnostics);
  CHECK(test::summarise(diagnostics) ==
        std::vector<std::string>{"field_missing L1C0 Titre", "field_missing L1C0 Départements", "field_missing L1C0 Résumé"});
  CHECK(diagnostics[1].message ==
        "Colonne obligatoire « Titre » absente de a.csv : aucune ligne de ce tableau ne peut être lue.");
  diagnostics.clear();
  read_practice_table(folder.write("b.csv", "x;y\n1;2\n"), "b.csv", *demo.context, diagnostics);
  CHECK(test::summarise(diagnostics) == std::vector<std::string>{"header_not_found L0C0 "});
}

TEST_CASE("a Markdown practice: front matter fields, HTML body, unknown key, raw HTML neutralised") {
  test::DemoContext demo;
  std::vector<Diagnostic> diagnostics;
  std::optional<Practice> practice = read_practice_markdown_text(
      "---\ntitre: Cellule agricole\ndépartements:\n  - Maine-et-Loire\n  - 44\naxe: maintien en emploi\n"
      "type: Action\nrésumé: Une cellule.\ncouleur: verte\n---\nCorps **gras**.\n\n<script>alert(1)</script>\n",
      "capitalisation/pratiques/cellule-agricole.md", *demo.context, diagnostics);
  CHECK(test::summarise(diagnostics) == std::vector<std::string>{"front_matter_key_unknown L9C1 couleur"});
  REQUIRE(practice);
  CHECK(practice->id == "cellule-agricole");
  CHECK(practice->departements == std::vector<std::string>{"44", "49"});
  CHECK(practice->axis == "maintien-en-emploi");
  CHECK(practice->body_html.find("<strong>gras</strong>") != std::string::npos);
  CHECK(practice->body_html.find("<script") == std::string::npos);
}

TEST_CASE("a Markdown practice with a missing mandatory key is left out, placed on the file") {
  test::DemoContext demo;
  std::vector<Diagnostic> diagnostics;
  CHECK_FALSE(read_practice_markdown_text("---\ntitre: Fiche\ndépartements: 44\naxe: Coordination\ntype: Outil\n---\n",
                                          "f.md", *demo.context, diagnostics));
  CHECK(test::summarise(diagnostics) == std::vector<std::string>{"field_missing L1C0 "});
}
