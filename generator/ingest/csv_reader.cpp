#include "ingest/csv_reader.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

#include "ingest/csv_parser.h"
#include "ingest/csv_table_trimmer.h"
#include "ingest/text_decoder.h"

namespace prith {

namespace {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Fills up to `size` bytes; 0 at the end (or on a read error, see failed()).
  virtual std::size_t read(char* buffer, std::size_t size) = 0;
  virtual bool failed() const { return false; }
};

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  std::size_t read(char* buffer, std::size_t size) override {
    std::size_t count = std::min(size, bytes_.size() - position_);
    std::copy_n(bytes_.data() + position_, count, buffer);
    position_ += count;
    return count;
  }

 private:
  std::string_view bytes_;
  std::size_t position_ = 0;
};

class FileSource : public ByteSource {
 public:
  explicit FileSource(std::FILE* file) : file_(file) {}
  ~FileSource() override { std::fclose(file_); }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  std::size_t read(char* buffer, std::size_t size) override {
    return std::fread(buffer, 1, size, file_);
  }
  bool failed() const override { return std::ferror(file_) != 0; }

 private:
  std::FILE* file_;
};

// Turns parser records into RawRows, reusing one row and its cells' strings.
class RowEmitter : public CsvRecordHandler {
 public:
  RowEmitter(RowSink& sink, bool skip_sep_line) : sink_(sink), skip_sep_line_(skip_sep_line) {}
  bool record(const CsvRecord& record) override {
    if (record.is_empty()) return true;  // blank or delimiter-only: nothing to carry
    if (skip_sep_line_ && record.line() == 1) return true;  // "sep=;" is not data
    row_.line = record.line();
    row_.cells.resize(record.size());
    for (std::size_t i = 0; i < record.size(); ++i) {
      RawCell& cell = row_.cells[i];
      std::string_view field = record.field(i);
      cell.text.assign(field.data(), field.size());
      cell.kind = field.empty() ? CellKind::empty : CellKind::text;
      cell.column = static_cast<std::uint32_t>(i + 1);
    }
    sink_.row(row_);
    return true;
  }

 private:
  RowSink& sink_;
  bool skip_sep_line_;
  RawRow row_;
};

Refusal refusal(DiagnosticCode code, std::string message) { return Refusal{code, std::move(message)}; }

std::string mebibytes(std::uint64_t bytes) {
  return std::to_string((bytes + (1u << 20) - 1) >> 20) + " Mio";
}

// The sample the dialect is sniffed on: at most kCsvSampleSize of text, cut
// after its last line break so that no record is judged on a fragment.
std::string_view dialect_sample(std::string_view text, bool& complete) {
  if (text.size() <= kCsvSampleSize && complete) return text;
  complete = false;
  std::string_view sample = text.substr(0, kCsvSampleSize);
  std::size_t cut = sample.find_last_of("\r\n");
  if (cut == std::string_view::npos) {
    complete = true;  // one huge line: judge it as a whole record
    return sample;
  }
  return sample.substr(0, cut + 1);
}

void report_invalid_bytes(const TextDecoder& decoder, std::vector<Diagnostic>& diagnostics) {
  if (decoder.invalid_count() == 0) return;
  Diagnostic d;
  d.severity = Severity::warning;
  d.code = DiagnosticCode::invalid_encoding;
  bool one = decoder.invalid_count() == 1;
  std::string where = std::to_string(decoder.first_invalid_offset());
  bool utf16 = decoder.encoding() == TextEncoding::utf16le ||
               decoder.encoding() == TextEncoding::utf16be;
  d.message = "Le fichier, lu en " + std::string(encoding_label(decoder.encoding())) +
              ", contient " +
              (one ? "1 séquence invalide, à l'octet " + where
                   : std::to_string(decoder.invalid_count()) +
                         " séquences invalides, la première à l'octet " + where) +
              (utf16 ? (one ? " : remplacée par « \xEF\xBF\xBD »." : " : remplacées par « \xEF\xBF\xBD ».")
                     : (one ? " : lue comme du Windows-1252." : " : lues comme du Windows-1252."));
  diagnostics.push_back(std::move(d));
}

// The first bytes, at least the sample size unless the file is shorter.
bool read_head(ByteSource& source, std::string& block, std::uint64_t total, std::string& head) {
  bool at_end = false;
  while (head.size() < kCsvSampleSize && !at_end) {
    std::size_t got = source.read(block.data(), block.size());
    if (got == 0) at_end = true;
    head.append(block.data(), got);
  }
  return at_end || head.size() >= total;
}

void report_dialect(const CsvDialect& dialect, std::vector<Diagnostic>& diagnostics) {
  Diagnostic info;
  info.severity = Severity::info;
  info.code = DiagnosticCode::dialect_detected;
  info.value = encoding_name(dialect.encoding);
  info.message = describe_dialect(dialect);
  diagnostics.push_back(std::move(info));
}

Refusal record_refusal(const CsvParser& parser, const CsvReadOptions& options) {
  std::string line = std::to_string(parser.overflow_line());
  if (parser.overflow() == CsvParser::Overflow::fields) {
    return refusal(DiagnosticCode::record_too_large,
                   "La ligne " + line + " a plus de " + std::to_string(options.max_fields) +
                       " colonnes : ce n'est pas un tableau d'export, le fichier n'est pas lu.");
  }
  return refusal(DiagnosticCode::record_too_large,
                 "La ligne " + line + " fait à elle seule plus de " + mebibytes(options.max_record_size) +
                     " : ce n'est pas un tableau d'export, le fichier n'est pas lu.");
}

// Pass 3 (and 4): the head already decoded in `text`, then the rest block by block.
std::optional<Refusal> stream_records(ByteSource& source, std::string& block, TextDecoder& decoder,
                    std::string& text, bool at_end, const CsvDialect& dialect, RowSink& sink,
                    std::vector<Diagnostic>& diagnostics, const CsvReadOptions& options) {
  std::optional<CsvTableTrimmer> trimmer;
  RowSink* target = &sink;
  if (options.table_only) {
    trimmer.emplace(sink, dialect, diagnostics);
    target = &*trimmer;
  }
  target->begin_table(TableInfo{});
  RowEmitter emitter(*target, dialect.sep_line);
  CsvParser parser(dialect, emitter, &diagnostics);
  parser.set_limits(options.max_record_size, options.max_fields);
  bool going = parser.feed(text);
  if (!at_end && going) {
    while (going) {
      std::size_t got = source.read(block.data(), block.size());
      if (got == 0) break;
      text.clear();
      decoder.decode(std::string_view(block.data(), got), text);
      going = parser.feed(text);
    }
    text.clear();
    decoder.finish(text);
    parser.feed(text);
  }
  parser.finish();
  if (parser.overflow() != CsvParser::Overflow::none) return record_refusal(parser, options);
  target->end_table();
  if (source.failed()) {
    Diagnostic d;
    d.code = DiagnosticCode::file_unreadable;
    d.place.line = parser.lines_seen();
    d.message = "La lecture du fichier s'est interrompue ligne " +
                std::to_string(parser.lines_seen()) + " : la suite manque.";
    diagnostics.push_back(std::move(d));
  }
  return std::nullopt;
}

// An empty file refuses the file for the mapper; for `inspect --table` it
// is an empty table, and a warning says so.
std::optional<Refusal> empty_file(RowSink& sink, std::vector<Diagnostic>& diagnostics,
                                  const CsvReadOptions& options) {
  if (!options.table_only) return refusal(DiagnosticCode::empty_file, "Le fichier est vide.");
  diagnostics.push_back(file_diagnostic(Severity::warning, DiagnosticCode::empty_file, "",
                                        "Le fichier est vide : le tableau écrit est vide."));
  sink.begin_table(TableInfo{});
  sink.end_table();
  return std::nullopt;
}

std::optional<Refusal> read_stream(ByteSource& source, std::uint64_t total, RowSink& sink,
                                   std::vector<Diagnostic>& diagnostics,
                                   const CsvReadOptions& options, CsvDialect* detected) {
  if (total == 0) return empty_file(sink, diagnostics, options);
  std::string block(std::max<std::size_t>(options.block_size, 1), '\0');
  std::string head;
  bool at_end = read_head(source, block, total, head);
  if (head.empty()) {
    if (source.failed()) return refusal(DiagnosticCode::file_unreadable, "Le fichier ne peut pas être lu.");
    return empty_file(sink, diagnostics, options);
  }

  // Pass 1: encoding.
  EncodingDetection encoding = detect_encoding(std::string_view(head).substr(0, kCsvSampleSize),
                                               at_end && head.size() <= kCsvSampleSize);
  if (!encoding.is_text) {
    return refusal(DiagnosticCode::not_text,
                   "Le fichier contient des octets nuls ou de contrôle : ce n'est pas du "
                   "texte, donc pas un fichier CSV.");
  }
  TextDecoder decoder(encoding.encoding, encoding.bom_length);
  std::string text;
  decoder.decode(head, text);
  if (at_end) decoder.finish(text);
  if (at_end && text.empty()) return empty_file(sink, diagnostics, options);
  head = std::string();  // the decoded text is all that is needed now

  // Pass 2: dialect.
  bool sample_complete = at_end;
  std::string_view sample = dialect_sample(text, sample_complete);
  CsvDialect base;
  base.encoding = encoding.encoding;
  CsvDialect dialect = sniff_dialect(sample, sample_complete, base);
  if (detected != nullptr) *detected = dialect;
  report_dialect(dialect, diagnostics);

  if (auto refused = stream_records(source, block, decoder, text, at_end, dialect, sink, diagnostics, options)) {
    return refused;
  }
  report_invalid_bytes(decoder, diagnostics);
  return std::nullopt;
}

}  // namespace

std::optional<Refusal> read_csv_text(std::string_view bytes, RowSink& sink,
                                     std::vector<Diagnostic>& diagnostics,
                                     const CsvReadOptions& options, CsvDialect* detected) {
  if (bytes.size() > options.max_file_size) {
    return refusal(DiagnosticCode::file_too_large,
                   "Le texte fait " + mebibytes(bytes.size()) + " : au-delà de " +
                       mebibytes(options.max_file_size) + ", il n'est pas lu.");
  }
  MemorySource source(bytes);
  return read_stream(source, bytes.size(), sink, diagnostics, options, detected);
}

std::optional<Refusal> read_csv_file(const std::string& path, RowSink& sink,
                                     std::vector<Diagnostic>& diagnostics,
                                     CsvDialect* detected) {
  return read_csv_file(path, sink, diagnostics, CsvReadOptions{}, detected);
}

std::optional<Refusal> read_csv_file(const std::string& path, RowSink& sink,
                                     std::vector<Diagnostic>& diagnostics,
                                     const CsvReadOptions& options, CsvDialect* detected) {
  std::error_code error;
  std::filesystem::file_status status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) {
    return refusal(DiagnosticCode::file_unreadable,
                   "Le fichier « " + path + " » est introuvable ou illisible.");
  }
  if (std::filesystem::is_directory(status)) {
    return refusal(DiagnosticCode::file_unreadable,
                   "« " + path + " » est un dossier, pas un fichier.");
  }
  std::uint64_t size = 0;
  if (std::filesystem::is_regular_file(status)) {
    size = std::filesystem::file_size(path, error);
    if (error) size = 0;
    if (size > options.max_file_size) {
      return refusal(DiagnosticCode::file_too_large,
                     "Le fichier fait " + mebibytes(size) + " : au-delà de " +
                         mebibytes(options.max_file_size) + ", il n'est pas lu.");
    }
  } else {
    size = options.max_file_size;  // a pipe: its size is known only at the end
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    return refusal(DiagnosticCode::file_unreadable,
                   "Le fichier « " + path + " » ne peut pas être ouvert (droits d'accès ?).");
  }
  FileSource source(file);
  return read_stream(source, size, sink, diagnostics, options, detected);
}

}  // namespace prith
