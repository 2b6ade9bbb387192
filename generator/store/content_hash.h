// The SHA-256 of a file's bytes: how the store recognises a file it has
// already read, whatever its name or date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace prith {

struct ContentHash {
  std::string sha256;  // lower-case hex, 64 characters
  std::uint64_t bytes = 0;
};

// nullopt when the file cannot be read.
std::optional<ContentHash> hash_file(const std::string& path);

}  // namespace prith
