#include "ingest/csv_table_writer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "ingest/csv_reader.h"

using namespace prith;

namespace {

RawCell cell(std::uint32_t column, std::string text, CellKind kind = CellKind::text) {
  RawCell c;
  c.kind = kind;
  c.text = std::move(text);
  c.column = column;
  return c;
}

RawRow row(std::uint32_t line, std::vector<RawCell> cells) {
  RawRow r;
  r.line = line;
  r.cells = std::move(cells);
  return r;
}

}  // namespace

TEST_CASE("one field escaped the RFC 4180 way") {
  CHECK(escape_csv_field("plain") == "plain");
  CHECK(escape_csv_field("") == "");
  CHECK(escape_csv_field("a,b") == "\"a,b\"");
  CHECK(escape_csv_field("dit \"oui\"") == "\"dit \"\"oui\"\"\"");
  CHECK(escape_csv_field("l1\nl2") == "\"l1\nl2\"");
  CHECK(escape_csv_field("a\rb") == "\"a\rb\"");
  CHECK(escape_csv_field(" padded") == "\" padded\"");
  CHECK(escape_csv_field("14\u00A0178;x") == "14\u00A0178;x");
  std::string out = "x,";
  append_csv_field(out, "y\"");
  CHECK(out == "x,\"y\"\"\"");
}

TEST_CASE("cells go to their column; gaps are empty fields; LF ends each row") {
  std::ostringstream out;
  CsvTableWriter writer(out);
  writer.begin_table(TableInfo{});
  writer.row(row(1, {cell(1, "a"), cell(2, "b,c")}));
  writer.row(row(2, {cell(3, "z")}));                      // sparse XLSX row
  writer.row(row(7, {cell(2, "b"), cell(5, "e")}));        // a line jump adds no empty line
  writer.row(row(8, {cell(1, "", CellKind::empty), cell(2, "x")}));
  writer.row(row(9, {}));
  writer.row(row(10, {cell(0, "p"), cell(0, "q")}));       // no column: one after the other
  writer.row(row(11, {cell(3, "c"), cell(2, "late")}));    // out of order: appended, never lost
  writer.end_table();
  CHECK(out.str() == "a,\"b,c\"\n,,z\n,b,,,e\n,x\n\np,q\n,,c,late\n");
  CHECK(writer.rows_written() == 7);
}

TEST_CASE("numbers and other kinds are written as the text a user sees") {
  std::ostringstream out;
  CsvTableWriter writer(out);
  writer.begin_table(TableInfo{"Feuil1", false});
  RawCell number = cell(1, "14178.5", CellKind::number);
  number.number = 14178.5;
  writer.row(row(1, {number, cell(2, "VRAI", CellKind::boolean), cell(3, "#N/A", CellKind::error)}));
  writer.end_table();
  CHECK(out.str() == "14178.5,VRAI,#N/A\n");
}

TEST_CASE("a CSV read then written is plain comma CSV with the same cells") {
  const std::string input =
      "\"Code\";\"Libellé\nlong\";Valeur\r\n44;\"a,b\";\"dit \"\"oui\"\"\"\r\n;;\r\n49;;x\r\n";
  std::ostringstream out;
  CsvTableWriter writer(out);
  std::vector<Diagnostic> diagnostics;
  REQUIRE_FALSE(read_csv_text(input, writer, diagnostics));
  CHECK(out.str() == "Code,\"Libellé\nlong\",Valeur\n44,\"a,b\",\"dit \"\"oui\"\"\"\n49,,x\n");
}
