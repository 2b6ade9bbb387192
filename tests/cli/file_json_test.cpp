#include "cli/file_json.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace prith;

namespace {

std::string header_json(const FileReading& reading) {
  std::ostringstream out;
  JsonWriter json(out);
  json.begin_object();
  write_file_header_json(json, reading);
  json.end_object();
  return out.str();
}

}  // namespace

TEST_CASE("write_file_header_json: file, format and a null refusal") {
  FileReading reading;
  reading.file = "exports/cap-emploi/T3 « bis ».xlsx";
  reading.format = FileFormat::xlsx;
  CHECK(header_json(reading) ==
        "{\"file\":\"exports/cap-emploi/T3 « bis ».xlsx\",\"format\":\"xlsx\",\"refused\":null}");
}

TEST_CASE("write_file_header_json: a refusal as its code and French message") {
  FileReading reading;
  reading.file = "a.csv";
  reading.format = FileFormat::csv;
  reading.refused = Refusal{DiagnosticCode::record_too_large, "La ligne 1 fait \"trop\"."};
  CHECK(header_json(reading) ==
        "{\"file\":\"a.csv\",\"format\":\"csv\",\"refused\":{\"code\":\"record_too_large\","
        "\"message\":\"La ligne 1 fait \\\"trop\\\".\"}}");
}
