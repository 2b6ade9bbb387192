#include "store/reading_fingerprint.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <fstream>
#include <sstream>

namespace prith {

namespace {

// The catalogue as Project::load used it: the project's file, else the
// embedded default. An unreadable file falls back the same way.
std::string catalogue_as_used(const Project& project, const std::string& name) {
  std::ifstream file(project.root() / name, std::ios::binary);
  if (file) {
    std::ostringstream buffer;
    buffer << file.rdbuf();
    return buffer.str();
  }
  auto embedded = embedded_files().find(name);
  return embedded == embedded_files().end() ? std::string() : embedded->second;
}

}  // namespace

std::string reading_fingerprint(const Project& project) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  // Each part is named and length-prefixed: no two different inputs can
  // concatenate to the same text.
  auto add = [&engine](const std::string& name, const std::string& text) {
    std::string header = name + " " + std::to_string(text.size()) + "\n";
    engine.update(header.data(), header.size());
    engine.update(text.data(), text.size());
  };
  add("reader", std::to_string(kReaderVersion));
  for (const char* name : {"indicators.csv", "territories.csv", "former_departements.csv", "sources.csv",
                           "breakdowns.csv"})
    add(name, catalogue_as_used(project, name));
  add("region", project.settings().region);
  return Poco::DigestEngine::digestToHex(engine.digest());
}

}  // namespace prith
