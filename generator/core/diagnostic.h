// Diagnostics: what prith tells a pilot about a file, as values.
//
// Every problem found in a partner's file becomes one Diagnostic with a stable
// code, the exact place (line/column for CSV, sheet/cell for XLSX), the raw
// text seen and a French sentence. Codes are numbered explicitly and a number
// is never reused, so that scripts and the store can rely on them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace prith {

enum class Severity : std::uint8_t { error, warning, info };

// Append new codes at the end of their block with the next free number.
// docs/diagnostics.md documents each one; tests/core/diagnostic_test.cpp
// checks that every code has a name and that names are unique.
enum class DiagnosticCode : std::uint16_t {
  // Files as a whole (1xx).
  file_unreadable = 100,
  unsupported_format = 101,
  empty_file = 102,
  not_text = 103,            // a binary file given as CSV
  file_too_large = 104,
  record_too_large = 105,   // one CSV record beyond the per-record limit
  // Text and CSV structure (2xx).
  invalid_encoding = 200,    // bytes that are not valid in the detected encoding
  unclosed_quote = 201,
  ragged_row = 202,          // more cells than the header
  header_not_found = 203,
  layout_unknown = 204,      // neither long nor wide layout recognised
  column_ignored = 205,      // a header the catalogue does not know
  dialect_detected = 206,    // info: encoding, delimiter, header rows seen
  rows_outside_table = 207,  // info: preamble or footnote lines left out of `inspect --table`
  stray_quote = 208,         // a quote that opened a field by mistake, read as a character
  layout_detected = 209,     // info: the header and the columns the mapper found
  stacked_header = 210,      // info: `inspect --table` joined header rows stacked on each other
  header_other_delimiter = 211,  // info: `inspect --table` read a header written with another delimiter
  second_table = 212,        // warning: `inspect --table` met a repeated header; only the first table is written
  row_other_delimiter = 213,  // info: `inspect --table` cut a row written with another delimiter again
  // Values (3xx).
  territory_unknown = 300,
  territory_ambiguous = 301,
  period_invalid = 302,
  indicator_unknown = 303,
  value_invalid = 304,
  value_missing = 305,       // info: n.d., empty
  value_confidential = 306,  // info: s, <5
  duplicate_row = 307,       // same key, same value: warning
  conflicting_values = 308,  // same key, another value: error naming both places
  total_mismatch = 309,      // a total row that is not the sum of the départements
  total_row = 310,           // info: a total row recognised and not read as a territory
  number_as_text = 311,      // info: a number stored as text in a workbook
  ambiguous_number = 312,    // "12,345" that neither the file nor the unit settles, or a column that writes both
  fractional_count = 313,    // a count read as a fraction (error when the reading was chosen, else warning)
  breakdown_mismatch = 314,  // categories ("Hommes" + "Femmes") that do not add up to their "Total"
  breakdown_unknown = 315,   // a "Sexe" column's cell that names no category of its dimension
  territory_former_name = 316,  // info: a département's former name read as today's code
  // Workbook cells and sheets (4xx).
  formula_error = 400,             // cached #DIV/0!, #N/A...
  formula_without_value = 401,
  shared_string_out_of_range = 402,
  sheet_hidden = 403,              // info: hidden or very hidden sheet skipped
  sheet_skipped = 404,             // info: notice or chart sheet
  sheet_empty = 405,
  too_many_sheets = 406,           // data sheets past the 255th are not read
  // Refusals of a whole workbook (5xx): the file is not read at all.
  not_a_zip = 500,
  unsupported_format_xls = 501,
  corrupt_zip = 502,
  zip_bomb = 503,
  entry_too_large = 504,
  zip_too_many_entries = 505,
  zip_duplicate_entry = 506,
  zip_unsafe_entry_name = 507,
  xml_doctype_forbidden = 508,
  malformed_xml = 509,
  missing_part = 510,
  invalid_part_reference = 511,
  unsupported_zip_feature = 512,   // encryption, unknown compression method
  // Catalogues and project settings (6xx).
  catalogue_invalid = 600,
  settings_invalid = 601,
  // The model: figures computed, compared and placed (7xx).
  aggregate_mismatch = 700,   // a reported région (country) figure and the one computed from its départements differ
  rate_mismatch = 701,        // a reported rate and the ratio of its reported terms differ
  figure_outside_tree = 702,  // a stored figure whose territory has no place in the tree
  figure_duplicate = 703,     // two stored figures for one cell: the newest is used
  indicator_cycle = 704,      // an indicator computed, through weights or ratios, from itself
  figure_invalid = 705,       // a stored figure with an unknown id, an impossible period or a non-finite value
  secrecy_unprotected = 706,  // a hidden figure the published ones still let an attacker narrow down
  // The store: what a new batch did to the figures already stored (8xx).
  figure_removed = 800,    // warning: a figure its source gave before, absent from a new file giving that indicator and period
  figure_withdrawn = 801,  // warning: a value a new file now gives as not available (n.d.)
  // Capitalisation content: practices, action plans, experiments (9xx).
  field_missing = 900,
  axis_unknown = 901,
  kind_unknown = 902,
  status_unknown = 903,
  public_unknown = 904,
  departement_unknown = 905,
  date_invalid = 906,
  identifier_duplicate = 907,
  contact_personal = 908,
  link_invalid = 909,
  progress_invalid = 910,
  dates_inconsistent = 911,
  done_without_date = 912,
  update_stale = 913,
  front_matter_invalid = 914,
  front_matter_key_unknown = 915,
};

// The stable snake_case name of a code, as printed in JSON ("not_a_zip").
std::string_view code_name(DiagnosticCode code);
std::string_view severity_name(Severity severity);  // "error", "warning", "info"

// Where a value was read. CSV: line (the physical line where the record
// starts) and column, both 1-based. XLSX: sheet name, line = row, column.
// Zero means "not applicable" (a diagnostic about the whole file).
struct SourcePlace {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string sheet;

  bool in_sheet() const { return !sheet.empty(); }
  std::string cell() const;  // "C4" for an XLSX place, "" otherwise
};

// "C" for column 3, "AA" for 27.
std::string column_letters(std::uint32_t column);

struct Diagnostic {
  Severity severity = Severity::error;
  DiagnosticCode code = DiagnosticCode::file_unreadable;
  SourcePlace place;
  std::string value;    // the raw text seen, as the reader decoded it
  std::string message;  // one French sentence a pilot can act on
};

// A diagnostic about a whole file (no line, column or sheet).
Diagnostic file_diagnostic(Severity severity, DiagnosticCode code, std::string value, std::string message);

struct DiagnosticCounts {
  std::size_t errors = 0, warnings = 0, infos = 0;
};
DiagnosticCounts count_by_severity(const std::vector<Diagnostic>& diagnostics);

}  // namespace prith
