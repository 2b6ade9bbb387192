#include "ingest/csv_table_trimmer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "collecting_sink.h"
#include "ingest/csv_reader.h"
#include "ingest/csv_table_writer.h"

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

// What `prith inspect FILE --table` prints: the CSV on `out`, each
// diagnostic but dialect_detected on `err` as "code@line: message".
struct Table {
  std::string out, err;
};

Table table_of(std::string_view text) {
  std::ostringstream out;
  CsvTableWriter writer(out);
  std::vector<Diagnostic> diagnostics;
  CsvReadOptions options;
  options.table_only = true;
  auto refusal = read_csv_text(text, writer, diagnostics, options);
  REQUIRE_FALSE(refusal);
  Table table{out.str(), {}};
  for (const Diagnostic& d : diagnostics) {
    if (d.code == DiagnosticCode::dialect_detected) continue;
    table.err += std::string(code_name(d.code)) + "@" + std::to_string(d.place.line) + ": " +
                 d.message + "\n";
  }
  return table;
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

TEST_CASE("what reads as a figure") {
  CHECK(looks_like_figure("1 204"));
  CHECK(looks_like_figure("12,5 %"));
  CHECK(looks_like_figure("$74.69"));
  CHECK(looks_like_figure("28/01/2018"));
  CHECK(looks_like_figure("00:15"));
  CHECK(looks_like_figure("14\u00A0178 €"));
  CHECK(looks_like_figure("-3"));
  CHECK_FALSE(looks_like_figure("T3 2025"));
  CHECK_FALSE(looks_like_figure("MG-8769"));
  CHECK_FALSE(looks_like_figure("DATE"));
  CHECK_FALSE(looks_like_figure("- / -"));
  CHECK_FALSE(looks_like_figure(""));
}

TEST_CASE("what repeats a header") {
  RawRow header = row(1, "DATE|TIME|Qty|URL");
  CHECK(repeats_header(row(9, "DATE|TIME|Qty|URL"), header));
  CHECK(repeats_header(row(9, "DATE|TIME|Qty"), header));            // one label less
  CHECK(repeats_header(row(9, "DATE|TIME|Qty|URL|col1"), header));   // one more
  CHECK(repeats_header(row(9, "DATE|TIME|Quantité|URL"), header));   // one changed
  CHECK_FALSE(repeats_header(row(9, "DATE|TIME"), header));
  CHECK_FALSE(repeats_header(row(9, "TIME|Qty|URL|DATE"), header));  // not in their columns
  CHECK_FALSE(repeats_header(row(9, "28/01/2018|00:00|2|x"), header));
  CHECK_FALSE(repeats_header(row(9, "a|b"), row(1, "a|c")));          // two labels: both needed
}

TEST_CASE("stacked header rows are joined into one header") {
  Table t = table_of(
      "DATE,TIME,Qty,Price\n"
      "DATE,TIME,Qty,Price\n"
      "28/01/2018,00:00,2,$74.69\n"
      "29/01/2018,00:15,0,$29.81\n");
  CHECK(t.out == "DATE DATE,TIME TIME,Qty Qty,Price Price\n28/01/2018,00:00,2,$74.69\n"
                 "29/01/2018,00:15,0,$29.81\n");
  CHECK(t.err == "stacked_header@1: En-tête sur 2 lignes (lignes 1 à 2) : réunies en une seule, "
                 "colonne par colonne.\n");
  // A group label over the column labels, three rows.
  Table groups = table_of(
      "Territoire;Demandeurs d'emploi;;Bénéficiaires\n"
      ";BOE;;\n"
      ";T1 2026;T2 2026;T1 2026\n"
      "Ain;1 204;1 250;845\n");
  CHECK(groups.out == "Territoire,Demandeurs d'emploi BOE T1 2026,T2 2026,Bénéficiaires T1 2026\n"
                      "Ain,1 204,1 250,845\n");
  CHECK(groups.err == "stacked_header@1: En-tête sur 3 lignes (lignes 1 à 3) : réunies en une "
                      "seule, colonne par colonne.\n");
  // A group label repeated over its columns, the first column's label below it.
  Table periods = table_of(";Demandeurs;Demandeurs;Entrées\nDépartement;T2 2025;T3 2025;T3 2025\n"
                           "Loire-Atlantique;14 012;14 178;1 203\n");
  CHECK(periods.out == "Département,Demandeurs T2 2025,Demandeurs T3 2025,Entrées T3 2025\n"
                       "Loire-Atlantique,14 012,14 178,1 203\n");
}

TEST_CASE("rows of text above a figure that is not under a label are not a header") {
  // A table of text whose first rows have no figure: nothing is joined.
  Table t = table_of("Nom;Ville;Note\nDupont;Nantes;\nMartin;Angers;12\n");
  CHECK(t.out == "Nom,Ville,Note\nDupont,Nantes,\nMartin,Angers,12\n");
  CHECK(t.err == "");
  // The first rows of a table of codes: the second row neither repeats the
  // header nor fills a gap of it.
  Table codes = table_of("code;name;level;parent\nFR;France;pays;\nR52;Pays de la Loire;région;FR\n"
                         "44;Loire-Atlantique;département;R52\n");
  CHECK(codes.out == "code,name,level,parent\nFR,France,pays,\nR52,Pays de la Loire,région,FR\n"
                     "44,Loire-Atlantique,département,R52\n");
  CHECK(codes.err == "");
  // Four rows without a figure: more than a header.
  Table text = table_of("a;b;c\nd;e;f\ng;h;i\nj;k;l\n1;2;3\n");
  CHECK(text.out == "a,b,c\nd,e,f\ng,h,i\nj,k,l\n1,2,3\n");
  CHECK(text.err == "");
}

TEST_CASE("a repeated header ends the first table; the next one is reported") {
  const std::string first = "DATE,TIME,Qty\n28/01/2018,00:00,2\n29/01/2018,00:15,0\n";
  Table same = table_of(first + "DATE,TIME,Qty\n30/01/2018,00:30,1\n31/01/2018,00:45,1\n");
  CHECK(same.out == first);
  CHECK(same.err == "second_table@4: Autre tableau, lignes 4 à 6 : son en-tête (3 colonnes) reprend "
                    "celui de la ligne 1, suivi de 2 lignes ; seul le premier tableau est écrit.\n");
  // One column more, and a footnote of the first table before it.
  Table more = table_of(first + "(1) note\nDATE,TIME,Qty,col1\n30/01/2018,00:30,1,x\n");
  CHECK(more.out == first);
  CHECK(more.err ==
        "rows_outside_table@4: 1 ligne après le tableau (ligne 4) laissée de côté.\n"
        "second_table@5: Autre tableau, lignes 5 à 6 : son en-tête (4 colonnes) reprend celui de la "
        "ligne 1, suivi de 1 ligne ; seul le premier tableau est écrit.\n");
  // One column less; then a third table.
  Table less = table_of(first + "DATE,TIME\n30/01/2018,00:30\nDATE,TIME,Qty\n1/02/2018,01:00,4\n");
  CHECK(less.out == first);
  CHECK(less.err ==
        "second_table@4: Autre tableau, lignes 4 à 5 : son en-tête (2 colonnes) reprend celui de la "
        "ligne 1, suivi de 1 ligne ; seul le premier tableau est écrit.\n"
        "second_table@6: Autre tableau, lignes 6 à 7 : son en-tête (3 colonnes) reprend celui de la "
        "ligne 1, suivi de 1 ligne ; seul le premier tableau est écrit.\n");
  // A table without a header: a repeated data row is data.
  Table headless = table_of("1;2;3\n1;2;3\n4;5;6\n");
  CHECK(headless.out == "1,2,3\n1,2,3\n4,5,6\n");
  CHECK(headless.err == "");
}

TEST_CASE("a header written with another delimiter than the data is the header") {
  Table t = table_of("DATE TIME Qty \"Product Type\"\n28/01/2018,00:00,2,Boots\n29/01/2018,00:15,0,Jacket\n");
  CHECK(t.out == "DATE,TIME,Qty,Product Type\n28/01/2018,00:00,2,Boots\n29/01/2018,00:15,0,Jacket\n");
  CHECK(t.err == "header_other_delimiter@1: L'en-tête ligne 1 est écrit avec le séparateur espace, "
                 "les données avec « , » : il est lu comme l'en-tête de ses 4 colonnes.\n");
  Table semicolon = table_of("Territoire;Période;Valeur\nAin,2026-T1,1204\nAisne,2026-T1,845\n");
  CHECK(semicolon.out == "Territoire,Période,Valeur\nAin,2026-T1,1204\nAisne,2026-T1,845\n");
  CHECK(semicolon.err.rfind("header_other_delimiter@1: L'en-tête ligne 1 est écrit avec le séparateur "
                            "« ; », les données avec « , »", 0) == 0);
  // A title that happens to have as many words as the table has columns,
  // over the real header: a title, left out.
  Table title = table_of("Demandeurs emploi T3\nTerritoire;Période;Valeur\nAin;2026-T1;1204\n");
  CHECK(title.out == "Territoire,Période,Valeur\nAin,2026-T1,1204\n");
  CHECK(title.err == "rows_outside_table@1: 1 ligne avant le tableau (ligne 1) laissée de côté.\n");
  // A title with a figure in it is never a header.
  Table year = table_of("Bilan 2025 T3\nAin;2026-T1;1204\nAisne;2026-T1;845\n");
  CHECK(year.out == "Ain,2026-T1,1204\nAisne,2026-T1,845\n");
}

TEST_CASE("an empty file is an empty table, with a warning") {
  for (std::string_view empty : {std::string_view(""), std::string_view("\xEF\xBB\xBF")}) {
    std::ostringstream out;
    CsvTableWriter writer(out);
    std::vector<Diagnostic> diagnostics;
    CsvReadOptions options;
    options.table_only = true;
    CHECK_FALSE(read_csv_text(empty, writer, diagnostics, options));
    CHECK(out.str() == "");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == DiagnosticCode::empty_file);
    CHECK(diagnostics[0].severity == Severity::warning);
    CHECK(diagnostics[0].message == "Le fichier est vide : le tableau écrit est vide.");
    // For the mapper, still a refusal.
    CollectingSink sink;
    std::vector<Diagnostic> none;
    auto refusal = read_csv_text(empty, sink, none);
    REQUIRE(refusal);
    CHECK(refusal->code == DiagnosticCode::empty_file);
  }
}

TEST_CASE("a row written with another delimiter inside the table is cut again") {
  // Cut at its comma, the line has two fields for four columns.
  Table t = table_of("a,b,c,d\n1,2,3,4\n5 6 7 \"x, y\"\nnote au milieu encore\n8,9,10,11\n");
  CHECK(t.out == "a,b,c,d\n1,2,3,4\n5,6,7,\"x, y\"\nnote au milieu encore\n8,9,10,11\n");
  CHECK(t.err == "row_other_delimiter@3: La ligne 3 est écrite avec le séparateur espace, le tableau "
                 "avec « , » : elle est relue en 4 colonnes.\n");
  // After the last row of the table, such a line is a footnote.
  Table after = table_of("a;b;c\n1;2;3\n4 5 6\n");
  CHECK(after.out == "a,b,c\n1,2,3\n");
  CHECK(after.err == "rows_outside_table@3: 1 ligne après le tableau (ligne 3) laissée de côté.\n");
}
