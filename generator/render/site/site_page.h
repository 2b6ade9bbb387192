// What every page shares while it is built: its path and slug, the tables
// and charts it numbers (donnees/tableaux/<slug>-<n>.csv,
// graphiques/<slug>-<n>.png), the legends its figures call for, and the
// layout's data (title, breadcrumb, relative root, theme).
#pragma once

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <kainjow/mustache.hpp>

#include "model/dataset.h"
#include "render/charts/chart_spec.h"
#include "render/site/chart_renderer.h"
#include "render/site/site_table.h"
#include "render/site/template_set.h"

namespace prith {

struct SiteInputs;

// The build of the whole site: inputs, output, templates, charts, and the
// per-table CSVs written so far.
struct SiteContext {
  const SiteInputs& inputs;
  OutputFolder& out;
  const TemplateSet& templates;
  ChartRenderer& charts;
  std::vector<DataFile> tables;
  // A table shown on two pages (a territory's page and its printable
  // sheet) is one file: its CSV's digest → where it was written, and its
  // caption and columns.
  struct WrittenTable {
    std::string path, signature;
  };
  std::unordered_multimap<std::string, WrittenTable> table_paths_by_digest;

  // The CSV of `table` (donnees/tableaux/<name>.csv) written and listed in
  // `tables`, or the path of an identical one written before.
  std::string table_file(const SiteTable& table, const std::string& name, const std::string& page_title);
};

// A link of the breadcrumb: its label and its path from the site's root.
struct Crumb {
  std::string label, path;
};

class SitePage {
 public:
  // `path` from the site's root ("territoires/departement-53.html"); `slug`
  // names its tables and charts ("departement-53").
  SitePage(SiteContext& site, std::string path, std::string slug, std::string title);

  const std::string& root() const { return root_; }  // "../" or ""
  SiteContext& site() { return site_; }

  // A figure for a template: valeur, drapeaux, secret, manquant; marks the legends.
  kainjow::mustache::data figure(const Figure& figure, IndicatorId indicator, const Period& period);
  // The table for the {{>tableau}} partial, written as CSV beside.
  kainjow::mustache::data table(const SiteTable& table);
  // The chart for the {{>graphique}} partial: SVG, summary, PNG link and its table.
  // Without `png` (the printable sheets), no image is written nor linked.
  kainjow::mustache::data chart(const ChartSpec& spec, const SiteTable& numbers, bool png = true);
  // A figure as a table cell; notes the break it may start.
  TableCell cell(const Figure& figure, IndicatorId indicator, const Period& period);
  // Notes the legends a cell calls for (table() does it for its cells).
  void note(const TableCell& cell);

  // Renders `template_name` inside the layout and writes the page.
  void write(const std::string& template_name, kainjow::mustache::data view, const std::vector<Crumb>& crumbs);

 private:
  SiteContext& site_;
  std::string path_, slug_, title_, root_;
  int tables_ = 0, charts_ = 0;
  bool secret_ = false, missing_ = false, flagged_ = false;
  std::set<std::pair<IndicatorId, std::string>> breaks_;  // (indicator, period) with a break shown
};

// "2026-11-15" (or an ISO instant) → "15 novembre 2026"; other text as it is.
std::string date_fr(const std::string& iso_date);

// "48 ko", "1,3 Mo": the size of a file already in the site, for a download
// link; "" when it is not there.
std::string file_size_fr(const OutputFolder& out, const std::string& relative);

// Sets `key` only when `text` is not empty: for kainjow, an empty string
// still opens a {{#section}}.
void set_text(kainjow::mustache::data& view, const std::string& key, const std::string& text);

// A list for a template from a vector of data.
kainjow::mustache::data list_of(const std::vector<kainjow::mustache::data>& items);
kainjow::mustache::data list_of(std::vector<kainjow::mustache::data>&& items);

}  // namespace prith
