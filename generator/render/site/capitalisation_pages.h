// The capitalisation pages of the site (docs/capitalisation.md, docs/site.md):
// the catalogue of practices with its static filtered lists and one page per
// practice, the departmental action plans and their regional view, the
// experiments and their comparison. Nothing is written without content.
#pragma once

#include "capitalisation/capitalisation_model.h"
#include "render/site/site_page.h"

namespace prith {

void write_practice_pages(SiteContext& site);    // pratiques/…
void write_plan_pages(SiteContext& site);        // plans/…
void write_experiment_pages(SiteContext& site);  // experimentations/…

// The capitalisation of the build, an empty one when the inputs have none:
// the pages (and the header's links to them) always exist.
const Capitalisation& capitalisation_of(const SiteInputs& inputs);

// For a département's page: its action plan and the practices running there
// ({plan, pratiques, a_des_pratiques}); for an indicator's page: the
// practices and actions aiming at it. Null data when there is nothing to list.
kainjow::mustache::data departement_capitalisation(SitePage& page, const std::string& departement);
kainjow::mustache::data indicator_capitalisation(SitePage& page, const std::string& indicator_code);

// Each indicator of `codes` (a link to its page) with its latest published
// figure in each of `departements`: published_value_fr, flags, legends.
std::vector<kainjow::mustache::data> aimed_indicators(SitePage& page, const std::vector<std::string>& codes,
                                                      const std::vector<std::string>& departements);

}  // namespace prith
