#include "ingest/xml_stream.h"

#include <doctest/doctest.h>

#include <fstream>

#include "xlsx_test_support.h"

namespace prith {

namespace {

class Recorder : public XmlHandler {
 public:
  std::string events;
  void start_element(std::string_view name, const char** attributes) override {
    events.append("<").append(name);
    if (const char* id = find_attribute(attributes, "id")) events.append(" id=").append(id);
    events.append(">");
  }
  void end_element(std::string_view name) override { events.append("</").append(name).append(">"); }
  void characters(std::string_view text) override { events += text; }
};

std::optional<Refusal> parse(const std::string& xml, Recorder& recorder, std::size_t chunk = 7) {
  XmlStream stream(recorder, "xl/test.xml");
  for (std::size_t at = 0; at < xml.size(); at += chunk) {
    if (auto refusal = stream.feed(std::string_view(xml).substr(at, chunk))) return refusal;
  }
  return stream.finish();
}

}  // namespace

TEST_CASE("XmlStream: local names, decoded attributes and text, across chunk boundaries") {
  Recorder recorder;
  auto refusal = parse("<?xml version=\"1.0\"?><x:a xmlns:x=\"urn:x\" xmlns:r=\"urn:r\"><x:b r:id=\"rId&amp;1\">"
                       "T&#233;l&lt;</x:b></x:a>",
                       recorder);
  CHECK_FALSE(refusal);
  CHECK(recorder.events == "<a><b id=rId&1>Tél<</b></a>");
}

TEST_CASE("XmlStream: any DOCTYPE is refused before anything is declared") {
  Recorder recorder;
  auto refusal = parse("<?xml version=\"1.0\"?><!DOCTYPE a><a/>", recorder);
  REQUIRE(refusal);
  CHECK(refusal->code == DiagnosticCode::xml_doctype_forbidden);
  CHECK(refusal->message ==
        "La partie « xl/test.xml » contient une déclaration DOCTYPE, interdite dans un classeur (elle pourrait "
        "faire lire des fichiers extérieurs) : le fichier est refusé.");
  CHECK(recorder.events.empty());
}

TEST_CASE("XmlStream: an external entity is never resolved, nothing outside is opened") {
  std::string secret = std::string(PRITH_TEST_DATA_DIR) + "/xlsx/hostile/secret.txt";
  test::OpenWatch watch(secret);
  REQUIRE(watch.armed());
  for (const std::string& xml : {
           "<!DOCTYPE a [<!ENTITY e SYSTEM \"file://" + secret + "\">]><a>&e;</a>",
           "<!DOCTYPE a SYSTEM \"file://" + secret + "\"><a/>",
           "<!DOCTYPE a [<!ENTITY % p SYSTEM \"file://" + secret + "\"> %p;]><a/>",
       }) {
    Recorder recorder;
    auto refusal = parse(xml, recorder, 1000);
    REQUIRE(refusal);
    CHECK(refusal->code == DiagnosticCode::xml_doctype_forbidden);
    CHECK(recorder.events.find("SECRET") == std::string::npos);
  }
  CHECK_FALSE(watch.opened());
}

TEST_CASE("XmlStream: a token larger than expat's memory budget is refused") {
  for (int round = 0; round < 2; ++round) {  // the budget is given back when a parser is freed
    Recorder recorder;
    XmlStream stream(recorder, "xl/big.xml");
    std::optional<Refusal> refusal = stream.feed("<a x=\"");
    const std::string chunk(64 * 1024, 'v');
    std::size_t fed = 0;
    for (; !refusal && fed <= 2 * kXmlMaxParserBytes; fed += chunk.size()) refusal = stream.feed(chunk);
    REQUIRE(refusal);
    CHECK(refusal->code == DiagnosticCode::entry_too_large);
    CHECK(fed > kXmlMaxParserBytes / 4);  // refused for its size, not at once
  }
  Recorder next;
  CHECK_FALSE(parse("<a>ok</a>", next));
  CHECK(next.events == "<a>ok</a>");
}

TEST_CASE("XmlStream: malformed XML names the part, line and column") {
  Recorder recorder;
  auto refusal = parse("<a>\n<b></a>", recorder);
  REQUIRE(refusal);
  CHECK(refusal->code == DiagnosticCode::malformed_xml);
  CHECK(refusal->message ==
        "La partie « xl/test.xml » du classeur n'est pas du XML valide (ligne 2, colonne 6 : mismatched tag) : le "
        "fichier est endommagé ; réenregistrez-le depuis Excel ou LibreOffice.");
}

TEST_CASE("XmlStream: a document cut short is malformed") {
  Recorder recorder;
  auto refusal = parse("<a><b>", recorder);
  REQUIRE(refusal);
  CHECK(refusal->code == DiagnosticCode::malformed_xml);
}

TEST_CASE("XmlStream: a handler's stop request ends the parse with its refusal") {
  class Stopper : public Recorder {
   public:
    void start_element(std::string_view name, const char** attributes) override {
      Recorder::start_element(name, attributes);
      if (name == "stop") stop_request = Refusal{DiagnosticCode::malformed_xml, "arrêt"};
    }
  } stopper;
  XmlStream stream(stopper, "p");
  auto refusal = stream.feed("<a><stop/><after/></a>");
  REQUIRE(refusal);
  CHECK(refusal->message == "arrêt");
  CHECK(stopper.events == "<a><stop></stop>");  // expat closes the empty element, then stops
}

}  // namespace prith
