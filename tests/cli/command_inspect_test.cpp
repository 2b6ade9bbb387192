#include <doctest/doctest.h>

#include <sstream>

#include "cli/commands.h"
#include "test_folder.h"

using namespace prith;

namespace {

// A project with the demo's settings and catalogues, and one export.
struct InspectProject {
  test::TemporaryFolder folder;
  std::string root = (folder.path() / "projet").string();
  InspectProject() {
    std::ostringstream out, err;
    REQUIRE(run_init({root}, out, err) == kExitClean);
  }
};

}  // namespace

TEST_CASE("inspect --json prints exactly the documented document") {
  InspectProject project;
  std::string file = project.folder.write(
      "aides.csv",
      "Département;Trimestre;Indicateur;Valeur;Commentaire\n"
      "44;2025T3;Nombre d'aides accordées;1 234;\n"
      "Mayenne;2025T3;Nombre d'aides accordées;s;petit effectif\n"
      "Loire-Atlantque;2025T3;Nombre d'aides accordées;3;\n");
  std::ostringstream out, err;
  int status = run_inspect({file, "--project", project.root, "--json"}, out, err);
  CHECK(status == kExitDataErrors);
  std::string expected =
      "{\"files\":[{\"file\":\"" + file + "\",\"format\":\"csv\",\"refused\":null,\"observations\":["
      "{\"territory\":\"44\",\"level\":\"departement\",\"period\":\"2025-T3\",\"indicator\":\"AIDES_AGEFIPH\","
      "\"breakdown\":\"\",\"value\":1234,\"status\":\"ok\",\"at\":{\"line\":2,\"column\":4}},"
      "{\"territory\":\"53\",\"level\":\"departement\",\"period\":\"2025-T3\",\"indicator\":\"AIDES_AGEFIPH\","
      "\"breakdown\":\"\",\"value\":null,\"status\":\"confidential\",\"at\":{\"line\":3,\"column\":4},\"comment\":\"petit effectif\"}"
      "],\"diagnostics\":[";
  CHECK(out.str().substr(0, expected.size()) == expected);
  CHECK(out.str().find("{\"severity\":\"error\",\"code\":\"territory_unknown\",\"line\":4,\"column\":1,"
                       "\"sheet\":null,\"cell\":null,\"value\":\"Loire-Atlantque\",\"message\":\"Territoire inconnu") !=
        std::string::npos);
}

TEST_CASE("inspect without --json speaks French") {
  InspectProject project;
  std::string file = project.folder.write("aides.csv",
                                          "Département;Trimestre;Indicateur;Valeur\n"
                                          "44;2025T3;Nombre d'aides accordées;1 234\n");
  std::ostringstream out, err;
  CHECK(run_inspect({file, "--project", project.root}, out, err) == kExitClean);
  CHECK(out.str().find("ligne 2, colonne 4 : 44 Loire-Atlantique, 2025-T3, AIDES_AGEFIPH = 1\xC2\xA0" "234") !=
        std::string::npos);
}

TEST_CASE("inspect --table prints the raw table as RFC 4180 CSV") {
  test::TemporaryFolder folder;
  std::string file = folder.write("brut.csv", "Titre de l'export\n\na;b\n\"x;y\";\"dit \"\"oui\"\"\"\n");
  std::ostringstream out, err;
  CHECK(run_inspect({file, "--table"}, out, err) == kExitClean);
  // The title line is left out; the delimiter becomes a comma, so x;y needs no quotes.
  CHECK(out.str() == "a,b\nx;y,\"dit \"\"oui\"\"\"\n");
  CHECK(err.str().find("rows_outside_table") != std::string::npos);
}

TEST_CASE("inspect --table of an empty file prints an empty table and a warning") {
  test::TemporaryFolder folder;
  std::string file = folder.write("vide.csv", "");
  std::ostringstream out, err;
  CHECK(run_inspect({file, "--table"}, out, err) == kExitClean);
  CHECK(out.str() == "");
  CHECK(err.str() == "avertissement · empty_file : Le fichier est vide : le tableau écrit est vide.\n");
}

TEST_CASE("inspect --table writes the first of two tables and names the second") {
  test::TemporaryFolder folder;
  std::string file = folder.write("deux.csv", "a;b;c\n1;2;3\na;b;c\n4;5;6\n");
  std::ostringstream out, err;
  CHECK(run_inspect({file, "--table"}, out, err) == kExitClean);
  CHECK(out.str() == "a,b,c\n1,2,3\n");
  CHECK(err.str().find("avertissement · ligne 3 · second_table : Autre tableau, lignes 3 à 4 : son "
                       "en-tête (3 colonnes) reprend celui de la ligne 1, suivi de 1 ligne ; seul le "
                       "premier tableau est écrit.\n") != std::string::npos);
}

TEST_CASE("inspect of a missing file says so and goes on with the others") {
  InspectProject project;
  std::string good = project.folder.write("ok.csv", "Département;Trimestre;Indicateur;Valeur\n44;2025T3;DEBOE;5\n");
  std::ostringstream out, err;
  CHECK(run_inspect({(project.folder.path() / "absent.csv").string(), good, "--project", project.root, "--json"}, out,
                    err) == kExitDataErrors);
  CHECK(out.str().find("\"refused\":{\"code\":\"file_unreadable\"") != std::string::npos);
  CHECK(out.str().find("\"indicator\":\"DEBOE\",\"breakdown\":\"\",\"value\":5") != std::string::npos);
}

TEST_CASE("inspect prints catalogue errors on stderr and counts them in its exit code, as check does") {
  InspectProject project;
  std::filesystem::remove(std::filesystem::path(project.root) / "indicators.csv");
  std::string file = project.folder.write(
      "aides.csv",
      "Département;Trimestre;Indicateur;Valeur\n"
      "44;2025T3;Nombre d'aides accordées;1 234\n");
  std::ostringstream out, err;
  CHECK(run_inspect({file, "--project", project.root}, out, err) == kExitDataErrors);
  CHECK(err.str().find("erreur · catalogue_invalid : Catalogue « indicators.csv » introuvable dans le projet") !=
        std::string::npos);
  CHECK(out.str().find("1 observation") != std::string::npos);  // the default catalogue stood in
  std::ostringstream check_out, check_err;
  CHECK(run_check({project.root}, check_out, check_err) == kExitDataErrors);
}
