// The Mustache templates of the site (templates/): one layout, partials
// (templates/partials/*.mustache) and one template per page type. Partner
// text reaches the HTML only through {{ }} (escaped by kainjow).
//
// Each page type is compiled once: the layout with the page as its
// {{>contenu}} and every {{>partial}} written in place, then parsed by
// kainjow. kainjow would otherwise parse a partial's text again at each
// use (a territory page uses the table partial dozens of times); it has no
// standalone-line rule for partials, so writing them in place renders
// exactly the same HTML.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include <kainjow/mustache.hpp>

namespace prith {

class TemplateSet {
 public:
  // Reads every *.mustache of `folder` and `folder`/partials and compiles
  // each page type; throws std::runtime_error when the folder or
  // layout.mustache is missing, a template is invalid or partials include
  // each other without end.
  explicit TemplateSet(const std::filesystem::path& folder);

  // The page: layout.mustache with the page template `name` as its
  // {{>contenu}} partial, every partial available, `view` as data.
  // Throws std::runtime_error for an unknown template. Not for two threads
  // at once (kainjow keeps its state in the compiled template).
  std::string render_page(const std::string& name, const kainjow::mustache::data& view) const;

 private:
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> compiled_;
};

}  // namespace prith
