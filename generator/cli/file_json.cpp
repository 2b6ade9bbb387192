#include "cli/file_json.h"

#include "cli/reading_report.h"

namespace prith {

void write_file_header_json(JsonWriter& json, const FileReading& reading) {
  json.field("file", reading.file);
  json.field("format", format_name(reading.format));
  json.key("refused");
  if (reading.refused) {
    json.begin_object();
    json.field("code", code_name(reading.refused->code));
    json.field("message", reading.refused->message);
    json.end_object();
  } else {
    json.null();
  }
}

}  // namespace prith
