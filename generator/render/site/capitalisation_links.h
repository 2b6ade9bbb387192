// Where the capitalisation pages live (docs/site.md) and the French labels
// they share: practices (pratiques/), action plans (plans/) and experiments
// (experimentations/). Codes come from the validated model
// (capitalisation/capitalisation_model.h).
#pragma once

#include <string>
#include <vector>

#include "capitalisation/capitalisation_model.h"
#include "model/dataset.h"

namespace prith {

// "pratiques/<id>.html"; "pratiques/pratique-<id>.html" for an id like "index" or "axe-…"
// which would overwrite the catalogue or one of its filtered lists.
std::string practice_page(const Practice& practice);
std::string plan_page(std::string_view departement);        // "plans/departement-44.html"
std::string experiment_page(const Experiment& experiment);  // "experimentations/<slug>.html"
// The static filtered lists of the catalogue: "pratiques/axe-<code>.html", … (codes slugged).
std::string practice_filter_page(std::string_view filter, std::string_view code);

// The label of `code` in `entries`, else the code as it is.
std::string entry_label(const std::vector<CatalogueEntry>& entries, const std::string& code);
// "Loire-Atlantique" for "44" (the code itself when the territory is unknown).
std::string departement_name(const Dataset& dataset, const std::string& code);
// "Loire-Atlantique, Vendée".
std::string departement_names(const Dataset& dataset, const std::vector<std::string>& codes);
// "a, b, c".
std::string joined(const std::vector<std::string>& items, const std::string& separator = ", ");

// The practices running in a département, by id.
std::vector<const Practice*> practices_in(const Capitalisation& content, std::string_view departement);
// The practices and plan actions aiming at an indicator (by its code, case folded).
std::vector<const Practice*> practices_aiming_at(const Capitalisation& content, std::string_view indicator_code);
std::vector<const PlanAction*> actions_aiming_at(const Capitalisation& content, std::string_view indicator_code);

}  // namespace prith
