// The site's full-text search index: Pagefind (npm `pagefind`, pinned in
// package.json) run over the pages once they are all written, producing
// pagefind/ at the site's root, which assets/js/recherche.js queries from
// recherche.html. Without Pagefind the site is still complete: the build
// only warns, in French, that the search is not indexed.
#pragma once

#include <filesystem>
#include <string>

namespace prith {

struct SearchIndexResult {
  bool indexed = false;
  std::string warning_fr;  // when not indexed: one French sentence for the pilot
  std::string output;      // what Pagefind printed (stdout and stderr)
};

// The Pagefind program: $PRITH_PAGEFIND when set, else
// node_modules/.bin/pagefind under the working directory, else under the
// source tree (as demo_project_folder() finds config/). Empty when none exists.
std::filesystem::path find_pagefind();

// Runs `pagefind --site SITE_ROOT --force-language fr --quiet` (no shell,
// output captured) over the pages already written in `site_root`, which
// gains pagefind/. Never throws for a missing or failing Pagefind: the
// result says why the search is not indexed.
SearchIndexResult index_search(const std::filesystem::path& site_root,
                               const std::filesystem::path& pagefind = find_pagefind());

}  // namespace prith
