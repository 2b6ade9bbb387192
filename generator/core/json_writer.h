// A small streaming JSON writer. Keys come out in the order they are
// written, numbers in their shortest round-trip form: the same data always
// gives the same bytes, which golden tests and scripts rely on.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace prith {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view name);  // inside an object, before its value

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(double number);        // integers print without a decimal point
  void value(long long number);
  void value(unsigned long long number);
  void value(int number) { value(static_cast<long long>(number)); }
  void value(unsigned number) { value(static_cast<unsigned long long>(number)); }
  void value(unsigned long number) { value(static_cast<unsigned long long>(number)); }
  void value(bool flag);
  void null();

  template <typename T>
  void field(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  template <typename T>
  void field(std::string_view name, const std::optional<T>& v) {
    key(name);
    if (v) value(*v); else null();
  }

 private:
  void before_value();
  std::ostream& out_;
  std::vector<bool> first_in_container_;
  bool after_key_ = false;
};

// "a\"b" for a"b; control characters as \u00XX; UTF-8 passes through.
std::string json_escape(std::string_view text);

// Shortest text that reads back as the same double; "14178" for 14178.0.
std::string shortest_number(double number);

}  // namespace prith
