// plain_number: the numbers of CSV cells and SVG coordinates.
#include "core/plain_number.h"

#include <doctest/doctest.h>

using namespace prith;

TEST_CASE("a plain number has a point, no thousands separator and no trailing zero") {
  CHECK(plain_number(1234.5) == "1234.5");
  CHECK(plain_number(1234.0) == "1234");
  CHECK(plain_number(100, 2) == "100");
  CHECK(plain_number(12.345, 2) == "12.35");  // 12.345 is stored a little above: printf's digits
  CHECK(plain_number(0.125, 2) == "0.12");    // an exact half: to the even digit, as printf
  CHECK(plain_number(-3.25, 1) == "-3.2");
  CHECK(plain_number(7.96, 0) == "8");
}

TEST_CASE("a negative number that rounds to zero is written 0") {
  CHECK(plain_number(-0.04) == "0");
  CHECK(plain_number(-0.0, 2) == "0");
  CHECK(plain_number(-0.004, 2) == "0");
}
