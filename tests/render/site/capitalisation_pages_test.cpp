// The capitalisation pages of a small site: the right practices in each
// filtered list, related practices, a late action said in words, an
// experiment's secret cell shown "s" with its value nowhere, and the links
// both ways.
#include "render/site/capitalisation_pages.h"

#include <doctest/doctest.h>

#include <map>
#include <regex>

#include "../capitalisation_sample.h"
#include "model/figure_labels.h"
#include "render/site/site_renderer.h"

using namespace prith;
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> render(test::CapitalisationSample& sample, const std::string& name,
                                          const Capitalisation* content) {
  fs::path source(PRITH_SOURCE_DIR);
  std::vector<BatchHistory> history;
  std::vector<DataFile> open_data;
  std::vector<AnnexFile> annexes;
  SiteInputs inputs{*sample.project, *sample.dataset, history, open_data, annexes,
                    source / "templates", source / "assets", source / "node_modules", content};
  OutputFolder out(sample.folder.path() / name);
  render_site(inputs, out);
  std::map<std::string, std::string> files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(out.root()))
    if (entry.is_regular_file())
      files[fs::relative(entry.path(), out.root()).generic_string()] = test::read_file(entry.path().string());
  return files;
}

// The practice links of a list: the hrefs of <li class="pratique"> items.
std::vector<std::string> listed_practices(const std::string& html) {
  std::vector<std::string> found;
  std::regex item(R"(<li class="pratique"[^>]*>\s*<h3[^>]*><a href="\.\./pratiques/([^"]+)\")");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), item); it != std::sregex_iterator(); ++it)
    found.push_back((*it)[1]);
  return found;
}

// The section of `html` from `start` to the next `end`.
std::string between(const std::string& html, const std::string& start, const std::string& end) {
  std::size_t from = html.find(start);
  if (from == std::string::npos) return "";
  return html.substr(from, html.find(end, from + start.size()) - from);
}

}  // namespace

TEST_CASE("the catalogue and its static filtered lists list exactly the matching practices") {
  test::CapitalisationSample sample;
  auto files = render(sample, "site", &sample.content);
  REQUIRE(files.count("pratiques/index.html"));
  CHECK(listed_practices(files["pratiques/index.html"]).size() == 4);
  CHECK(listed_practices(files["pratiques/axe-reperage.html"]) ==
        std::vector<std::string>{"p1-reperage-44.html", "p2-reperage-49.html"});
  CHECK(listed_practices(files["pratiques/departement-44.html"]) ==
        std::vector<std::string>{"p1-reperage-44.html", "p3-coordination-44.html"});
  CHECK(listed_practices(files["pratiques/type-guide.html"]) == std::vector<std::string>{"p4-maintien-85.html"});
  CHECK(listed_practices(files["pratiques/public-demandeurs-d-emploi.html"]).size() == 4);
  CHECK(files["pratiques/axe-reperage.html"].find("2 pratiques") != std::string::npos);
  // No axis without a practice gets a list.
  CHECK(files.count("pratiques/axe-remobilisation.html") == 0);
  // The catalogue links its filtered lists, and the script (no inline script: CSP).
  const std::string& catalogue = files["pratiques/index.html"];
  CHECK(catalogue.find("href=\"../pratiques/axe-reperage.html\"") != std::string::npos);
  CHECK(catalogue.find("data-axe=\"reperage\" data-departement=\"44 53\"") != std::string::npos);
  CHECK(catalogue.find("src=\"../assets/js/filtres-pratiques.js\"") != std::string::npos);
  CHECK(std::regex_search(catalogue, std::regex("<script>")) == false);
  CHECK(files.count("assets/js/filtres-pratiques.js") == 1);
}

TEST_CASE("a practice page: every field, its body, related practices and the aimed indicator's figures") {
  test::CapitalisationSample sample;
  auto files = render(sample, "site", &sample.content);
  const std::string& page = files["pratiques/p1-reperage-44.html"];
  CHECK(page.find("<h1>Repérage partagé</h1>") != std::string::npos);
  CHECK(page.find("Service &lt;insertion&gt;") != std::string::npos);  // partner text escaped
  CHECK(page.find("<p>Texte <strong>riche</strong></p>") != std::string::npos);
  std::string related = between(page, "id=\"liees-titre\"", "</section>");
  CHECK(related.find("p2-reperage-49.html") != std::string::npos);      // same axis
  CHECK(related.find("p3-coordination-44.html") != std::string::npos);  // shares Cap emploi 44
  CHECK(related.find("p4-maintien-85.html") == std::string::npos);
  // Its indicator in its départements: 5 000 in Loire-Atlantique, s in Mayenne (987 hidden).
  std::string indicators = between(page, "id=\"indicateurs-titre\"", "</section>");
  CHECK(indicators.find("5\u00a0000") != std::string::npos);
  CHECK(indicators.find("<span class=\"valeur\">s</span>") != std::string::npos);
  CHECK(page.find("987") == std::string::npos);
  CHECK(page.find(std::string(kSecretLegend).substr(0, 40)) != std::string::npos);
}

TEST_CASE("an action plan says in words which action is late and which update is stale") {
  test::CapitalisationSample sample;
  auto files = render(sample, "site", &sample.content);
  const std::string& plan = files["plans/departement-44.html"];
  std::string late = between(plan, "Annuaire des acteurs", "</li>");
  CHECK(late.find("En retard :") != std::string::npos);
  CHECK(late.find("<progress max=\"100\" value=\"40\"") != std::string::npos);
  CHECK(late.find("40 %") != std::string::npos);
  std::string done = between(plan, "Matinales", "</li>");
  CHECK(done.find("En retard") == std::string::npos);
  CHECK(done.find("Mise à jour ancienne :") != std::string::npos);
  CHECK(plan.find("1 action en retard") != std::string::npos);
  // The regional view: the chart inline with its PNG and table, 70 % for the priority in 44.
  const std::string& regional = files["plans/index.html"];
  CHECK(regional.find("<svg") != std::string::npos);
  CHECK(files.count("graphiques/plans-1.png") == 1);
  CHECK(regional.find(">70 %<") != std::string::npos);
}

TEST_CASE("an experiment's secret entries are s, their value nowhere in the files") {
  test::CapitalisationSample sample;
  auto files = render(sample, "site", &sample.content);
  const std::string& page = files["experimentations/exp-a.html"];
  std::string table = between(page, "id=\"tableau-titre\"", "</section>");
  std::string t2 = between(table, "<th scope=\"row\">T2 2025</th>", "</tr>");
  REQUIRE(!t2.empty());
  CHECK(t2.find(">s<") != std::string::npos);
  CHECK(t2.find(">3<") == std::string::npos);
  CHECK(page.find(std::string(kSecretLegend).substr(0, 40)) != std::string::npos);
  CHECK(page.find("Un référent unique") != std::string::npos);
  for (const auto& [path, bytes] : files) {
    if (path.rfind("donnees/tableaux/experimentation-exp-a", 0) != 0) continue;
    INFO(path);
    CHECK(bytes.find(",3,") == std::string::npos);
  }
  // The comparison of the two experiments on their shared measures.
  const std::string& comparison = files["experimentations/index.html"];
  CHECK(comparison.find("Expérimentation A") != std::string::npos);
  CHECK(comparison.find("61,5 %") != std::string::npos);
}

TEST_CASE("links both ways: département and indicator pages list the practices and actions") {
  test::CapitalisationSample sample;
  auto files = render(sample, "site", &sample.content);
  const std::string& loire_atlantique = files["territoires/departement-44.html"];
  CHECK(loire_atlantique.find("../plans/departement-44.html") != std::string::npos);
  CHECK(loire_atlantique.find("../pratiques/p3-coordination-44.html") != std::string::npos);
  CHECK(loire_atlantique.find("../pratiques/p4-maintien-85.html") == std::string::npos);
  const std::string& indicator = files["indicateurs/INSCRITS.html"];
  CHECK(indicator.find("../pratiques/p1-reperage-44.html") != std::string::npos);
  CHECK(indicator.find("Annuaire des acteurs") != std::string::npos);
  CHECK(files["index.html"].find("href=\"pratiques/index.html\"") != std::string::npos);
  CHECK(files["plan-du-site.html"].find("href=\"experimentations/index.html\"") != std::string::npos);
}

TEST_CASE("without capitalisation content the three sections still exist, empty, and the header links resolve") {
  test::CapitalisationSample sample;
  auto files = render(sample, "empty", nullptr);
  CHECK(files["pratiques/index.html"].find("Aucune pratique recensée.") != std::string::npos);
  CHECK(files["plans/index.html"].find("Aucun plan d'action publié.") != std::string::npos);
  CHECK(files["experimentations/index.html"].find("Aucune expérimentation publiée.") != std::string::npos);
}

TEST_CASE("a practice whose id looks like a filtered list does not overwrite it") {
  test::CapitalisationSample sample;
  sample.content.practices[3].id = "axe-reperage";
  auto files = render(sample, "site", &sample.content);
  CHECK(listed_practices(files["pratiques/axe-reperage.html"]) ==
        std::vector<std::string>{"p1-reperage-44.html", "p2-reperage-49.html"});
  CHECK(files["pratiques/pratique-axe-reperage.html"].find("<h1>Cellule maintien</h1>") != std::string::npos);
}

TEST_CASE("same content, same bytes") {
  test::CapitalisationSample sample;
  auto first = render(sample, "one", &sample.content);
  auto second = render(sample, "two", &sample.content);
  CHECK(first == second);
}
