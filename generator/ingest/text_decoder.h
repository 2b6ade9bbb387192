// Pass 1 of the CSV reader: which text encoding a file uses, and its
// conversion to UTF-8 block by block.
//
// Partners send UTF-8 (with or without BOM), Windows-1252 from Excel's
// "CSV (séparateur: point-virgule)" and now and then UTF-16 from
// "Texte Unicode". Detection looks at a bounded sample only; conversion is
// streaming so that a 50 MB export is never held decoded as a whole.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace prith {

enum class TextEncoding : std::uint8_t { utf8, utf8_bom, utf16le, utf16be, windows1252 };

// Stable technical name: "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "Windows-1252".
std::string_view encoding_name(TextEncoding encoding);
// What a pilot reads: "UTF-8", "UTF-8 avec BOM", "UTF-16 LE"...
std::string_view encoding_label(TextEncoding encoding);

struct EncodingDetection {
  bool is_text = true;   // false: NUL or control bytes that no text encoding explains
  TextEncoding encoding = TextEncoding::utf8;
  std::size_t bom_length = 0;  // bytes to skip at the start of the file
};

// Looks at the first bytes of a file (any length; 64 KiB is plenty).
// `complete` says the sample is the whole file, so that a multi-byte
// sequence cut at the end is an error and not an artefact of sampling.
//  - a BOM decides (UTF-8, UTF-16 LE/BE);
//  - NUL bytes on one parity only (ASCII text in UTF-16 without BOM) give UTF-16;
//  - other NUL bytes, or many C0 control bytes, make the file binary;
//  - valid UTF-8 gives UTF-8, anything else Windows-1252 (which decodes every byte).
EncodingDetection detect_encoding(std::string_view sample, bool complete);

// Converts one encoding to UTF-8, block by block: a multi-byte sequence cut by
// a block boundary is kept until the next call.
//
// Choices, documented in docs/csv_reader.md:
//  - Windows-1252's five undefined bytes (0x81 0x8D 0x8F 0x90 0x9D) become
//    their C1 code points U+0081... (as the WHATWG decoder does): nothing is
//    lost and the bytes can be written back;
//  - in a file judged UTF-8, a byte that does not start a valid sequence is
//    read as Windows-1252 (partners' files mixing both exist) and counted;
//  - in UTF-16, a lone surrogate or an odd final byte becomes U+FFFD and is counted.
class TextDecoder {
 public:
  explicit TextDecoder(TextEncoding encoding, std::size_t skip_bytes = 0);

  // Appends the UTF-8 text of `bytes` to `out`.
  void decode(std::string_view bytes, std::string& out);
  // Flushes what a truncated final sequence left pending.
  void finish(std::string& out);

  TextEncoding encoding() const { return encoding_; }
  // Invalid sequences met so far, and the byte offset (in the file) of the first.
  std::uint64_t invalid_count() const { return invalid_count_; }
  std::uint64_t first_invalid_offset() const { return first_invalid_offset_; }

 private:
  void decode_utf8(std::string_view bytes, std::string& out);
  void decode_cp1252(std::string_view bytes, std::string& out);
  void decode_utf16(std::string_view bytes, std::string& out);
  void note_invalid(std::uint64_t offset);

  TextEncoding encoding_;
  std::size_t skip_bytes_;
  std::uint64_t offset_ = 0;  // file offset of the next byte given to decode()
  std::string pending_;       // bytes of a sequence cut by the block boundary
  std::uint32_t high_surrogate_ = 0;  // UTF-16: a high surrogate waiting for its pair
  std::uint64_t invalid_count_ = 0;
  std::uint64_t first_invalid_offset_ = 0;
};

// Appends the UTF-8 form of a code point.
void append_utf8(std::string& out, std::uint32_t code_point);

}  // namespace prith
