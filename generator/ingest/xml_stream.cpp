#include "ingest/xml_stream.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>

#include "ingest/zip_archive.h"

namespace prith {

namespace {

// One parser runs at a time on a thread; the count returns to zero when it is freed.
thread_local std::size_t parser_bytes = 0;

struct alignas(std::max_align_t) BlockHeader {
  std::size_t size;
};

void* counted_malloc(std::size_t size) {
  if (size > kXmlMaxParserBytes - parser_bytes) return nullptr;
  auto* block = static_cast<BlockHeader*>(std::malloc(sizeof(BlockHeader) + size));
  if (block == nullptr) return nullptr;
  block->size = size;
  parser_bytes += size;
  return block + 1;
}

void counted_free(void* pointer) {
  if (pointer == nullptr) return;
  BlockHeader* block = static_cast<BlockHeader*>(pointer) - 1;
  parser_bytes -= block->size;
  std::free(block);
}

void* counted_realloc(void* pointer, std::size_t size) {
  if (pointer == nullptr) return counted_malloc(size);
  BlockHeader* block = static_cast<BlockHeader*>(pointer) - 1;
  const std::size_t old_size = block->size;
  if (size > old_size && size - old_size > kXmlMaxParserBytes - parser_bytes) return nullptr;
  auto* grown = static_cast<BlockHeader*>(std::realloc(block, sizeof(BlockHeader) + size));
  if (grown == nullptr) return nullptr;
  grown->size = size;
  parser_bytes = parser_bytes - old_size + size;
  return grown + 1;
}

const XML_Memory_Handling_Suite kCountedMemory = {counted_malloc, counted_realloc, counted_free};

}  // namespace

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
    : parser_(XML_ParserCreate_MM(nullptr, &kCountedMemory, nullptr)),
      handler_(handler),
      part_name_(std::move(part_name)) {
  if (parser_ == nullptr) return;
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
  if (XML_GetErrorCode(parser_) == XML_ERROR_NO_MEMORY) {
    return Refusal{DiagnosticCode::entry_too_large,
                   "La partie « " + part_name_ + " » contient un élément XML démesuré (plus de " +
                       std::to_string(kXmlMaxParserBytes >> 20) +
                       " Mo à garder en mémoire d'un coup) : ce n'est pas un classeur ordinaire, le fichier est "
                       "refusé."};
  }
  return Refusal{DiagnosticCode::malformed_xml,
                 "La partie « " + part_name_ + " » du classeur n'est pas du XML valide (ligne " +
                     std::to_string(XML_GetCurrentLineNumber(parser_)) + ", colonne " +
                     std::to_string(XML_GetCurrentColumnNumber(parser_) + 1) + " : " +
                     XML_ErrorString(XML_GetErrorCode(parser_)) +
                     ") : le fichier est endommagé ; réenregistrez-le depuis Excel ou LibreOffice."};
}

std::optional<Refusal> XmlStream::feed(std::string_view chunk) {
  if (refusal_) return refusal_;
  if (parser_ == nullptr) return Refusal{DiagnosticCode::file_unreadable, "Mémoire insuffisante pour lire le classeur."};
  return check(XML_Parse(parser_, chunk.data(), static_cast<int>(chunk.size()), XML_FALSE));
}

std::optional<Refusal> XmlStream::finish() {
  if (refusal_) return refusal_;
  if (parser_ == nullptr) return Refusal{DiagnosticCode::file_unreadable, "Mémoire insuffisante pour lire le classeur."};
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
