#include "core/json_writer.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace prith;

TEST_CASE("objects and arrays keep the order they were written in") {
  std::ostringstream out;
  JsonWriter json(out);
  json.begin_object();
  json.field("file", "a.csv");
  json.key("refused");
  json.null();
  json.key("list");
  json.begin_array();
  json.value(14178.0);
  json.value(3.5);
  json.value(true);
  json.begin_object();
  json.end_object();
  json.end_array();
  json.end_object();
  CHECK(out.str() == R"({"file":"a.csv","refused":null,"list":[14178,3.5,true,{}]})");
}

TEST_CASE("strings are escaped, UTF-8 passes through") {
  CHECK(json_escape("« a\"b\\c »\n\t\x01") == "« a\\\"b\\\\c »\\n\\t\\u0001");
}

TEST_CASE("numbers print in their shortest round-trip form") {
  CHECK(shortest_number(14178) == "14178");
  CHECK(shortest_number(0.1) == "0.1");
  CHECK(shortest_number(-0.0) == "0");
  CHECK(shortest_number(1234567.5) == "1234567.5");
  CHECK(shortest_number(1.0 / 0.0) == "null");
}
