// A fast, stable 64-bit digest (FNV-1a) of bytes, as 16 lower-case hex
// characters: how the build manifest recognises a file's content and a
// build's inputs. Not a security hash: it only tells "changed" from "same".
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace prith {

class ContentDigest {
 public:
  ContentDigest& add(std::string_view bytes);
  // Adds `text` and a separator, so that ("ab","c") and ("a","bc") differ.
  ContentDigest& add_field(std::string_view text);
  // Adds the file's bytes; throws std::runtime_error when it cannot be read.
  ContentDigest& add_file(const std::filesystem::path& file);
  std::string hex() const;

 private:
  std::uint64_t state_ = 0xcbf29ce484222325ULL;
};

std::string digest_of(std::string_view bytes);
std::string digest_of_file(const std::filesystem::path& file);

}  // namespace prith
