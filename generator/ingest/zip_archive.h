// A ZIP reader for packages from anywhere (XLSX is a ZIP of XML parts).
//
// The central directory is the authority: entries are listed from it, each
// name is checked (no absolute path, "..", backslash, drive letter or NUL)
// and compared case-insensitively with the others, and each local header is
// cross-checked against it before its data is read. Sizes written in the
// archive are never trusted: inflate output is counted as it is produced and
// stopped at the first byte over a limit. Why not Poco::Zip: docs/xlsx_reader.md.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/raw_table.h"

namespace prith {

// Default limits. A quarterly partner export is a few MB; these leave two
// orders of magnitude of room while keeping a hostile file harmless.
inline constexpr std::uint32_t kZipMaxEntries = 10'000;
inline constexpr std::uint64_t kZipMaxEntryBytes = 1ull << 30;        // 1 GiB per part, streamed
inline constexpr std::uint64_t kZipMaxTotalBytes = 4ull << 30;        // 4 GiB for the whole package
// Parts whose content is kept (shared strings, styles, workbook): small enough
// that the whole reader stays far under 256 MiB even while the string table's
// vectors double (64 MiB of XML is ~2 million strings of partner labels).
inline constexpr std::uint64_t kZipMaxBufferedPartBytes = 64ull << 20;
// Deflate reaches ~1030:1 on zeros; real sheet XML stays under ~50:1.
inline constexpr std::uint32_t kZipMaxRatio = 200;
// The ratio is judged only past this output, so that tiny parts can be tiny.
inline constexpr std::uint64_t kZipRatioGraceBytes = 1ull << 20;

struct ZipLimits {
  std::uint32_t max_entries = kZipMaxEntries;
  std::uint64_t max_entry_bytes = kZipMaxEntryBytes;
  std::uint64_t max_total_bytes = kZipMaxTotalBytes;
  std::uint64_t max_buffered_part_bytes = kZipMaxBufferedPartBytes;
  std::uint32_t max_ratio = kZipMaxRatio;
  std::uint64_t ratio_grace_bytes = kZipRatioGraceBytes;
};

struct ZipEntry {
  std::string name;
  std::uint16_t flags = 0;
  std::uint16_t method = 0;  // 0 stored, 8 deflate
  std::uint32_t crc32 = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t uncompressed_size = 0;  // as declared: a hint, never trusted
  std::uint64_t local_header_offset = 0;
  std::uint64_t next_offset = 0;  // where the next entry (or the directory) starts
};

// Receives inflated bytes in chunks; returning a Refusal stops the stream.
using ZipChunkConsumer = std::function<std::optional<Refusal>(std::string_view chunk)>;

class ZipArchive {
 public:
  // Opens and validates the central directory. The refusal codes are
  // not_a_zip, unsupported_format_xls, corrupt_zip, zip_too_many_entries,
  // zip_duplicate_entry, zip_unsafe_entry_name, unsupported_zip_feature.
  static std::optional<Refusal> open(const std::string& path, const ZipLimits& limits,
                                     std::unique_ptr<ZipArchive>& archive);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  const std::vector<ZipEntry>& entries() const { return entries_; }
  // Case-insensitive (OPC part names are); a leading '/' is ignored.
  const ZipEntry* find(std::string_view name) const;

  const ZipLimits& limits() const { return limits_; }

  // Inflates an entry chunk by chunk, enforcing the limits and the CRC; at
  // most `limit` bytes (max_entry_bytes for streamed parts, else
  // max_buffered_part_bytes for parts whose content is kept in memory).
  std::optional<Refusal> stream(const ZipEntry& entry, std::uint64_t limit, const ZipChunkConsumer& consumer);
  // Reads a whole (small) part into memory: at most max_buffered_part_bytes.
  std::optional<Refusal> read_all(const ZipEntry& entry, std::string& out);

 private:
  struct EndOfDirectory {
    std::uint64_t offset = 0;
    std::uint32_t count = 0, directory_size = 0, directory_offset = 0;
    bool multi_volume = false;
  };

  ZipArchive(std::FILE* file, std::uint64_t size, const ZipLimits& limits);
  std::optional<Refusal> read_directory();
  bool find_end_of_directory(EndOfDirectory& end);
  std::optional<Refusal> read_entries(const std::vector<unsigned char>& directory, const EndOfDirectory& end);
  std::optional<Refusal> check_entry(const ZipEntry& entry, std::uint64_t directory_offset);
  void link_entries(std::uint64_t directory_offset);
  std::optional<Refusal> check_local_header(const ZipEntry& entry, std::uint64_t& data_offset);
  std::optional<Refusal> inflate_entry(const ZipEntry& entry, std::uint64_t limit,
                                       const ZipChunkConsumer& consumer);
  bool read_at(std::uint64_t offset, void* buffer, std::size_t size);

  std::FILE* file_;
  std::uint64_t size_;
  ZipLimits limits_;
  std::vector<ZipEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_lower_name_;  // into entries_
  std::uint64_t total_produced_ = 0;
};

// ASCII-lowercased copy, for OPC's case-insensitive part names.
std::string lowercase_ascii(std::string_view text);

}  // namespace prith
