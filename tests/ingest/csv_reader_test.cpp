#include "ingest/csv_reader.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "collecting_sink.h"
#include "test_folder.h"

using namespace prith;
using prith::test::CollectingSink;

namespace {

const std::string kCorpus = std::string(PRITH_TEST_DATA_DIR) + "/csv-corpus/";

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Read {
  std::optional<Refusal> refusal;
  std::string rows;
  std::vector<Diagnostic> diagnostics;
  CsvDialect dialect;
};

Read read_file(const std::string& name, bool table_only = false) {
  Read result;
  CollectingSink sink;
  CsvReadOptions options;
  options.table_only = table_only;
  result.refusal = read_csv_file(kCorpus + name, sink, result.diagnostics, options, &result.dialect);
  if (!result.refusal) {
    CHECK(sink.tables == 1);
    CHECK(sink.ended == 1);
  }
  result.rows = sink.text();
  return result;
}

Read read_text(std::string_view bytes, std::size_t block = 1 << 20, bool table_only = false) {
  Read result;
  CollectingSink sink;
  CsvReadOptions options;
  options.block_size = block;
  options.table_only = table_only;
  result.refusal = read_csv_text(bytes, sink, result.diagnostics, options, &result.dialect);
  result.rows = sink.text();
  return result;
}

const Diagnostic* find(const std::vector<Diagnostic>& diagnostics, DiagnosticCode code) {
  for (const Diagnostic& d : diagnostics) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

const std::string kFrenchRows =
    "1|Département|Libellé|Montant|Note\n"
    "2|44|Cœur d’activité|14\u00A0178 €|“prioritaire”\n"
    "3|49|Élan…|2,5 %|œuvre\n";

}  // namespace

TEST_CASE("Windows-1252 export from Excel: € œ ’ “ ” … and NBSP thousands") {
  Read r = read_file("cp1252_semicolon.csv");
  REQUIRE_FALSE(r.refusal);
  CHECK(r.rows == kFrenchRows);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == DiagnosticCode::dialect_detected);
  CHECK(r.diagnostics[0].severity == Severity::info);
  CHECK(r.diagnostics[0].value == "Windows-1252");
  CHECK(r.diagnostics[0].message ==
        "Encodage Windows-1252, séparateur « ; », guillemets « \" », fins de ligne CRLF, "
        "4 colonnes");
  CHECK(r.dialect.encoding == TextEncoding::windows1252);
  CHECK(r.dialect.delimiter == ';');
  CHECK(r.dialect.line_ending == "\r\n");
}

TEST_CASE("the same text in every encoding gives the same rows") {
  CHECK(read_file("utf8_semicolon.csv").rows == kFrenchRows);
  Read bom = read_file("utf8_bom_semicolon.csv");
  CHECK(bom.rows == kFrenchRows);
  CHECK(bom.dialect.encoding == TextEncoding::utf8_bom);
  for (const char* name : {"utf16le_bom_tab.csv", "utf16be_bom_tab.csv", "utf16le_nobom_tab.csv"}) {
    CAPTURE(name);
    Read r = read_file(name);
    CHECK(r.rows == kFrenchRows);
    CHECK(r.dialect.delimiter == '\t');
  }
  CHECK(read_file("utf16le_nobom_tab.csv").diagnostics[0].message ==
        "Encodage UTF-16 LE, séparateur tabulation, guillemets « \" », fins de ligne CRLF, "
        "4 colonnes");
}

TEST_CASE("Windows-1252 undefined bytes come through as C1 code points") {
  CHECK(read_file("cp1252_undefined_bytes.csv").rows ==
        "1|code|texte\n2|1|a\u0081b\u008Dc\u008Fd\u0090e\u009Df€\n");
}

TEST_CASE("a stray byte in a UTF-8 file is read as Windows-1252 and reported") {
  Read r = read_file("utf8_one_stray_byte.csv");
  CHECK(r.dialect.encoding == TextEncoding::utf8);
  CHECK(r.rows.find("22|René|Angers\n") != std::string::npos);
  const Diagnostic* d = find(r.diagnostics, DiagnosticCode::invalid_encoding);
  REQUIRE(d != nullptr);
  CHECK(d->severity == Severity::warning);
  CHECK(d->message ==
        "Le fichier, lu en UTF-8, contient 1 séquence invalide, à l'octet 333 : lue comme du "
        "Windows-1252.");
}

TEST_CASE("invalid UTF-16 is reported with its count and first offset") {
  std::string bytes = "\xFF\xFE";
  for (char c : std::string("a;b\nc;d\n")) bytes += std::string{c, '\0'};
  bytes += std::string("\x00\xDC", 2) + std::string("x\0\n\0", 4) + std::string("\x00\xDC", 2);
  Read r = read_text(bytes);
  CHECK(r.rows == "1|a|b\n2|c|d\n3|\uFFFDx\n4|\uFFFD\n");
  const Diagnostic* d = find(r.diagnostics, DiagnosticCode::invalid_encoding);
  REQUIRE(d != nullptr);
  CHECK(d->message ==
        "Le fichier, lu en UTF-16 LE, contient 2 séquences invalides, la première à l'octet 18 : "
        "remplacées par « \uFFFD ».");
}

TEST_CASE("every delimiter") {
  const std::string abc = "1|a|b|c\n2|1|2|3\n3|4|5|6\n";
  CHECK(read_file("delimiter_comma.csv").rows == abc);
  CHECK(read_file("delimiter_tab.tsv").rows == abc);
  CHECK(read_file("delimiter_pipe.csv").rows == abc);
  CHECK(read_file("delimiter_comma_space.csv").rows ==
        "1|nom|ville|note\n2|Dupont|Nantes, 44|12\n3|Martin|Angers|15\n");
  CHECK(read_file("decimal_commas.csv").rows ==
        "1|dep|taux|nb\n2|44|12,5|3\n3|49|7,25|4\n4|53|10|5\n5|72|3,5|6\n");
}

TEST_CASE("Excel's sep= line: its delimiter is used and the line is not a row") {
  Read r = read_file("excel_sep_line.csv");
  CHECK(r.rows == "2|a;b|c\n3|1;2|3\n4|4;5|6\n");
  CHECK(r.dialect.delimiter == ',');
}

TEST_CASE("quotes: delimiters, doubled quotes, line breaks in a header cell and in data") {
  Read r = read_file("quotes.csv");
  CHECK(r.rows ==
        "1|Code|Libellé\nlong|Valeur\n"
        "3|44|a;b|dit \"oui\"\n"
        "4|49|ligne 1\nligne 2\r\nligne 3|~\n"
        "7|53|fin|x\n");
  CHECK(read_file("quote_single.csv").rows ==
        "1|id|name|comment\n2|1|Smith, John|it's ok\n3|2|Doe, Jane|none\n");
  CHECK(read_file("quote_backslash.csv").rows ==
        "1|id|size|label\n2|1|48\"|Round, 48\" table\n3|2|12|plain\n4|3|7|x\n");
}

TEST_CASE("LF, CRLF, CR-only and no final line break") {
  const std::string rows =
      "1|territoire|période|indicateur|valeur\n2|44|2025-T3|DEBOE|14\u00A0178\n"
      "3|49|2025-T3|DEBOE|8 012\n4|53|2025-T3|DEBOE|0\n";
  CHECK(read_file("lines_lf.csv").rows == rows);
  CHECK(read_file("lines_crlf.csv").rows == rows);
  Read cr = read_file("lines_cr.csv");
  CHECK(cr.rows == rows);
  CHECK(cr.dialect.line_ending == "\r");
  CHECK(read_file("lines_no_final_break.csv").rows == rows);
}

TEST_CASE("preamble, blank and delimiter-only lines, footnotes: all rows keep their line") {
  Read r = read_file("preamble_footnotes.csv");
  CHECK(r.rows ==
        "1|Demandeurs d'emploi bénéficiaires de l'obligation d'emploi\n"
        "2|Source : France Travail, T3 2025\n"
        "4|territoire|période|indicateur|valeur\n"
        "5|44|2025-T3|DEBOE|14 178\n"
        "7|49|2025-T3|DEBOE|8 012\n"
        "9|(1) Données brutes, non corrigées des variations saisonnières.\n"
        "10|(2) Hors Mayotte.\n");
  CHECK(r.dialect.columns == 4);
}

TEST_CASE("table_only leaves out the preamble and the footnotes, and says so") {
  Read r = read_file("preamble_footnotes.csv", true);
  CHECK(r.rows ==
        "4|territoire|période|indicateur|valeur\n"
        "5|44|2025-T3|DEBOE|14 178\n"
        "7|49|2025-T3|DEBOE|8 012\n");
  REQUIRE(r.diagnostics.size() == 3);
  CHECK(r.diagnostics[1].code == DiagnosticCode::rows_outside_table);
  CHECK(r.diagnostics[1].place.line == 1);
  CHECK(r.diagnostics[1].message == "2 lignes avant le tableau (lignes 1 à 2) laissées de côté.");
  CHECK(r.diagnostics[2].place.line == 9);
  CHECK(r.diagnostics[2].message == "2 lignes après le tableau (lignes 9 à 10) laissées de côté.");
}

TEST_CASE("a title padded with delimiters is preamble for table_only") {
  CHECK(read_file("padded_title.csv").rows ==
        "1|PREAMBLE|~|~|~|~\n3|A|B|C|D|E\n4|1|2|3|4|5\n5|6|7|8|9|10\n");
  Read r = read_file("padded_title.csv", true);
  CHECK(r.rows == "3|A|B|C|D|E\n4|1|2|3|4|5\n5|6|7|8|9|10\n");
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[1].message == "1 ligne avant le tableau (ligne 1) laissée de côté.");
}

TEST_CASE("a row damaged by a stray quote is cut back to the table's width") {
  Read r = read_file("stray_quote_row.csv");
  CHECK(r.rows ==
        "1|id|code|price|label\n2|1|AB-1|$4.00|Pillow, red\n"
        "3|2|\"CC-9259|$48.00|Throw Pillow, Wooden\n4|3|CD-2|$5.00|Lamp, blue\n");
  const Diagnostic* d = find(r.diagnostics, DiagnosticCode::stray_quote);
  REQUIRE(d != nullptr);
  CHECK(d->place.line == 3);
  CHECK(d->place.column == 2);
  CHECK(d->message ==
        "Guillemet isolé ligne 3, colonne 2 : lu comme un caractère ordinaire, la ligne "
        "retrouve ses 4 colonnes.");
}

TEST_CASE("trailing delimiters, two header rows, ragged rows") {
  CHECK(read_file("trailing_delimiters.csv").rows == "1|a|b|c|~\n2|1|2|3|~\n3|4|5|6|~\n");
  CHECK(read_file("two_header_rows.csv").rows ==
        "1|~|Demandeurs|Demandeurs|Entrées\n"
        "2|Département|T2 2025|T3 2025|T3 2025\n"
        "3|Loire-Atlantique|14 012|14 178|1 203\n"
        "4|Maine-et-Loire|8 001|8 012|950\n");
  CHECK(read_file("ragged_rows.csv").rows == "1|a|b|c\n2|1|2\n3|3|4|5|6\n4|7|8|9\n");
  // Ragged rows inside the table stay in table_only mode.
  CHECK(read_file("ragged_rows.csv", true).rows == "1|a|b|c\n2|1|2\n3|3|4|5|6\n4|7|8|9\n");
}

TEST_CASE("an unclosed quote: diagnostic where it opened, the rest still read") {
  Read r = read_file("unclosed_quote.csv");
  CHECK(r.dialect.quote == '"');
  CHECK(r.rows == "1|a|b|c\n2|x;y|z|0\n3|1|\"open|2\n4|3|4|5\n5|6|7|8\n");
  const Diagnostic* d = find(r.diagnostics, DiagnosticCode::unclosed_quote);
  REQUIRE(d != nullptr);
  CHECK(d->place.line == 3);
  CHECK(d->place.column == 2);
  CHECK(d->message ==
        "Guillemet ouvert ligne 3, colonne 2, jamais refermé : il est lu comme un caractère "
        "ordinaire.");
}

TEST_CASE("a stray quote in a file that quotes nothing: rows as written, the quote reported") {
  Read r = read_file("stray_quote.csv");
  CHECK(r.dialect.quote == '"');
  CHECK(r.rows == "1|a|b|c\n2|1|\"open|2\n3|3|4|5\n4|6|7|8\n");
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[1].code == DiagnosticCode::unclosed_quote);
  CHECK(r.diagnostics[1].place.line == 2);
}

TEST_CASE("refusals: binary, empty, BOM only, missing, folder, too large") {
  Read binary = read_file("binary.csv");
  REQUIRE(binary.refusal);
  CHECK(binary.refusal->code == DiagnosticCode::not_text);
  CHECK(binary.refusal->message ==
        "Le fichier contient des octets nuls ou de contrôle : ce n'est pas du texte, donc pas un "
        "fichier CSV.");
  CHECK(binary.rows.empty());
  Read empty = read_file("empty.csv");
  REQUIRE(empty.refusal);
  CHECK(empty.refusal->code == DiagnosticCode::empty_file);
  CHECK(empty.refusal->message == "Le fichier est vide.");
  REQUIRE(read_file("only_bom.csv").refusal);
  CHECK(read_file("only_bom.csv").refusal->code == DiagnosticCode::empty_file);
  Read missing = read_file("no_such_file.csv");
  REQUIRE(missing.refusal);
  CHECK(missing.refusal->code == DiagnosticCode::file_unreadable);
  CHECK(missing.refusal->message ==
        "Le fichier « " + kCorpus + "no_such_file.csv » est introuvable ou illisible.");
  CollectingSink sink;
  std::vector<Diagnostic> diagnostics;
  auto folder = read_csv_file(kCorpus, sink, diagnostics);
  REQUIRE(folder);
  CHECK(folder->code == DiagnosticCode::file_unreadable);
  CsvReadOptions small;
  small.max_file_size = 10;
  auto large = read_csv_file(kCorpus + "lines_lf.csv", sink, diagnostics, small);
  REQUIRE(large);
  CHECK(large->code == DiagnosticCode::file_too_large);
  CHECK(large->message == "Le fichier fait 1 Mio : au-delà de 1 Mio, il n'est pas lu.");
  CHECK(sink.rows.empty());
}

TEST_CASE("tiny blocks give the same rows and diagnostics as one block") {
  for (const char* name : {"cp1252_semicolon.csv", "utf16le_bom_tab.csv", "quotes.csv",
                           "lines_cr.csv", "unclosed_quote.csv", "utf8_one_stray_byte.csv",
                           "stray_quote_row.csv"}) {
    CAPTURE(name);
    std::string bytes = file_bytes(kCorpus + name);
    Read whole = read_text(bytes);
    for (std::size_t block : {1, 2, 3, 5, 64}) {
      Read pieces = read_text(bytes, block);
      CHECK(pieces.rows == whole.rows);
      REQUIRE(pieces.diagnostics.size() == whole.diagnostics.size());
      for (std::size_t i = 0; i < whole.diagnostics.size(); ++i) {
        CHECK(pieces.diagnostics[i].message == whole.diagnostics[i].message);
      }
    }
  }
}

TEST_CASE("every truncation of a valid file reads or is refused cleanly") {
  for (const char* name : {"cp1252_semicolon.csv", "utf16le_bom_tab.csv", "quotes.csv",
                           "preamble_footnotes.csv", "quote_backslash.csv",
                           "stray_quote_row.csv"}) {
    CAPTURE(name);
    std::string bytes = file_bytes(kCorpus + name);
    for (std::size_t size = 0; size <= bytes.size(); ++size) {
      CAPTURE(size);
      Read r = read_text(std::string_view(bytes).substr(0, size), 7, size % 2 == 0);
      if (r.refusal) {
        CHECK(r.refusal->code == DiagnosticCode::empty_file);
        CHECK(size <= 3);
        continue;
      }
      REQUIRE_FALSE(r.diagnostics.empty());
      if (r.diagnostics[0].code == DiagnosticCode::empty_file) {  // table_only: an empty table
        CHECK(size % 2 == 0);
        CHECK(size <= 3);
        CHECK(r.diagnostics[0].severity == Severity::warning);
        continue;
      }
      CHECK(r.diagnostics[0].code == DiagnosticCode::dialect_detected);
      for (const Diagnostic& d : r.diagnostics) CHECK_FALSE(d.message.empty());
    }
  }
}

TEST_CASE("a record longer than the sample and a file of quotes finish") {
  std::string line(3u << 20, 'x');
  line += ";y\n1;2\n";
  Read r = read_text(line);
  CHECK(r.rows == "1|" + std::string(3u << 20, 'x') + "|y\n2|1|2\n");
  std::string quotes(1u << 20, '"');
  quotes += "\n";
  Read q = read_text(quotes);
  CHECK_FALSE(q.refusal);
}

TEST_CASE("mutated files (deterministic fuzzing): no crash, rows keep their invariants") {
  const char specials[] = {'"', ';', ',', '\n', '\r', '\0', '\'', '\\', '\t',
                           static_cast<char>(0xC3), static_cast<char>(0xFF)};
  std::uint32_t state = 2463534242u;
  auto next = [&state] {  // xorshift32: same sequence on every machine
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
  };
  for (const char* name : {"cp1252_semicolon.csv", "quotes.csv", "preamble_footnotes.csv",
                           "utf16le_bom_tab.csv", "quote_backslash.csv"}) {
    CAPTURE(name);
    const std::string original = file_bytes(kCorpus + name);
    for (int round = 0; round < 300; ++round) {
      std::string bytes = original;
      int edits = 1 + static_cast<int>(next() % 4);
      for (int e = 0; e < edits && !bytes.empty(); ++e) {
        std::size_t at = next() % bytes.size();
        char c = specials[next() % sizeof specials];
        if (next() % 2 == 0) bytes[at] = c; else bytes.insert(bytes.begin() + static_cast<long>(at), c);
      }
      CollectingSink sink;
      std::vector<Diagnostic> diagnostics;
      CsvReadOptions options;
      options.block_size = 1 + next() % 16;
      options.table_only = next() % 2 == 0;
      auto refusal = read_csv_text(bytes, sink, diagnostics, options);
      if (refusal) {
        CHECK(refusal->code == DiagnosticCode::not_text);
        continue;
      }
      std::uint32_t last_line = 0;
      for (const RawRow& row : sink.rows) {
        CHECK(row.line >= 1);
        CHECK(row.line > last_line);
        last_line = row.line;
        for (std::size_t i = 0; i < row.cells.size(); ++i) CHECK(row.cells[i].column == i + 1);
      }
    }
  }
}

// One giant record used to be held several times over (6x a 300 MB field):
// now a record beyond the limits refuses the file, memory stays bounded.
TEST_CASE("a record beyond the size limit refuses the file, whatever the block size") {
  std::string bytes = "a;b\n1;2\n3;" + std::string(100, 'x') + "\n5;6\n";
  for (std::size_t block : {std::size_t{1}, std::size_t{7}, std::size_t{1} << 20}) {
    CAPTURE(block);
    CollectingSink sink;
    std::vector<Diagnostic> diagnostics;
    CsvReadOptions options;
    options.block_size = block;
    options.max_record_size = 64;
    auto refused = read_csv_text(bytes, sink, diagnostics, options);
    REQUIRE(refused);
    CHECK(refused->code == DiagnosticCode::record_too_large);
    CHECK(refused->message ==
          "La ligne 3 fait à elle seule plus de 1 Mio : ce n'est pas un tableau d'export, le fichier n'est pas lu.");
    CHECK(sink.ended == 0);
  }
  // Just under the limit: read as usual.
  CollectingSink sink;
  std::vector<Diagnostic> diagnostics;
  CsvReadOptions options;
  options.max_record_size = 102;
  CHECK_FALSE(read_csv_text(bytes, sink, diagnostics, options));
  CHECK(sink.rows.size() == 4);
}

TEST_CASE("a quoted field spanning lines counts as one record for the limit") {
  std::string bytes = "a;b\n1;\"" + std::string(40, 'x') + "\n" + std::string(40, 'y') + "\"\n5;6\n";
  CollectingSink sink;
  std::vector<Diagnostic> diagnostics;
  CsvReadOptions options;
  options.max_record_size = 64;
  auto refused = read_csv_text(bytes, sink, diagnostics, options);
  REQUIRE(refused);
  CHECK(refused->code == DiagnosticCode::record_too_large);
  CHECK(refused->message.rfind("La ligne 2 fait à elle seule", 0) == 0);
}

TEST_CASE("a record with too many fields refuses the file") {
  CollectingSink sink;
  std::vector<Diagnostic> diagnostics;
  CsvReadOptions options;
  options.max_fields = 3;
  auto refused = read_csv_text("a;b;c\n1;2;3\n4;5;6;7;;;\n", sink, diagnostics, options);
  REQUIRE(refused);
  CHECK(refused->code == DiagnosticCode::record_too_large);
  CHECK(refused->message ==
        "La ligne 3 a plus de 3 colonnes : ce n'est pas un tableau d'export, le fichier n'est pas lu.");
}

TEST_CASE("a 20 MB file of one line is refused with the default limits") {
  test::TemporaryFolder folder;
  std::string one_field = folder.write("one_field.csv", std::string(20u << 20, 'x'));
  std::string delimiters = folder.write("delimiters.csv", "a;b\n" + std::string(200'000, ';') + "\n");
  CollectingSink sink;
  std::vector<Diagnostic> diagnostics;
  auto refused = read_csv_file(one_field, sink, diagnostics);
  REQUIRE(refused);
  CHECK(refused->code == DiagnosticCode::record_too_large);
  CHECK(refused->message ==
        "La ligne 1 fait à elle seule plus de 16 Mio : ce n'est pas un tableau d'export, le fichier n'est pas lu.");
  CHECK(sink.rows.empty());
  refused = read_csv_file(delimiters, sink, diagnostics);
  REQUIRE(refused);
  CHECK(refused->message ==
        "La ligne 2 a plus de 65536 colonnes : ce n'est pas un tableau d'export, le fichier n'est pas lu.");
  CHECK(sink.rows.size() == 1);  // the header line came before
}
