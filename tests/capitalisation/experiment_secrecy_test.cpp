#include "capitalisation/experiment_secrecy.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <tuple>

using namespace prith;

namespace {

Experiment experiment_with(std::vector<std::tuple<std::string, std::string, double>> values) {
  Experiment experiment;
  for (auto& [period, measure, value] : values) experiment.results.push_back({period, measure, value, {}});
  return experiment;
}

std::string shown(const std::vector<PublishedResult>& published, const std::string& period, const std::string& measure) {
  for (const PublishedResult& result : published) {
    if (result.period != period || result.measure != measure) continue;
    if (result.secret) return result.value ? "LEAK" : "s";
    char text[32];
    std::snprintf(text, sizeof text, "%g", *result.value);
    return text;
  }
  return "absent";
}

}  // namespace

TEST_CASE("small counts of people are secret, their shares too, targets never") {
  Experiment experiment = experiment_with({{"2025-T1", "entrees", 3},
                                           {"2025-T1", "objectif_entrees", 4},
                                           {"2025-T1", "part_deld", 66.7},
                                           {"2025-T2", "entrees", 12},
                                           {"2025-T2", "part_deld", 75},
                                           {"2025-T2", "sorties", 9},
                                           {"2025-T2", "sorties_emploi", 6},
                                           {"2025-T2", "sorties_abandon", 3},
                                           {"2025-T3", "entrees", 0}});
  std::vector<PublishedResult> published = published_experiment_results(experiment);
  CHECK(shown(published, "2025-T1", "entrees") == "s");
  CHECK(shown(published, "2025-T1", "objectif_entrees") == "4");
  CHECK(shown(published, "2025-T1", "part_deld") == "s");
  CHECK(shown(published, "2025-T2", "entrees") == "12");
  CHECK(shown(published, "2025-T2", "part_deld") == "75");
  // 3 abandons is small; exits = employment + abandons, so employment is hidden too.
  CHECK(shown(published, "2025-T2", "sorties_abandon") == "s");
  CHECK(shown(published, "2025-T2", "sorties_emploi") == "s");
  CHECK(shown(published, "2025-T2", "sorties") == "9");
  CHECK(shown(published, "2025-T3", "entrees") == "0");
  // Cumulative entries stop at the first secret period.
  CHECK(shown(published, "2025-T1", "entrees_cumulees") == "s");
  CHECK(shown(published, "2025-T3", "entrees_cumulees") == "s");
  for (const PublishedResult& result : published) CHECK((result.secret == !result.value.has_value()));
}

TEST_CASE("cumulative entries are published while no period is secret") {
  Experiment experiment = experiment_with({{"2025-T1", "entrees", 9}, {"2025-T2", "entrees", 17}, {"2025-T3", "entrees", 2},
                                           {"2025-T4", "entrees", 11}});
  std::vector<PublishedResult> published = published_experiment_results(experiment);
  CHECK(shown(published, "2025-T2", "entrees_cumulees") == "26");
  CHECK(shown(published, "2025-T3", "entrees_cumulees") == "s");
  CHECK(shown(published, "2025-T4", "entrees_cumulees") == "s");
  CHECK(shown(published, "2025-T4", "entrees") == "11");
  // A stricter threshold hides more.
  experiment.secrecy_threshold = 10;
  CHECK(shown(published_experiment_results(experiment), "2025-T1", "entrees") == "s");
}
