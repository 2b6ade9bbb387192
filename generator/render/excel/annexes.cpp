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

// One annex to write: its scope, its path, its territory's code.
struct AnnexJob {
  AnnexScope scope;
  std::string path, territory;
};

AnnexFile annex_file(const AnnexJob& job) {
  AnnexFile file;
  file.path = job.path;
  file.title = job.scope.title;
  file.territory = job.territory;
  file.regional = job.scope.regional;
  file.description = "Classeur Excel : lisez-moi, définitions, une feuille par indicateur avec ses graphiques, "
                     "révisions";
  return file;
}

void write_one(const Dataset& dataset, const AnnexContext& context, const AnnexJob& job,
               const std::vector<BatchHistory>& history, OutputFolder& out) {
  WorkbookDescription workbook = annex_workbook(dataset, context, job.scope, history);
  // Same description, same bytes: an annex whose figures did not change is
  // taken from the previous site.
  std::string key = workbook_key(workbook);
  if (out.reuse(job.path, key)) return;
  std::string error;
  if (!write_workbook(workbook, out.file_path(job.path, key), error))
    throw std::runtime_error("Annexe " + job.path + " : " + error);
}

// The regional annex, then one per département; none before a first quarter.
std::vector<AnnexJob> annex_jobs(const Dataset& dataset, const Project& project) {
  std::vector<AnnexJob> jobs;
  std::optional<NodeIndex> top = regional_node(dataset, project.settings().region);
  std::vector<std::size_t> quarters = quarter_indexes(dataset);
  if (!top || quarters.empty()) return jobs;  // nothing to publish yet
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
  return jobs;
}

}  // namespace

std::vector<AnnexFile> planned_annexes(const Dataset& dataset, const Project& project) {
  std::vector<AnnexFile> files;
  for (const AnnexJob& job : annex_jobs(dataset, project)) files.push_back(annex_file(job));
  return files;
}

// One workbook after the other: two at once on both cores raised the peak
// memory of a rebuild past the 200 MiB target (bench/site/README.md).
std::vector<AnnexFile> write_annexes(const Dataset& dataset, const Project& project,
                                     const std::vector<BatchHistory>& history, OutputFolder& out) {
  AnnexContext context;
  context.partnership = project.settings().name;
  context.publication_date = project.settings().publication_date;
  for (const Source& source : project.sources()) context.source_labels[source.code] = source.label;
  std::vector<AnnexFile> files;
  for (const AnnexJob& job : annex_jobs(dataset, project)) {
    write_one(dataset, context, job, history, out);
    files.push_back(annex_file(job));
  }
  return files;
}

}  // namespace prith
