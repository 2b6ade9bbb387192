#include "ingest/text_decoder.h"

#include <doctest/doctest.h>

#include <string>

using namespace prith;

namespace {

// Decodes `bytes` in blocks of `block` bytes.
std::string decode_in_blocks(TextEncoding encoding, std::size_t skip, std::string_view bytes,
                             std::size_t block, TextDecoder* out_decoder = nullptr) {
  TextDecoder decoder(encoding, skip);
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += block) decoder.decode(bytes.substr(i, block), out);
  decoder.finish(out);
  if (out_decoder != nullptr) *out_decoder = decoder;
  return out;
}

std::string utf16le(std::u16string_view text) {
  std::string out;
  for (char16_t unit : text) {
    out.push_back(static_cast<char>(unit & 0xFF));
    out.push_back(static_cast<char>(unit >> 8));
  }
  return out;
}

std::string utf16be(std::u16string_view text) {
  std::string out;
  for (char16_t unit : text) {
    out.push_back(static_cast<char>(unit >> 8));
    out.push_back(static_cast<char>(unit & 0xFF));
  }
  return out;
}

}  // namespace

TEST_CASE("a BOM decides the encoding") {
  using namespace std::string_literals;
  auto d = detect_encoding("\xEF\xBB\xBF" "a;b\n", true);
  CHECK(d.is_text);
  CHECK(d.encoding == TextEncoding::utf8_bom);
  CHECK(d.bom_length == 3);
  d = detect_encoding("\xFF\xFE" "a\0;\0"s, true);
  CHECK(d.encoding == TextEncoding::utf16le);
  CHECK(d.bom_length == 2);
  d = detect_encoding("\xFE\xFF\0a\0;"s, true);
  CHECK(d.encoding == TextEncoding::utf16be);
  CHECK(d.bom_length == 2);
}

TEST_CASE("valid UTF-8 is UTF-8, other high bytes are Windows-1252") {
  CHECK(detect_encoding("a;b\n", true).encoding == TextEncoding::utf8);
  CHECK(detect_encoding("R\xC3\xA9gion;C\xC5\x93ur\n", true).encoding == TextEncoding::utf8);
  CHECK(detect_encoding("R\xE9gion;C\x9Cur;14\xA0" "178\n", true).encoding ==
        TextEncoding::windows1252);
}

TEST_CASE("a multi-byte sequence cut by the end of the sample is not held against UTF-8") {
  CHECK(detect_encoding("ab\xC3", false).encoding == TextEncoding::utf8);
  CHECK(detect_encoding("ab\xC3", true).encoding == TextEncoding::windows1252);
}

TEST_CASE("a few stray bytes in a clearly UTF-8 sample keep it UTF-8") {
  std::string sample;
  for (int i = 0; i < 20; ++i) sample += "\xC3\xA9l\xC3\xA8ve;";
  sample += "Ren\xE9\n";
  CHECK(detect_encoding(sample, true).encoding == TextEncoding::utf8);
}

TEST_CASE("UTF-16 without BOM is recognised from its NUL pattern") {
  CHECK(detect_encoding(utf16le(u"territoire;valeur\n44;12\n"), true).encoding ==
        TextEncoding::utf16le);
  CHECK(detect_encoding(utf16be(u"territoire;valeur\n44;12\n"), true).encoding ==
        TextEncoding::utf16be);
}

TEST_CASE("NUL or control bytes that are not UTF-16 make a binary file") {
  using namespace std::string_literals;
  CHECK_FALSE(detect_encoding("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0"s, true).is_text);
  CHECK_FALSE(detect_encoding("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0"s, true).is_text);
  CHECK_FALSE(detect_encoding("\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F", true).is_text);
  CHECK(detect_encoding("a\tb\x0C\r\n", true).is_text);
}

TEST_CASE("Windows-1252: every special character of 0x80-0x9F and NBSP") {
  std::string out = decode_in_blocks(TextEncoding::windows1252, 0,
                                     "\x80\x8C\x9C\x92\x93\x94\x85\x96\x97\x99 14\xA0" "178", 3);
  CHECK(out == "€Œœ’“”…–—™ 14\u00A0" "178");
}

TEST_CASE("Windows-1252: the five undefined bytes become their C1 code points") {
  std::string out = decode_in_blocks(TextEncoding::windows1252, 0, "a\x81\x8D\x8F\x90\x9Dz", 64);
  CHECK(out == "a\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9Dz");
}

TEST_CASE("UTF-8 cut at every block boundary decodes the same") {
  const std::string text = "Cœur d’activité ; 14\u00A0178 € 😀 fin";
  for (std::size_t block = 1; block <= text.size(); ++block) {
    TextDecoder decoder(TextEncoding::utf8);
    CHECK(decode_in_blocks(TextEncoding::utf8, 0, text, block, &decoder) == text);
    CHECK(decoder.invalid_count() == 0);
  }
}

TEST_CASE("the BOM is skipped even when blocks are smaller than it") {
  CHECK(decode_in_blocks(TextEncoding::utf8_bom, 3, "\xEF\xBB\xBFok", 1) == "ok");
}

TEST_CASE("an invalid byte in a UTF-8 file is read as Windows-1252 and counted") {
  TextDecoder decoder(TextEncoding::utf8);
  std::string out = decode_in_blocks(TextEncoding::utf8, 0, "Ren\xE9 \xC3\xA9t\xE9", 2, &decoder);
  CHECK(out == "René été");
  CHECK(decoder.invalid_count() == 2);
  CHECK(decoder.first_invalid_offset() == 3);
}

TEST_CASE("a UTF-8 sequence cut by the end of the file is flushed, not lost") {
  TextDecoder decoder(TextEncoding::utf8);
  std::string out = decode_in_blocks(TextEncoding::utf8, 0, "ab\xE2\x82", 10, &decoder);
  CHECK(out == "abâ‚");
  CHECK(decoder.invalid_count() == 2);
  CHECK(decoder.first_invalid_offset() == 2);
}

TEST_CASE("UTF-16 LE and BE with surrogate pairs, cut at every block boundary") {
  const std::u16string text = u"Cœur;😀\r\n";
  const std::string expected = "Cœur;😀\r\n";
  for (std::size_t block = 1; block <= 20; ++block) {
    CHECK(decode_in_blocks(TextEncoding::utf16le, 0, utf16le(text), block) == expected);
    CHECK(decode_in_blocks(TextEncoding::utf16be, 0, utf16be(text), block) == expected);
  }
}

TEST_CASE("UTF-16: lone surrogates and an odd final byte become U+FFFD") {
  TextDecoder decoder(TextEncoding::utf16le);
  std::string bytes = utf16le(u"a") + std::string("\x00\xD8", 2) + utf16le(u"b") +
                      std::string("\x00\xDC", 2) + "c";
  std::string out = decode_in_blocks(TextEncoding::utf16le, 0, bytes, 3, &decoder);
  CHECK(out == "a\uFFFDb\uFFFD\uFFFD");
  CHECK(decoder.invalid_count() == 3);
  CHECK(decoder.first_invalid_offset() == 2);
}

TEST_CASE("encoding names and labels") {
  CHECK(encoding_name(TextEncoding::windows1252) == "Windows-1252");
  CHECK(encoding_name(TextEncoding::utf8_bom) == "UTF-8-BOM");
  CHECK(encoding_label(TextEncoding::utf8_bom) == "UTF-8 avec BOM");
  CHECK(encoding_label(TextEncoding::utf16le) == "UTF-16 LE");
}
