// The first members of a file's JSON object, the same in `check --json` and
// `inspect --json`: "file", "format" and "refused" ({code, message} or null).
#pragma once

#include "core/json_writer.h"
#include "ingest/observation.h"

namespace prith {

// Writes the three members into the object the caller has begun.
void write_file_header_json(JsonWriter& json, const FileReading& reading);

}  // namespace prith
