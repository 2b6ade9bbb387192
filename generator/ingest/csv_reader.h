// The CSV reader: a file in, one raw table out.
//
// Passes, each in its own file and tested alone:
//   1. text_decoder   encoding sniffed on the first 64 KiB, then converted
//                     to UTF-8 block by block (1 MiB blocks);
//   2. csv_dialect    delimiter, quote, escape scored on the first 64 KiB of text;
//   3. csv_parser     streaming records, physical line numbers;
//   4. csv_table_trimmer  (only with CsvReadOptions::table_only) preamble
//                     and footnote lines left out, stacked header rows
//                     joined, a second table left out and reported; an
//                     empty file is then an empty table, not a refusal.
// Records become RawRows of text cells; headers and values are the table
// mapper's business. Blank and delimiter-only lines are skipped; every other
// row keeps the physical line where it starts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "ingest/csv_dialect.h"
#include "ingest/raw_table.h"

namespace prith {

// Files above 1 GiB are refused (file_too_large): no partner export comes
// near, and line numbers stay well within 32 bits.
inline constexpr std::uint64_t kMaxCsvFileSize = std::uint64_t{1} << 30;
// One record (a line, or several when a quoted field holds line breaks) of
// more than 16 MiB of text or more than 65 536 fields refuses the file
// (record_too_large): a real export's rows are a few hundred bytes and at
// most a few hundred columns (Excel stops at 16 384). The limit bounds the
// memory a single record takes, whatever the file.
inline constexpr std::size_t kMaxCsvRecordSize = std::size_t{16} << 20;
inline constexpr std::size_t kMaxCsvFields = 65'536;
// Bytes the encoding and the dialect are sniffed on.
inline constexpr std::size_t kCsvSampleSize = 64 * 1024;

struct CsvReadOptions {
  // Leave out the title lines before the table and the footnotes after it,
  // and bound its header and its end (see csv_table_trimmer.h). For
  // `prith inspect --table`; the mapper wants all rows.
  bool table_only = false;
  std::uint64_t max_file_size = kMaxCsvFileSize;
  std::size_t max_record_size = kMaxCsvRecordSize;
  std::size_t max_fields = kMaxCsvFields;
  // Size of the blocks read and decoded; tests make it tiny to cross every boundary.
  std::size_t block_size = 1 << 20;
};

std::optional<Refusal> read_csv_file(const std::string& path, RowSink& sink,
                                     std::vector<Diagnostic>& diagnostics,
                                     CsvDialect* detected = nullptr);
std::optional<Refusal> read_csv_file(const std::string& path, RowSink& sink,
                                     std::vector<Diagnostic>& diagnostics,
                                     const CsvReadOptions& options,
                                     CsvDialect* detected = nullptr);

// The same from bytes in memory (tests, or text already read).
std::optional<Refusal> read_csv_text(std::string_view bytes, RowSink& sink,
                                     std::vector<Diagnostic>& diagnostics,
                                     const CsvReadOptions& options = {},
                                     CsvDialect* detected = nullptr);

}  // namespace prith
