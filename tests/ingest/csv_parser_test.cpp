#include "ingest/csv_parser.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace prith;

namespace {

// Keeps records as "line|field|field\n"; "_" marks a blank record.
class RecordText : public CsvRecordHandler {
 public:
  bool record(const CsvRecord& record) override {
    text += std::to_string(record.line());
    if (record.is_blank()) text += "|_";
    for (std::size_t i = 0; i < record.size() && !record.is_blank(); ++i) {
      text += "|";
      text += record.field(i);
    }
    text += "\n";
    return ++count < limit;
  }
  std::string text;
  int count = 0;
  int limit = 1 << 30;
};

CsvDialect dialect(char delimiter = ';', char quote = '"',
                   QuoteEscape escape = QuoteEscape::doubled) {
  CsvDialect d;
  d.delimiter = delimiter;
  d.quote = quote;
  d.escape = escape;
  return d;
}

std::string parse(std::string_view text, const CsvDialect& d, std::size_t block = 1 << 20,
                  std::vector<Diagnostic>* diagnostics = nullptr) {
  RecordText records;
  CsvParser parser(d, records, diagnostics);
  for (std::size_t i = 0; i < text.size(); i += block) parser.feed(text.substr(i, block));
  parser.finish();
  return records.text;
}

// The same records whatever the block boundaries.
void check_every_block_size(std::string_view text, const CsvDialect& d, const std::string& expected) {
  for (std::size_t block = 1; block <= text.size() + 1; ++block) {
    CAPTURE(block);
    CHECK(parse(text, d, block) == expected);
  }
}

}  // namespace

TEST_CASE("plain records with physical line numbers") {
  check_every_block_size("territoire;valeur\n44;14 178\n49;0\n", dialect(),
                         "1|territoire|valeur\n2|44|14 178\n3|49|0\n");
}

TEST_CASE("CRLF, LF and CR alone all end a record; a last record needs no line break") {
  check_every_block_size("a;b\r\n1;2\n3;4\r5;6", dialect(), "1|a|b\n2|1|2\n3|3|4\n4|5|6\n");
  check_every_block_size("a\r\r\nb\n", dialect(), "1|a\n2|_\n3|b\n");
}

TEST_CASE("quoted fields hold delimiters, doubled quotes and line breaks") {
  const std::string text =
      "\"Code\";\"Libellé\nlong\";Valeur\n"
      "44;\"a;b\";\"dit \"\"oui\"\"\"\n"
      "49;\"l1\r\nl2\rl3\";\"\"\n"
      "53;fin;x\n";
  check_every_block_size(text, dialect(),
                         "1|Code|Libellé\nlong|Valeur\n"
                         "3|44|a;b|dit \"oui\"\n"
                         "4|49|l1\r\nl2\rl3|\n"
                         "7|53|fin|x\n");
}

TEST_CASE("empty fields, trailing delimiters and blank lines") {
  check_every_block_size("a;;c;\n\n;;\n", dialect(), "1|a||c|\n2|_\n3|||\n");
}

TEST_CASE("a quote in the middle of a field is an ordinary character") {
  CHECK(parse("a;b\"c;d\n", dialect()) == "1|a|b\"c|d\n");
}

TEST_CASE("a quote followed by text inside a quoted field does not close it") {
  CHECK(parse("\"x\";\"y\n\"z\";w\n", dialect()) == "1|x|y\n\"z|w\n");
  CHECK(parse("1,'Men's boots, brown',2\n", dialect(',', '\'')) == "1|1|Men's boots, brown|2\n");
  CHECK(parse("\"a\"b\";c\n", dialect()) == "1|a\"b|c\n");
}

TEST_CASE("backslash escapes inside quotes; doubled quotes are still accepted") {
  const std::string text = "1,\"48\\\"\",\"Round, 48\\\" table\",\"a\"\"b\"\n2,\"\\\\\",x\n";
  check_every_block_size(text, dialect(',', '"', QuoteEscape::backslash),
                         "1|1|48\"|Round, 48\" table|a\"b\n2|2|\\|x\n");
}

TEST_CASE("no quoting: quotes are kept as they are") {
  CHECK(parse("\"a;b\";c\n", dialect(';', '\0')) == "1|\"a|b\"|c\n");
}

TEST_CASE("comma followed by a space as delimiter") {
  CsvDialect d = dialect(',');
  d.space_after_delimiter = true;
  check_every_block_size("nom, ville, note\nDupont, \"Nantes, 44\", 12\n", d,
                         "1|nom|ville|note\n2|Dupont|Nantes, 44|12\n");
}

TEST_CASE("an unclosed quote is reported where it opened and the rest is read again") {
  const std::string text = "a;b;c\n1;\"open;2\n3;4;5\n6;7;8\n";
  std::vector<Diagnostic> diagnostics;
  CHECK(parse(text, dialect(), 4, &diagnostics) == "1|a|b|c\n2|1|\"open|2\n3|3|4|5\n4|6|7|8\n");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagnosticCode::unclosed_quote);
  CHECK(diagnostics[0].severity == Severity::warning);
  CHECK(diagnostics[0].place.line == 2);
  CHECK(diagnostics[0].place.column == 2);
  CHECK(diagnostics[0].value == "\"open;2");
  CHECK(diagnostics[0].message ==
        "Guillemet ouvert ligne 2, colonne 2, jamais refermé : il est lu comme un caractère "
        "ordinaire.");
  check_every_block_size(text, dialect(), "1|a|b|c\n2|1|\"open|2\n3|3|4|5\n4|6|7|8\n");
}

TEST_CASE("an unclosed quote after a closed one in the same file") {
  std::vector<Diagnostic> diagnostics;
  CHECK(parse("\"x\";\"y\nz;w\n", dialect(), 1 << 20, &diagnostics) == "1|x|\"y\n2|z|w\n");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].place.line == 1);
  CHECK(diagnostics[0].place.column == 2);
}

TEST_CASE("many stray quotes: bounded repairs, then quotes become ordinary") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "\"a;b\n";
  std::vector<Diagnostic> diagnostics;
  std::string records = parse(text, dialect(), 7, &diagnostics);
  CHECK(diagnostics.size() == 8);
  CHECK(records.substr(0, 16) == "1|\"a|b\n2|\"a|b\n3|");
  CHECK(std::count(records.begin(), records.end(), '\n') == 50);
}

TEST_CASE("pathological input: 1 MB of quotes finishes") {
  std::string quotes(1 << 20, '"');
  std::vector<Diagnostic> diagnostics;
  std::string records = parse(quotes, dialect(), 1 << 16, &diagnostics);
  // An even run of quotes is one quoted field of doubled quotes.
  CHECK(records.size() == 2 + (1u << 19) - 1 + 1);
  CHECK(diagnostics.empty());
  std::string odd(1 << 20, '"');
  odd.push_back('\n');
  odd += std::string(1001, '"');
  records = parse(odd, dialect(), 1 << 16, &diagnostics);
  CHECK(diagnostics.size() == 1);
}

TEST_CASE("pathological input: a 10 MB single line finishes") {
  std::string line;
  line.reserve(10u << 20);
  while (line.size() < (10u << 20)) line += "abcdefghi;";
  RecordText records;
  CsvParser parser(dialect(), records);
  parser.feed(line);
  parser.finish();
  CHECK(records.count == 1);
  CHECK(parser.lines_seen() == 1);
}

TEST_CASE("a quote still open after 8 MiB is taken as never closed without waiting for the end") {
  std::string text = "a;\"b\n";
  while (text.size() < (10u << 20)) text += "x;y\n";
  RecordText records;
  std::vector<Diagnostic> diagnostics;
  CsvParser parser(dialect(), records, &diagnostics);
  for (std::size_t i = 0; i < text.size(); i += 1 << 20) parser.feed(std::string_view(text).substr(i, 1 << 20));
  // The diagnostic comes before the end of the text: memory stays bounded.
  CHECK(diagnostics.size() == 1);
  parser.finish();
  CHECK(diagnostics.size() == 1);
  CHECK(records.count == 1 + static_cast<int>((text.size() - 5) / 4));
  CHECK(records.text.substr(0, 19) == "1|a|\"b\n2|x|y\n3|x|y\n");
}

TEST_CASE("a stray quote that opened a field by mistake is repaired to the table's width") {
  CsvDialect d = dialect(',');
  d.columns = 4;
  check_every_block_size("h1,h2,h3,h4\r\n9,\"CC-9259,$48.00,\"Throw Pillow, Wooden\"\r\n1,2,3,4\r\n", d,
                         "1|h1|h2|h3|h4\n2|9|\"CC-9259|$48.00|Throw Pillow, Wooden\n3|1|2|3|4\n");
  std::vector<Diagnostic> diagnostics;
  parse("h1,h2,h3,h4\n9,\"CC-9259,$48.00,\"Throw Pillow, Wooden\"\n", d, 1 << 20, &diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagnosticCode::stray_quote);
  CHECK(diagnostics[0].severity == Severity::warning);
  CHECK(diagnostics[0].place.line == 2);
  CHECK(diagnostics[0].place.column == 2);
  CHECK(diagnostics[0].value == "\"CC-9259,$48.00,\"Throw Pillow, Wooden\"");
  CHECK(diagnostics[0].message ==
        "Guillemet isolé ligne 2, colonne 2 : lu comme un caractère ordinaire, la ligne "
        "retrouve ses 4 colonnes.");
  // Without the table's width, nothing is repaired.
  CHECK(parse("9,\"CC-9259,$48.00,\"Throw Pillow, Wooden\"\n", dialect(',')) ==
        "1|9|CC-9259,$48.00,\"Throw Pillow, Wooden\n");
}

TEST_CASE("a stray quote before a line break no longer swallows the next line") {
  CsvDialect d = dialect(',');
  d.columns = 3;
  check_every_block_size("a,b,\"\n1,\"x,y\",3\n4,5,6\n", d,
                         "1|a|b|\"\n2|1|x,y|3\n3|4|5|6\n");
  check_every_block_size("a,b,\"\r\n1,\"x,y\",3\r4,5,6", d,
                         "1|a|b|\"\n2|1|x,y|3\n3|4|5|6\n");
}

TEST_CASE("a quote glued to text after a quoted value does not swallow the next line") {
  CsvDialect d = dialect(',');
  d.columns = 4;
  // A header missing its last delimiter: '"URL"Comments'. Read as text, the
  // quote would keep the field open up to '"Boots"' on line 2.
  const std::string text = "ID,\"Desc\",\"URL\"Comments\n1,\"Boots\",\"https://x\",\n2,b,c,d\n";
  check_every_block_size(text, d, "1|ID|Desc|URLComments\n2|1|Boots|https://x|\n3|2|b|c|d\n");
  std::vector<Diagnostic> diagnostics;
  parse(text, d, 1 << 20, &diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagnosticCode::stray_quote);
  CHECK(diagnostics[0].place.line == 1);
  CHECK(diagnostics[0].place.column == 3);
  CHECK(diagnostics[0].value == "ID,\"Desc\",\"URL\"Comments");
  CHECK(diagnostics[0].message ==
        "Guillemet collé à du texte ligne 1, colonne 3 : il ferme la valeur entre guillemets, la "
        "suite du champ est lue telle quelle et la ligne suivante n'est pas avalée.");
  // Quoted text with a quote inside on one line stays one field ('Men's
  // boots' quoted with ').
  CsvDialect single = dialect(',', '\'');
  single.columns = 2;
  check_every_block_size("a,'Men's boots'\n1,2\n", single, "1|a|Men's boots\n2|1|2\n");
}

TEST_CASE("a ragged row with a proper quoted field is not repaired") {
  CsvDialect d = dialect();
  d.columns = 4;
  check_every_block_size("44;\"a;b\";3\n", d, "1|44|a;b|3\n");
  // A stray quote whose repair does not reach the table's width: as parsed.
  check_every_block_size("1;\"x\"y;z\"\n", d, "1|1|x\"y;z\n");
}

TEST_CASE("an unclosed quote in a file with a known width is still reread") {
  CsvDialect d = dialect();
  d.columns = 3;
  check_every_block_size("a;b;c\n1;\"open;2\n3;4;5\n", d, "1|a|b|c\n2|1|\"open|2\n3|3|4|5\n");
}

TEST_CASE("the handler can stop the parser") {
  RecordText records;
  records.limit = 2;
  CsvParser parser(dialect(), records);
  CHECK_FALSE(parser.feed("a\nb\nc\nd\n"));
  parser.finish();
  CHECK(records.text == "1|a\n2|b\n");
}
