#include "capitalisation/capitalisation_model.h"

#include <algorithm>
#include <set>

#include "catalogue/text_folding.h"

namespace prith {

namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

std::vector<const Practice*> Capitalisation::practices_where(std::string_view axis, std::string_view departement,
                                                             std::string_view public_code,
                                                             std::string_view kind) const {
  std::vector<const Practice*> found;
  for (const Practice& practice : practices) {
    if (!axis.empty() && practice.axis != axis) continue;
    if (!kind.empty() && practice.kind != kind) continue;
    if (!departement.empty() && !contains(practice.departements, departement)) continue;
    if (!public_code.empty() && !contains(practice.publics, public_code)) continue;
    found.push_back(&practice);
  }
  return found;
}

std::vector<const Practice*> Capitalisation::related_practices(const Practice& practice) const {
  std::set<std::string> partners;
  for (const std::string& partner : practice.partners) partners.insert(fold_for_matching(partner));
  std::vector<std::pair<int, const Practice*>> scored;
  for (const Practice& other : practices) {
    if (other.id == practice.id) continue;
    bool same_axis = other.axis == practice.axis;
    bool shared_partner = false;
    for (const std::string& partner : other.partners) shared_partner = shared_partner || partners.count(fold_for_matching(partner));
    if (!same_axis && !shared_partner) continue;
    scored.push_back({same_axis && shared_partner ? 0 : 1, &other});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Practice*> related;
  for (const auto& [score, other] : scored) related.push_back(other);
  return related;
}

const ActionPlan* Capitalisation::plan_of(std::string_view departement) const {
  for (const ActionPlan& plan : plans) {
    if (plan.departement == departement) return &plan;
  }
  return nullptr;
}

std::vector<CatalogueEntry> Capitalisation::priorities() const {
  std::vector<CatalogueEntry> all;
  for (const ActionPlan& plan : plans) {
    for (const PlanPriority& priority : plan.priorities) {
      bool known = std::any_of(all.begin(), all.end(), [&](const CatalogueEntry& e) { return e.code == priority.code; });
      if (!known) all.push_back({priority.code, priority.label});
    }
  }
  return all;
}

std::vector<std::string> Capitalisation::shared_measures() const {
  std::vector<std::string> shared;
  if (experiments.size() < 2) return shared;
  for (const ExperimentMeasure& measure : experiment_measures()) {
    bool everywhere = true;
    for (const Experiment& experiment : experiments) {
      bool given = std::any_of(experiment.results.begin(), experiment.results.end(),
                               [&](const ExperimentResult& result) { return result.measure == measure.code; });
      everywhere = everywhere && given;
    }
    if (everywhere) shared.push_back(measure.code);
  }
  return shared;
}

}  // namespace prith
