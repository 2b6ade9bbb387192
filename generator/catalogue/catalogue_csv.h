// The small ';'-separated reader of the catalogue files (territories.csv,
// indicators.csv): quoted fields as LibreOffice writes them, and the
// catalogue_invalid diagnostics shared by the catalogues. Partners' exports go
// through the ingest CSV reader instead; catalogues are ours, short and UTF-8.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/text_folding.h"
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


// The warning for a header cell no column of the catalogue names:
// "colonne « X » inconnue, ignorée ; attendu <expected>".
Diagnostic unknown_catalogue_column(const std::string& file_name, const CatalogueRecord& header, std::size_t index,
                                    std::string_view expected);

// Where each column of a catalogue is in its header: `names[c]` holds the
// folded names column c accepts (English first; "" for an unused slot),
// the first header cell matching one wins, SIZE_MAX marks a column the
// header lacks. Every other header cell is an unknown_catalogue_column
// warning, then ignored.
template <std::size_t Columns, std::size_t Names>
std::array<std::size_t, Columns> locate_catalogue_columns(
    const CatalogueRecord& header, const std::array<std::array<std::string_view, Names>, Columns>& names,
    const std::string& file_name, std::string_view expected, std::vector<Diagnostic>& diagnostics) {
  std::array<std::size_t, Columns> at;
  at.fill(SIZE_MAX);
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string folded = fold_for_matching(header.fields[i]);
    bool known = false;
    for (std::size_t c = 0; c < Columns && !folded.empty(); ++c) {
      for (std::string_view name : names[c]) {
        if (name.empty() || name != folded) continue;
        known = true;
        if (at[c] == SIZE_MAX) at[c] = i;
      }
    }
    if (!known) diagnostics.push_back(unknown_catalogue_column(file_name, header, i, expected));
  }
  return at;
}

}  // namespace prith
