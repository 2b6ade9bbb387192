// The small ';'-separated reader of the catalogue files (territories.csv,
// indicators.csv): quoted fields as LibreOffice writes them, and the
// catalogue_invalid diagnostics shared by the catalogues. Partners' exports go
// through the ingest CSV reader instead; catalogues are ours, short and UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace prith {

struct CatalogueRecord {
  std::uint32_t line = 0;  // physical line where the record starts, 1-based
  std::vector<std::string> fields;
};

// Splits the text into records: a UTF-8 BOM is dropped, LF and CRLF end
// records, a field in double quotes may hold ';', line breaks and "" for a
// quote. Blank lines are skipped. A quote left open at the end of the file is
// reported and its line read again as plain text, so the rest is not lost.
std::vector<CatalogueRecord> split_catalogue_csv(std::string_view text, const std::string& file_name,
                                                 std::vector<Diagnostic>& diagnostics);

// A catalogue_invalid error whose French message starts with the place:
// "indicators.csv, ligne 4, colonne 7 (aggregation) : <what>". column 0 and an
// empty column name leave the column out.
Diagnostic catalogue_diagnostic(const std::string& file_name, std::uint32_t line, std::uint32_t column,
                                std::string_view column_name, std::string_view value, std::string_view what,
                                Severity severity = Severity::error);


}  // namespace prith
