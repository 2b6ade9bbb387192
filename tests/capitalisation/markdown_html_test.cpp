#include "capitalisation/markdown_html.h"

#include <doctest/doctest.h>

using namespace prith;

TEST_CASE("Markdown becomes HTML") {
  CHECK(markdown_to_html("Un **mot** et [un lien](https://www.agefiph.fr).\n") ==
        "<p>Un <strong>mot</strong> et <a href=\"https://www.agefiph.fr\">un lien</a>.</p>\n");
  CHECK(markdown_to_html("- a\n- b\n") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
}

TEST_CASE("raw HTML never reaches the page") {
  std::string html = markdown_to_html("Avant\n\n<script>alert('x')</script>\n\nTexte <img src=x onerror=alert(1)> fin\n");
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("onerror") == std::string::npos);
  CHECK(html.find("<!-- raw HTML omitted -->") != std::string::npos);
  std::string link = markdown_to_html("[clic](javascript:alert(1))\n");
  CHECK(link.find("javascript:") == std::string::npos);
}

TEST_CASE("sections split at level-2 headings, not inside code") {
  auto sections = split_markdown_sections("Intro\n## Facteurs de réussite\n- a\n```\n## pas un titre\n```\n## Freins ##\nb\n");
  REQUIRE(sections.size() == 3);
  CHECK(sections[0].heading.empty());
  CHECK(sections[0].markdown == "Intro\n");
  CHECK(sections[1].heading == "Facteurs de réussite");
  CHECK(sections[1].markdown == "- a\n```\n## pas un titre\n```\n");
  CHECK(sections[2].heading == "Freins");
}
