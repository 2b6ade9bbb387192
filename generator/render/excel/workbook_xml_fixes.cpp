#include "render/excel/workbook_xml_fixes.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>

#include "render/excel/document_language.h"
#include "render/excel/zip_entry_rewrite.h"

namespace prith {

namespace {

std::string column_letters(unsigned column) {
  std::string letters;
  for (unsigned value = column + 1; value > 0; value = (value - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (value - 1) % 26));
  return letters;
}

std::string absolute_cell(unsigned row, unsigned column) {
  return "$" + column_letters(column) + "$" + std::to_string(row + 1);
}

std::string unescape_xml(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    std::size_t end = text.find(';', i);
    if (end == std::string_view::npos) {
      out += text.substr(i);
      break;
    }
    std::string_view entity = text.substr(i + 1, end - i - 1);
    if (entity == "apos") out += '\'';
    else if (entity == "quot") out += '"';
    else if (entity == "amp") out += '&';
    else if (entity == "lt") out += '<';
    else if (entity == "gt") out += '>';
    else out += text.substr(i, end - i + 1);
    i = end;
  }
  return out;
}

// "'Sheet ''A'''!$C$1:$N$1" (XML-escaped) → "Sheet 'A'!$C$1:$N$1".
std::string formula_key(std::string_view escaped) {
  std::string formula = unescape_xml(escaped);
  std::size_t bang = formula.rfind('!');
  if (bang == std::string::npos) return formula;
  std::string sheet = formula.substr(0, bang);
  if (sheet.size() >= 2 && sheet.front() == '\'' && sheet.back() == '\'') {
    std::string unquoted;
    for (std::size_t i = 1; i + 1 < sheet.size(); ++i) {
      unquoted += sheet[i];
      if (sheet[i] == '\'' && sheet[i + 1] == '\'') ++i;
    }
    sheet = unquoted;
  }
  return sheet + formula.substr(bang);
}

bool is_chart(std::string_view name) {
  return name.starts_with("xl/charts/chart") && name.ends_with(".xml");
}

bool is_sheet(std::string_view name) {
  return name.starts_with("xl/worksheets/sheet") && name.ends_with(".xml");
}

}  // namespace

double excel_cell_number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.12g", value);
  return std::strtod(text, nullptr);
}

std::string chart_range_key(std::string_view sheet, unsigned first_row, unsigned first_column, unsigned last_row,
                            unsigned last_column) {
  std::string key(sheet);
  key += '!';
  key += absolute_cell(first_row, first_column);
  if (first_row != last_row || first_column != last_column) key += ":" + absolute_cell(last_row, last_column);
  return key;
}

void set_chart_language(std::string& chart_xml, std::string_view language) {
  constexpr std::string_view kOpen = "<c:lang val=\"";
  std::size_t at = chart_xml.find(kOpen);
  if (at == std::string::npos) return;
  at += kOpen.size();
  std::size_t end = chart_xml.find('"', at);
  if (end == std::string::npos) return;
  chart_xml.replace(at, end - at, language);
}

void text_chart_categories(std::string& chart_xml, const std::set<std::string>& text_ranges) {
  constexpr std::string_view kNumRef = "<c:cat><c:numRef><c:f>", kFormulaEnd = "</c:f></c:numRef></c:cat>";
  for (std::size_t at = chart_xml.find(kNumRef); at != std::string::npos; at = chart_xml.find(kNumRef, at + 1)) {
    const std::size_t formula = at + kNumRef.size();
    const std::size_t end = chart_xml.find(kFormulaEnd, formula);
    // Only a bare reference (no cache, no format) is rewritten.
    if (end == std::string::npos || chart_xml.find('<', formula) != end) continue;
    if (!text_ranges.count(formula_key(std::string_view(chart_xml).substr(formula, end - formula)))) continue;
    chart_xml.replace(end, kFormulaEnd.size(), "</c:f></c:strRef></c:cat>");
    chart_xml.replace(at, kNumRef.size(), "<c:cat><c:strRef><c:f>");
  }
}

void shortest_cell_numbers(std::string& sheet_xml) {
  std::string out;
  out.reserve(sheet_xml.size());
  std::size_t copied = 0;
  for (std::size_t at = sheet_xml.find("<v>"); at != std::string::npos; at = sheet_xml.find("<v>", at + 3)) {
    const std::size_t start = at + 3, end = sheet_xml.find("</v>", start);
    if (end == std::string::npos) break;
    std::string_view text = std::string_view(sheet_xml).substr(start, end - start);
    if (text.find_first_of(".Ee") == std::string_view::npos) continue;  // integers, shared string indexes
    double value = 0;
    auto [parsed_end, parsed] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed != std::errc() || parsed_end != text.data() + text.size()) continue;
    char shortest[32];
    auto [written, wrote] = std::to_chars(shortest, shortest + sizeof shortest, value);
    if (wrote != std::errc()) continue;
    out.append(sheet_xml, copied, start - copied);
    out.append(shortest, written);
    copied = end;
  }
  if (copied == 0) return;
  out.append(sheet_xml, copied, std::string::npos);
  sheet_xml = std::move(out);
}

bool fix_workbook_xml(const std::filesystem::path& workbook, std::string_view language,
                      const std::set<std::string>& text_category_ranges, std::string& error) {
  ZipEntryEdit edit;
  edit.chooses = [](std::string_view name) { return name == kCoreXml || is_chart(name) || is_sheet(name); };
  edit.edit = [&](std::string_view name, std::string& xml) {
    if (name == kCoreXml) {
      add_document_language(xml, language);
    } else if (is_chart(name)) {
      set_chart_language(xml, language);
      text_chart_categories(xml, text_category_ranges);
    } else {
      shortest_cell_numbers(xml);
    }
  };
  edit.required = kCoreXml;
  return rewrite_zip_entries(workbook, edit, "classeur non finalisé", error);
}

}  // namespace prith
