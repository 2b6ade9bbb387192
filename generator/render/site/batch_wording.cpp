#include "render/site/batch_wording.h"

namespace prith {

BatchQuarters quarters_by_batch(const Dataset& dataset, const std::vector<BatchHistory>& history) {
  BatchQuarters quarters;
  const std::vector<Period>& periods = dataset.periods().all();
  for (IndicatorId indicator = 0; indicator < dataset.indicators().all().size(); ++indicator)
    for (const TreeNode& node : dataset.tree().nodes()) {
      std::span<const Cell> series = dataset.series(indicator, node.territory);
      for (std::size_t p = 0; p < series.size() && p < periods.size(); ++p) {
        const Figure& figure = series[p].figure;
        if (figure.provenance == Figure::kNoProvenance || figure.origin != FigureOrigin::reported) continue;
        const Provenance& provenance = dataset.provenances()[figure.provenance];
        quarters[{provenance.file, provenance.read_at}].insert(periods[p]);
      }
    }
  for (const BatchHistory& batch : history)
    for (const std::vector<FigureChange>* changes : {&batch.added, &batch.changed, &batch.removed})
      for (const FigureChange& change : *changes)
        if (std::optional<Period> period = parse_period(change.key.period))
          quarters[{batch.file, batch.read_at}].insert(*period);
  return quarters;
}

namespace {

// True when the periods are quarters that follow each other without a gap.
bool consecutive_quarters(const std::set<Period>& periods) {
  const Period* previous = nullptr;
  for (const Period& period : periods) {
    if (period.kind != Period::Kind::quarter) return false;
    if (previous) {
      int step = (period.year - previous->year) * 4 + (period.index - previous->index);
      if (step != 1) return false;
    }
    previous = &period;
  }
  return true;
}

}  // namespace

std::string quarters_fr(const std::set<Period>& quarters) {
  if (quarters.empty()) return "";
  if (quarters.size() == 1) return "du " + quarters.begin()->french_label();
  if (quarters.size() > 2 && consecutive_quarters(quarters))
    return "du " + quarters.begin()->french_label() + " au " + quarters.rbegin()->french_label();
  std::string text = "des trimestres ";
  std::size_t i = 0;
  for (const Period& period : quarters) {
    if (i > 0) text += i + 1 == quarters.size() ? " et " : ", ";
    text += period.french_label();
    ++i;
  }
  return text;
}

std::string batch_nature_fr(const BatchHistory& batch) {
  if (batch.refusal) return "fichier refusé, aucun de ses chiffres n’est publié";
  if (batch.revision) return "révision : " + revision_counts_fr(batch);
  return "premier envoi de ces chiffres";
}

std::string batch_sentence_fr(const BatchHistory& batch, const std::set<Period>& quarters) {
  if (batch.refusal) return "fichier refusé, aucun de ses chiffres n’est publié";
  std::string which = quarters.empty() ? "chiffres" : "chiffres " + quarters_fr(quarters);
  if (batch.revision) return which + " révisés (" + revision_counts_fr(batch) + ")";
  return which + " transmis";
}

std::string file_name_only(const std::string& path) {
  std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace prith
