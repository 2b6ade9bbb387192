// Streaming XML over expat, locked down for files from anywhere.
//
// Any DOCTYPE aborts the parse (so no DTD, no entity declaration, no entity
// expansion ever happens), no external entity handler is installed and
// parameter entities are never parsed: nothing outside the package is ever
// fetched or opened. Elements and attributes are handed over by local name
// (prefix stripped), since OOXML writers choose their own prefixes.
#pragma once

#include <expat.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/raw_table.h"

namespace prith {

class ZipArchive;
struct ZipEntry;

// expat buffers a whole token (a tag with its attributes, a comment) and
// keeps a table of every element name it met: its allocations are counted
// and capped so that a 500 MB attribute or a million distinct names is a
// refusal (entry_too_large), not 500 MB of memory.
inline constexpr std::size_t kXmlMaxParserBytes = 32u << 20;

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // attributes: expat's null-terminated name/value array (names qualified).
  virtual void start_element(std::string_view local_name, const char** attributes) = 0;
  virtual void end_element(std::string_view local_name) = 0;
  virtual void characters(std::string_view text) = 0;

  // A handler that finds the content unacceptable sets this; the parse stops
  // and the stream returns it.
  std::optional<Refusal> stop_request;
};

class XmlStream {
 public:
  XmlStream(XmlHandler& handler, std::string part_name);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  std::optional<Refusal> feed(std::string_view chunk);
  std::optional<Refusal> finish();

 private:
  std::optional<Refusal> check(enum XML_Status status);

  XML_Parser parser_;
  XmlHandler& handler_;
  std::string part_name_;
  std::optional<Refusal> refusal_;
  friend struct XmlCallbacks;
};

// Streams a part of the archive through a handler, inflating at most `limit`
// bytes (see ZipArchive::stream).
std::optional<Refusal> parse_zip_part(ZipArchive& archive, const ZipEntry& entry, std::uint64_t limit,
                                      XmlHandler& handler);

// "x:sheet" -> "sheet".
std::string_view local_name(const char* qualified);
// The value of the attribute whose local name is given, or nullptr.
const char* find_attribute(const char** attributes, std::string_view local);

}  // namespace prith
