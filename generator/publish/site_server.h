// The local preview of a published site: `prith serve` answers GET and
// HEAD on 127.0.0.1 with the site's files, never anything outside it (no
// `..`, even encoded, no symbolic link leading out, no hidden file).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace Poco::Net {
class HTTPServer;
}

namespace prith {

// The Content-Type of a site file, by its extension.
std::string content_type_for(const std::filesystem::path& file);

// What the server answers to `method` on `uri` (path and query, as sent).
struct SiteAnswer {
  int status = 200;
  std::string content_type;
  std::filesystem::path file;  // 200: the file to send
  std::string body;            // otherwise: the French page
  std::string location;        // 301: where the folder is ("/territoires/")
};
SiteAnswer answer_request(const std::filesystem::path& site_root, const std::string& method, const std::string& uri);

class SiteServer {
 public:
  // Listens on 127.0.0.1:`port` (0: any free port) and serves `site_root`
  // from background threads until destroyed.
  SiteServer(std::filesystem::path site_root, std::uint16_t port);
  ~SiteServer();
  SiteServer(const SiteServer&) = delete;
  SiteServer& operator=(const SiteServer&) = delete;

  std::uint16_t port() const { return port_; }

 private:
  std::unique_ptr<Poco::Net::HTTPServer> server_;
  std::uint16_t port_ = 0;
};

}  // namespace prith
