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
