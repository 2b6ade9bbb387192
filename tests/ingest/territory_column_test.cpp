#include "ingest/territory_column.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace prith;

namespace {

std::string read_code(TerritoryColumn& column, const test::Catalogues& catalogues, const char* text) {
  TerritoryColumn::Cell cell = column.read(text);
  if (cell.total_only) return "total";
  if (cell.resolution.kind == TerritoryResolution::Kind::ambiguous) return "ambiguous";
  if (cell.resolution.kind == TerritoryResolution::Kind::unknown) return "unknown";
  const Territory& territory = catalogues.territories.at(cell.resolution.id);
  return (territory.level == TerritoryLevel::region ? "R" : "") + territory.code;
}

}  // namespace

TEST_CASE("a header that names the level settles bare codes") {
  test::Catalogues catalogues;
  MappingCatalogues national{catalogues.territories, *catalogues.resolver, catalogues.indicators, ""};
  TerritoryColumn column(national);
  column.reset(TerritoryLevel::region);
  CHECK(read_code(column, catalogues, "24") == "R24");
  column.reset(TerritoryLevel::departement);
  CHECK(read_code(column, catalogues, "24") == "24");
  CHECK_FALSE(column.may_wait());
}

TEST_CASE("the project's perimeter settles a code when one candidate lies in it") {
  test::Catalogues catalogues;
  MappingCatalogues mapping = catalogues.mapping();  // région 52
  TerritoryColumn column(mapping);
  column.reset(std::nullopt);
  CHECK(read_code(column, catalogues, "44") == "44");  // not the région Grand Est
  CHECK(read_code(column, catalogues, "52") == "R52");  // not Haute-Marne
  CHECK(read_code(column, catalogues, "24") == "ambiguous");  // neither lies in the région
  CHECK(column.may_wait());
}

TEST_CASE("a code that can only be a département settles the column, unless the perimeter disagrees") {
  test::Catalogues catalogues;
  MappingCatalogues mapping = catalogues.mapping();
  TerritoryColumn column(mapping);
  column.reset(std::nullopt);
  CHECK(read_code(column, catalogues, "49") == "49");
  CHECK_FALSE(column.may_wait());
  CHECK(read_code(column, catalogues, "24") == "24");         // Dordogne now
  CHECK(read_code(column, catalogues, "52") == "ambiguous");  // the perimeter says région
}

TEST_CASE("once it stops waiting, a column keeps its answers") {
  test::Catalogues catalogues;
  MappingCatalogues national{catalogues.territories, *catalogues.resolver, catalogues.indicators, ""};
  TerritoryColumn column(national);
  column.reset(std::nullopt);
  column.stop_waiting();
  CHECK(read_code(column, catalogues, "49") == "49");
  CHECK(read_code(column, catalogues, "24") == "ambiguous");
}

TEST_CASE("total labels") {
  std::string named;
  CHECK(is_total_label("total", named));
  CHECK(named.empty());
  CHECK(is_total_label("ensemble des departements", named));
  CHECK(is_total_label("total pays de la loire", named));
  CHECK(named == "pays de la loire");
  CHECK_FALSE(is_total_label("totalement", named));
  test::Catalogues catalogues;
  MappingCatalogues mapping = catalogues.mapping();
  TerritoryColumn column(mapping);
  column.reset(std::nullopt);
  CHECK(read_code(column, catalogues, "Total") == "total");
  CHECK(read_code(column, catalogues, "Total Pays de la Loire") == "R52");
}

TEST_CASE("a split département's former name is settled neither by the perimeter nor by the column's level") {
  test::Catalogues catalogues;
  // A made-up split across two régions: 44 lies in the project's région
  // (52), 22 does not. Evidence that settles "52" must not pick 44 here.
  std::vector<Diagnostic> diagnostics;
  const FormerNameCatalogue split = FormerNameCatalogue::parse(
      "name;codes;year;source\nArmor-et-Loire;22,44;1999;made up for this test\n", "former_departements.csv",
      catalogues.territories, diagnostics);
  REQUIRE(diagnostics.empty());
  const TerritoryResolver resolver(catalogues.territories, &split);
  MappingCatalogues mapping{catalogues.territories, resolver, catalogues.indicators, "52"};
  TerritoryColumn column(mapping);
  column.reset(TerritoryLevel::departement);
  CHECK(read_code(column, catalogues, "49") == "49");
  CHECK(read_code(column, catalogues, "Armor-et-Loire") == "ambiguous");
  CHECK(read_code(column, catalogues, "52") == "52");  // the same evidence still settles a bare code
}
