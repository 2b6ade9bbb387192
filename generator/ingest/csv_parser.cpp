#include "ingest/csv_parser.h"

#include <array>

namespace prith {

namespace {

constexpr int kNoQuote = 256;  // never equal to a byte
// A quote left open is read again as an ordinary character; after this many
// repairs in one file, quotes are ordinary for the rest of it, so that a file
// of stray quotes stays linear.
constexpr int kMaxReopen = 8;
// A quoted field longer than this is absurd: its quote is taken as left
// open without waiting for the end of the file, which bounds the memory
// kept to reread it.
constexpr std::size_t kMaxQuotedRaw = 8u << 20;

struct ByteClasses {
  std::array<bool, 256> unquoted{};
  std::array<bool, 256> quoted{};
};

ByteClasses byte_classes(char delimiter, int quote, bool backslash) {
  ByteClasses classes;
  for (unsigned char c : {static_cast<unsigned char>('\r'), static_cast<unsigned char>('\n')}) {
    classes.unquoted[c] = true;
    classes.quoted[c] = true;
  }
  classes.unquoted[static_cast<unsigned char>(delimiter)] = true;
  if (quote != kNoQuote) classes.quoted[static_cast<unsigned char>(quote)] = true;
  if (backslash) classes.quoted['\\'] = true;
  return classes;
}

std::string first_line_of(std::string_view text, std::size_t limit) {
  std::size_t end = text.find_first_of("\r\n");
  if (end == std::string_view::npos) end = text.size();
  if (end > limit) {
    end = limit;
    // Do not cut a UTF-8 sequence.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  }
  return std::string(text.substr(0, end));
}

}  // namespace

CsvParser::CsvParser(const CsvDialect& dialect, CsvRecordHandler& handler,
                     std::vector<Diagnostic>* diagnostics)
    : handler_(handler),
      diagnostics_(diagnostics),
      delimiter_(dialect.delimiter),
      quote_(dialect.quote == '\0' ? kNoQuote : static_cast<unsigned char>(dialect.quote)),
      backslash_(dialect.escape == QuoteEscape::backslash),
      space_after_delimiter_(dialect.space_after_delimiter) {}

bool CsvParser::end_record() {
  bool go_on = handler_.record(CsvRecord(record_line_, buffer_, ends_, has_quote_));
  buffer_.clear();
  ends_.clear();
  has_quote_ = false;
  if (!go_on) stopped_ = true;
  return go_on;
}

// The hot loop. Ordinary bytes are copied in runs; the switch only sees
// delimiters, quotes and line breaks.
bool CsvParser::feed(std::string_view text) {
  if (stopped_) return false;
  const ByteClasses classes = byte_classes(delimiter_, quote_, backslash_);
  const char* p = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
  bool in_quote = state_ == State::quoted || state_ == State::quote_in_quoted ||
                  state_ == State::escaped;
  std::size_t raw_from = 0;  // where the raw text of an open quote starts in this block
  if (skip_lf_ && n > 0) {
    skip_lf_ = false;
    if (p[0] == '\n') {
      if (state_ == State::quoted) buffer_.push_back('\n');
      i = 1;
    }
  }
  while (i < n) {
    char c = p[i];
    switch (state_) {
      case State::after_delimiter:
        state_ = State::field_start;
        if (c == ' ') {
          ++i;
          continue;
        }
        [[fallthrough]];
      case State::field_start:
        if (static_cast<unsigned char>(c) == quote_) {
          has_quote_ = true;
          in_quote = true;
          raw_from = i;
          quote_raw_.clear();
          quote_line_ = line_;
          quote_column_ = static_cast<std::uint32_t>(ends_.size() + 1);
          quote_field_start_ = buffer_.size();
          state_ = State::quoted;
          ++i;
          continue;
        }
        state_ = State::unquoted;
        [[fallthrough]];
      case State::unquoted: {
        std::size_t start = i;
        while (i < n && !classes.unquoted[static_cast<unsigned char>(p[i])]) ++i;
        buffer_.append(p + start, i - start);
        if (i >= n) break;
        c = p[i++];
        end_field();
        if (c == delimiter_) {
          state_ = space_after_delimiter_ ? State::after_delimiter : State::field_start;
          continue;
        }
        if (c == '\r') {
          if (i < n) {
            if (p[i] == '\n') ++i;
          } else {
            skip_lf_ = true;
          }
        }
        state_ = State::field_start;
        if (!end_record()) return false;
        ++line_;
        record_line_ = line_;
        continue;
      }
      case State::quoted: {
        std::size_t start = i;
        while (i < n && !classes.quoted[static_cast<unsigned char>(p[i])]) ++i;
        buffer_.append(p + start, i - start);
        if (i >= n) break;
        c = p[i++];
        if (static_cast<unsigned char>(c) == quote_) {
          state_ = State::quote_in_quoted;
        } else if (c == '\\' && backslash_) {
          state_ = State::escaped;
        } else {  // a line break inside the field belongs to it
          buffer_.push_back(c);
          ++line_;
          if (c == '\r') {
            if (i < n) {
              if (p[i] == '\n') buffer_.push_back(p[i++]);
            } else {
              skip_lf_ = true;
            }
          }
        }
        continue;
      }
      case State::quote_in_quoted:
        if (static_cast<unsigned char>(c) == quote_) {  // doubled quote
          buffer_.push_back(c);
          state_ = State::quoted;
          ++i;
          continue;
        }
        if (c == delimiter_ || c == '\r' || c == '\n') {
          // Closed: the delimiter or line break is handled as in an unquoted field.
          in_quote = false;
          state_ = State::unquoted;
          continue;
        }
        // A quote followed by anything else is part of the text ('Men's
        // boots' in a file quoted with '): the field goes on.
        buffer_.push_back(static_cast<char>(quote_));
        state_ = State::quoted;
        continue;
      case State::escaped:
        state_ = State::quoted;
        if (c == '\r' || c == '\n') continue;  // a line break: let `quoted` count it
        buffer_.push_back(c);
        ++i;
        continue;
    }
  }
  if (in_quote) {
    quote_raw_.append(p + raw_from, n - raw_from);
    if (quote_raw_.size() > kMaxQuotedRaw) reopen_unclosed_quote();
  }
  return !stopped_;
}

// A quote opened and never closed swallowed the rest of the file. Its text is
// read again with that quote as an ordinary character, so the following
// records come out as they were written, and the place of the quote is told.
void CsvParser::reopen_unclosed_quote() {
  std::string raw = std::move(quote_raw_);
  quote_raw_.clear();
  if (diagnostics_ != nullptr) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.code = DiagnosticCode::unclosed_quote;
    d.place.line = quote_line_;
    d.place.column = quote_column_;
    d.value = raw.empty() ? std::string() : first_line_of(raw, 60);
    d.message = "Guillemet ouvert ligne " + std::to_string(quote_line_) + ", colonne " +
                std::to_string(quote_column_) +
                ", jamais refermé : il est lu comme un caractère ordinaire.";
    diagnostics_->push_back(std::move(d));
  }
  if (raw.empty()) {  // cannot happen: the raw text starts with the quote
    state_ = State::unquoted;
    return;
  }
  const char quote_char = raw[0];
  if (++reopen_count_ >= kMaxReopen) quote_ = kNoQuote;
  buffer_.resize(quote_field_start_);
  buffer_.push_back(quote_char);
  line_ = quote_line_;
  skip_lf_ = false;
  state_ = State::unquoted;
  feed(std::string_view(raw).substr(1));
}

void CsvParser::finish() {
  skip_lf_ = false;
  while (!stopped_ && (state_ == State::quoted || state_ == State::escaped)) {
    reopen_unclosed_quote();
  }
  if (stopped_) return;
  bool pending = state_ != State::field_start || !ends_.empty();
  if (pending) {
    end_field();
    end_record();
  }
  state_ = State::field_start;
}

}  // namespace prith
