#include "publish/site_server.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>

#include <fstream>
#include <map>

namespace prith {

namespace fs = std::filesystem;

namespace {

std::string page_fr(const std::string& title, const std::string& text) {
  return "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>" + title +
         "</title></head>\n<body>\n<h1>" + title + "</h1>\n<p>" + text +
         "</p>\n<p><a href=\"/\">Retour à l'accueil du site</a></p>\n</body>\n</html>\n";
}

SiteAnswer error_answer(int status, const std::string& title, const std::string& text) {
  SiteAnswer answer;
  answer.status = status;
  answer.content_type = "text/html; charset=utf-8";
  answer.body = page_fr(title, text);
  return answer;
}

SiteAnswer not_found() {
  return error_answer(404, "Page introuvable",
                      "Cette adresse ne correspond à aucune page du site. Elle a peut-être été déplacée.");
}

SiteAnswer refused() { return error_answer(403, "Accès refusé", "Cette adresse sort du site : elle est refusée."); }

class FileHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit FileHandler(fs::path root) : root_(std::move(root)) {}

  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
    SiteAnswer answer = answer_request(root_, request.getMethod(), request.getURI());
    response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
    response.set("Cache-Control", "no-cache");
    response.set("X-Content-Type-Options", "nosniff");
    if (answer.status == 405) response.set("Allow", "GET, HEAD");
    if (!answer.location.empty()) response.set("Location", answer.location);
    response.setContentType(answer.content_type);
    bool head = request.getMethod() == "HEAD";
    if (answer.status == 200) {
      std::ifstream in(answer.file, std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      response.setContentLength64(static_cast<Poco::UInt64>(bytes.size()));
      if (head) response.send();
      else response.sendBuffer(bytes.data(), bytes.size());
      return;
    }
    response.setContentLength64(static_cast<Poco::UInt64>(answer.body.size()));
    if (head) response.send();
    else response.sendBuffer(answer.body.data(), answer.body.size());
  }

 private:
  fs::path root_;
};

class HandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit HandlerFactory(fs::path root) : root_(std::move(root)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new FileHandler(root_);
  }

 private:
  fs::path root_;
};

}  // namespace

std::string content_type_for(const fs::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},      {".htm", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},        {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".svg", "image/svg+xml"},
      {".png", "image/png"},                      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},                    {".ico", "image/x-icon"},
      {".csv", "text/csv; charset=utf-8"},        {".json", "application/json"},
      {".txt", "text/plain; charset=utf-8"},      {".xml", "application/xml"},
      {".pdf", "application/pdf"},                {".woff2", "font/woff2"},
      {".woff", "font/woff"},                     {".ttf", "font/ttf"},
      {".otf", "font/otf"},                       {".wasm", "application/wasm"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
  };
  // Pagefind's index (.pf_meta, .pf_index, .pf_fragment, wasm.*.pagefind)
  // and anything unknown: bytes.
  auto found = types.find(file.extension().string());
  return found == types.end() ? "application/octet-stream" : found->second;
}

SiteAnswer answer_request(const fs::path& site_root, const std::string& method, const std::string& uri) {
  if (method != "GET" && method != "HEAD")
    return error_answer(405, "Méthode refusée", "Ce serveur d'aperçu ne répond qu'aux requêtes GET et HEAD.");
  std::string path;
  try {
    path = Poco::URI(uri).getPath();  // percent-decoded
  } catch (const std::exception&) {
    return error_answer(400, "Adresse invalide", "Cette adresse n'est pas lisible.");
  }
  if (path.empty() || path.front() != '/' || path.find('\0') != std::string::npos || path.find('\\') != std::string::npos)
    return refused();
  fs::path relative = fs::path(path.substr(1));
  for (const fs::path& part : relative) {
    std::string name = part.string();
    if (name == ".." || name == ".") return refused();
    if (!name.empty() && name.front() == '.') return not_found();  // the manifest, editors' files
  }
  std::error_code error;
  fs::path root = fs::canonical(site_root, error);
  if (error) return not_found();
  fs::path target = root / relative;
  if (fs::is_directory(target, error)) {
    if (path.back() != '/') {
      SiteAnswer answer = error_answer(301, "Page déplacée", "La page est à l'adresse " + path + "/.");
      answer.location = path + "/";
      return answer;
    }
    target /= "index.html";
  }
  fs::path real = fs::canonical(target, error);
  if (error || !fs::is_regular_file(real, error)) return not_found();
  auto [end, unused] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
  if (end != root.end()) return refused();  // a symbolic link leading out of the site
  SiteAnswer answer;
  answer.file = real;
  answer.content_type = content_type_for(real);
  return answer;
}

SiteServer::SiteServer(fs::path site_root, std::uint16_t port) {
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
  port_ = socket.address().port();
  auto* params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(4);
  params->setKeepAlive(true);
  server_ = std::make_unique<Poco::Net::HTTPServer>(new HandlerFactory(std::move(site_root)), socket, params);
  server_->start();
}

SiteServer::~SiteServer() {
  if (server_) server_->stopAll(true);
}

}  // namespace prith
