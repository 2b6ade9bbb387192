#include "ingest/xml_stream.h"

#include <cstring>

#include "ingest/zip_archive.h"

namespace prith {

struct XmlCallbacks {
  static XmlStream& self(void* data) { return *static_cast<XmlStream*>(data); }

  static void start(void* data, const XML_Char* name, const XML_Char** attributes) {
    XmlStream& s = self(data);
    s.handler_.start_element(local_name(name), attributes);
    stop_if_asked(s);
  }
  static void end(void* data, const XML_Char* name) {
    XmlStream& s = self(data);
    s.handler_.end_element(local_name(name));
    stop_if_asked(s);
  }
  static void text(void* data, const XML_Char* chars, int size) {
    XmlStream& s = self(data);
    s.handler_.characters(std::string_view(chars, static_cast<std::size_t>(size)));
    stop_if_asked(s);
  }
  static void doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    XmlStream& s = self(data);
    s.refusal_ = Refusal{DiagnosticCode::xml_doctype_forbidden,
                         "La partie « " + s.part_name_ +
                             " » contient une déclaration DOCTYPE, interdite dans un classeur (elle pourrait faire "
                             "lire des fichiers extérieurs) : le fichier est refusé."};
    XML_StopParser(s.parser_, XML_FALSE);
  }
  // Never reached once the DOCTYPE aborts; kept so that no entity
  // declaration can ever be honoured if expat's order of events changes.
  static void entity(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
                     const XML_Char*, const XML_Char*) {
    doctype(data, nullptr, nullptr, nullptr, 0);
  }
  static void stop_if_asked(XmlStream& s) {
    if (s.handler_.stop_request && !s.refusal_) {
      s.refusal_ = std::move(s.handler_.stop_request);
      XML_StopParser(s.parser_, XML_FALSE);
    }
  }
};

XmlStream::XmlStream(XmlHandler& handler, std::string part_name)
    : parser_(XML_ParserCreate(nullptr)), handler_(handler), part_name_(std::move(part_name)) {
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, XmlCallbacks::start, XmlCallbacks::end);
  XML_SetCharacterDataHandler(parser_, XmlCallbacks::text);
  XML_SetStartDoctypeDeclHandler(parser_, XmlCallbacks::doctype);
  XML_SetEntityDeclHandler(parser_, XmlCallbacks::entity);
  XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlStream::~XmlStream() { XML_ParserFree(parser_); }

std::optional<Refusal> XmlStream::check(enum XML_Status status) {
  if (refusal_) return refusal_;
  if (status == XML_STATUS_OK) return std::nullopt;
  return Refusal{DiagnosticCode::malformed_xml,
                 "La partie « " + part_name_ + " » du classeur n'est pas du XML valide (ligne " +
                     std::to_string(XML_GetCurrentLineNumber(parser_)) + ", colonne " +
                     std::to_string(XML_GetCurrentColumnNumber(parser_) + 1) + " : " +
                     XML_ErrorString(XML_GetErrorCode(parser_)) +
                     ") : le fichier est endommagé ; réenregistrez-le depuis Excel ou LibreOffice."};
}

std::optional<Refusal> XmlStream::feed(std::string_view chunk) {
  if (refusal_) return refusal_;
  return check(XML_Parse(parser_, chunk.data(), static_cast<int>(chunk.size()), XML_FALSE));
}

std::optional<Refusal> XmlStream::finish() {
  if (refusal_) return refusal_;
  return check(XML_Parse(parser_, nullptr, 0, XML_TRUE));
}

std::optional<Refusal> parse_zip_part(ZipArchive& archive, const ZipEntry& entry, std::uint64_t limit,
                                      XmlHandler& handler) {
  XmlStream stream(handler, entry.name);
  if (auto refusal = archive.stream(entry, limit, [&stream](std::string_view chunk) { return stream.feed(chunk); })) {
    return refusal;
  }
  return stream.finish();
}

std::string_view local_name(const char* qualified) {
  const char* colon = std::strchr(qualified, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(qualified);
}

const char* find_attribute(const char** attributes, std::string_view local) {
  for (const char** a = attributes; *a != nullptr; a += 2) {
    if (local_name(a[0]) == local) return a[1];
  }
  return nullptr;
}

}  // namespace prith
