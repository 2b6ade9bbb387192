#include "store/content_hash.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <fstream>
#include <vector>

namespace prith {

std::optional<ContentHash> hash_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  std::vector<char> buffer(1 << 16);
  ContentHash hash;
  while (file) {
    file.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    std::streamsize count = file.gcount();
    if (count <= 0) break;
    engine.update(buffer.data(), static_cast<std::size_t>(count));
    hash.bytes += static_cast<std::uint64_t>(count);
  }
  if (file.bad()) return std::nullopt;
  hash.sha256 = Poco::DigestEngine::digestToHex(engine.digest());
  return hash;
}

}  // namespace prith
