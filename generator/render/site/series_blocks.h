// The charts and tables several pages show, built from the Dataset: an
// indicator over time for a few territories (a line chart and its table),
// and an indicator across territories for one quarter (a bar chart and its
// table). Points and cells come from published figures only: a secret
// figure is ChartPoint::secret() and "s", never a number.
#pragma once

#include <kainjow/mustache.hpp>
#include <string>
#include <vector>

#include "model/dataset.h"
#include "render/charts/chart_spec.h"
#include "render/site/site_page.h"

namespace prith {

// A figure as a chart point: its value when visible, else secret or missing.
ChartPoint chart_point(const Figure& figure);

// Line chart of `indicator` over the quarters `periods` (indexes in
// periods().all()) for `territories` (the first one is the summary's). A
// declared series break inside the quarters is drawn (ChartSpec::breaks).
kainjow::mustache::data over_time_block(SitePage& page, IndicatorId indicator,
                                        const std::vector<TerritoryId>& territories,
                                        const std::vector<std::size_t>& periods, const std::string& title,
                                        bool png = true);

// The same, the chart showing `territories` and its table `tabled` (a
// département charted alone on its own scale, its région beside it in the
// table only).
kainjow::mustache::data over_time_block(SitePage& page, IndicatorId indicator,
                                        const std::vector<TerritoryId>& territories,
                                        const std::vector<TerritoryId>& tabled,
                                        const std::vector<std::size_t>& periods, const std::string& title,
                                        bool png = true);

// Bar chart of `indicator` across `territories` at the quarter `period`.
kainjow::mustache::data across_block(SitePage& page, IndicatorId indicator,
                                     const std::vector<TerritoryId>& territories, std::size_t period,
                                     const std::string& title);

// A table (SitePage::table) placed right under a heading that already says
// what it is: its caption stays for screen readers but is not shown twice.
kainjow::mustache::data under_heading(kainjow::mustache::data table);

// Table of `indicator`: one row per territory, one column per quarter.
SiteTable territories_by_quarter(SitePage& page, IndicatorId indicator, const std::vector<TerritoryId>& territories,
                                 const std::vector<std::size_t>& periods, const std::string& caption);

}  // namespace prith
