// Pass 3 of the CSV reader: a streaming record parser over UTF-8 text.
//
// Text is fed in blocks of any size; a record may span blocks. Quoted fields
// hold delimiters, escaped quotes and line breaks. CRLF, LF and CR alone all
// end a record, whatever the sniffed line ending (files mixing them exist).
// A quote is special only at the start of a field, as in Excel. Inside a
// quoted field, a quote closes it only when a delimiter, a line break or the
// end follows; otherwise it is an ordinary character (as LibreOffice reads
// 'Men's boots' quoted with ').
// A quote left open, or a stray quote that breaks a record's width, is
// repaired as docs/csv_reader.md explains.
//
// Hot loop: one reused buffer per record and one vector of field ends; no
// allocation per field once the buffers have grown.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "ingest/csv_dialect.h"

namespace prith {

// One record, valid only during the handler call.
class CsvRecord {
 public:
  CsvRecord(std::uint32_t line, std::string_view data, const std::vector<std::uint32_t>& ends,
            bool has_quote)
      : line_(line), data_(data), ends_(ends), has_quote_(has_quote) {}

  std::uint32_t line() const { return line_; }  // physical line where it starts, 1-based
  std::size_t size() const { return ends_.size(); }
  std::string_view field(std::size_t i) const {
    std::uint32_t begin = i == 0 ? 0 : ends_[i - 1];
    return data_.substr(begin, ends_[i] - begin);
  }
  // An empty line: one empty field and no quote.
  bool is_blank() const { return ends_.size() == 1 && data_.empty() && !has_quote_; }
  // Only delimiters (or nothing): carries no value.
  bool is_empty() const { return data_.empty() && !has_quote_; }
  bool has_quote() const { return has_quote_; }

 private:
  std::uint32_t line_;
  std::string_view data_;
  const std::vector<std::uint32_t>& ends_;
  bool has_quote_;
};

class CsvRecordHandler {
 public:
  virtual ~CsvRecordHandler() = default;
  // Return false to stop parsing (the sniffer reads a bounded number of records).
  virtual bool record(const CsvRecord& record) = 0;
};

class CsvParser {
 public:
  // Diagnostics (unclosed_quote) are appended to `diagnostics` if not null.
  CsvParser(const CsvDialect& dialect, CsvRecordHandler& handler,
            std::vector<Diagnostic>* diagnostics = nullptr);

  // Parses a block of text. Returns false once the handler asked to stop.
  bool feed(std::string_view text);
  // Ends the text: delivers the last record (without final line break) and
  // repairs a quote left open (see csv_parser.cpp).
  void finish();

  std::uint32_t lines_seen() const { return line_; }

  // Bounds one record: its text (fields plus one byte per delimiter) and its
  // number of fields. A record beyond either stops parsing; nothing of it is
  // delivered, and the reader refuses the file (record_too_large). Without
  // this, one giant field would be held several times over.
  void set_limits(std::size_t max_record_bytes, std::size_t max_fields) {
    max_record_bytes_ = max_record_bytes;
    max_fields_ = max_fields;
  }
  enum class Overflow : std::uint8_t { none, bytes, fields };
  Overflow overflow() const { return overflow_; }
  std::uint32_t overflow_line() const { return overflow_line_; }  // where the record starts

 private:
  enum class State : std::uint8_t {
    field_start,    // nothing read in this field yet
    unquoted,       // inside an unquoted field
    quoted,         // inside a quoted field
    quote_in_quoted,  // a quote inside a quoted field: closing or doubled?
    escaped,        // after a backslash inside a quoted field
    after_delimiter,  // ", " dialect: one space may follow
  };

  void end_field() { ends_.push_back(static_cast<std::uint32_t>(buffer_.size())); }
  // `tail`: the raw text of the record not yet in record_raw_.
  bool end_record(std::string_view tail);
  // True (and parsing stopped) once the record being read is beyond the limits.
  bool over_limits();
  bool deliver(std::uint32_t line, std::string_view data, const std::vector<std::uint32_t>& ends,
               bool has_quote);
  bool repair_record(std::string_view raw);
  bool repair_glued_quote(std::string_view raw);
  void reopen_unclosed_quote();

  CsvDialect dialect_;
  CsvRecordHandler& handler_;
  std::vector<Diagnostic>* diagnostics_;
  char delimiter_;
  int quote_;  // a byte, or 256 for none
  bool backslash_;
  bool space_after_delimiter_;

  State state_ = State::field_start;
  bool stopped_ = false;
  std::size_t max_record_bytes_ = static_cast<std::size_t>(-1);
  std::size_t max_fields_ = static_cast<std::size_t>(-1);
  Overflow overflow_ = Overflow::none;
  std::uint32_t overflow_line_ = 0;
  bool skip_lf_ = false;         // a CR just ended a line: a following LF belongs to it
  std::uint32_t line_ = 1;       // current physical line
  std::uint32_t record_line_ = 1;
  bool has_quote_ = false;
  std::string buffer_;           // unescaped text of the record's fields
  std::vector<std::uint32_t> ends_;

  // An opened quote is remembered with the raw text since it, so that a
  // quote never closed can be read again as an ordinary character.
  std::string quote_raw_;
  std::uint32_t quote_line_ = 0;
  std::uint32_t quote_column_ = 0;
  std::size_t quote_field_start_ = 0;
  int reopen_count_ = 0;

  // Stray-quote repair (see repair_record): the raw text of the current
  // record, where its quotes opened, and whether a quote inside a quoted
  // field was taken as text.
  bool keep_raw_ = false;
  std::string record_raw_;
  std::size_t fed_ = 0;  // bytes given to feed() so far
  std::size_t record_start_ = 0;  // offset of the record's first byte in the fed text
  struct QuoteOpen {
    std::size_t offset;  // in the record's raw text
    std::uint32_t line, column;
  };
  std::vector<QuoteOpen> quote_opens_;
  bool stray_quote_ = false;
  std::size_t literal_quote_at_ = static_cast<std::size_t>(-1);  // for repair attempts
  // Repair attempt: a closing quote glued to text ('"URL"Comments') closes
  // the quoted part and the field goes on unquoted, as Python's csv reads it.
  bool glued_quote_closes_ = false;
  std::uint32_t glued_line_ = 0, glued_column_ = 0;  // the first such quote
};

}  // namespace prith
