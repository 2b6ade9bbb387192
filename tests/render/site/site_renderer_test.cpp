// The site of a small project built in the test: the numbers in the cells,
// "s" where secrecy hides a figure and the hidden value nowhere, the
// legends, hostile partner text escaped, the CSV of a table, identical
// bytes from two renders, and no request outside the site.
#include "render/site/site_renderer.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "core/french_format.h"
#include "model/figure_labels.h"
#include "model/secrecy_pass.h"
#include "render/site/site_page.h"
#include "test_folder.h"
#include "test_support.h"

using namespace prith;
namespace fs = std::filesystem;

namespace {

constexpr const char* kIndicators =
    "code;label;unit;definition;source;aggregation;secret;secret_threshold\n"
    "INSCRITS;Inscrits;personnes;Personnes inscrites <b>en fin</b> de trimestre.;france-travail;sum;oui;1000\n"
    "TAUX;Taux de reprise;%;Part des inscrits ayant repris un emploi.;france-travail;sum;non;5\n";

constexpr const char* kSources =
    "code;label;folder;url;secret;secret_threshold\n"
    "france-travail;France <script>alert(1)</script> Travail;france-travail;javascript:alert(2);;\n";

struct SmallSite {
  test::TemporaryFolder folder;
  std::unique_ptr<Project> project;
  std::unique_ptr<Dataset> dataset;
  std::vector<BatchHistory> history;
  std::vector<DataFile> open_data;
  std::vector<AnnexFile> annexes;
  std::optional<std::set<std::int64_t>> published_before;  // the previous publication's batches

  // `site_settings`: more lines of prith.ini's [site] section.
  // `series_breaks`: the lines of series_breaks.csv after its header.
  explicit SmallSite(const std::string& theme = "default", const std::string& region = "52",
                     const std::string& site_settings = "", const std::string& series_breaks = "") {
    if (!series_breaks.empty()) folder.write("series_breaks.csv", "indicator;date;reason\n" + series_breaks);
    folder.write("prith.ini", "[project]\nname = PRITH <i>Test</i>\nregion = " + region +
                                  "\npublication_date = 2026-11-15\n[site]\ntheme = " + theme + "\n" + site_settings);
    folder.write("indicators.csv", kIndicators);
    folder.write("sources.csv", kSources);
    folder.write("territories.csv", test::read_file(test::source_path("config/territories.csv")));
    std::vector<Diagnostic> diagnostics;
    std::string error;
    project = Project::load(folder.path(), diagnostics, error);
    REQUIRE(project != nullptr);

    std::vector<StoredFigure> figures;
    auto add = [&](const char* indicator, const char* territory, const char* period, double value,
                   ObservationStatus status = ObservationStatus::ok) {
      StoredFigure figure;
      figure.indicator = *project->indicators().match(indicator);
      figure.territory = *project->territories().find(TerritoryLevel::departement, territory);
      figure.period = *parse_period(period);
      figure.status = status;
      figure.value = value;
      figure.source = "france-travail";
      figure.file = "france-travail/export.csv";
      figure.read_at = "2026-10-15T09:00:00";
      figures.push_back(figure);
    };
    for (const char* period : {"2025-T2", "2025-T3"}) {
      bool latest = std::string(period) == "2025-T3";
      add("INSCRITS", "44", period, latest ? 5000 : 4900);
      add("INSCRITS", "49", period, 4000.2);
      add("INSCRITS", "53", period, 987.654);  // under the threshold of 1 000: hidden
      add("INSCRITS", "72", period, 3000.2);
      add("INSCRITS", "85", period, 2000.2);
      add("TAUX", "44", period, 12.5);
      add("TAUX", "49", period, 0, ObservationStatus::confidential);  // the partner's "s"
      add("TAUX", "53", period, 0, ObservationStatus::missing);
      add("TAUX", "72", period, 11);
      add("TAUX", "85", period, 9);
    }
    dataset = std::make_unique<Dataset>(Dataset::build(
        figures,
        ModelCatalogues{project->territories(), project->indicators(), project->series_breaks(), region},
        diagnostics, {secrecy_pass()}));
  }

  SiteInputs inputs() const {
    fs::path source(PRITH_SOURCE_DIR);
    SiteInputs inputs{*project, *dataset, history, open_data, annexes,
                      source / "templates", source / "assets", source / "node_modules"};
    if (published_before) inputs.published_before = &*published_before;
    return inputs;
  }

  // Renders into `name` under the test folder; returns every written file by relative path.
  std::map<std::string, std::string> render(const std::string& name, std::vector<DataFile>* tables = nullptr) {
    OutputFolder out(folder.path() / name);
    std::vector<DataFile> written = render_site(inputs(), out);
    if (tables) *tables = written;
    std::map<std::string, std::string> files;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(out.root()))
      if (entry.is_regular_file())
        files[fs::relative(entry.path(), out.root()).generic_string()] = test::read_file(entry.path().string());
    return files;
  }
};

// The text of the first <td> after the row header `label` in `html`.
std::string cell_after(const std::string& html, const std::string& label, std::size_t from = 0) {
  std::size_t row = html.find("<th scope=\"row\">" + label + "</th>", from);
  if (row == std::string::npos) return "<no row " + label + ">";
  std::size_t cell = html.find('>', html.find("<td", row)) + 1;
  return html.substr(cell, html.find('<', cell) - cell);
}

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

TEST_CASE("a territory page shows each figure in its cell, and s with its legend where secrecy hides one") {
  SmallSite site;
  std::map<std::string, std::string> files = site.render("site");
  REQUIRE(files.count("territoires/departement-44.html"));
  const std::string& loire_atlantique = files["territoires/departement-44.html"];
  CHECK(cell_after(loire_atlantique, "Inscrits") == "5\u00a0000");
  CHECK(loire_atlantique.find("<html lang=\"fr\"") != std::string::npos);
  CHECK(loire_atlantique.find("data-pagefind-body") != std::string::npos);
  CHECK(loire_atlantique.find("Accessibilité : partiellement conforme") != std::string::npos);

  const std::string& mayenne = files["territoires/departement-53.html"];
  CHECK(cell_after(mayenne, "Inscrits") == "s");
  CHECK(mayenne.find(std::string(kSecretLegend).substr(0, 40)) != std::string::npos);
  CHECK(cell_after(mayenne, "Taux de reprise") == "n.d.");
  CHECK(mayenne.find(std::string(kMissingLegend)) != std::string::npos);
  // On every page, the legend is there exactly when "s" or "n.d." is shown.
  std::string secret_legend = std::string(kSecretLegend).substr(0, 40);
  for (const auto& [path, bytes] : files) {
    if (!ends_with(path, ".html")) continue;
    INFO(path);
    bool shows_secret = bytes.find(">s<") != std::string::npos || bytes.find(">s (") != std::string::npos;
    CHECK(shows_secret == (bytes.find(secret_legend) != std::string::npos));
    CHECK((bytes.find(">n.d.<") != std::string::npos) == (bytes.find(std::string(kMissingLegend)) != std::string::npos));
  }
  CHECK(files["territoires/departement-49.html"].find(">s<") != std::string::npos);

  // The hidden value (987.654 persons in Mayenne) reaches no file at all:
  // pages, CSV, SVG or PNG (no chart coordinate reaches 987: charts are 800 × 400).
  for (const auto& [path, bytes] : files) {
    INFO(path);
    CHECK(bytes.find("987,7") == std::string::npos);
    CHECK(bytes.find("987,6") == std::string::npos);
    CHECK(bytes.find("987.6") == std::string::npos);
    CHECK(bytes.find("987.7") == std::string::npos);
  }
}

TEST_CASE("the indicator page and the home page show the région's figures and link every page") {
  SmallSite site;
  std::map<std::string, std::string> files = site.render("site");
  for (const char* page : {"index.html", "indicateurs/INSCRITS.html", "indicateurs/TAUX.html",
                           "sources/france-travail.html", "fiches/departement-44.html", "territoires/region-52.html",
                           "methodologie.html", "donnees.html", "accessibilite.html", "mentions-legales.html",
                           "plan-du-site.html", "recherche.html"}) {
    INFO(page);
    CHECK(files.count(page) == 1);
  }
  const std::string& indicator = files["indicateurs/INSCRITS.html"];
  CHECK(indicator.find("Personnes inscrites &lt;b&gt;en fin&lt;/b&gt; de trimestre.") != std::string::npos);
  CHECK(indicator.find("<figure") != std::string::npos);
  CHECK(indicator.find("Télécharger l'image (PNG)") != std::string::npos);
  CHECK(files.count("graphiques/indicateur-inscrits-1.png") == 1);
  const std::string& search = files["recherche.html"];
  CHECK(search.find("<div id=\"recherche\"") != std::string::npos);
  CHECK(search.find("assets/js/recherche.js") != std::string::npos);
  CHECK(search.find("plan-du-site.html") != std::string::npos);
  CHECK(files["index.html"].find("recherche.js") == std::string::npos);
  CHECK(files["fiches/departement-44.html"].find("assets/css/impression.css") != std::string::npos);
  CHECK(files["assets/css/impression.css"].find("size: A4") != std::string::npos);
}

TEST_CASE("hostile partner text is escaped and only http(s) addresses become links") {
  SmallSite site;
  std::map<std::string, std::string> files = site.render("site");
  for (const auto& [path, bytes] : files) {
    if (!ends_with(path, ".html")) continue;
    INFO(path);
    CHECK(bytes.find("<script>alert") == std::string::npos);
    CHECK(bytes.find("<i>Test</i>") == std::string::npos);
    CHECK(bytes.find("href=\"javascript:") == std::string::npos);
  }
  const std::string& source = files["sources/france-travail.html"];
  CHECK(source.find("France &lt;script&gt;alert(1)&lt;/script&gt; Travail") != std::string::npos);
  CHECK(source.find("javascript:alert(2)") != std::string::npos);  // shown as text, not as a link
}

TEST_CASE("each table is a CSV beside it: numbers plain, s for secret, empty for missing, a status column") {
  SmallSite site;
  std::vector<DataFile> tables;
  std::map<std::string, std::string> files = site.render("site", &tables);
  REQUIRE(files.count("donnees/tableaux/departement-53-1.csv"));
  const std::string& csv = files["donnees/tableaux/departement-53-1.csv"];
  CHECK(csv.rfind("indicateur,indicateur_code,unite,valeur,valeur_statut,evolution_trimestre,evolution_trimestre_statut,",
                  0) == 0);
  CHECK(csv.find("\nInscrits,INSCRITS,personnes,s,secret,") != std::string::npos);
  CHECK(csv.find("\nTaux de reprise,TAUX,%,,non disponible,") != std::string::npos);
  const std::string& loire = files["donnees/tableaux/departement-44-1.csv"];
  CHECK(loire.find("\nInscrits,INSCRITS,personnes,5000,,2,,") != std::string::npos);  // +2 % over a quarter
  CHECK(files["territoires/departement-53.html"].find("href=\"../donnees/tableaux/departement-53-1.csv\"") !=
        std::string::npos);
  bool described = false;
  for (const DataFile& table : tables)
    if (table.path == "donnees/tableaux/departement-53-1.csv") {
      described = true;
      REQUIRE(table.columns.size() >= 3);
      CHECK(table.columns[0].name == "indicateur");
      CHECK(table.columns[1].name == "indicateur_code");
      CHECK(table.columns[2].name == "unite");
      CHECK(table.columns[3].name == "valeur");
      CHECK(table.columns[3].type == "number");  // review item 13: was "string"
      CHECK(table.columns[4].name == "valeur_statut");
      CHECK(!table.columns[3].description.empty());
    }
  CHECK(described);
  CHECK(files["donnees.html"].find("donnees/tableaux/departement-53-1.csv") != std::string::npos);
}

TEST_CASE("a table shown on a page and on its printable sheet is one CSV, listed once") {
  SmallSite site;
  std::vector<DataFile> tables;
  std::map<std::string, std::string> files = site.render("site", &tables);
  const std::string& sheet = files["fiches/departement-53.html"];
  CHECK(sheet.find("href=\"../donnees/tableaux/departement-53-1.csv\"") != std::string::npos);
  std::size_t sheet_files = 0, listed = 0;
  for (const auto& [path, bytes] : files) sheet_files += path.rfind("donnees/tableaux/fiche-", 0) == 0;
  for (const DataFile& table : tables) listed += table.path == "donnees/tableaux/departement-53-1.csv";
  CHECK(sheet_files == 0);
  CHECK(listed == 1);
}

TEST_CASE("two renders write identical bytes, and no page requests anything outside the site") {
  SmallSite site;
  std::map<std::string, std::string> first = site.render("first");
  std::map<std::string, std::string> second = site.render("second");
  REQUIRE(first.size() == second.size());
  for (const auto& [path, bytes] : first) {
    INFO(path);
    CHECK(second[path] == bytes);
  }
  // Links (<a href>) may lead elsewhere (the Défenseur des droits); nothing is loaded from there.
  std::regex resource(R"((src="|<link [^>]*href=")(https?:|//|/))");
  std::regex stylesheet(R"(url\((["']?)(https?:|//))");
  for (const auto& [path, bytes] : first) {
    INFO(path);
    if (ends_with(path, ".html")) {
      // The only absolute addresses are links to partners' sites (none here).
      CHECK_FALSE(std::regex_search(bytes, resource));
      CHECK(bytes.find("Content-Security-Policy") != std::string::npos);
      CHECK(bytes.find("unsafe-inline") == std::string::npos);
      CHECK(bytes.find(" style=\"") == std::string::npos);
      CHECK(bytes.find("<script>") == std::string::npos);
    }
    if (ends_with(path, ".css")) CHECK_FALSE(std::regex_search(bytes, stylesheet));
  }
  // The default theme carries no State brand element nor its typefaces.
  CHECK(first["index.html"].find("République") == std::string::npos);
  CHECK(first["assets/dsfr/dsfr.min.css"].find("Marianne") == std::string::npos);
  CHECK(first.count("assets/fonts/DejaVuSans.ttf") == 1);
  for (const auto& [path, bytes] : first) CHECK(path.find("Marianne") == std::string::npos);
}

TEST_CASE("the dsfr theme carries the State brand block and Marianne, and DejaVu for the charts") {
  SmallSite site("dsfr");
  std::map<std::string, std::string> files = site.render("site");
  CHECK(files["index.html"].find("République<br>Française") != std::string::npos);
  CHECK(files["index.html"].find("theme-default.css") == std::string::npos);
  CHECK(files["assets/dsfr/dsfr.min.css"].find("Marianne") != std::string::npos);
  CHECK(files.count("assets/dsfr/fonts/Marianne-Regular.woff2") == 1);
  // The charts' SVG declares DejaVu Sans: the dsfr theme serves it too.
  CHECK(files.count("assets/fonts/DejaVuSans.ttf") == 1);
  CHECK(files["assets/css/site.css"].find("url(\"../fonts/DejaVuSans.ttf\")") != std::string::npos);
}

TEST_CASE("a project without a région publishes France's page and charts the country") {
  SmallSite site("default", "");
  std::map<std::string, std::string> files = site.render("site");
  REQUIRE(files.count("territoires/pays-FR.html") == 1);
  CHECK(files.count("territoires/region-52.html") == 1);
  CHECK(cell_after(files["territoires/pays-FR.html"], "Taux de reprise") != "<no row Taux de reprise>");
  CHECK(files["index.html"].find("France : chiffres clés au T3 2025") != std::string::npos);
}

TEST_CASE("the legal notice and the accessibility statement name who publishes, hosts and answers ([site] of prith.ini)") {
  SmallSite site("default", "52",
                 "title = Emploi et handicap <b>test</b>\nlogo = logo-partenariat.png\ncontact = prith@exemple.fr\n"
                 "directeur_publication = Marie Durand, directrice régionale\nhebergeur = Hébergeur SA\n"
                 "hebergeur_adresse = 1 rue de l’Exemple, 44000 Nantes\n");
  site.folder.write("logo-partenariat.png", "PNG bytes of the partnership's logo");
  std::map<std::string, std::string> files = site.render("site");
  const std::string& legal = files["mentions-legales.html"];
  CHECK(legal.find("Marie Durand, directrice régionale") != std::string::npos);
  CHECK(legal.find("hébergé par Hébergeur SA, 1 rue de l’Exemple, 44000 Nantes.") != std::string::npos);
  CHECK(legal.find("<a href=\"mailto:prith@exemple.fr\">prith@exemple.fr</a>") != std::string::npos);
  const std::string& accessibility = files["accessibilite.html"];
  CHECK(accessibility.find("<a href=\"mailto:prith@exemple.fr\">") != std::string::npos);
  CHECK(accessibility.find("établie le 15 novembre 2026") != std::string::npos);
  CHECK(accessibility.find("Contenus non accessibles") != std::string::npos);
  CHECK(accessibility.find("href=\"https://formulaire.defenseurdesdroits.fr/\"") != std::string::npos);
  CHECK(accessibility.find("Libre réponse 71120, 75342 Paris CEDEX 07") != std::string::npos);
  // [site] title heads every page; [site] logo replaces the generic icon.
  const std::string& home = files["index.html"];
  CHECK(home.find("<p class=\"fr-header__service-title\">Emploi et handicap &lt;b&gt;test&lt;/b&gt;</p>") != std::string::npos);
  CHECK(home.find("— Emploi et handicap &lt;b&gt;test&lt;/b&gt;</title>") != std::string::npos);
  CHECK(home.find("src=\"assets/img/logo-partenariat.png\"") != std::string::npos);
  CHECK(home.find("logo-prith.svg") == std::string::npos);
  CHECK(files["assets/img/logo-partenariat.png"] == "PNG bytes of the partnership's logo");
  CHECK(files["territoires/departement-44.html"].find("src=\"../assets/img/logo-partenariat.png\"") != std::string::npos);
}

TEST_CASE("without those settings the legal notice says which key is missing, and a missing logo stops the build") {
  SmallSite site;
  std::map<std::string, std::string> files = site.render("site");
  CHECK(files["mentions-legales.html"].find("Non renseigné (clé <code>directeur_publication</code> de prith.ini)") !=
        std::string::npos);
  CHECK(files["index.html"].find("<p class=\"fr-header__service-title\">PRITH &lt;i&gt;Test&lt;/i&gt;</p>") !=
        std::string::npos);
  SmallSite without_logo("default", "52", "logo = absent.svg\n");
  CHECK_THROWS_AS(without_logo.render("site"), std::runtime_error);
}

TEST_CASE("breadcrumbs follow the territories and the indicators; French wording of territory pages") {
  SmallSite site;
  std::map<std::string, std::string> files = site.render("site");
  const std::string& mayenne = files["territoires/departement-53.html"];
  CHECK(mayenne.find("<a class=\"fr-breadcrumb__link\" href=\"../territoires/region-52.html\">Pays de la Loire</a>") !=
        std::string::npos);
  CHECK(mayenne.find("fr-breadcrumb__link\" href=\"../plan-du-site.html\"") == std::string::npos);
  CHECK(mayenne.find("<span class=\"niveau\">(département)</span>") != std::string::npos);
  CHECK(mayenne.find("Mayenne : chiffres clés au T3 2025</caption>") != std::string::npos);
  CHECK(mayenne.find("Part dans la région") != std::string::npos);
  CHECK(mayenne.find("Rang (1 = la plus forte valeur)") != std::string::npos);
  CHECK(files["territoires/region-52.html"].find("Part dans la région") == std::string::npos);
  // The other territories: the région and the other départements, not the page itself.
  std::string others = mayenne.substr(mayenne.find("<h2 id=\"autres\">"));
  CHECK(others.find("href=\"../territoires/region-52.html\">Pays de la Loire</a>") != std::string::npos);
  CHECK(others.find("href=\"../territoires/departement-44.html\"") != std::string::npos);
  CHECK(others.find("departement-53.html") == std::string::npos);
  const std::string& sheet = files["fiches/departement-53.html"];
  CHECK(sheet.find("href=\"../territoires/region-52.html\">Pays de la Loire</a>") != std::string::npos);
  CHECK(sheet.find("href=\"../territoires/departement-53.html\">Mayenne</a>") != std::string::npos);
  const std::string& indicator = files["indicateurs/INSCRITS.html"];
  CHECK(indicator.find("<a class=\"fr-breadcrumb__link\" href=\"../plan-du-site.html#indicateurs\">Indicateurs</a>") !=
        std::string::npos);
  CHECK(files["plan-du-site.html"].find("<li id=\"indicateurs\">") != std::string::npos);
  CHECK(files["index.html"].find("<caption>Pays de la Loire : chiffres clés au T3 2025</caption>") != std::string::npos);
}

TEST_CASE("the home page and the source page say which partner sent which quarters, without file paths or jargon") {
  SmallSite site;
  BatchHistory batch;
  batch.file = "france-travail/export.csv";
  batch.source = "france-travail";
  batch.read_at = "2026-10-15T09:00:00";
  batch.observations = 20;
  site.history.push_back(batch);
  std::map<std::string, std::string> files = site.render("site");
  const std::string& home = files["index.html"];
  CHECK(home.find("</strong> : chiffres des trimestres T2 2025 et T3 2025 transmis (reçus le 15 octobre 2026).") !=
        std::string::npos);
  CHECK(home.find("france-travail/export.csv") == std::string::npos);
  CHECK(home.find("nouveau lot") == std::string::npos);
  CHECK(home.find("observation") == std::string::npos);
  const std::string& source = files["sources/france-travail.html"];
  CHECK(source.find("<th scope=\"row\">export.csv</th><td>15 octobre 2026</td><td>T2 2025, T3 2025</td><td>premier envoi de ces chiffres</td>") !=
        std::string::npos);
  CHECK(source.find("observation") == std::string::npos);
}

TEST_CASE("the home page tells what changed since the previous publication, read on whatever day") {
  SmallSite site;
  auto batch = [](std::int64_t id, const char* file, const char* source, const char* read_at) {
    BatchHistory made;
    made.id = id;
    made.file = file;
    made.source = source;
    made.read_at = read_at;
    made.observations = 4;
    return made;
  };
  site.history = {batch(1, "france-travail/export.csv", "france-travail", "2026-10-15T09:00:00"),
                  batch(2, "mdph/mdph-44.csv", "mdph", "2026-10-20T09:00:00"),
                  batch(3, "mdph/mdph-49.csv", "mdph", "2026-11-02T09:00:00")};
  site.published_before = std::set<std::int64_t>{1};
  std::string home = site.render("depuis")["index.html"];
  CHECK(home.find("(reçus le 20 octobre 2026).") != std::string::npos);
  CHECK(home.find("(reçus le 2 novembre 2026).") != std::string::npos);
  CHECK(home.find("15 octobre 2026") == std::string::npos);

  // Without the previous publication's record: the latest reading day only.
  site.published_before.reset();
  home = site.render("sans-trace")["index.html"];
  CHECK(home.find("(reçus le 2 novembre 2026).") != std::string::npos);
  CHECK(home.find("20 octobre 2026") == std::string::npos);

  // Everything already published: nothing new.
  site.published_before = std::set<std::int64_t>{1, 2, 3};
  home = site.render("rien")["index.html"];
  CHECK(home.find("Aucun nouvel envoi des partenaires.") != std::string::npos);
  CHECK(home.find("reçus le") == std::string::npos);
}

TEST_CASE("a partner that sent one file per département is one line of the home page, with its number of files") {
  SmallSite site;
  for (const char* departement : {"44", "49", "53"}) {
    BatchHistory batch;
    batch.file = std::string("mdph/mdph-") + departement + ".csv";
    batch.source = "mdph";
    batch.read_at = "2026-10-15T09:00:00";
    batch.observations = 4;
    site.history.push_back(batch);
  }
  std::map<std::string, std::string> files = site.render("site");
  std::string home = files["index.html"];
  const std::string line = "</strong> : chiffres transmis (3 fichiers reçus le 15 octobre 2026).";
  REQUIRE(home.find(line) != std::string::npos);
  CHECK(home.find(line, home.find(line) + 1) == std::string::npos);
  CHECK(home.find("<li><strong>") == home.rfind("<li><strong>"));

  // Revisions and refusals are told file by file: their counts are each file's.
  for (BatchHistory& batch : site.history) batch.revision = true;
  home = site.render("revisions")["index.html"];
  std::size_t lines = 0;
  for (std::size_t at = home.find("</strong> : chiffres révisés ("); at != std::string::npos;
       at = home.find("</strong> : chiffres révisés (", at + 1))
    ++lines;
  CHECK(lines == 3);
  CHECK(home.find("fichiers reçus") == std::string::npos);
}

TEST_CASE("two tables with the same bytes but different captions are two CSVs") {
  SmallSite site;
  test::TemporaryFolder out_folder;
  OutputFolder out(out_folder.path() / "site");
  SiteInputs inputs = site.inputs();
  TemplateSet templates(inputs.templates_folder);
  ChartRenderer charts(out, 0);
  SiteContext context{inputs, out, templates, charts, {}, {}};
  auto empty_table = [](const std::string& caption) {
    SiteTable table;
    table.caption = caption;
    table.row_header = {"Territoire", "territoire", "Nom du territoire"};
    table.columns.push_back({"T3 2025", "2025-T3", "T3 2025"});
    table.rows.push_back({"Mayenne", {text_cell("")}});
    return table;
  };
  std::string first = context.table_file(empty_table("Inscrits en Mayenne"), "a-1", "Page A");
  CHECK(context.table_file(empty_table("Inscrits en Mayenne"), "b-1", "Page B") == first);
  CHECK(context.table_file(empty_table("Taux en Mayenne"), "a-2", "Page A") == "donnees/tableaux/a-2.csv");
  CHECK(context.tables.size() == 2);
}

TEST_CASE("the methodology gives each indicator's secrecy threshold; the data page its licence, formats and sizes") {
  SmallSite site("default", "52", "", "INSCRITS;2025-07-01;Réforme <b>des inscriptions</b>\n");
  site.open_data.push_back(DataFile{"donnees/chiffres.csv", "Tous les chiffres publiés", "Un chiffre par ligne.", {}});
  site.annexes.push_back(AnnexFile{"annexes/annexe-52.xlsx", "Annexe régionale, T3 2025", "52", true, ""});
  site.annexes.push_back(AnnexFile{"annexes/annexe-53.xlsx", "Annexe de la Mayenne, T3 2025", "53", false, ""});
  std::map<std::string, std::string> files = site.render("site");
  const std::string& methodology = files["methodologie.html"];
  CHECK(methodology.find("<li>Inscrits : « s » en dessous de 1000 (seuil de l’indicateur)</li>") != std::string::npos);
  CHECK(methodology.find("<li>Taux de reprise : aucun secret statistique, tous les chiffres sont publiés</li>") !=
        std::string::npos);
  // The declared series breaks, even on a page that shows no figure.
  CHECK(methodology.find("<li><strong>Inscrits, à partir du T3 2025</strong> : Réforme &lt;b&gt;des inscriptions&lt;/b&gt;</li>") !=
        std::string::npos);
  CHECK(methodology.find("Aucune rupture de série") == std::string::npos);
  CHECK(SmallSite().render("sans-rupture")["methodologie.html"].find("Aucune rupture de série n’est déclarée.") !=
        std::string::npos);
  const std::string& data = files["donnees.html"];
  CHECK(data.find("<a href=\"https://www.etalab.gouv.fr/licence-ouverte-open-licence/\">Licence Ouverte / Open Licence version 2.0 (Etalab)</a>") !=
        std::string::npos);
  CHECK(data.find("<a href=\"donnees/datapackage.json\" download>datapackage.json</a>") != std::string::npos);
  CHECK(data.find("Tous les chiffres publiés</a> (CSV)") != std::string::npos);
  CHECK(data.find("Annexe régionale, T3 2025</a> (Excel (.xlsx))") != std::string::npos);
  // A table written by the pages: its size, in French units.
  std::size_t bytes = files["donnees/tableaux/departement-53-1.csv"].size();
  std::string size = bytes < 1024 ? format_number_fr(static_cast<double>(bytes), 0) + "\u00a0octets"
                                  : format_number_fr(static_cast<double>((bytes + 512) / 1024), 0) + "\u00a0ko";
  CHECK(data.find("(CSV, " + size + ") <span class=\"chemin\">(donnees/tableaux/departement-53-1.csv)") != std::string::npos);
  // The indicator pages link the annexes, the regional one first.
  const std::string& indicator = files["indicateurs/INSCRITS.html"];
  std::size_t regional = indicator.find("href=\"../annexes/annexe-52.xlsx\" download>Annexe régionale, T3 2025 (Excel)");
  std::size_t mayenne = indicator.find("href=\"../annexes/annexe-53.xlsx\" download>Annexe de la Mayenne, T3 2025 (Excel)");
  CHECK(regional != std::string::npos);
  CHECK(mayenne != std::string::npos);
  CHECK(regional < mayenne);
}

// Review items 1, 3, 4 and 22 on the pages themselves.
TEST_CASE("a département's charts show it alone; its table keeps the région beside it") {
  SmallSite site;
  std::map<std::string, std::string> files = site.render("site");
  const std::string& page = files["territoires/departement-44.html"];
  std::size_t figure = page.find("<figure class=\"graphique\"");
  REQUIRE(figure != std::string::npos);
  std::string chart = page.substr(figure, page.find("</figure>", figure) - figure);
  CHECK(chart.find("<title id=\"g1-title\">Inscrits : Loire-Atlantique, 2 derniers trimestres</title>") !=
        std::string::npos);
  CHECK(chart.find("Pays de la Loire") == std::string::npos);  // one series, no région legend
  CHECK(chart.find("#C47A00") == std::string::npos);           // the second series' colour
  std::size_t details = page.find("<details class=\"donnees-graphique\">", figure);
  REQUIRE(details != std::string::npos);
  CHECK(cell_after(page, "Pays de la Loire", details) == "14\u00a0888,3");  // T2 2025, the région
}

TEST_CASE("tables print rates with their unit and one decimal") {
  SmallSite site;
  std::map<std::string, std::string> files = site.render("site");
  CHECK(cell_after(files["territoires/departement-72.html"], "Taux de reprise") == "11,0\u00a0%");
  CHECK(cell_after(files["territoires/departement-44.html"], "Taux de reprise") == "12,5\u00a0%");
}

TEST_CASE("the comparison table has indicators as rows, territories as columns, the page's own highlighted") {
  SmallSite site;
  std::map<std::string, std::string> files = site.render("site");
  const std::string& page = files["territoires/departement-72.html"];
  std::size_t section = page.find("<h2 id=\"comparaison\">");
  REQUIRE(section != std::string::npos);
  std::string table = page.substr(section, page.find("</table>", section) - section);
  CHECK(table.find("<th scope=\"col\">Indicateur</th><th scope=\"col\" class=\"nombre\">Pays de la Loire</th>") !=
        std::string::npos);
  CHECK(table.find("<th scope=\"col\" class=\"nombre courant\">Sarthe</th>") != std::string::npos);
  CHECK(table.find("<th scope=\"row\">Inscrits</th>") != std::string::npos);
  CHECK(table.find("<th scope=\"row\">Taux de reprise</th>") != std::string::npos);
  CHECK(table.find("<td class=\"nombre courant\">11,0\u00a0%</td>") != std::string::npos);
  CHECK(table.find("<th scope=\"row\">Sarthe</th>") == std::string::npos);
}

TEST_CASE("a chart's title is said once on the page, and a caption under a heading saying the same is not shown") {
  SmallSite site;
  std::map<std::string, std::string> files = site.render("site");
  const std::string& page = files["territoires/departement-44.html"];
  CHECK(page.find("<figcaption><strong>") == std::string::npos);
  CHECK(page.find("<figcaption>Au T3 2025, 5\u00a0000 inscrits en Loire-Atlantique") != std::string::npos);
  CHECK(page.find("<caption class=\"legende-masquee\">Comparaison des territoires au T3 2025</caption>") !=
        std::string::npos);
  const std::string& sheet = files["fiches/departement-44.html"];
  CHECK(sheet.find("<caption class=\"legende-masquee\">") == std::string::npos);  // no h2 on the sheet
}
