#include "core/diagnostic.h"

namespace prith {

std::string_view code_name(DiagnosticCode code) {
  switch (code) {
#define PRITH_CODE(name) \
  case DiagnosticCode::name: return #name;
    PRITH_CODE(file_unreadable)
    PRITH_CODE(unsupported_format)
    PRITH_CODE(empty_file)
    PRITH_CODE(not_text)
    PRITH_CODE(file_too_large)
    PRITH_CODE(record_too_large)
    PRITH_CODE(invalid_encoding)
    PRITH_CODE(unclosed_quote)
    PRITH_CODE(ragged_row)
    PRITH_CODE(header_not_found)
    PRITH_CODE(layout_unknown)
    PRITH_CODE(column_ignored)
    PRITH_CODE(dialect_detected)
    PRITH_CODE(rows_outside_table)
    PRITH_CODE(stray_quote)
    PRITH_CODE(layout_detected)
    PRITH_CODE(stacked_header)
    PRITH_CODE(header_other_delimiter)
    PRITH_CODE(second_table)
    PRITH_CODE(row_other_delimiter)
    PRITH_CODE(territory_unknown)
    PRITH_CODE(territory_ambiguous)
    PRITH_CODE(period_invalid)
    PRITH_CODE(indicator_unknown)
    PRITH_CODE(value_invalid)
    PRITH_CODE(value_missing)
    PRITH_CODE(value_confidential)
    PRITH_CODE(duplicate_row)
    PRITH_CODE(conflicting_values)
    PRITH_CODE(total_mismatch)
    PRITH_CODE(total_row)
    PRITH_CODE(number_as_text)
    PRITH_CODE(ambiguous_number)
    PRITH_CODE(fractional_count)
    PRITH_CODE(breakdown_mismatch)
    PRITH_CODE(breakdown_unknown)
    PRITH_CODE(territory_former_name)
    PRITH_CODE(formula_error)
    PRITH_CODE(formula_without_value)
    PRITH_CODE(shared_string_out_of_range)
    PRITH_CODE(sheet_hidden)
    PRITH_CODE(sheet_skipped)
    PRITH_CODE(sheet_empty)
    PRITH_CODE(too_many_sheets)
    PRITH_CODE(not_a_zip)
    PRITH_CODE(unsupported_format_xls)
    PRITH_CODE(corrupt_zip)
    PRITH_CODE(zip_bomb)
    PRITH_CODE(entry_too_large)
    PRITH_CODE(zip_too_many_entries)
    PRITH_CODE(zip_duplicate_entry)
    PRITH_CODE(zip_unsafe_entry_name)
    PRITH_CODE(xml_doctype_forbidden)
    PRITH_CODE(malformed_xml)
    PRITH_CODE(missing_part)
    PRITH_CODE(invalid_part_reference)
    PRITH_CODE(unsupported_zip_feature)
    PRITH_CODE(catalogue_invalid)
    PRITH_CODE(settings_invalid)
    PRITH_CODE(aggregate_mismatch)
    PRITH_CODE(rate_mismatch)
    PRITH_CODE(figure_outside_tree)
    PRITH_CODE(figure_duplicate)
    PRITH_CODE(indicator_cycle)
    PRITH_CODE(figure_invalid)
    PRITH_CODE(secrecy_unprotected)
    PRITH_CODE(figure_removed)
    PRITH_CODE(figure_withdrawn)
    PRITH_CODE(field_missing)
    PRITH_CODE(axis_unknown)
    PRITH_CODE(kind_unknown)
    PRITH_CODE(status_unknown)
    PRITH_CODE(public_unknown)
    PRITH_CODE(departement_unknown)
    PRITH_CODE(date_invalid)
    PRITH_CODE(identifier_duplicate)
    PRITH_CODE(contact_personal)
    PRITH_CODE(link_invalid)
    PRITH_CODE(progress_invalid)
    PRITH_CODE(dates_inconsistent)
    PRITH_CODE(done_without_date)
    PRITH_CODE(update_stale)
    PRITH_CODE(front_matter_invalid)
    PRITH_CODE(front_matter_key_unknown)
#undef PRITH_CODE
  }
  return "unknown";
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

std::string column_letters(std::uint32_t column) {
  std::string letters;
  while (column > 0) {
    --column;
    letters.insert(letters.begin(), static_cast<char>('A' + column % 26));
    column /= 26;
  }
  return letters;
}

std::string SourcePlace::cell() const {
  if (!in_sheet() || line == 0 || column == 0) return {};
  return column_letters(column) + std::to_string(line);
}

Diagnostic file_diagnostic(Severity severity, DiagnosticCode code, std::string value, std::string message) {
  Diagnostic diagnostic;
  diagnostic.severity = severity;
  diagnostic.code = code;
  diagnostic.value = std::move(value);
  diagnostic.message = std::move(message);
  return diagnostic;
}

DiagnosticCounts count_by_severity(const std::vector<Diagnostic>& diagnostics) {
  DiagnosticCounts counts;
  for (const Diagnostic& d : diagnostics) {
    switch (d.severity) {
      case Severity::error: ++counts.errors; break;
      case Severity::warning: ++counts.warnings; break;
      case Severity::info: ++counts.infos; break;
    }
  }
  return counts;
}

}  // namespace prith
