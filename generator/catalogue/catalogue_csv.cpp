#include "catalogue/catalogue_csv.h"

#include "core/french_format.h"

namespace prith {

namespace {

struct Splitter {
  std::string_view text;
  std::size_t pos = 0;
  std::uint32_t line = 1;

  bool at_end() const { return pos >= text.size(); }

  // Consumes a line ending at pos if there is one.
  bool end_of_line() {
    if (text[pos] == '\n') {
      ++pos, ++line;
      return true;
    }
    if (text[pos] == '\r') {
      ++pos, ++line;
      if (pos < text.size() && text[pos] == '\n') ++pos;
      return true;
    }
    return false;
  }

  // Reads one record starting at pos. Returns false when a quote was still
  // open at the end of the text (pos and line are then left where they were).
  bool record(bool quotes, CatalogueRecord& out) {
    const std::size_t start_pos = pos;
    const std::uint32_t start_line = line;
    out.line = line;
    out.fields.assign(1, std::string());
    bool in_quotes = false;
    while (!at_end()) {
      const char c = text[pos];
      if (in_quotes) {
        if (c == '"') {
          if (pos + 1 < text.size() && text[pos + 1] == '"') {
            out.fields.back().push_back('"');
            pos += 2;
          } else {
            in_quotes = false;
            ++pos;
          }
        } else if (c == '\n' || c == '\r') {
          end_of_line();
          out.fields.back().push_back('\n');
        } else {
          out.fields.back().push_back(c);
          ++pos;
        }
        continue;
      }
      if (end_of_line()) return true;
      if (c == ';') {
        out.fields.emplace_back();
      } else if (c == '"' && quotes && out.fields.back().empty()) {
        in_quotes = true;
      } else {
        out.fields.back().push_back(c);  // a stray quote inside a field is kept as text
      }
      ++pos;
    }
    if (!in_quotes) return true;
    pos = start_pos;
    line = start_line;
    return false;
  }
};

bool blank(const CatalogueRecord& record) {
  if (record.fields.size() != 1) return false;
  for (char c : record.fields[0]) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

}  // namespace

std::vector<CatalogueRecord> split_catalogue_csv(std::string_view text, const std::string& file_name,
                                                 std::vector<Diagnostic>& diagnostics) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<CatalogueRecord> records;
  Splitter splitter{text};
  CatalogueRecord record;
  while (!splitter.at_end()) {
    if (!splitter.record(true, record)) {
      diagnostics.push_back(catalogue_diagnostic(
          file_name, splitter.line, 0, {}, {},
          "un guillemet ouvert n'est jamais refermé ; la ligne est relue sans tenir compte des guillemets"));
      splitter.record(false, record);
    }
    if (!blank(record)) records.push_back(std::move(record));
    record = CatalogueRecord();
  }
  return records;
}

Diagnostic catalogue_diagnostic(const std::string& file_name, std::uint32_t line, std::uint32_t column,
                                std::string_view column_name, std::string_view value, std::string_view what,
                                Severity severity) {
  Diagnostic d;
  d.severity = severity;
  d.code = DiagnosticCode::catalogue_invalid;
  d.place.line = line;
  d.place.column = column;
  d.value = std::string(value);
  d.message = file_name;
  if (line > 0) d.message += ", ligne " + std::to_string(line);
  if (column > 0) d.message += ", colonne " + std::to_string(column);
  if (!column_name.empty()) d.message += " (" + std::string(column_name) + ")";
  d.message += " : ";
  d.message.append(what);
  return d;
}

Diagnostic unknown_catalogue_column(const std::string& file_name, const CatalogueRecord& header, std::size_t index,
                                    std::string_view expected) {
  const std::string& seen = header.fields[index];
  return catalogue_diagnostic(file_name, header.line, static_cast<std::uint32_t>(index + 1), {}, seen,
                              "colonne " + quote_fr(seen) + " inconnue, ignorée ; attendu " + std::string(expected),
                              Severity::warning);
}

}  // namespace prith
