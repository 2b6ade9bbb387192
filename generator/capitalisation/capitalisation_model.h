// The capitalisation content, as the renderers read it: practices (fiches),
// departmental action plans and experiments with their results over time.
// Everything here is validated: codes are catalogue codes, départements are
// territory codes of the project, dates are ISO, links are http(s), Markdown
// is already HTML with raw HTML neutralised. See docs/capitalisation.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace prith {

// Where an item was read, for messages and for "modifier ce fichier" links.
struct ContentOrigin {
  std::string file;    // relative to the project root: "capitalisation/pratiques.csv"
  SourcePlace place;   // the row (CSV line or sheet row); line 1 for a Markdown file
};

// One entry of a small catalogue: axes (axes.csv), kinds, statuses, publics.
struct CatalogueEntry {
  std::string code;   // slug: "maintien-en-emploi"
  std::string label;  // French: "Maintien en emploi / prévention de la désinsertion professionnelle"
};

struct Practice {
  std::string id;                        // slug, unique: "job-dating-inclusif-44"
  std::string title;
  std::vector<std::string> departements; // territory codes, sorted: {"44", "85"}
  std::string axis;                      // axis code (CapitalisationCatalogues::axes)
  std::string kind;                      // kind code: "outil"
  std::vector<std::string> publics;      // public codes when known, else the text as written
  std::vector<std::string> partners;     // organisations as written: "Cap emploi 44"
  std::string summary;                   // plain text
  std::string results;                   // plain text: results observed
  std::string contact;                   // a role or a service (possibly a functional mailbox)
  std::vector<std::string> links;        // http(s) only
  std::vector<std::string> documents;    // file names or http(s) addresses as written
  std::vector<std::string> indicators;   // indicator codes it aims to move (indicators.csv)
  std::string start_date;                // ISO "2025-03-01", or ""
  std::string status;                    // practice status code, or ""
  std::string last_update;               // ISO, or ""
  bool stale = false;                    // last update older than two quarters before publication
  std::string body_html;                 // Markdown body rendered (Markdown fiches only), else ""
  ContentOrigin origin;
};

struct PlanAction {
  std::string id;                        // as written ("A3"), unique within its département
  std::string departement;               // territory code
  std::string priority;                  // priority code (slug of its label)
  std::string title;
  std::string pilot;                     // pilot organisation
  std::vector<std::string> partners;
  std::string status;                    // a_lancer, en_cours, realisee, abandonnee, reportee, or ""
  std::string planned_start, planned_end, actual_start, actual_end;  // ISO or ""
  std::optional<double> progress;        // 0–100
  std::vector<std::string> indicators;
  std::string last_update;
  bool stale = false;
  bool late = false;                     // planned end before publication, not réalisée nor abandonnée
  ContentOrigin origin;
};

struct PlanPriority {
  std::string code;    // slug of the label: shared across départements for the regional view
  std::string label;
  std::vector<std::size_t> actions;  // indexes into ActionPlan::actions, in file order
  // Mean progress of its actions that give one, abandoned ones left out; for the progress chart.
  std::optional<double> mean_progress;
};

struct ActionPlan {
  std::string departement;               // territory code
  std::vector<PlanPriority> priorities;  // in order of first appearance
  std::vector<PlanAction> actions;       // in file order
};

// A measure of experiment results (a column of the results table).
struct ExperimentMeasure {
  std::string code;     // "entrees"
  std::string label;    // "Entrées dans le dispositif"
  enum class Unit { count, share, months } unit = Unit::count;
  // A count of people: small values follow statistical secrecy. Targets are
  // not counts of people (nobody is behind them).
  bool is_count_of_people = false;
};
const std::vector<ExperimentMeasure>& experiment_measures();
const ExperimentMeasure* find_experiment_measure(std::string_view code);

struct ExperimentResult {
  std::string period;    // "2025-T3" (catalogue/period.h form)
  std::string measure;   // measure code
  double value = 0;      // the value as read: never print it, use published_experiment_results
  ContentOrigin origin;
};

struct ExperimentSection {
  std::string heading;   // "Facteurs de réussite"
  std::string html;
};

// The default secrecy threshold of an experiment's counts of people: the
// indicators' default (docs/secrecy.md).
inline constexpr int kExperimentSecrecyThreshold = 5;

struct Experiment {
  std::string slug;                       // file name without .md
  std::string title;
  std::vector<std::string> territories;   // territory codes
  std::string carrier;                    // the organisation carrying it
  std::vector<std::string> partners;
  std::string start_date, end_date;       // ISO
  std::optional<double> target;           // entries targeted over the whole period
  std::string target_public;              // who it is for (text)
  std::string axis;                       // axis code, or ""
  std::string summary;
  std::string body_html;                  // the whole body
  std::vector<ExperimentSection> sections;  // the body split at its "## " headings
  std::string success_factors_html;       // the "Facteurs de réussite" section, or ""
  std::string obstacles_html;             // the "Freins" / "Obstacles" / "Difficultés" section, or ""
  std::vector<ExperimentResult> results;  // sorted by period then measure order
  // Counts of people from 1 to secrecy_threshold − 1 are secret (front
  // matter "seuil du secret"; experiment_secrecy.h).
  int secrecy_threshold = kExperimentSecrecyThreshold;
  std::string last_update;
  bool stale = false;
  ContentOrigin origin;
};

struct CapitalisationCatalogues {
  std::vector<CatalogueEntry> axes;
  std::vector<CatalogueEntry> kinds;
  std::vector<CatalogueEntry> practice_statuses;
  std::vector<CatalogueEntry> action_statuses;
  std::vector<CatalogueEntry> publics;
};

struct Capitalisation {
  CapitalisationCatalogues catalogues;
  std::vector<Practice> practices;        // sorted by id
  std::vector<ActionPlan> plans;          // sorted by département code
  std::vector<Experiment> experiments;    // sorted by slug

  // Queries the renderers need.
  std::vector<const Practice*> practices_where(std::string_view axis, std::string_view departement,
                                               std::string_view public_code, std::string_view kind) const;
  // Same axis or at least one shared partner (folded), the practice itself
  // excluded; those sharing both first, then by id.
  std::vector<const Practice*> related_practices(const Practice& practice) const;
  const ActionPlan* plan_of(std::string_view departement) const;
  // Every priority of every plan (code, label), plans in département order, each plan's in its
  // order: the rows of the regional view.
  std::vector<CatalogueEntry> priorities() const;
  // Measures given by every one of the experiments (at least two), in measure order.
  std::vector<std::string> shared_measures() const;
};

const CatalogueEntry* find_entry(const std::vector<CatalogueEntry>& entries, std::string_view code);

}  // namespace prith
