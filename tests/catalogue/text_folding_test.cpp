#include "catalogue/text_folding.h"

#include <doctest/doctest.h>

#include <string>

#include "catalogue/indicator_catalogue.h"

namespace prith {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

TEST_CASE("fold_for_matching: known answers") {
  const Case cases[] = {
      {"Loire-Atlantique ", "loire atlantique"},
      {"LOIRE ATLANTIQUE", "loire atlantique"},
      {"  loire   atlantique  ", "loire atlantique"},
      {"Côtes-d'Armor", "cotes d armor"},
      {"Côtes-d\xE2\x80\x99" "Armor", "cotes d armor"},  // typographic apostrophe U+2019
      {"ÉLÈVES À L'ÉCOLE", "eleves a l ecole"},
      {"Ça", "ca"},
      {"Œuvre cœur", "oeuvre coeur"},
      {"Æsir ægis", "aesir aegis"},
      {"Straße", "strasse"},
      {"Ñandú Øre Þing", "nandu ore thing"},
      {"ŁÓDŹ Čapek Şişli İzmir", "lodz capek sisli izmir"},
      {"Ĳssel ŉ ſ", "ijssel n s"},
      {"14\xC2\xA0" "178", "14 178"},           // NBSP
      {"14\xE2\x80\xAF" "178", "14 178"},       // narrow NBSP
      {"a\xE2\x80\x93" "b\xE2\x80\x94" "c", "a b c"},  // en and em dashes
      {"\xE2\x80\x9C" "quoted\xE2\x80\x9D", "quoted"},  // curly double quotes
      {"«\xC2\xA0" "Taux\xC2\xA0" "»", "taux"},
      {"Taux (%)", "taux"},
      {"Montant (en €)", "montant en"},
      {"R.S.A.", "r s a"},
      {"a_b/c;d,e.f", "a b c d e f"},
      {"Loire-Atlan\xC2\xAD" "tique", "loire atlantique"},  // soft hyphen joins
      {"Re\xCC\x81union", "reunion"},                      // NFD: e + combining acute
      {"\xEF\xBB\xBF" "code", "code"},                     // BOM
      {"zero\xE2\x80\x8Bwidth", "zerowidth"},
      {"", ""},
      {" - ", ""},
      {"Αθήνα", "Αθήνα"},  // outside the tables: kept as it is
  };
  for (const Case& c : cases) {
    const std::string input = c.input;
    CAPTURE(input);
    CHECK(fold_for_matching(c.input) == c.expected);
  }
}

TEST_CASE("fold_for_matching: invalid UTF-8 never crashes and never passes through") {
  const Case cases[] = {
      {"Ni\xE8vre", "ni\xEF\xBF\xBDvre"},                  // Latin-1 è
      {"\xC3", "\xEF\xBF\xBD"},                           // truncated sequence
      {"a\xC0\xAF" "b", "a\xEF\xBF\xBD\xEF\xBF\xBD" "b"},  // overlong '/'
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // surrogate
      {"\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // above U+10FFFF
      {"\xFF\xFE", "\xEF\xBF\xBD\xEF\xBF\xBD"},
  };
  for (const Case& c : cases) {
    const std::string input = c.input;
    CAPTURE(input);
    CHECK(fold_for_matching(c.input) == c.expected);
  }
  // Every byte value, alone and after a lead byte.
  for (int b = 0; b < 256; ++b) {
    const std::string one(1, static_cast<char>(b));
    CHECK_NOTHROW(fold_for_matching(one));
    CHECK_NOTHROW(fold_for_matching(std::string("\xE2").append(one)));
    CHECK_NOTHROW(fold_for_matching(std::string("\xF0\x9F").append(one)));
  }
}

TEST_CASE("next_code_point decodes and advances") {
  const std::string text = "aé€😀";
  std::size_t pos = 0;
  CHECK(next_code_point(text, pos) == U'a');
  CHECK(pos == 1);
  CHECK(next_code_point(text, pos) == U'é');
  CHECK(pos == 3);
  CHECK(next_code_point(text, pos) == U'€');
  CHECK(pos == 6);
  CHECK(next_code_point(text, pos) == U'😀');
  CHECK(pos == 10);
}

TEST_CASE("fold_for_matching_into reuses its buffer and matches fold_for_matching") {
  std::string out = "previous content";
  fold_for_matching_into("Hauts-de-Seine", out);
  CHECK(out == "hauts de seine");
  fold_for_matching_into("", out);
  CHECK(out.empty());
}

}  // namespace
}  // namespace prith
