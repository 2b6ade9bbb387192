// The static site's pages (docs/site.md): every page, chart PNG, per-table
// CSV and asset, written through an OutputFolder from the Dataset. HTML lives
// only in templates/; this module builds the data the templates read.
#pragma once

#include <filesystem>
#include <functional>
#include <set>
#include <vector>

#include "capitalisation/capitalisation_model.h"
#include "model/dataset.h"
#include "project/project.h"
#include "publish/output_folder.h"
#include "render/excel/annex_file.h"
#include "render/opendata/data_file.h"
#include "store/history.h"

namespace prith {

struct SiteInputs {
  const Project& project;
  const Dataset& dataset;
  const std::vector<BatchHistory>& history;
  const std::vector<DataFile>& open_data;  // bulk files written by the opendata part
  const std::vector<AnnexFile>& annexes;   // workbooks written by the excel part
  std::filesystem::path templates_folder, assets_folder, node_modules_folder;
  // Practices, action plans and experiments (docs/capitalisation.md); null:
  // no capitalisation pages.
  const Capitalisation* capitalisation = nullptr;
  bool draw_pngs = true;  // false: SVG only (the benchmark's pages-only measure, core/phase_timings.h)
  // Waits until every file of `annexes` is written (they may be written on
  // another thread meanwhile): called before the first page that gives an
  // annex's size. Empty: they are already written.
  std::function<void()> wait_for_annexes = {};
  // The store's batches the previous publication showed (its manifest);
  // null when unknown: the home page then tells the latest reading day's.
  const std::set<std::int64_t>* published_before = nullptr;
};

// Writes every page, chart PNG, per-table CSV and asset through `out`;
// returns the per-table CSVs it wrote (donnees/tableaux/…) so that
// datapackage.json can describe them. Throws std::runtime_error when a
// template is missing or invalid.
std::vector<DataFile> render_site(const SiteInputs& inputs, OutputFolder& out);

// The folder holding templates/, assets/ and node_modules/: the current
// folder when run from the source tree, else the source tree prith was
// built from (like demo_project_folder()).
std::filesystem::path site_source_folder();

}  // namespace prith
