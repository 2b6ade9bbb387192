// The shared-string table of a workbook (xl/sharedStrings.xml).
//
// Held in memory, as cells refer to it by index from anywhere in any sheet,
// but compactly: one character pool plus one 32-bit end offset per string, so
// that even a part made of empty strings (5 bytes of XML each) costs at most
// ~1 byte of offsets per byte of XML. The part size is bounded by
// ZipLimits::max_buffered_part_bytes (< 4 GiB, so offsets fit in 32 bits).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/raw_table.h"

namespace prith {

class ZipArchive;
struct ZipEntry;

class XlsxSharedStrings {
 public:
  std::size_t size() const { return ends_.size(); }
  std::string_view at(std::size_t index) const {
    std::size_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(pool_).substr(begin, ends_[index] - begin);
  }
  void add(std::string_view text) {
    pool_.append(text);
    ends_.push_back(static_cast<std::uint32_t>(pool_.size()));
  }

 private:
  std::string pool_;
  std::vector<std::uint32_t> ends_;
};

// Rich-text runs are concatenated; phonetic runs (<rPh>) are left out.
std::optional<Refusal> read_xlsx_shared_strings(ZipArchive& archive, const ZipEntry& entry,
                                                XlsxSharedStrings& strings);

// OOXML escapes characters XML cannot carry as _xHHHH_ ("_x000D_" is a
// carriage return); decodes them in place, as UTF-8.
void decode_ooxml_escapes(std::string& text);

}  // namespace prith
