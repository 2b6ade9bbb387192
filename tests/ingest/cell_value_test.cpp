#include "ingest/cell_value.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace prith;

TEST_CASE("value cells: figures, statuses, and what is no figure") {
  CHECK(read_value_cell(nullptr).kind == CellValue::Kind::empty);
  RawCell number = test::number_cell(3, 0.035, true);
  CHECK(read_value_cell(&number).kind == CellValue::Kind::figure);
  CHECK(read_value_cell(&number).value == doctest::Approx(3.5));  // a % format holds a fraction
  RawCell counted = test::text_cell(2, "14 178");
  CellValue text = read_value_cell(&counted);
  CHECK(text.kind == CellValue::Kind::figure);
  CHECK(text.value == 14178);
  CHECK(text.from_text);
  RawCell zero = test::text_cell(2, "0");
  CHECK(read_value_cell(&zero).kind == CellValue::Kind::figure);  // a real 0 stays 0
  RawCell secret = test::text_cell(2, "s");
  CHECK(read_value_cell(&secret).kind == CellValue::Kind::confidential);
  RawCell nd = test::text_cell(2, "n.d.");
  CHECK(read_value_cell(&nd).kind == CellValue::Kind::missing);
  RawCell spaces = test::text_cell(2, "   ");
  CHECK(read_value_cell(&spaces).kind == CellValue::Kind::empty);
  RawCell junk = test::text_cell(2, "12abc");
  CHECK(read_value_cell(&junk).kind == CellValue::Kind::not_a_number);
  RawCell error = test::text_cell(2, "#DIV/0!");
  error.kind = CellKind::error;
  CHECK(read_value_cell(&error).kind == CellValue::Kind::missing);
  RawCell date = test::number_cell(2, 45930);
  date.kind = CellKind::date;
  CHECK(read_value_cell(&date).kind == CellValue::Kind::wrong_type);
}

TEST_CASE("a text cell is read with the convention its column was found to use") {
  RawCell cell = test::text_cell(1, "12,345");
  CHECK(read_value_cell(&cell).value == doctest::Approx(12.345));  // automatic: the lone comma is decimal
  CHECK(read_value_cell(&cell, DecimalConvention::comma).value == doctest::Approx(12.345));
  CHECK(read_value_cell(&cell, DecimalConvention::point).value == 12345);
  RawCell french = test::text_cell(1, "3,5");
  CHECK(read_value_cell(&french, DecimalConvention::point).kind == CellValue::Kind::not_a_number);
}
