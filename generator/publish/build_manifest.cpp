#include "publish/build_manifest.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

#include "core/json_writer.h"

namespace prith {

std::string BuildManifest::to_json() const {
  std::ostringstream text;
  JsonWriter json(text);
  json.begin_object();
  json.field("format", "prith-build/1");
  json.field("fingerprint", fingerprint);
  json.key("files");
  json.begin_object();
  for (const auto& [path, entry] : files) {
    json.key(path);
    json.begin_object();
    json.field("key", entry.key);
    json.field("digest", entry.digest);
    json.end_object();
  }
  json.end_object();
  json.key("notes");
  json.begin_object();
  for (const auto& [name, value] : notes) json.field(name, value);
  json.end_object();
  json.end_object();
  text << "\n";
  return text.str();
}

std::optional<BuildManifest> BuildManifest::parse(const std::string& json) {
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
    if (!root || root->optValue<std::string>("format", "") != "prith-build/1") return std::nullopt;
    BuildManifest manifest;
    manifest.fingerprint = root->getValue<std::string>("fingerprint");
    Poco::JSON::Object::Ptr files = root->getObject("files");
    if (!files) return std::nullopt;
    for (const auto& [path, value] : *files) {
      auto entry = value.extract<Poco::JSON::Object::Ptr>();
      manifest.files[path] = {entry->getValue<std::string>("key"), entry->getValue<std::string>("digest")};
    }
    if (Poco::JSON::Object::Ptr notes = root->getObject("notes")) {
      for (const auto& [name, value] : *notes) manifest.notes[name] = value.extract<std::string>();
    }
    return manifest;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<BuildManifest> BuildManifest::read_from(const std::filesystem::path& folder) {
  std::ifstream in(folder / kManifestName, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str());
}

}  // namespace prith
