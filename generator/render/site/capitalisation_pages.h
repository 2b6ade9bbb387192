// The capitalisation pages of the site (docs/capitalisation.md, docs/site.md):
// the catalogue of practices with its static filtered lists and one page per
// practice, the departmental action plans and their regional view, the
// experiments and their comparison. Nothing is written without content.
#pragma once

#include "render/site/site_page.h"

namespace prith {

void write_practice_pages(SiteContext& site);    // pratiques/…
void write_plan_pages(SiteContext& site);        // plans/…
void write_experiment_pages(SiteContext& site);  // experimentations/…

// Each indicator of `codes` (a link to its page) with its latest published
// figure in each of `departements`: published_value_fr, flags, legends.
std::vector<kainjow::mustache::data> aimed_indicators(SitePage& page, const std::vector<std::string>& codes,
                                                      const std::vector<std::string>& departements);

}  // namespace prith
