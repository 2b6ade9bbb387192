#include "render/site/template_set.h"

#include <doctest/doctest.h>

#include <stdexcept>

#include "test_folder.h"

using namespace prith;
using kainjow::mustache::data;

TEST_CASE("a page is the layout around its template, partials included, partner text escaped") {
  test::TemporaryFolder folder;
  folder.write("layout.mustache", "<main>{{>contenu}}</main>");
  folder.write("page.mustache", "<h1>{{titre}}</h1>{{#bloc}}{{>bloc_ligne}}{{/bloc}}");
  folder.write("partials/bloc_ligne.mustache", "<p>{{texte}}</p>{{{svg}}}");
  TemplateSet templates(folder.path());
  data view;
  view.set("titre", "<script>alert(1)</script> & « Loire »");
  data block;
  block.set("texte", "a'b\"c");
  block.set("svg", "<svg></svg>");
  view.set("bloc", block);
  CHECK(templates.render_page("page", view) ==
        "<main><h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; « Loire »</h1><p>a&apos;b&quot;c</p><svg></svg></main>");
  CHECK_THROWS_AS(templates.render_page("absente", view), std::runtime_error);
}

TEST_CASE("a folder without layout.mustache is refused") {
  test::TemporaryFolder folder;
  CHECK_THROWS_AS(TemplateSet(folder.path() / "nowhere"), std::runtime_error);
}

TEST_CASE("partials that include partials render in place, each list item with its own data") {
  test::TemporaryFolder folder;
  folder.write("layout.mustache", "[{{>contenu}}]");
  folder.write("page.mustache", "{{#lignes}}{{> ligne }}{{/lignes}}{{>inconnu}}");
  folder.write("partials/ligne.mustache", "<tr>{{#cellules}}{{>cellule}}{{/cellules}}</tr>");
  folder.write("partials/cellule.mustache", "<td>{{texte}}</td>");
  TemplateSet templates(folder.path());
  data view;
  data lines(data::type::list);
  for (const char* text : {"1 200", "s"}) {
    data cells(data::type::list);
    cells << data{"texte", text};
    lines << data{"cellules", cells};
  }
  view.set("lignes", lines);
  CHECK(templates.render_page("page", view) == "[<tr><td>1 200</td></tr><tr><td>s</td></tr>]");
  // The same compiled template renders the next page from its own data only.
  CHECK(templates.render_page("page", data{}) == "[]");
}

TEST_CASE("partials that include each other without end are refused when the templates are read") {
  test::TemporaryFolder folder;
  folder.write("layout.mustache", "{{>contenu}}");
  folder.write("page.mustache", "{{>a}}");
  folder.write("partials/a.mustache", "{{#x}}{{>b}}{{/x}}");
  folder.write("partials/b.mustache", "{{>a}}");
  CHECK_THROWS_AS(TemplateSet(folder.path()), std::runtime_error);
}

TEST_CASE("an invalid page template is refused when the templates are read") {
  test::TemporaryFolder folder;
  folder.write("layout.mustache", "{{>contenu}}");
  folder.write("page.mustache", "{{#ouvert}}jamais fermé");
  CHECK_THROWS_AS(TemplateSet(folder.path()), std::runtime_error);
}
