// Remembers what a text was read as. A partner file repeats the same few
// hundred spellings of territories, periods and indicators millions of
// times, often on consecutive rows: the last answer is checked first, then
// a hash map, and only a new text is read again.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace prith {

template <typename T>
class TextMemo {
 public:
  template <typename Read>
  const T& get(std::string_view text, Read read) {
    if (last_ != nullptr && last_->first == text) return last_->second;
    auto it = known_.find(text);
    if (it == known_.end()) it = known_.emplace(std::string(text), read()).first;
    last_ = &*it;  // unordered_map nodes do not move on rehash
    return it->second;
  }

  void clear() {
    known_.clear();
    last_ = nullptr;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, T, Hash, std::equal_to<>> known_;
  const std::pair<const std::string, T>* last_ = nullptr;
};

}  // namespace prith
