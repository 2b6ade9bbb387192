#include "ingest/csv_dialect.h"

#include <doctest/doctest.h>

#include <string>

using namespace prith;

namespace {

std::string summary(const CsvDialect& d) {
  std::string out;
  out += d.delimiter == '\t' ? std::string("TAB") : std::string(1, d.delimiter);
  if (d.space_after_delimiter) out += "+space";
  out += " quote=";
  out += d.quote == '\0' ? std::string("none") : std::string(1, d.quote);
  if (d.escape == QuoteEscape::backslash) out += " esc=\\";
  out += " cols=" + std::to_string(d.columns);
  return out;
}

std::string sniff(std::string_view text) { return summary(sniff_dialect(text, true)); }

}  // namespace

TEST_CASE("each delimiter is found") {
  CHECK(sniff("a;b;c\n1;2;3\n4;5;6\n") == "; quote=\" cols=3");
  CHECK(sniff("a,b,c\n1,2,3\n4,5,6\n") == ", quote=\" cols=3");
  CHECK(sniff("a\tb\tc\n1\t2\t3\n") == "TAB quote=\" cols=3");
  CHECK(sniff("a|b|c\n1|2|3\n") == "| quote=\" cols=3");
  CHECK(sniff("nom, ville, note\nDupont, \"Nantes, 44\", 12\nMartin, Angers, 15\n") ==
        ",+space quote=\" cols=3");
}

TEST_CASE("French decimal commas do not make ',' the delimiter") {
  CHECK(sniff("dep;taux;nb\n44;12,5;3\n49;7,25;4\n53;10;5\n72;3,5;6\n") == "; quote=\" cols=3");
  // Even when every row has exactly one decimal comma.
  CHECK(sniff("dep;taux;nb\n44;12,5;3\n49;7,25;4\n") == "; quote=\" cols=3");
}

TEST_CASE("commas inside quoted prose do not make ', ' the delimiter") {
  CHECK(sniff("id,text\n1,\"a, b, c\"\n2,\"d, e\"\n3,f\n") == ", quote=\" cols=2");
}

TEST_CASE("quote character: double, single or none") {
  CHECK(sniff("id,name\n1,\"Smith, John\"\n2,\"Doe, Jane\"\n") == ", quote=\" cols=2");
  CHECK(sniff("id,name,c\n1,'Smith, John',x\n2,'Doe, Jane',y\n") == ", quote=' cols=3");
  // Every quoted value holds the delimiter: without quotes the widths would be
  // just as consistent, and wider, but the cut quotes give it away.
  CHECK(sniff("\"Dupont, Jean\",\"Nantes, 44\"\n\"Martin, Paul\",\"Angers, 49\"\n") ==
        ", quote=\" cols=2");
  // No quote anywhere: the usual double quote is kept.
  CHECK(sniff("a;b\n1;2\n") == "; quote=\" cols=2");
}

TEST_CASE("a backslash escape is chosen only when it cuts the rows better") {
  CHECK(sniff("id,size,label\n1,\"48\\\"\",\"Round, 48\\\" table\"\n2,\"12\",\"plain\"\n") ==
        ", quote=\" esc=\\ cols=3");
  CHECK(sniff("path;n\nC:\\temp;1\nD:\\x;2\n") == "; quote=\" cols=2");
}

TEST_CASE("preamble, blank, delimiter-only lines and footnotes do not mislead the choice") {
  const std::string text =
      "Demandeurs d'emploi, bénéficiaires de l'OETH\n"
      "Source : France Travail, T3 2025\n"
      "\n"
      ";;;\n"
      "territoire;période;indicateur;valeur\n"
      "44;2025-T3;DEBOE;14 178\n"
      "49;2025-T3;DEBOE;8 012\n"
      "53;2025-T3;DEBOE;3 001\n"
      "\n"
      "(1) Données brutes, hors Mayotte, non corrigées\n";
  CHECK(sniff(text) == "; quote=\" cols=4");
}

TEST_CASE("trailing delimiters count as one more column") {
  CHECK(sniff("a;b;c;\n1;2;3;\n4;5;6;\n") == "; quote=\" cols=4");
}

TEST_CASE("a quoted header cell with a line break") {
  CHECK(sniff("\"Code\";\"Libellé\nlong\";\"Valeur\"\n44;\"a;b\";1\n49;c;2\n") ==
        "; quote=\" cols=3");
}

TEST_CASE("one column: no delimiter is seen, the French default stays") {
  CHECK(sniff("territoire\n44\n49\n") == "; quote=\" cols=1");
}

TEST_CASE("space-separated values are found when nothing else splits") {
  CHECK(sniff("a b c\n1 2 3\n4 5 6\n") == "  quote=\" cols=3");
  // Two words a line is a list of names, not two columns.
  CHECK(sniff("Jean Dupont\nMarie Curie\nLouis Pasteur\n") == "; quote=\" cols=1");
}

TEST_CASE("an unfinished sample does not count its cut last record") {
  CsvDialect d = sniff_dialect("a;b;c\n1;2;3\n4;5", false);
  CHECK(d.columns == 3);
  CHECK(d.delimiter == ';');
}

TEST_CASE("scores: consistency counts the records cut alike, header included; width does not add") {
  CsvDialect semicolon;
  DialectScore score = score_dialect("a;b\n1;2\n3;4\n", semicolon, true);
  CHECK(score.columns == 2);
  CHECK(score.consistency == doctest::Approx(3));
  CHECK(score.header_consistent);
  // Twice as wide, as many records: the same consistency.
  CHECK(score_dialect("a;b;c;d\n1;2;3;4\n5;6;7;8\n", semicolon, true).consistency ==
        doctest::Approx(3));
  // A header cut differently from its rows is not counted, and says so.
  DialectScore spaced = score_dialect("ab;cd\n1 x y;2\n3 z t;4\n", CsvDialect{.delimiter = ' '}, true);
  CHECK(spaced.columns == 3);
  CHECK(spaced.consistency == doctest::Approx(2));
  CHECK_FALSE(spaced.header_consistent);
  CsvDialect comma;
  comma.delimiter = ',';
  CHECK(score_dialect("a;b\n1;2\n3;4\n", comma, true).consistency == 0);
  // A quote left open costs half a record (the record itself, read again
  // with the quote as text, still counts).
  CHECK(score_dialect("a;b\n1;2\n\"3;4\n", semicolon, true).consistency == doctest::Approx(2.5));
}

TEST_CASE("labels with spaces, commas and parentheses do not fool the delimiter") {
  const std::string label = "Bénéficiaires de l'OETH inscrits (cat. A, B, C)";
  std::string semicolon = "Département;Trimestre;Indicateur;Valeur\n";
  std::string comma = "Département,Trimestre,Indicateur,Valeur\n";
  std::string tab = "Département\tTrimestre\tIndicateur\tValeur\n";
  const char* rows[][2] = {{"Ain", "1 204"}, {"Aisne", "2 845"}, {"Allier", "1 612"},
                           {"Ardèche", "3 050"}, {"Ardennes", "1 999"}};
  for (const auto& row : rows) {
    semicolon += std::string(row[0]) + ";2026-T1;" + label + ";" + row[1] + "\n";
    comma += std::string(row[0]) + ",2026-T1,\"" + label + "\"," + row[1] + "\n";
    tab += std::string(row[0]) + "\t2026-T1\t" + label + "\t" + row[1] + "\n";
  }
  // Cut at spaces, every row has 9 fields and the header 1: space made the
  // most fields, but only 5 records of 6 agree; ';' cuts all 6 alike.
  CHECK(sniff(semicolon) == "; quote=\" cols=4");
  CHECK(sniff(comma) == ", quote=\" cols=4");
  CHECK(sniff(tab) == "TAB quote=\" cols=4");
  // The label unquoted in a ';' file: its commas make 3 fields more, on
  // every row but the header.
  std::string bare = "Département;Trimestre;Indicateur;Valeur\n";
  for (const auto& row : rows) bare += std::string(row[0]) + ";2026-T1;" + label + ";" + row[1] + "\n";
  CHECK(sniff(bare) == "; quote=\" cols=4");
  // Labels in the header too: still the header's delimiter.
  CHECK(sniff("Territoire;Demandeurs d'emploi (cat. A, B, C);Bénéficiaires (OETH, RQTH)\n"
              "Ain;1 204;3 050\nAisne;2 845;1 999\nAllier;1 612;845\n") ==
        "; quote=\" cols=3");
}

TEST_CASE("Excel's sep= line names the delimiter") {
  CHECK(sep_directive("sep=;\r\na;b\n") == ';');
  CHECK(sep_directive("sep=\t\n") == '\t');
  CHECK(sep_directive("sep=,") == ',');
  CHECK(sep_directive("sep=;;\n") == '\0');
  CHECK(sep_directive("sep=\n") == '\0');
  CHECK(sep_directive("Sep=;\n") == '\0');
  CsvDialect d = sniff_dialect("sep=,\r\na;b,c\r\n1;2,3\r\n", true);
  CHECK(d.delimiter == ',');
  CHECK(d.sep_line);
  CHECK(d.columns == 2);
  CHECK(describe_dialect(d) ==
        "Encodage UTF-8, séparateur « , » (indiqué par la ligne « sep= »), guillemets « \" », "
        "fins de ligne CRLF, 2 colonnes");
}

TEST_CASE("line endings") {
  CHECK(sniff_line_ending("a\r\nb\r\nc\n") == "\r\n");
  CHECK(sniff_line_ending("a\nb\n") == "\n");
  CHECK(sniff_line_ending("a\rb\rc") == "\r");
  CHECK(sniff_line_ending("abc") == "\n");
}

TEST_CASE("the detected dialect told in French") {
  CHECK(describe_dialect({.encoding = TextEncoding::windows1252, .line_ending = "\r\n", .columns = 4}) ==
        "Encodage Windows-1252, séparateur « ; », guillemets « \" », fins de ligne CRLF, "
        "4 colonnes");
  CHECK(describe_dialect({.delimiter = '\t', .quote = '\0', .columns = 1}) ==
        "Encodage UTF-8, séparateur tabulation, sans guillemets, fins de ligne LF, 1 colonne");
  CHECK(describe_dialect({.delimiter = ',',
                          .space_after_delimiter = true,
                          .escape = QuoteEscape::backslash,
                          .line_ending = "\r",
                          .columns = 1}) ==
        "Encodage UTF-8, séparateur « , suivi d'une espace », guillemets « \" » échappés par "
        "« \\ », fins de ligne CR, 1 colonne");
}
