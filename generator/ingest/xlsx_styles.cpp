#include "ingest/xlsx_styles.h"

#include <charconv>
#include <cstring>
#include <unordered_map>

#include "ingest/xml_stream.h"
#include "ingest/zip_archive.h"

namespace prith {

NumberFormatKind classify_builtin_format(std::uint32_t id) {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
    return NumberFormatKind::date;
  }
  if (id == 9 || id == 10) return NumberFormatKind::percent;
  return NumberFormatKind::general;
}

NumberFormatKind classify_format_code(std::string_view code) {
  bool date = false, percent = false, elapsed = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      std::size_t close = code.find('"', i + 1);
      i = close == std::string_view::npos ? code.size() : close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is a literal, a padding or a fill
    } else if (c == '[') {
      std::size_t close = code.find(']', i + 1);
      std::string_view inside = code.substr(i + 1, close == std::string_view::npos ? 0 : close - i - 1);
      if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) elapsed = true;
      i = close == std::string_view::npos ? code.size() : close;
    } else if (c == '%') {
      percent = true;
    } else {
      char lower = static_cast<char>(c | 0x20);
      if (lower == 'd' || lower == 'm' || lower == 'y') date = true;
    }
  }
  if (date && !elapsed) return NumberFormatKind::date;
  if (percent) return NumberFormatKind::percent;
  return NumberFormatKind::general;
}

namespace {

std::uint32_t parse_id(const char* text) {
  std::uint32_t id = 0;
  if (text != nullptr) std::from_chars(text, text + std::strlen(text), id);
  return id;
}

class StylesHandler : public XmlHandler {
 public:
  explicit StylesHandler(XlsxStyles& styles) : styles_(styles) {}

  void start_element(std::string_view name, const char** attributes) override {
    if (name == "numFmt") {
      const char* code = find_attribute(attributes, "formatCode");
      custom_[parse_id(find_attribute(attributes, "numFmtId"))] =
          classify_format_code(code ? std::string_view(code) : std::string_view());
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      std::uint32_t id = parse_id(find_attribute(attributes, "numFmtId"));
      auto it = custom_.find(id);  // numFmts comes before cellXfs in the schema
      styles_.cell_formats.push_back(it != custom_.end() ? it->second : classify_builtin_format(id));
    }
  }
  void end_element(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs_ = false;
  }
  void characters(std::string_view) override {}

 private:
  XlsxStyles& styles_;
  std::unordered_map<std::uint32_t, NumberFormatKind> custom_;
  bool in_cell_xfs_ = false;
};

}  // namespace

std::optional<Refusal> read_xlsx_styles(ZipArchive& archive, const ZipEntry& entry, XlsxStyles& styles) {
  styles.cell_formats.clear();
  StylesHandler handler(styles);
  return parse_zip_part(archive, entry, archive.limits().max_buffered_part_bytes, handler);
}

}  // namespace prith
