#include "model/figure_labels.h"

#include "core/french_format.h"
#include "model/dataset.h"

namespace prith {

std::string revised_fr(const Figure& figure) {
  if (!figure.has(kRevised)) return "";
  static constexpr const char* kMonths[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                            "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  const unsigned year = figure.revised_on / 10000, month = figure.revised_on / 100 % 100,
                 day = figure.revised_on % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return "révisé";
  return "révisé le " + (day == 1 ? std::string("1er") : std::to_string(day)) + " " + kMonths[month - 1] + " " +
         std::to_string(year);
}

std::string flags_fr(const Figure& figure) {
  std::string text;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!text.empty()) text += ", ";
    text += part;
  };
  if (figure.origin == FigureOrigin::computed && figure.status != ObservationStatus::missing) add("calculé");
  if (figure.has(kProvisional)) add("provisoire");
  add(revised_fr(figure));
  if (figure.has(kSeriesBreak)) add("rupture de série");
  if (figure.has(kPartial)) add("partiel : " + Dataset::parts_fr(figure));
  return text;
}

std::string published_value_fr(const Figure& figure, int max_decimals) {
  if (figure.has(kHidden) || figure.status == ObservationStatus::confidential) return "s";
  if (figure.status != ObservationStatus::ok) return "n.d.";
  return format_number_fr(figure.value, max_decimals);
}

std::string_view derived_status_fr(DerivedStatus status) {
  switch (status) {
    case DerivedStatus::ok: return "";
    case DerivedStatus::missing: return "non disponible";
    case DerivedStatus::secret: return "secret statistique";
    case DerivedStatus::series_break: return "rupture de série";
    case DerivedStatus::partial: return "total partiel";
    case DerivedStatus::zero_base: return "non calculable (base nulle)";
    case DerivedStatus::not_applicable: return "sans objet";
  }
  return "";
}

}  // namespace prith
