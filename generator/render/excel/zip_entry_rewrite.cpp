#include "render/excel/zip_entry_rewrite.h"

#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <vector>

namespace prith {

namespace {

std::uint32_t read16(const std::string& bytes, std::size_t at) {
  return static_cast<std::uint8_t>(bytes[at]) | static_cast<std::uint8_t>(bytes[at + 1]) << 8;
}
std::uint32_t read32(const std::string& bytes, std::size_t at) {
  return read16(bytes, at) | read16(bytes, at + 2) << 16;
}
void put16(std::string& out, std::uint32_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>(value >> 8 & 0xFF);
}
void put32(std::string& out, std::uint32_t value) {
  put16(out, value & 0xFFFF);
  put16(out, value >> 16);
}
void set32(std::string& bytes, std::size_t at, std::uint32_t value) {
  std::string encoded;
  put32(encoded, value);
  bytes.replace(at, 4, encoded);
}

// Raw deflate (no zlib header), as zip entries hold it. -15 window bits.
// `size`: the entry's declared uncompressed size, which the text may not pass.
bool raw_inflate(std::string_view in, std::size_t size, std::string& out) {
  out.reserve(size);
  z_stream stream{};
  if (inflateInit2(&stream, -15) != Z_OK) return false;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  stream.avail_in = static_cast<uInt>(in.size());
  char buffer[16384];
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    result = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
    if (result == Z_OK && out.size() > size) result = Z_DATA_ERROR;
  }
  inflateEnd(&stream);
  return result == Z_STREAM_END;
}

std::string raw_deflate(std::string_view in) {
  z_stream stream{};
  deflateInit2(&stream, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, static_cast<uLong>(in.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  stream.avail_in = static_cast<uInt>(in.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

}  // namespace

bool rewrite_zip_entries(const std::filesystem::path& workbook, const ZipEntryEdit& edit, std::string_view what,
                         std::string& error) {
  std::string bytes;
  {
    std::ifstream file(workbook, std::ios::binary);
    std::ostringstream buffer;
    buffer << file.rdbuf();
    bytes = buffer.str();
  }
  auto fail = [&](const std::string& why) {
    error = std::string(what) + " dans " + workbook.string() + " : " + why;
    return false;
  };
  // The end record, without comment: the last 22 bytes.
  if (bytes.size() < 22 || read32(bytes, bytes.size() - 22) != 0x06054b50) return fail("fin du zip introuvable");
  const std::size_t end = bytes.size() - 22;
  const std::uint32_t entries = read16(bytes, end + 10);
  const std::size_t directory_size = read32(bytes, end + 12), directory = read32(bytes, end + 16);
  if (directory + directory_size != end || read16(bytes, end + 4) != 0) return fail("zip inattendu");

  // Each central record, and where its local record starts.
  std::vector<std::size_t> records, offsets;
  std::size_t at = directory;
  for (std::uint32_t i = 0; i < entries; ++i) {
    if (at + 46 > end || read32(bytes, at) != 0x02014b50) return fail("répertoire du zip illisible");
    records.push_back(at);
    offsets.push_back(read32(bytes, at + 42));
    at += 46 + read16(bytes, at + 28) + read16(bytes, at + 30) + read16(bytes, at + 32);
  }
  std::string locals, central;
  bool found = false;
  for (std::uint32_t i = 0; i < entries; ++i) {
    const std::size_t record = records[i], local = offsets[i];
    const std::size_t next = i + 1 < entries ? offsets[i + 1] : directory;
    if (local + 30 > next || next > directory) return fail("entrées du zip dans un ordre inattendu");
    const std::size_t name_length = read16(bytes, record + 28);
    std::string name = bytes.substr(record + 46, name_length);
    std::string central_record = bytes.substr(record, 46 + name_length + read16(bytes, record + 30) +
                                                          read16(bytes, record + 32));
    set32(central_record, 42, static_cast<std::uint32_t>(locals.size()));
    if (!edit.chooses(name)) {
      locals.append(bytes, local, next - local);
    } else {
      found = found || name == edit.required;
      if (read16(bytes, record + 10) != 8) return fail(name + " n'est pas compressé");
      const std::size_t data = local + 30 + read16(bytes, local + 26) + read16(bytes, local + 28);
      std::string xml;
      if (data > next || !raw_inflate(std::string_view(bytes).substr(data, read32(bytes, record + 20)),
                                       read32(bytes, record + 24), xml) || xml.size() != read32(bytes, record + 24))
        return fail(name + " illisible");
      const std::string original = xml;
      edit.edit(name, xml);
      if (xml == original) {  // unchanged: its bytes as they were
        locals.append(bytes, local, next - local);
        central += central_record;
        continue;
      }
      const std::string deflated = raw_deflate(xml);
      const std::uint32_t crc = static_cast<std::uint32_t>(
          crc32(0, reinterpret_cast<const Bytef*>(xml.data()), static_cast<uInt>(xml.size())));
      // A plain local header: sizes known, no data descriptor.
      put32(locals, 0x04034b50);
      put16(locals, 20);
      put16(locals, 0);
      put16(locals, 8);
      put16(locals, read16(bytes, record + 12));  // the entry's (fixed) time and date
      put16(locals, read16(bytes, record + 14));
      put32(locals, crc);
      put32(locals, static_cast<std::uint32_t>(deflated.size()));
      put32(locals, static_cast<std::uint32_t>(xml.size()));
      put16(locals, static_cast<std::uint32_t>(name.size()));
      put16(locals, 0);
      locals += name;
      locals += deflated;
      central_record.replace(8, 2, std::string(2, '\0'));  // flags: no data descriptor
      set32(central_record, 16, crc);
      set32(central_record, 20, static_cast<std::uint32_t>(deflated.size()));
      set32(central_record, 24, static_cast<std::uint32_t>(xml.size()));
    }
    central += central_record;
  }
  if (!found && !edit.required.empty()) return fail("pas de " + std::string(edit.required));
  std::string end_record = bytes.substr(end);
  set32(end_record, 12, static_cast<std::uint32_t>(central.size()));
  set32(end_record, 16, static_cast<std::uint32_t>(locals.size()));
  std::ofstream file(workbook, std::ios::binary | std::ios::trunc);
  file << locals << central << end_record;
  if (!file) return fail("écriture impossible");
  return true;
}

}  // namespace prith
