#include "ingest/csv_table_trimmer.h"

#include <doctest/doctest.h>

#include "collecting_sink.h"

using namespace prith;
using prith::test::CollectingSink;

namespace {

// "a||c" gives cells a, (empty), c.
RawRow row(std::uint32_t line, std::string_view cells) {
  RawRow r;
  r.line = line;
  std::uint32_t column = 1;
  std::size_t start = 0;
  while (true) {
    std::size_t end = cells.find('|', start);
    std::string_view text = cells.substr(start, end == std::string_view::npos ? end : end - start);
    RawCell cell;
    cell.kind = text.empty() ? CellKind::empty : CellKind::text;
    cell.text = std::string(text);
    cell.column = column++;
    r.cells.push_back(cell);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return r;
}

}  // namespace

TEST_CASE("what fits a table") {
  CHECK(row_fits_table(row(1, "a|b|c|d"), 4));
  CHECK(row_fits_table(row(1, "a|b|c"), 4));          // one short: header without trailing ;
  CHECK(row_fits_table(row(1, "a|b|c|d|"), 4));       // one more
  CHECK(row_fits_table(row(1, "a||c|"), 4));          // two values
  CHECK_FALSE(row_fits_table(row(1, "Titre|||"), 4)); // one value: a title
  CHECK_FALSE(row_fits_table(row(1, "Titre"), 4));
  CHECK_FALSE(row_fits_table(row(1, "a|b"), 4));      // two values, but two columns short
  CHECK(row_fits_table(row(1, "a|b|c|d|e|f|g"), 4));  // full row of values: damaged, still data
  CHECK(row_fits_table(row(1, "85|"), 2));            // two columns: one value is enough
  CHECK(row_fits_table(row(1, "x"), 1));
  CHECK_FALSE(row_fits_table(row(1, ""), 1));
}

TEST_CASE("preamble and footnotes are left out; ragged rows between fitting rows stay") {
  CollectingSink sink;
  std::vector<Diagnostic> diagnostics;
  CsvTableTrimmer trimmer(sink, CsvDialect{.delimiter = ',', .columns = 3}, diagnostics);
  trimmer.begin_table(TableInfo{});
  trimmer.row(row(1, "Titre"));
  trimmer.row(row(2, "Source : X||"));
  trimmer.row(row(4, "a|b|c"));
  trimmer.row(row(5, "note au milieu"));
  trimmer.row(row(6, "1|2|3"));
  trimmer.row(row(8, "(1) renvoi"));
  trimmer.end_table();
  CHECK(sink.text() == "4|a|b|c\n5|note au milieu\n6|1|2|3\n");
  CHECK(sink.tables == 1);
  CHECK(sink.ended == 1);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == DiagnosticCode::rows_outside_table);
  CHECK(diagnostics[0].severity == Severity::info);
  CHECK(diagnostics[0].message == "2 lignes avant le tableau (lignes 1 à 2) laissées de côté.");
  CHECK(diagnostics[1].place.line == 8);
  CHECK(diagnostics[1].message == "1 ligne après le tableau (ligne 8) laissée de côté.");
}

TEST_CASE("nothing fits: everything is shown rather than nothing") {
  CollectingSink sink;
  std::vector<Diagnostic> diagnostics;
  CsvTableTrimmer trimmer(sink, CsvDialect{.delimiter = ',', .columns = 5}, diagnostics);
  trimmer.begin_table(TableInfo{});
  trimmer.row(row(1, "x"));
  trimmer.row(row(2, "y"));
  trimmer.end_table();
  CHECK(sink.text() == "1|x\n2|y\n");
  CHECK(diagnostics.empty());
}

TEST_CASE("a long run of rows that do not fit is data, not footnotes") {
  CollectingSink sink;
  std::vector<Diagnostic> diagnostics;
  CsvTableTrimmer trimmer(sink, CsvDialect{.delimiter = ',', .columns = 3}, diagnostics);
  trimmer.begin_table(TableInfo{});
  trimmer.row(row(1, "a|b|c"));
  for (std::uint32_t line = 2; line <= 400; ++line) trimmer.row(row(line, "z"));
  trimmer.end_table();
  CHECK(sink.rows.size() == 400);
}
