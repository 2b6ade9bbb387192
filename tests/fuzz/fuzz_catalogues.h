// The demo's catalogues, loaded once per fuzzing process: the readers are
// fuzzed through the same mapping a partner's file goes through.
#pragma once

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "catalogue/breakdown_catalogue.h"
#include "catalogue/former_names.h"
#include "catalogue/indicator_catalogue.h"
#include "catalogue/territory_catalogue.h"
#include "catalogue/territory_resolver.h"
#include "ingest/mapping_catalogues.h"

namespace prith::fuzz {

inline std::string read_config(const std::string& name) {
  std::ifstream file(std::string(PRITH_SOURCE_DIR) + "/config/" + name, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

struct DemoCatalogues {
  std::vector<Diagnostic> diagnostics;
  TerritoryCatalogue territories = TerritoryCatalogue::parse(read_config("territories.csv"), "territories.csv",
                                                             diagnostics);
  FormerNameCatalogue former_names = FormerNameCatalogue::parse(read_config("former_departements.csv"),
                                                                "former_departements.csv", territories, diagnostics);
  IndicatorCatalogue indicators = IndicatorCatalogue::parse(read_config("indicators.csv"), "indicators.csv",
                                                            diagnostics);
  BreakdownCatalogue breakdowns = BreakdownCatalogue::parse(read_config("breakdowns.csv"), "breakdowns.csv",
                                                            indicators, diagnostics);
  TerritoryResolver resolver{territories, &former_names};

  MappingCatalogues mapping() const { return {territories, resolver, indicators, "52", &breakdowns}; }
};

inline const DemoCatalogues& demo() {
  static const DemoCatalogues catalogues;
  return catalogues;
}

}  // namespace prith::fuzz
