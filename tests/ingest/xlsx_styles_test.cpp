#include "ingest/xlsx_styles.h"

#include <doctest/doctest.h>

namespace prith {

TEST_CASE("classify_builtin_format: ECMA-376 date and percent ids") {
  for (std::uint32_t id : {14u, 15u, 17u, 22u, 27u, 36u, 45u, 47u, 50u, 58u}) {
    CAPTURE(id);
    CHECK(classify_builtin_format(id) == NumberFormatKind::date);
  }
  CHECK(classify_builtin_format(9) == NumberFormatKind::percent);
  CHECK(classify_builtin_format(10) == NumberFormatKind::percent);
  for (std::uint32_t id : {0u, 1u, 3u, 4u, 11u, 13u, 23u, 37u, 49u, 59u, 164u}) {
    CAPTURE(id);
    CHECK(classify_builtin_format(id) == NumberFormatKind::general);
  }
}

TEST_CASE("classify_format_code: dates, percentages and look-alikes") {
  struct Case {
    const char* code;
    NumberFormatKind kind;
  } cases[] = {
      {"dd/mm/yyyy", NumberFormatKind::date},
      {"mmm-yy", NumberFormatKind::date},
      {"[$-40C]mmmm yyyy", NumberFormatKind::date},
      {"d mmmm yyyy;@", NumberFormatKind::date},
      {"yyyy-mm-dd hh:mm", NumberFormatKind::date},
      {"DD/MM/YYYY", NumberFormatKind::date},
      {"[h]:mm", NumberFormatKind::general},         // elapsed time
      {"[mm]:ss", NumberFormatKind::general},
      {"General", NumberFormatKind::general},
      {"0.0%", NumberFormatKind::percent},
      {"#,##0.00 %", NumberFormatKind::percent},
      {"0\" %\"", NumberFormatKind::general},        // % inside quotes
      {"0\" jours\"", NumberFormatKind::general},    // d, y inside quotes
      {"#,##0 \\d", NumberFormatKind::general},      // escaped d
      {"[Red]#,##0", NumberFormatKind::general},     // colour in brackets
      {"[$€-40C] #,##0.00", NumberFormatKind::general},
      {"0.00E+00", NumberFormatKind::general},
      {"", NumberFormatKind::general},
  };
  for (const Case& c : cases) {
    CAPTURE(c.code);
    CHECK(classify_format_code(c.code) == c.kind);
  }
}

TEST_CASE("XlsxStyles: an index beyond cellXfs is general") {
  XlsxStyles styles;
  styles.cell_formats = {NumberFormatKind::general, NumberFormatKind::date};
  CHECK(styles.kind(1) == NumberFormatKind::date);
  CHECK(styles.kind(7) == NumberFormatKind::general);
}

}  // namespace prith
