// Shared helpers for the tests: catalogues as a project has them, and rows
// written as plain strings.
#pragma once

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "catalogue/breakdown_catalogue.h"
#include "catalogue/indicator_catalogue.h"
#include "catalogue/territory_catalogue.h"
#include "catalogue/territory_resolver.h"
#include "ingest/raw_table.h"
#include "ingest/table_mapper.h"

namespace prith::test {

inline std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

inline std::string source_path(const std::string& relative) { return std::string(PRITH_SOURCE_DIR) + "/" + relative; }
inline std::string data_path(const std::string& relative) { return std::string(PRITH_TEST_DATA_DIR) + "/" + relative; }

// A small indicator catalogue covering the layouts the tests use.
inline constexpr const char* kTestIndicators =
    "code;label;aliases;unit;aggregation;numerator;denominator\n"
    "DEBOE;Demandeurs d'emploi bénéficiaires de l'obligation d'emploi;DEBOE cat. ABC|Demandeurs d'emploi BOE;personnes;sum;;\n"
    "PLACEMENTS;Placements Cap emploi;Placements|Nombre de placements;placements;sum;;\n"
    "MAINTIENS;Maintiens en emploi;Maintiens;personnes;sum;;\n"
    "TAUX;Taux de maintien;Taux de maintien en emploi;%;ratio;MAINTIENS;PLACEMENTS\n";

// Territories, their former names and breakdowns from the project's real
// catalogues, indicators from the text above.
struct Catalogues {
  TerritoryCatalogue territories;
  FormerNameCatalogue former_names;
  IndicatorCatalogue indicators;
  BreakdownCatalogue breakdowns;
  std::unique_ptr<TerritoryResolver> resolver;
  std::vector<Diagnostic> diagnostics;

  explicit Catalogues(const std::string& indicators_csv = kTestIndicators) {
    territories = TerritoryCatalogue::parse(read_file(source_path("config/territories.csv")), "territories.csv",
                                            diagnostics);
    former_names = FormerNameCatalogue::parse(read_file(source_path("config/former_departements.csv")),
                                              "former_departements.csv", territories, diagnostics);
    indicators = IndicatorCatalogue::parse(indicators_csv, "indicators.csv", diagnostics);
    breakdowns = BreakdownCatalogue::parse(read_file(source_path("config/breakdowns.csv")), "breakdowns.csv",
                                           indicators, diagnostics);
    resolver = std::make_unique<TerritoryResolver>(territories, &former_names);
  }
  MappingCatalogues mapping() const { return {territories, *resolver, indicators, "52", &breakdowns}; }
};

// A CSV-like row: every field a text cell at its column.
inline RawRow text_row(std::uint32_t line, const std::vector<std::string>& fields) {
  RawRow row;
  row.line = line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    RawCell cell;
    cell.column = static_cast<std::uint32_t>(i + 1);
    cell.text = fields[i];
    cell.kind = fields[i].empty() ? CellKind::empty : CellKind::text;
    row.cells.push_back(cell);
  }
  return row;
}

inline RawCell number_cell(std::uint32_t column, double value, bool percent = false) {
  RawCell cell;
  cell.kind = CellKind::number;
  cell.column = column;
  cell.number = value;
  cell.percent = percent;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  cell.text = buffer;
  return cell;
}

inline RawCell text_cell(std::uint32_t column, const std::string& text) {
  RawCell cell;
  cell.kind = CellKind::text;
  cell.column = column;
  cell.text = text;
  return cell;
}

// Feeds a table to a sink as a reader would.
inline void feed(RowSink& sink, const std::vector<RawRow>& rows, const std::string& sheet = "") {
  TableInfo info;
  info.sheet = sheet;
  sink.begin_table(info);
  for (const RawRow& row : rows) sink.row(row);
  sink.end_table();
}

}  // namespace prith::test
