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
    : dialect_(dialect),
      handler_(handler),
      diagnostics_(diagnostics),
      delimiter_(dialect.delimiter),
      quote_(dialect.quote == '\0' ? kNoQuote : static_cast<unsigned char>(dialect.quote)),
      backslash_(dialect.escape == QuoteEscape::backslash),
      space_after_delimiter_(dialect.space_after_delimiter),
      keep_raw_(dialect.columns >= 2 && dialect.quote != '\0') {}

bool CsvParser::deliver(std::uint32_t line, std::string_view data,
                        const std::vector<std::uint32_t>& ends, bool has_quote) {
  bool go_on = handler_.record(CsvRecord(line, data, ends, has_quote));
  if (!go_on) stopped_ = true;
  return go_on;
}

bool CsvParser::over_limits() {
  // Raw text may hold doubled quotes: twice the limit still bounds it.
  std::size_t text = buffer_.size() + (ends_.empty() ? 0 : ends_.size() - 1);
  if (ends_.size() > max_fields_) {
    overflow_ = Overflow::fields;
  } else if (text > max_record_bytes_ || record_raw_.size() / 2 > max_record_bytes_) {
    overflow_ = Overflow::bytes;
  } else {
    return false;
  }
  overflow_line_ = record_line_;
  stopped_ = true;
  // Give the memory back now: the caller refuses the file.
  buffer_ = std::string();
  ends_ = std::vector<std::uint32_t>();
  record_raw_ = std::string();
  quote_raw_ = std::string();
  return true;
}

bool CsvParser::end_record(std::string_view tail) {
  if (over_limits()) return false;
  bool repaired = false;
  if (stray_quote_ && keep_raw_ && ends_.size() != dialect_.columns && !quote_opens_.empty()) {
    record_raw_.append(tail);
    repaired = repair_record(record_raw_);
  }
  if (!repaired) deliver(record_line_, buffer_, ends_, has_quote_);
  buffer_.clear();
  ends_.clear();
  has_quote_ = false;
  record_raw_.clear();
  quote_opens_.clear();
  stray_quote_ = false;
  return !stopped_;
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
      if (record_start_ == fed_) ++record_start_;  // the LF of a CRLF between records
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
        if (static_cast<unsigned char>(c) == quote_ && fed_ + i != literal_quote_at_) {
          has_quote_ = true;
          in_quote = true;
          raw_from = i;
          quote_raw_.clear();
          quote_line_ = line_;
          quote_column_ = static_cast<std::uint32_t>(ends_.size() + 1);
          quote_field_start_ = buffer_.size();
          if (keep_raw_) quote_opens_.push_back({fed_ + i - record_start_, line_, quote_column_});
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
        std::size_t from = record_start_ >= fed_ ? record_start_ - fed_ : 0;
        if (!end_record(std::string_view(p + from, i - from))) return false;
        record_start_ = fed_ + i;
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
        if (glued_quote_closes_) {  // a repair attempt (see repair_record)
          if (glued_line_ == 0) {
            glued_line_ = line_;
            glued_column_ = static_cast<std::uint32_t>(ends_.size() + 1);
          }
          in_quote = false;
          state_ = State::unquoted;
          continue;
        }
        // A quote followed by anything else is part of the text ('Men's
        // boots' in a file quoted with '): the field goes on.
        buffer_.push_back(static_cast<char>(quote_));
        stray_quote_ = true;
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
  if (keep_raw_) {
    std::size_t from = record_start_ >= fed_ ? record_start_ - fed_ : 0;
    record_raw_.append(p + from, n - from);
  }
  fed_ += n;
  if (over_limits()) return false;
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
  if (keep_raw_ && !quote_opens_.empty()) {
    // The record's raw text is cut after this quote and goes on with the
    // text fed again; offsets continue from there.
    std::size_t at = quote_opens_.back().offset;
    quote_opens_.pop_back();
    record_raw_.resize(std::min(record_raw_.size(), at + 1));
    record_start_ = fed_ - record_raw_.size();
  }
  line_ = quote_line_;
  skip_lf_ = false;
  state_ = State::unquoted;
  feed(std::string_view(raw).substr(1));
}

namespace {

// Records of a repair attempt, kept until the attempt is judged.
class RecordCollector : public CsvRecordHandler {
 public:
  struct Kept {
    std::uint32_t line;
    std::string data;
    std::vector<std::uint32_t> ends;
    bool has_quote;
  };
  bool record(const CsvRecord& record) override {
    Kept kept{record.line(), {}, {}, record.has_quote()};
    for (std::size_t i = 0; i < record.size(); ++i) {
      kept.data.append(record.field(i));
      kept.ends.push_back(static_cast<std::uint32_t>(kept.data.size()));
    }
    records.push_back(std::move(kept));
    return true;
  }
  std::vector<Kept> records;
};

constexpr std::size_t kMaxRepairAttempts = 8;

}  // namespace

// A record with a quote taken as text inside a quoted field, and not of the
// table's width, is the mark of a stray quote that opened a field by
// mistake ('1,"CC-9259,$48.00,"Throw Pillow"' or a quote left before a line
// break, which swallows the next line). Each opening quote of the record is
// tried in turn as an ordinary character; the first attempt that cuts the
// raw text into records all of the table's width is kept. Nothing is lost:
// every character stays, only the cutting changes. Otherwise the record is
// delivered as parsed.
bool CsvParser::repair_record(std::string_view raw) {
  CsvDialect plain = dialect_;
  plain.columns = 0;  // no repair inside a repair
  std::size_t attempts = std::min(quote_opens_.size(), kMaxRepairAttempts);
  for (std::size_t k = 0; k < attempts; ++k) {
    RecordCollector collector;
    std::vector<Diagnostic> problems;
    CsvParser attempt(plain, collector, &problems);
    attempt.line_ = record_line_;
    attempt.record_line_ = record_line_;
    attempt.literal_quote_at_ = quote_opens_[k].offset;
    attempt.feed(raw);
    attempt.finish();
    bool fits = problems.empty() && !collector.records.empty();
    for (const auto& r : collector.records) {
      if (!r.data.empty() || r.has_quote) fits = fits && r.ends.size() == dialect_.columns;
    }
    if (!fits) continue;
    if (diagnostics_ != nullptr) {
      const QuoteOpen& quote = quote_opens_[k];
      Diagnostic d;
      d.severity = Severity::warning;
      d.code = DiagnosticCode::stray_quote;
      d.place.line = quote.line;
      d.place.column = quote.column;
      d.value = first_line_of(raw.substr(quote.offset), 60);
      d.message = "Guillemet isolé ligne " + std::to_string(quote.line) + ", colonne " +
                  std::to_string(quote.column) +
                  " : lu comme un caractère ordinaire, la ligne retrouve ses " +
                  std::to_string(dialect_.columns) + " colonnes.";
      diagnostics_->push_back(std::move(d));
    }
    for (const auto& r : collector.records) {
      if (!deliver(r.line, r.data, r.ends, r.has_quote)) break;
    }
    return true;
  }
  return repair_glued_quote(raw);
}

// The last attempt: a quote glued to text after a quoted value
// ('"URL"Comments' in a header missing a delimiter) closes the value, so the
// field ends at the line break instead of swallowing the next lines. Kept
// only if that cuts the raw text into several records, each within one
// field of the table's width.
bool CsvParser::repair_glued_quote(std::string_view raw) {
  CsvDialect plain = dialect_;
  plain.columns = 0;
  RecordCollector collector;
  std::vector<Diagnostic> problems;
  CsvParser attempt(plain, collector, &problems);
  attempt.line_ = record_line_;
  attempt.record_line_ = record_line_;
  attempt.glued_quote_closes_ = true;
  attempt.feed(raw);
  attempt.finish();
  if (!problems.empty() || collector.records.size() < 2 || attempt.glued_line_ == 0) return false;
  for (const auto& r : collector.records) {
    if (r.data.empty() && !r.has_quote) continue;
    std::size_t width = r.ends.size();
    if (width + 1 < dialect_.columns || width > dialect_.columns + 1) return false;
  }
  if (diagnostics_ != nullptr) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.code = DiagnosticCode::stray_quote;
    d.place.line = attempt.glued_line_;
    d.place.column = attempt.glued_column_;
    d.value = first_line_of(raw, 60);
    d.message = "Guillemet collé à du texte ligne " + std::to_string(attempt.glued_line_) +
                ", colonne " + std::to_string(attempt.glued_column_) +
                " : il ferme la valeur entre guillemets, la suite du champ est lue telle quelle "
                "et la ligne suivante n'est pas avalée.";
    diagnostics_->push_back(std::move(d));
  }
  for (const auto& r : collector.records) {
    if (!deliver(r.line, r.data, r.ends, r.has_quote)) break;
  }
  return true;
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
    end_record({});
  }
  state_ = State::field_start;
}

}  // namespace prith
