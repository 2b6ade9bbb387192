#include "catalogue/catalogue_csv.h"
#include "core/french_format.h"

#include <doctest/doctest.h>

#include <string>

namespace prith {
namespace {

using Fields = std::vector<std::string>;

TEST_CASE("split_catalogue_csv: plain, quoted, multi-line and empty fields") {
  const std::string text =
      "\xEF\xBB\xBF" "code;label;definition\r\n"
      "A;Alpha;\"Une définition; avec un point-virgule\"\r\n"
      "\r\n"
      "B;\"Bêta \"\"entre guillemets\"\"\";\"Sur\r\ndeux lignes\"\n"
      "C;;\n"
      "D;\"\";x\n"
      "E;a\"b;c";
  std::vector<Diagnostic> diagnostics;
  const std::vector<CatalogueRecord> records = split_catalogue_csv(text, "i.csv", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(records.size() == 6);
  CHECK(records[0].line == 1);
  CHECK(records[0].fields == Fields{"code", "label", "definition"});
  CHECK(records[1].line == 2);
  CHECK(records[1].fields == Fields{"A", "Alpha", "Une définition; avec un point-virgule"});
  CHECK(records[2].line == 4);
  CHECK(records[2].fields == Fields{"B", "Bêta \"entre guillemets\"", "Sur\ndeux lignes"});
  CHECK(records[3].line == 6);  // the record above spans lines 4 and 5
  CHECK(records[3].fields == Fields{"C", "", ""});
  CHECK(records[4].fields == Fields{"D", "", "x"});
  CHECK(records[5].line == 8);
  CHECK(records[5].fields == Fields{"E", "a\"b", "c"});  // a stray quote inside a field is text
}

TEST_CASE("split_catalogue_csv: an unclosed quote is reported and its line read as text") {
  const std::string text = "code;label\nA;\"Alpha\nB;Beta\n";
  std::vector<Diagnostic> diagnostics;
  const std::vector<CatalogueRecord> records = split_catalogue_csv(text, "i.csv", diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagnosticCode::catalogue_invalid);
  CHECK(diagnostics[0].place.line == 2);
  CHECK(diagnostics[0].message ==
        "i.csv, ligne 2 : un guillemet ouvert n'est jamais refermé ; la ligne est relue sans tenir compte des "
        "guillemets");
  REQUIRE(records.size() == 3);
  CHECK(records[1].fields == Fields{"A", "\"Alpha"});
  CHECK(records[2].line == 3);
  CHECK(records[2].fields == Fields{"B", "Beta"});
}

TEST_CASE("split_catalogue_csv: every truncation terminates") {
  const std::string text = "a;\"b;\"\"c\"\"\r\nd\";e\r\nf;g\n";
  for (std::size_t n = 0; n <= text.size(); ++n) {
    std::vector<Diagnostic> diagnostics;
    const std::vector<CatalogueRecord> records = split_catalogue_csv(text.substr(0, n), "x.csv", diagnostics);
    CHECK(records.size() <= 3);
  }
}

TEST_CASE("catalogue_diagnostic and quoted") {
  const Diagnostic d = catalogue_diagnostic("f.csv", 4, 7, "aggregation", "moyenne", "agrégation inconnue");
  CHECK(d.severity == Severity::error);
  CHECK(d.code == DiagnosticCode::catalogue_invalid);
  CHECK(d.place.line == 4);
  CHECK(d.place.column == 7);
  CHECK(d.value == "moyenne");
  CHECK(d.message == "f.csv, ligne 4, colonne 7 (aggregation) : agrégation inconnue");
  CHECK(catalogue_diagnostic("f.csv", 0, 0, {}, {}, "vide").message == "f.csv : vide");
  CHECK(quote_fr("x") == "« x »");
}

}  // namespace
}  // namespace prith
