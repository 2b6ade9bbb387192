// The Mustache templates of the site (templates/): one layout, partials
// (templates/partials/*.mustache) and one template per page type. Partner
// text reaches the HTML only through {{ }} (escaped by kainjow).
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include <kainjow/mustache.hpp>

namespace prith {

class TemplateSet {
 public:
  // Reads every *.mustache of `folder` and `folder`/partials; throws
  // std::runtime_error when the folder or layout.mustache is missing.
  explicit TemplateSet(const std::filesystem::path& folder);

  // The page: layout.mustache with the page template `name` as its
  // {{>contenu}} partial, every partial available, `view` as data.
  // Throws std::runtime_error for an unknown or invalid template.
  std::string render_page(const std::string& name, kainjow::mustache::data view) const;

 private:
  std::map<std::string, std::string> pages_, partials_;
};

}  // namespace prith
