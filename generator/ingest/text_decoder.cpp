#include "ingest/text_decoder.h"

#include <algorithm>
#include <cstring>

namespace prith {

namespace {

// Windows-1252 0x80..0x9F. The five undefined bytes map to their C1 code point.
constexpr std::uint16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::uint32_t cp1252_code_point(unsigned char byte) {
  if (byte >= 0x80 && byte < 0xA0) return kCp1252High[byte - 0x80];
  return byte;
}

// Length of the UTF-8 sequence starting at p[0]: 1..4 if valid, 0 if invalid,
// -1 if the `available` bytes are a valid but unfinished prefix.
int utf8_sequence_length(const unsigned char* p, std::size_t available) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  int length;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0) low = 0xA0;   // overlong
    if (c == 0xED) high = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  for (int k = 1; k < length; ++k) {
    if (static_cast<std::size_t>(k) >= available) return -1;
    unsigned char b = p[k];
    if (k == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF)) return 0;
  }
  return length;
}

bool is_ascii_word(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, 8);
  return (word & 0x8080808080808080ULL) == 0;
}

// Appends the ASCII run starting at `i`; returns where it stops.
std::size_t copy_ascii_run(const char* p, std::size_t i, std::size_t n, std::string& out) {
  std::size_t start = i;
  while (i + 8 <= n && is_ascii_word(p + i)) i += 8;
  while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
  out.append(p + start, i - start);
  return i;
}

bool is_control_byte(unsigned char c) {
  // Tab, LF, VT, FF, CR and SUB (an old DOS end-of-file mark) occur in text.
  return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1A;
}

}  // namespace

std::string_view encoding_name(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::utf8: return "UTF-8";
    case TextEncoding::utf8_bom: return "UTF-8-BOM";
    case TextEncoding::utf16le: return "UTF-16LE";
    case TextEncoding::utf16be: return "UTF-16BE";
    case TextEncoding::windows1252: return "Windows-1252";
  }
  return "UTF-8";
}

std::string_view encoding_label(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::utf8: return "UTF-8";
    case TextEncoding::utf8_bom: return "UTF-8 avec BOM";
    case TextEncoding::utf16le: return "UTF-16 LE";
    case TextEncoding::utf16be: return "UTF-16 BE";
    case TextEncoding::windows1252: return "Windows-1252";
  }
  return "UTF-8";
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

EncodingDetection detect_encoding(std::string_view sample, bool complete) {
  EncodingDetection result;
  auto starts_with = [&](std::string_view bom) { return sample.substr(0, bom.size()) == bom; };
  if (starts_with("\xEF\xBB\xBF")) return {true, TextEncoding::utf8_bom, 3};
  if (starts_with("\xFF\xFE")) return {true, TextEncoding::utf16le, 2};
  if (starts_with("\xFE\xFF")) return {true, TextEncoding::utf16be, 2};

  std::size_t nul_even = 0, nul_odd = 0, controls = 0;
  for (std::size_t i = 0; i < sample.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(sample[i]);
    if (c == 0) {
      (i % 2 == 0 ? nul_even : nul_odd) += 1;
    } else if (is_control_byte(c)) {
      ++controls;
    }
  }
  if (nul_even + nul_odd > 0) {
    // ASCII text in UTF-16 puts a NUL in every other byte, on one side only.
    std::size_t pairs = sample.size() / 2;
    if (nul_odd * 10 >= pairs * 3 && nul_even * 50 <= nul_odd) {
      result.encoding = TextEncoding::utf16le;
      return result;
    }
    if (nul_even * 10 >= pairs * 3 && nul_odd * 50 <= nul_even) {
      result.encoding = TextEncoding::utf16be;
      return result;
    }
    result.is_text = false;
    return result;
  }
  if (controls * 20 > sample.size() + 20) {  // more than ~5 % control bytes
    result.is_text = false;
    return result;
  }

  std::size_t valid_multibyte = 0, invalid = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(sample.data());
  for (std::size_t i = 0; i < sample.size();) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int length = utf8_sequence_length(p + i, sample.size() - i);
    if (length < 0) {  // cut by the end of the sample
      if (complete) ++invalid;
      break;
    }
    if (length == 0) {
      ++invalid;
      ++i;
    } else {
      ++valid_multibyte;
      i += static_cast<std::size_t>(length);
    }
  }
  // A few stray bytes in a clearly UTF-8 file stay UTF-8 (they are decoded one
  // by one as Windows-1252); otherwise the file is Windows-1252.
  bool utf8 = invalid == 0 || valid_multibyte >= 10 * invalid;
  result.encoding = utf8 ? TextEncoding::utf8 : TextEncoding::windows1252;
  return result;
}

TextDecoder::TextDecoder(TextEncoding encoding, std::size_t skip_bytes)
    : encoding_(encoding), skip_bytes_(skip_bytes) {}

void TextDecoder::note_invalid(std::uint64_t offset) {
  if (invalid_count_ == 0) first_invalid_offset_ = offset;
  ++invalid_count_;
}

void TextDecoder::decode(std::string_view bytes, std::string& out) {
  if (skip_bytes_ > 0) {
    std::size_t skipped = std::min(skip_bytes_, bytes.size());
    bytes.remove_prefix(skipped);
    skip_bytes_ -= skipped;
    offset_ += skipped;
  }
  switch (encoding_) {
    case TextEncoding::utf8:
    case TextEncoding::utf8_bom: decode_utf8(bytes, out); break;
    case TextEncoding::windows1252: decode_cp1252(bytes, out); break;
    case TextEncoding::utf16le:
    case TextEncoding::utf16be: decode_utf16(bytes, out); break;
  }
}

void TextDecoder::decode_utf8(std::string_view bytes, std::string& out) {
  std::string joined;
  std::uint64_t base = offset_;
  if (!pending_.empty()) {
    base -= pending_.size();
    joined = pending_;
    joined.append(bytes);
    bytes = joined;
    pending_.clear();
  }
  offset_ = base + bytes.size();
  const char* p = bytes.data();
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    i = copy_ascii_run(p, i, n, out);
    if (i >= n) break;
    int length = utf8_sequence_length(u + i, n - i);
    if (length < 0) {  // finished by the next block
      pending_.assign(p + i, n - i);
      break;
    }
    if (length == 0) {
      note_invalid(base + i);
      append_utf8(out, cp1252_code_point(u[i]));
      ++i;
    } else {
      out.append(p + i, static_cast<std::size_t>(length));
      i += static_cast<std::size_t>(length);
    }
  }
}

void TextDecoder::decode_cp1252(std::string_view bytes, std::string& out) {
  offset_ += bytes.size();
  const char* p = bytes.data();
  std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    i = copy_ascii_run(p, i, n, out);
    while (i < n && static_cast<unsigned char>(p[i]) >= 0x80) {
      append_utf8(out, cp1252_code_point(static_cast<unsigned char>(p[i])));
      ++i;
    }
  }
}

void TextDecoder::decode_utf16(std::string_view bytes, std::string& out) {
  std::string joined;
  std::uint64_t base = offset_ - pending_.size();
  if (!pending_.empty()) {
    joined = pending_;
    joined.append(bytes);
    bytes = joined;
    pending_.clear();
  }
  offset_ = base + bytes.size();
  const auto* u = reinterpret_cast<const unsigned char*>(bytes.data());
  bool little = encoding_ == TextEncoding::utf16le;
  std::size_t n = bytes.size() & ~static_cast<std::size_t>(1);
  for (std::size_t i = 0; i < n; i += 2) {
    std::uint32_t unit = little ? (u[i] | (u[i + 1] << 8)) : ((u[i] << 8) | u[i + 1]);
    if (high_surrogate_ != 0) {
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((high_surrogate_ - 0xD800) << 10) + (unit - 0xDC00));
        high_surrogate_ = 0;
        continue;
      }
      note_invalid(base + i - 2);
      append_utf8(out, 0xFFFD);
      high_surrogate_ = 0;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      high_surrogate_ = unit;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      note_invalid(base + i);
      append_utf8(out, 0xFFFD);
    } else if (unit < 0x80) {
      out.push_back(static_cast<char>(unit));
    } else {
      append_utf8(out, unit);
    }
  }
  if (bytes.size() > n) pending_.assign(bytes.substr(n));
}

void TextDecoder::finish(std::string& out) {
  std::uint64_t base = offset_ - pending_.size();
  if (encoding_ == TextEncoding::utf16le || encoding_ == TextEncoding::utf16be) {
    if (high_surrogate_ != 0 || !pending_.empty()) {
      note_invalid(base);
      append_utf8(out, 0xFFFD);
    }
  } else {
    // A UTF-8 sequence cut by the end of the file: its bytes read as Windows-1252.
    for (std::size_t k = 0; k < pending_.size(); ++k) {
      note_invalid(base + k);
      append_utf8(out, cp1252_code_point(static_cast<unsigned char>(pending_[k])));
    }
  }
  pending_.clear();
  high_surrogate_ = 0;
}

}  // namespace prith
