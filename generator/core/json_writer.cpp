#include "core/json_writer.h"

#include <charconv>
#include <cmath>

namespace prith {

std::string json_escape(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size() + 2);
  for (char c : text) {
    switch (c) {
      case '"': escaped += "\\\""; break;
      case '\\': escaped += "\\\\"; break;
      case '\n': escaped += "\\n"; break;
      case '\r': escaped += "\\r"; break;
      case '\t': escaped += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static const char* hex = "0123456789abcdef";
          escaped += "\\u00";
          escaped += hex[(c >> 4) & 0xF];
          escaped += hex[c & 0xF];
        } else {
          escaped += c;
        }
    }
  }
  return escaped;
}

std::string shortest_number(double number) {
  if (!std::isfinite(number)) return "null";
  if (number == 0) return "0";  // also turns -0 into 0
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  return std::string(buffer, result.ptr);
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_in_container_.empty()) {
    if (!first_in_container_.back()) out_ << ',';
    first_in_container_.back() = false;
  }
}

void JsonWriter::begin_object() {
  before_value();
  out_ << '{';
  first_in_container_.push_back(true);
}

void JsonWriter::end_object() {
  first_in_container_.pop_back();
  out_ << '}';
}

void JsonWriter::begin_array() {
  before_value();
  out_ << '[';
  first_in_container_.push_back(true);
}

void JsonWriter::end_array() {
  first_in_container_.pop_back();
  out_ << ']';
}

void JsonWriter::key(std::string_view name) {
  before_value();
  out_ << '"' << json_escape(name) << "\":";
  after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
  before_value();
  out_ << '"' << json_escape(text) << '"';
}

void JsonWriter::value(double number) {
  before_value();
  out_ << shortest_number(number);
}

void JsonWriter::value(long long number) {
  before_value();
  out_ << number;
}

void JsonWriter::value(unsigned long long number) {
  before_value();
  out_ << number;
}

void JsonWriter::value(bool flag) {
  before_value();
  out_ << (flag ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  out_ << "null";
}

}  // namespace prith
