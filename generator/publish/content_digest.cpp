#include "publish/content_digest.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace prith {

ContentDigest& ContentDigest::add(std::string_view bytes) {
  std::uint64_t state = state_;
  for (unsigned char byte : bytes) {
    state ^= byte;
    state *= 0x100000001b3ULL;
  }
  state_ = state;
  return *this;
}

ContentDigest& ContentDigest::add_field(std::string_view text) {
  add(std::to_string(text.size()));
  add(":");
  return add(text);
}

ContentDigest& ContentDigest::add_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("lecture impossible : " + file.string());
  std::vector<char> buffer(1 << 16);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    add(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) throw std::runtime_error("lecture impossible : " + file.string());
  return *this;
}

std::string ContentDigest::hex() const {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(state_));
  return text;
}

std::string digest_of(std::string_view bytes) { return ContentDigest().add(bytes).hex(); }

std::string digest_of_file(const std::filesystem::path& file) { return ContentDigest().add_file(file).hex(); }

}  // namespace prith
