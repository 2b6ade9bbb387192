// The checks shared by the three readers: one field's value, whether it
// came from a spreadsheet cell or a front matter line, turned into a model
// value or a French diagnostic at its exact place.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "capitalisation/capitalisation_model.h"
#include "capitalisation/header_table.h"
#include "catalogue/indicator_catalogue.h"
#include "catalogue/territory_catalogue.h"
#include "catalogue/territory_resolver.h"

namespace prith {

struct ContentContext {
  const CapitalisationCatalogues& catalogues;
  const TerritoryCatalogue& territories;
  const TerritoryResolver& resolver;
  const IndicatorCatalogue& indicators;
  std::string region;            // the project's région code: départements must belong to it
  std::string publication_date;  // ISO; stale updates are measured from it
};

struct FieldValue {
  std::string text;                // trimmed
  std::vector<std::string> items;  // a front matter list, else empty
  RawCell cell;                    // the spreadsheet cell (text cell for front matter)
  SourcePlace place;
  bool date1904 = false;
};

// The values of one record (a row, or a Markdown file's front matter), by field code.
class ContentFields {
 public:
  ContentFields(const ContentContext& context, std::vector<Diagnostic>& diagnostics, SourcePlace row_place)
      : context_(context), diagnostics_(diagnostics), row_place_(std::move(row_place)) {}
  static ContentFields from_record(const ContentContext& context, std::vector<Diagnostic>& diagnostics,
                                   const HeaderRecord& record);

  void set(const std::string& code, FieldValue value) { values_[code] = std::move(value); }
  bool has(const std::string& code) const { return values_.count(code) > 0; }
  std::string text(const std::string& code) const;
  SourcePlace place(const std::string& code) const;
  const SourcePlace& row_place() const { return row_place_; }

  // Reports field_missing when empty; false then.
  bool require(const std::string& code, const std::string& label_fr);
  // require() for every mandatory field of `fields`: each missing one is
  // reported; true when none is missing.
  bool require_mandatory(const std::vector<HeaderField>& fields);
  std::vector<std::string> list(const std::string& code) const;
  // Catalogue code matched, or "" (with `unknown_code` reported at `severity`).
  // `consequence_fr` ends the message: "la fiche est ignorée", "le statut est laissé vide".
  std::string entry(const std::string& code, const std::vector<CatalogueEntry>& entries, DiagnosticCode unknown_code,
                    Severity severity, const std::string& what_fr, const std::string& consequence_fr);
  std::vector<std::string> departements(const std::string& code);  // sorted territory codes
  std::string date(const std::string& code, const std::string& label_fr);  // ISO or ""
  std::vector<std::string> links(const std::string& code);
  std::vector<std::string> indicators(const std::string& code);
  std::vector<std::string> publics(const std::string& code);
  std::string contact(const std::string& code);
  // True (and update_stale reported) when `date` is more than two quarters before publication.
  bool stale(const std::string& date, const std::string& code);

  void report(Severity severity, DiagnosticCode code, SourcePlace place, std::string value, std::string message);

 private:
  const ContentContext& context_;
  std::vector<Diagnostic>& diagnostics_;
  SourcePlace row_place_;
  std::map<std::string, FieldValue> values_;
  std::map<std::string, std::uint32_t> columns_;  // spreadsheet columns of fields left blank
};

// 183 days: two quarters.
inline constexpr long kStaleAfterDays = 183;

}  // namespace prith
