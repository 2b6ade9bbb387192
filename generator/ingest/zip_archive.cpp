#include "ingest/zip_archive.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace prith {

namespace {

constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr std::uint32_t kEndOfDirectorySignature = 0x06054b50;
constexpr std::size_t kEndOfDirectorySize = 22;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kMaxCommentSize = 0xFFFF;
constexpr std::size_t kChunkSize = 64 * 1024;
constexpr std::uint16_t kFlagEncrypted = 0x0001;
constexpr std::uint16_t kFlagStrongEncryption = 0x0040;

std::uint16_t le16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | (p[1] << 8)); }
std::uint32_t le32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
         (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

Refusal refuse(DiagnosticCode code, std::string message) { return Refusal{code, std::move(message)}; }

Refusal corrupt(const std::string& what) {
  return refuse(DiagnosticCode::corrupt_zip,
                "Le fichier est une archive ZIP endommagée (" + what +
                    ") : il a peut-être été tronqué pendant un envoi ; demandez-en une nouvelle copie.");
}

// Why a name is unsafe, or "" if it is a plain relative part name.
std::string unsafe_name_reason(std::string_view name) {
  if (name.empty()) return "nom vide";
  if (name.find('\0') != std::string_view::npos) return "caractère NUL";
  if (name.find('\\') != std::string_view::npos) return "barre oblique inverse";
  if (name.front() == '/') return "chemin absolu";
  if (name.size() >= 2 && name[1] == ':') return "lettre de lecteur";
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return "remontée « .. »";
    start = end + 1;
  }
  return {};
}

// An encrypted OOXML file is an OLE2 container holding an "EncryptedPackage"
// stream; its directory names are UTF-16LE.
bool ole_holds_encrypted_package(std::FILE* file) {
  static const std::string needle = [] {
    std::string utf16;
    for (char c : std::string("EncryptedPackage")) {
      utf16 += c;
      utf16 += '\0';
    }
    return utf16;
  }();
  std::fseek(file, 0, SEEK_SET);
  std::string window;
  std::vector<char> buffer(kChunkSize);
  std::size_t got;
  while ((got = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) {
    window.append(buffer.data(), got);
    if (window.find(needle) != std::string::npos) return true;
    window.erase(0, window.size() - std::min(window.size(), needle.size()));
  }
  return false;
}

}  // namespace

std::string lowercase_ascii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

ZipArchive::ZipArchive(std::FILE* file, std::uint64_t size, const ZipLimits& limits)
    : file_(file), size_(size), limits_(limits) {}

ZipArchive::~ZipArchive() { std::fclose(file_); }

bool ZipArchive::read_at(std::uint64_t offset, void* buffer, std::size_t size) {
  if (offset > size_ || size > size_ - offset) return false;
  if (fseeko(file_, static_cast<off_t>(offset), SEEK_SET) != 0) return false;
  return std::fread(buffer, 1, size, file_) == size;
}

std::optional<Refusal> ZipArchive::open(const std::string& path, const ZipLimits& limits,
                                        std::unique_ptr<ZipArchive>& archive) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    return refuse(DiagnosticCode::file_unreadable, "Impossible d'ouvrir le fichier « " + path + " ».");
  }
  fseeko(file, 0, SEEK_END);
  off_t end = ftello(file);
  archive.reset(new ZipArchive(file, end < 0 ? 0 : static_cast<std::uint64_t>(end), limits));
  auto refusal = archive->read_directory();
  if (refusal) archive.reset();
  return refusal;
}

static Refusal not_a_zip() {
  return refuse(DiagnosticCode::not_a_zip,
                "Le fichier n'est pas un classeur .xlsx (ce n'est pas une archive ZIP) : vérifiez qu'il n'a pas "
                "été renommé depuis un autre format (HTML, CSV, texte).");
}

std::optional<Refusal> ZipArchive::read_directory() {
  unsigned char magic[8] = {};
  bool has_magic = read_at(0, magic, sizeof magic);
  if (has_magic && std::memcmp(magic, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
    if (ole_holds_encrypted_package(file_)) {
      return refuse(DiagnosticCode::unsupported_zip_feature,
                    "Le classeur est protégé par un mot de passe (fichier chiffré) : enregistrez-en une copie "
                    "sans mot de passe depuis Excel ou LibreOffice.");
    }
    return refuse(DiagnosticCode::unsupported_format_xls,
                  "Le fichier est un classeur Excel 97-2003 (.xls), format non pris en charge : ouvrez-le "
                  "dans Excel ou LibreOffice et enregistrez-le au format .xlsx.");
  }
  const bool starts_like_zip = size_ >= 4 && magic[0] == 'P' && magic[1] == 'K';
  EndOfDirectory end;
  if (!find_end_of_directory(end)) {
    return starts_like_zip ? corrupt("fin du répertoire central introuvable") : not_a_zip();
  }
  if (end.count == 0xFFFF || end.directory_size == 0xFFFFFFFF || end.directory_offset == 0xFFFFFFFF) {
    return refuse(DiagnosticCode::unsupported_zip_feature,
                  "L'archive utilise le format ZIP64, réservé aux fichiers de plus de 4 Go : non pris en charge.");
  }
  if (end.multi_volume) {
    return refuse(DiagnosticCode::unsupported_zip_feature,
                  "L'archive est découpée en plusieurs volumes : non pris en charge.");
  }
  if (end.count > limits_.max_entries) {
    return refuse(DiagnosticCode::zip_too_many_entries,
                  "L'archive contient " + std::to_string(end.count) + " entrées, au-delà de la limite de " +
                      std::to_string(limits_.max_entries) + " : ce n'est pas un classeur ordinaire.");
  }
  if (std::uint64_t{end.directory_offset} + end.directory_size > end.offset) {
    return corrupt("répertoire central hors du fichier");
  }
  std::vector<unsigned char> directory(end.directory_size);
  if (!read_at(end.directory_offset, directory.data(), directory.size())) {
    return corrupt("répertoire central illisible");
  }
  if (auto refusal = read_entries(directory, end)) return refusal;
  link_entries(end.directory_offset);
  return std::nullopt;
}

// The end-of-directory record sits in the last 22 + 65,535 bytes; the last
// signature whose comment fits in the file wins.
bool ZipArchive::find_end_of_directory(EndOfDirectory& end) {
  const std::size_t tail_size =
      static_cast<std::size_t>(std::min<std::uint64_t>(size_, kEndOfDirectorySize + kMaxCommentSize));
  std::vector<unsigned char> tail(tail_size);
  if (tail_size < kEndOfDirectorySize || !read_at(size_ - tail_size, tail.data(), tail_size)) return false;
  for (std::size_t i = tail_size - kEndOfDirectorySize + 1; i-- > 0;) {
    if (le32(&tail[i]) != kEndOfDirectorySignature || i + kEndOfDirectorySize + le16(&tail[i + 20]) > tail_size) {
      continue;
    }
    const unsigned char* record = &tail[i];
    end.offset = size_ - tail_size + i;
    end.multi_volume = le16(record + 4) != 0 || le16(record + 6) != 0 || le16(record + 8) != le16(record + 10);
    end.count = le16(record + 10);
    end.directory_size = le32(record + 12);
    end.directory_offset = le32(record + 16);
    return true;
  }
  return false;
}

std::optional<Refusal> ZipArchive::read_entries(const std::vector<unsigned char>& directory,
                                                const EndOfDirectory& end) {
  std::size_t at = 0;
  for (std::uint32_t i = 0; i < end.count; ++i) {
    if (at + kCentralHeaderSize > directory.size() || le32(&directory[at]) != kCentralHeaderSignature) {
      return corrupt("entrée du répertoire central invalide");
    }
    const unsigned char* h = &directory[at];
    ZipEntry entry;
    entry.flags = le16(h + 8);
    entry.method = le16(h + 10);
    entry.crc32 = le32(h + 16);
    entry.compressed_size = le32(h + 20);
    entry.uncompressed_size = le32(h + 24);
    std::size_t name_size = le16(h + 28), extra_size = le16(h + 30), comment_size = le16(h + 32);
    entry.local_header_offset = le32(h + 42);
    if (at + kCentralHeaderSize + name_size + extra_size + comment_size > directory.size()) {
      return corrupt("entrée du répertoire central tronquée");
    }
    entry.name.assign(reinterpret_cast<const char*>(h + kCentralHeaderSize), name_size);
    at += kCentralHeaderSize + name_size + extra_size + comment_size;
    if (auto refusal = check_entry(entry, end.directory_offset)) return refusal;
    entries_.push_back(std::move(entry));
  }
  return std::nullopt;
}

std::optional<Refusal> ZipArchive::check_entry(const ZipEntry& entry, std::uint64_t directory_offset) {
  if (std::string reason = unsafe_name_reason(entry.name); !reason.empty()) {
    std::string shown = entry.name;
    std::replace(shown.begin(), shown.end(), '\0', '?');
    return refuse(DiagnosticCode::zip_unsafe_entry_name, "L'archive contient une entrée au nom dangereux « " +
                                                             shown + " » (" + reason + ") : le fichier est refusé.");
  }
  if (!by_lower_name_.emplace(lowercase_ascii(entry.name), entries_.size()).second) {
    return refuse(DiagnosticCode::zip_duplicate_entry,
                  "L'archive contient deux entrées nommées « " + entry.name +
                      " » : impossible de savoir laquelle lire, le fichier est refusé.");
  }
  if (entry.flags & (kFlagEncrypted | kFlagStrongEncryption)) {
    return refuse(DiagnosticCode::unsupported_zip_feature,
                  "L'entrée « " + entry.name + " » de l'archive est chiffrée : enregistrez le classeur sans "
                  "mot de passe depuis Excel ou LibreOffice.");
  }
  if (entry.method != 0 && entry.method != 8) {
    return refuse(DiagnosticCode::unsupported_zip_feature,
                  "L'entrée « " + entry.name + " » utilise la méthode de compression " +
                      std::to_string(entry.method) +
                      " (seules « stockée » et « deflate » sont prises en charge) : réenregistrez le classeur "
                      "depuis Excel ou LibreOffice.");
  }
  if (entry.local_header_offset >= directory_offset) return corrupt("entrée placée après le répertoire central");
  return std::nullopt;
}

// Each entry's data must end before the next entry starts: overlapping
// entries are the trick of the non-recursive zip bombs.
void ZipArchive::link_entries(std::uint64_t directory_offset) {
  std::vector<ZipEntry*> by_offset;
  for (ZipEntry& entry : entries_) by_offset.push_back(&entry);
  std::sort(by_offset.begin(), by_offset.end(),
            [](const ZipEntry* a, const ZipEntry* b) { return a->local_header_offset < b->local_header_offset; });
  for (std::size_t i = 0; i < by_offset.size(); ++i) {
    by_offset[i]->next_offset = i + 1 < by_offset.size() ? by_offset[i + 1]->local_header_offset : directory_offset;
  }
}

const ZipEntry* ZipArchive::find(std::string_view name) const {
  if (!name.empty() && name.front() == '/') name.remove_prefix(1);
  auto found = by_lower_name_.find(lowercase_ascii(name));
  return found == by_lower_name_.end() ? nullptr : &entries_[found->second];
}

std::optional<Refusal> ZipArchive::check_local_header(const ZipEntry& entry, std::uint64_t& data_offset) {
  unsigned char header[kLocalHeaderSize];
  if (!read_at(entry.local_header_offset, header, sizeof header) || le32(header) != kLocalHeaderSignature) {
    return corrupt("en-tête local de « " + entry.name + " » absent");
  }
  std::size_t name_size = le16(header + 26), extra_size = le16(header + 28);
  std::string name(name_size, '\0');
  if (!read_at(entry.local_header_offset + kLocalHeaderSize, name.data(), name_size) || name != entry.name ||
      le16(header + 8) != entry.method || (le16(header + 6) & kFlagEncrypted) != (entry.flags & kFlagEncrypted)) {
    return corrupt("en-tête local de « " + entry.name + " » contredit le répertoire central");
  }
  data_offset = entry.local_header_offset + kLocalHeaderSize + name_size + extra_size;
  if (data_offset + entry.compressed_size > entry.next_offset) {
    return corrupt("les données de « " + entry.name + " » débordent sur l'entrée suivante");
  }
  return std::nullopt;
}

std::optional<Refusal> ZipArchive::stream(const ZipEntry& entry, std::uint64_t limit,
                                          const ZipChunkConsumer& consumer) {
  return inflate_entry(entry, limit, consumer);
}

std::optional<Refusal> ZipArchive::read_all(const ZipEntry& entry, std::string& out) {
  out.clear();
  return inflate_entry(entry, limits_.max_buffered_part_bytes, [&out](std::string_view chunk) {
    out.append(chunk);
    return std::optional<Refusal>{};
  });
}

std::optional<Refusal> ZipArchive::inflate_entry(const ZipEntry& entry, std::uint64_t limit,
                                                 const ZipChunkConsumer& consumer) {
  const std::string size_text = std::to_string(limit / (1024 * 1024)) + " Mo";
  auto too_large = [&] {
    return refuse(DiagnosticCode::entry_too_large, "La partie « " + entry.name + " » du classeur dépasse " +
                                                       size_text + " une fois décompressée : le fichier est refusé.");
  };
  auto bomb = [&](const std::string& why) {
    return refuse(DiagnosticCode::zip_bomb,
                  "La partie « " + entry.name + " » " + why + " (bombe de décompression) : le fichier est refusé.");
  };
  // Early refusals on what the directory declares; the counting in emit()
  // enforces the same limits when the declarations lie.
  if (entry.uncompressed_size > limit) return too_large();
  if (entry.uncompressed_size > limits_.ratio_grace_bytes &&
      entry.uncompressed_size / std::max<std::uint64_t>(entry.compressed_size, 1) > limits_.max_ratio) {
    return bomb("annonce un taux de compression démesuré");
  }
  if (entry.method == 0 && entry.compressed_size != entry.uncompressed_size) {
    return corrupt("tailles de « " + entry.name + " » incohérentes");
  }
  std::uint64_t data_offset = 0;
  if (auto refusal = check_local_header(entry, data_offset)) return refusal;
  if (fseeko(file_, static_cast<off_t>(data_offset), SEEK_SET) != 0) return corrupt("lecture impossible");

  std::uint64_t consumed = 0, produced = 0;
  std::uint32_t crc = static_cast<std::uint32_t>(crc32(0, nullptr, 0));
  auto emit = [&](const unsigned char* data, std::size_t size) -> std::optional<Refusal> {
    produced += size;
    total_produced_ += size;
    if (produced > limit) return too_large();
    if (total_produced_ > limits_.max_total_bytes) return bomb("porte le classeur au-delà de la taille totale admise");
    if (produced > limits_.ratio_grace_bytes && produced / std::max<std::uint64_t>(consumed, 1) > limits_.max_ratio) {
      return bomb("se décompresse avec un taux démesuré");
    }
    if (produced > entry.uncompressed_size) return bomb("produit plus d'octets que sa taille annoncée");
    crc = static_cast<std::uint32_t>(crc32(crc, data, static_cast<uInt>(size)));
    if (size == 0) return std::nullopt;
    return consumer(std::string_view(reinterpret_cast<const char*>(data), size));
  };
  auto read_input = [&](std::vector<unsigned char>& in) -> std::size_t {
    std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(in.size(), entry.compressed_size - consumed));
    std::size_t got = want == 0 ? 0 : std::fread(in.data(), 1, want, file_);
    consumed += got;
    return got == want ? got : static_cast<std::size_t>(-1);
  };

  std::vector<unsigned char> in(kChunkSize);
  if (entry.method == 0) {
    while (consumed < entry.compressed_size) {
      std::size_t got = read_input(in);
      if (got == static_cast<std::size_t>(-1)) return corrupt("données de « " + entry.name + " » tronquées");
      if (auto refusal = emit(in.data(), got)) return refusal;
    }
  } else {
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return corrupt("zlib indisponible");
    std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&z, inflateEnd);
    std::vector<unsigned char> out(kChunkSize);
    for (;;) {
      if (z.avail_in == 0 && consumed < entry.compressed_size) {
        std::size_t got = read_input(in);
        if (got == static_cast<std::size_t>(-1)) return corrupt("données de « " + entry.name + " » tronquées");
        z.next_in = in.data();
        z.avail_in = static_cast<uInt>(got);
      }
      z.next_out = out.data();
      z.avail_out = static_cast<uInt>(out.size());
      int status = inflate(&z, Z_NO_FLUSH);
      if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
        return corrupt("données compressées de « " + entry.name + " » invalides");
      }
      std::size_t size = out.size() - z.avail_out;
      if (auto refusal = emit(out.data(), size)) return refusal;
      if (status == Z_STREAM_END) break;
      if (size == 0 && z.avail_in == 0 && consumed == entry.compressed_size) {
        return corrupt("données de « " + entry.name + " » tronquées");
      }
    }
  }
  if (produced != entry.uncompressed_size) return corrupt("taille de « " + entry.name + " » incohérente");
  if (crc != entry.crc32) return corrupt("somme de contrôle de « " + entry.name + " » fausse");
  return std::nullopt;
}

}  // namespace prith
