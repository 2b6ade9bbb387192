#include "capitalisation/front_matter.h"

#include <doctest/doctest.h>

using namespace prith;

TEST_CASE("front matter: keys, values, lists and the body") {
  std::vector<Diagnostic> diagnostics;
  MarkdownDocument document = parse_markdown_document(
      "---\ntitre: Job dating\n# a comment\n\npartenaires:\n  - Cap emploi 44\n  - \"France Travail\"\n"
      "contact: 'Service: entreprises'\n---\nCorps **gras**.\n",
      "fiche.md", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(document.readable);
  REQUIRE(document.entries.size() == 3);
  CHECK(document.entries[0].key == "titre");
  CHECK(document.entries[0].value == "Job dating");
  CHECK(document.entries[0].line == 2);
  CHECK(document.entries[1].key == "partenaires");
  CHECK(document.entries[1].items == std::vector<std::string>{"Cap emploi 44", "France Travail"});
  CHECK(document.entries[2].value == "Service: entreprises");
  CHECK(document.body == "Corps **gras**.\n");
  CHECK(document.body_line == 10);
}

TEST_CASE("front matter: BOM and CRLF are accepted") {
  std::vector<Diagnostic> diagnostics;
  MarkdownDocument document =
      parse_markdown_document("\xEF\xBB\xBF---\r\ntitre: Fiche\r\n---\r\nTexte\r\n", "fiche.md", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(document.readable);
  CHECK(document.entries.at(0).value == "Fiche");
  CHECK(document.body == "Texte\n");
}

TEST_CASE("front matter: missing or unclosed header refuses the file") {
  std::vector<Diagnostic> diagnostics;
  CHECK_FALSE(parse_markdown_document("titre: Fiche\n", "a.md", diagnostics).readable);
  CHECK_FALSE(parse_markdown_document("---\ntitre: Fiche\nTexte\n", "b.md", diagnostics).readable);
  CHECK_FALSE(parse_markdown_document("", "c.md", diagnostics).readable);
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].code == DiagnosticCode::front_matter_invalid);
  CHECK(diagnostics[0].message == "a.md ne commence pas par un en-tête « --- » : le fichier est ignoré.");
  CHECK(diagnostics[1].message == "En-tête de b.md jamais refermé par une ligne « --- » : le fichier est ignoré.");
  CHECK(diagnostics[1].place.line == 1);
}

TEST_CASE("front matter: a bad line is reported on its line and skipped") {
  std::vector<Diagnostic> diagnostics;
  MarkdownDocument document =
      parse_markdown_document("---\ntitre: Fiche\nune phrase sans deux-points\n- orphelin\n---\n", "f.md", diagnostics);
  CHECK(document.readable);
  CHECK(document.entries.size() == 1);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].place.line == 3);
  CHECK(diagnostics[0].severity == Severity::error);
  CHECK(diagnostics[0].message ==
        "Ligne « une phrase sans deux-points » de l'en-tête : ni « clé: valeur » ni « - élément », ignorée.");
  // "- orphelin" follows a key with a value: a list item without a list key.
  CHECK(diagnostics[1].place.line == 4);
  CHECK(diagnostics[1].message ==
        "Élément de liste « - orphelin » sans clé au-dessus (« clé: » seule sur sa ligne) : ignoré.");
  CHECK(document.entries[0].items.empty());
}
