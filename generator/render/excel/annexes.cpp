#include "render/excel/annexes.h"

#include <stdexcept>

#include "core/slug.h"
#include "render/excel/annex_workbook.h"
#include "render/excel/workbook_key.h"
#include "render/excel/workbook_writer.h"

namespace prith {

namespace {

// The annex's own node: the project's région, else the top of the tree.
std::optional<NodeIndex> regional_node(const Dataset& dataset, const std::string& region) {
  if (dataset.tree().size() == 0) return std::nullopt;
  if (std::optional<TerritoryId> id = dataset.territories().find(TerritoryLevel::region, region)) {
    if (std::optional<NodeIndex> node = dataset.tree().node_of(*id)) return node;
  }
  return NodeIndex{0};
}

AnnexFile write_one(const Dataset& dataset, const AnnexContext& context, const AnnexScope& scope,
                    const std::vector<BatchHistory>& history, const std::string& path, const std::string& territory,
                    OutputFolder& out) {
  WorkbookDescription workbook = annex_workbook(dataset, context, scope, history);
  // Same description, same bytes: an annex whose figures did not change is
  // taken from the previous site.
  std::string key = workbook_key(workbook);
  if (!out.reuse(path, key)) {
    std::string error;
    if (!write_workbook(workbook, out.file_path(path, key), error))
      throw std::runtime_error("Annexe " + path + " : " + error);
  }
  AnnexFile file;
  file.path = path;
  file.title = scope.title;
  file.territory = territory;
  file.regional = scope.regional;
  file.description = "Classeur Excel : lisez-moi, définitions, une feuille par indicateur avec ses graphiques, "
                     "révisions";
  return file;
}

// One annex to write: its scope, its path, its territory's code.
struct AnnexJob {
  AnnexScope scope;
  std::string path, territory;
};

// Writes every job, one after the other: two workbooks at once on both
// cores raised the peak memory of a rebuild past the 200 MiB target
// (bench/site/README.md), for little gain on a shared 2-core machine.
std::vector<AnnexFile> write_all(const Dataset& dataset, const AnnexContext& context,
                                 const std::vector<BatchHistory>& history, const std::vector<AnnexJob>& jobs,
                                 OutputFolder& out) {
  std::vector<AnnexFile> files;
  files.reserve(jobs.size());
  for (const AnnexJob& job : jobs)
    files.push_back(write_one(dataset, context, job.scope, history, job.path, job.territory, out));
  return files;
}

}  // namespace

std::vector<AnnexFile> write_annexes(const Dataset& dataset, const Project& project,
                                     const std::vector<BatchHistory>& history, OutputFolder& out) {
  std::vector<AnnexFile> files;
  std::optional<NodeIndex> top = regional_node(dataset, project.settings().region);
  std::vector<std::size_t> quarters = quarter_indexes(dataset);
  if (!top || quarters.empty()) return files;  // nothing to publish yet

  AnnexContext context;
  context.partnership = project.settings().name;
  context.publication_date = project.settings().publication_date;
  for (const Source& source : project.sources()) context.source_labels[source.code] = source.label;
  const Period latest = dataset.periods().all()[quarters.back()];
  const std::string period = latest.to_string();

  const TreeNode& region_node = dataset.tree().node(*top);
  const Territory& region = dataset.territories().at(region_node.territory);
  AnnexScope regional;
  regional.regional = true;
  regional.rows.push_back(*top);
  for (NodeIndex node : region_node.departements)
    if (node != *top) regional.rows.push_back(node);
  regional.title = "Annexe statistique, " + std::string(region.level == TerritoryLevel::region ? "région " : "") +
                   region.name + ", " + latest.french_label();
  std::vector<AnnexJob> jobs;
  jobs.push_back({regional, "annexes/annexe-" + slug(region.name) + "-" + period + ".xlsx", region.code});

  for (std::size_t i = 1; i < regional.rows.size(); ++i) {
    const TreeNode& node = dataset.tree().node(regional.rows[i]);
    const Territory& departement = dataset.territories().at(node.territory);
    AnnexScope scope;
    scope.rows = {regional.rows[i]};
    if (node.parent != kNoNode) scope.rows.push_back(node.parent);
    scope.title = "Annexe statistique, " + departement.name + " (" + departement.code + "), " + latest.french_label();
    jobs.push_back({std::move(scope),
                    "annexes/annexe-" + slug(departement.code + "-" + departement.name) + "-" + period + ".xlsx",
                    departement.code});
  }
  return write_all(dataset, context, history, jobs, out);
}

}  // namespace prith
