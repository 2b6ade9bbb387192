#include "ingest/xlsx_shared_strings.h"

#include "ingest/xml_stream.h"
#include "ingest/zip_archive.h"

namespace prith {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

class SharedStringsHandler : public XmlHandler {
 public:
  explicit SharedStringsHandler(XlsxSharedStrings& strings) : strings_(strings) {}

  void start_element(std::string_view name, const char**) override {
    if (name == "si") {
      current_.clear();
    } else if (name == "rPh") {
      ++phonetic_depth_;
    } else if (name == "t" && phonetic_depth_ == 0) {
      in_text_ = true;
    }
  }
  void end_element(std::string_view name) override {
    if (name == "t") {
      in_text_ = false;
    } else if (name == "rPh") {
      --phonetic_depth_;
    } else if (name == "si") {
      decode_ooxml_escapes(current_);
      strings_.add(current_);
    }
  }
  void characters(std::string_view text) override {
    if (in_text_) current_.append(text);
  }

 private:
  XlsxSharedStrings& strings_;
  std::string current_;
  int phonetic_depth_ = 0;
  bool in_text_ = false;
};

}  // namespace

void decode_ooxml_escapes(std::string& text) {
  std::size_t at = text.find("_x");
  if (at == std::string::npos) return;
  std::string out = text.substr(0, at);
  while (at < text.size()) {
    if (at + 7 <= text.size() && text[at] == '_' && text[at + 1] == 'x' && text[at + 6] == '_') {
      int a = hex_value(text[at + 2]), b = hex_value(text[at + 3]), c = hex_value(text[at + 4]),
          d = hex_value(text[at + 5]);
      if (a >= 0 && b >= 0 && c >= 0 && d >= 0) {
        append_utf8(out, static_cast<unsigned>((a << 12) | (b << 8) | (c << 4) | d));
        at += 7;
        continue;
      }
    }
    out += text[at++];
  }
  text = std::move(out);
}

std::optional<Refusal> read_xlsx_shared_strings(ZipArchive& archive, const ZipEntry& entry,
                                                XlsxSharedStrings& strings) {
  SharedStringsHandler handler(strings);
  return parse_zip_part(archive, entry, archive.limits().max_buffered_part_bytes, handler);
}

}  // namespace prith
