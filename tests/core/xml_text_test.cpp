// xml_text: partner text inside SVG and OOXML.
#include "core/xml_text.h"

#include <doctest/doctest.h>

using namespace prith;

TEST_CASE("markup characters are escaped, everything else is kept as it is") {
  CHECK(xml_escaped("<script>\"a\" & 'b'</script>") == "&lt;script&gt;&quot;a&quot; &amp; 'b'&lt;/script&gt;");
  CHECK(xml_escaped("Côtes-d’Armor « 22 »") == "Côtes-d’Armor « 22 »");
  std::string out = "<text>";
  append_xml_escaped(out, "R&D");
  CHECK(out == "<text>R&amp;D");
}
