#include "ingest/mapping_catalogues.h"

namespace prith {

std::string describe_figure_key(const MappingCatalogues& catalogues, IndicatorId indicator, const Territory* territory,
                                const Period& period, BreakdownId breakdown) {
  std::string text = catalogues.indicators.at(indicator).code + ", " +
                     (territory == nullptr ? std::string("total") : territory->code + " " + territory->name) + ", ";
  if (breakdown != kHeadline && catalogues.breakdowns != nullptr) {
    text += catalogues.breakdowns->describe_fr(breakdown) + ", ";
  }
  return text + period.to_string();
}

}  // namespace prith
