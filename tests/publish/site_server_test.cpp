// prith serve's server: files with their content type, index.html for
// folders, a French 404, GET/HEAD only, nothing outside the site.
#include "publish/site_server.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <doctest/doctest.h>

#include "test_folder.h"

using namespace prith;
namespace fs = std::filesystem;

namespace {

struct Fetched {
  int status = 0;
  std::string content_type, body, location;
};

Fetched fetch(std::uint16_t port, const std::string& uri, const std::string& method = "GET") {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  Poco::Net::HTTPRequest request(method, uri, Poco::Net::HTTPMessage::HTTP_1_1);
  session.sendRequest(request);
  Poco::Net::HTTPResponse response;
  std::istream& body = session.receiveResponse(response);
  Fetched fetched;
  fetched.status = response.getStatus();
  fetched.content_type = response.getContentType();
  fetched.location = response.get("Location", "");
  if (method != "HEAD") Poco::StreamCopier::copyToString(body, fetched.body);
  return fetched;
}

}  // namespace

TEST_CASE("the server sends the site's pages with their type, and refuses to leave the site") {
  test::TemporaryFolder folder;
  folder.write("site/index.html", "<h1>Accueil</h1>");
  folder.write("site/territoires/index.html", "<h1>Territoires</h1>");
  folder.write("site/territoires/departement-53.html", "<h1>Mayenne</h1>");
  folder.write("site/donnees/chiffres.csv", "a;b\n");
  folder.write("site/pagefind/index/fr_1.pf_index", "idx");
  folder.write("site/.prith-build.json", "{}");
  folder.write("secret.txt", "ne doit pas sortir");
  fs::create_symlink(folder.path() / "secret.txt", folder.path() / "site" / "lien.txt");

  SiteServer server(folder.path() / "site", 0);
  REQUIRE(server.port() != 0);

  Fetched home = fetch(server.port(), "/");
  CHECK(home.status == 200);
  CHECK(home.body == "<h1>Accueil</h1>");
  CHECK(home.content_type == "text/html; charset=utf-8");

  Fetched page = fetch(server.port(), "/territoires/departement-53.html");
  CHECK(page.body == "<h1>Mayenne</h1>");
  CHECK(fetch(server.port(), "/territoires/").body == "<h1>Territoires</h1>");
  Fetched moved = fetch(server.port(), "/territoires");
  CHECK(moved.status == 301);
  CHECK(moved.location == "/territoires/");

  CHECK(fetch(server.port(), "/donnees/chiffres.csv").content_type == "text/csv; charset=utf-8");
  CHECK(fetch(server.port(), "/pagefind/index/fr_1.pf_index").content_type == "application/octet-stream");
  Fetched head = fetch(server.port(), "/index.html", "HEAD");
  CHECK(head.status == 200);
  CHECK(head.body.empty());

  Fetched missing = fetch(server.port(), "/nulle-part.html");
  CHECK(missing.status == 404);
  CHECK(missing.body.find("Page introuvable") != std::string::npos);
  CHECK(missing.body.find("lang=\"fr\"") != std::string::npos);

  for (const char* attempt : {"/../secret.txt", "/%2e%2e/secret.txt", "/territoires/%2E%2E/%2e%2e/secret.txt",
                              "/lien.txt", "/..%2fsecret.txt"}) {
    CAPTURE(attempt);
    Fetched refused = fetch(server.port(), attempt);
    CHECK(refused.status != 200);
    CHECK(refused.body.find("ne doit pas sortir") == std::string::npos);
  }
  CHECK(fetch(server.port(), "/%2e%2e/secret.txt").status == 403);
  CHECK(fetch(server.port(), "/.prith-build.json").status == 404);
  CHECK(fetch(server.port(), "/index.html", "POST").status == 405);
  CHECK(fetch(server.port(), "/index.html", "DELETE").status == 405);
}

TEST_CASE("content types of the site's kinds of file") {
  CHECK(content_type_for("a.css") == "text/css; charset=utf-8");
  CHECK(content_type_for("a.js") == "text/javascript; charset=utf-8");
  CHECK(content_type_for("a.svg") == "image/svg+xml");
  CHECK(content_type_for("a.png") == "image/png");
  CHECK(content_type_for("a.json") == "application/json");
  CHECK(content_type_for("a.xlsx") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  CHECK(content_type_for("a.woff2") == "font/woff2");
  CHECK(content_type_for("a.ttf") == "font/ttf");
  CHECK(content_type_for("wasm.fr.pagefind") == "application/octet-stream");
  CHECK(content_type_for("pf_meta/x.pf_meta") == "application/octet-stream");
}
