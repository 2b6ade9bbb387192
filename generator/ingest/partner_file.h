// Reads one partner file, whatever its format, into observations and
// diagnostics: the single entry point `check`, `inspect` and `build` use.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "ingest/observation.h"
#include "ingest/table_mapper.h"

namespace prith {

// Decided from the first bytes, not only the extension: a workbook renamed
// .csv or an HTML page renamed .xlsx is recognised for what it is.
enum class DetectedFormat { csv, xlsx, xls, unsupported };
DetectedFormat detect_format(const std::string& path);

// `display_name` is what messages call the file (its path under exports/);
// `numbers` is how its numbers are written when the pilot said so.
FileReading read_partner_file(const std::string& path, const std::string& display_name,
                              const MappingCatalogues& catalogues, const NumberFormatSetting& numbers = {});

// Runs the reading of one file. An exception (memory exhausted by a hostile
// file, a file system error, any other) becomes the refusal of that file
// alone, so that one file never stops the others.
std::optional<Refusal> read_guarded(const std::function<std::optional<Refusal>()>& read);

// Files under `folder` (any depth) that look like partner exports
// (.csv, .txt, .tsv, .xlsx, .xlsm, .xls), sorted by path for a stable order.
std::vector<std::string> find_partner_files(const std::string& folder);

}  // namespace prith
