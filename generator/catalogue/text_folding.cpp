#include "catalogue/text_folding.h"

#include <array>

namespace prith {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// U+00C0..U+00FF; "" marks × and ÷, which are separators.
constexpr std::array<std::string_view, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0
};

// U+0100..U+017F as ranges of code points sharing one folded form.
struct Range {
  char32_t first, last;
  std::string_view text;
};
constexpr std::array<Range, 22> kLatinExtendedA = {{
    {0x100, 0x105, "a"},  {0x106, 0x10D, "c"},  {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"},  {0x124, 0x127, "h"},  {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"},  {0x136, 0x138, "k"},  {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"},  {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"},  {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"},  {0x17F, 0x17F, "s"},
}};

// One string per ASCII byte, so that fold_code_point can return a view.
constexpr char kAsciiLower[] =
    "\0\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
    "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f"
    " !\"#$%&'()*+,-./0123456789:;<=>?"
    "@abcdefghijklmnopqrstuvwxyz[\\]^_"
    "`abcdefghijklmnopqrstuvwxyz{|}~\x7f";
static_assert(sizeof(kAsciiLower) == 129);

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t length = 0;
  char32_t cp = 0, minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, minimum = 0x10000;
  } else {
    ++pos;
    return kReplacement;
  }
  if (pos + length > text.size()) {
    ++pos;
    return kReplacement;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (!is_continuation(byte(pos + i))) {
      ++pos;
      return kReplacement;
    }
    cp = (cp << 6) | (byte(pos + i) & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return kReplacement;
  }
  pos += length;
  return cp;
}

FoldedChar fold_code_point(char32_t cp) {
  using Kind = FoldedChar::Kind;
  if (cp < 0x80) {
    if (is_ascii_alnum(static_cast<unsigned char>(cp))) return {Kind::text, std::string_view(kAsciiLower + cp, 1)};
    return {Kind::separator, {}};
  }
  if (cp < 0xC0) {
    if (cp == 0xAD) return {Kind::ignored, {}};  // soft hyphen: a word split for layout only
    return {Kind::separator, {}};                 // NBSP, «», °, ², ª, ©...
  }
  if (cp <= 0xFF) {
    const std::string_view text = kLatin1[cp - 0xC0];
    return text.empty() ? FoldedChar{Kind::separator, {}} : FoldedChar{Kind::text, text};
  }
  if (cp <= 0x17F) {
    for (const Range& range : kLatinExtendedA) {
      if (cp >= range.first && cp <= range.last) return {Kind::text, range.text};
    }
  }
  if (cp >= 0x300 && cp <= 0x36F) return {Kind::ignored, {}};  // combining accents (NFD text)
  if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
      (cp >= 0xFE00 && cp <= 0xFE0F)) {
    return {Kind::ignored, {}};  // zero-width marks, BOM, variation selectors
  }
  // General punctuation (spaces, dashes, quotes, ellipsis), super/subscripts,
  // currency (€), letterlike symbols, arrows, maths, box drawing...
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F)) return {Kind::separator, {}};
  return {Kind::other, {}};
}

void fold_for_matching_into(std::string_view text, std::string& out) {
  out.clear();
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    // ASCII fast path: most partner text is plain ASCII.
    if (c < 0x80) {
      ++pos;
      if (is_ascii_alnum(c)) {
        if (pending_space && !out.empty()) out.push_back(' ');
        pending_space = false;
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      } else {
        pending_space = true;
      }
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = next_code_point(text, pos);
    const FoldedChar folded = fold_code_point(cp);
    switch (folded.kind) {
      case FoldedChar::Kind::ignored: break;
      case FoldedChar::Kind::separator: pending_space = true; break;
      case FoldedChar::Kind::text:
      case FoldedChar::Kind::other:
        if (pending_space && !out.empty()) out.push_back(' ');
        pending_space = false;
        if (folded.kind == FoldedChar::Kind::text) {
          out.append(folded.text);
        } else if (cp == kReplacement && text.substr(start, 3) != "\xEF\xBF\xBD") {
          out.append("\xEF\xBF\xBD");  // an invalid byte, never copied as such
        } else {
          out.append(text.substr(start, pos - start));
        }
        break;
    }
  }
}

std::string fold_for_matching(std::string_view text) {
  std::string out;
  fold_for_matching_into(text, out);
  return out;
}

}  // namespace prith
