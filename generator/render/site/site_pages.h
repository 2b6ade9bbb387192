// The page writers of the site, one file each (docs/site.md).
#pragma once

#include "render/site/site_page.h"

namespace prith {

void write_home_page(SiteContext& site);
void write_territory_pages(SiteContext& site);  // and the printable sheets of départements
void write_indicator_pages(SiteContext& site);
void write_source_pages(SiteContext& site);
void write_fixed_pages(SiteContext& site);      // méthodologie, données, accessibilité, …

}  // namespace prith
