// What a build depends on: the fingerprint moves with the store, the
// settings, the catalogues, templates/ and assets/, and nothing else; the
// polling signature also sees the exports.
#include "publish/build_inputs.h"

#include <doctest/doctest.h>

#include "store/store.h"
#include "store/store_test_project.h"

using namespace prith;
using prith::test::long_csv;
namespace fs = std::filesystem;

TEST_CASE("the build fingerprint changes with each input of the site, and only with them") {
  test::StoreProject project;
  fs::path root = project.root();
  auto fingerprint = [&] {
    Store store(project.store_path());
    return build_fingerprint(store, root, {}, "1.0");
  };
  std::string first = fingerprint();
  CHECK(first == fingerprint());
  {
    Store store(project.store_path());
    CHECK(build_fingerprint(store, root, {}, "1.1") != first);  // another prith
  }

  project.write_export("france-travail/deboe.csv", long_csv("44;2025T3;DEBOE;1250;\n"));
  CHECK(fingerprint() == first);  // not read yet: the site cannot change
  project.ingest("2026-01-15");
  std::string stored = fingerprint();
  CHECK(stored != first);

  std::ofstream(root / "territories.csv", std::ios::app) << "\n";
  std::string catalogue = fingerprint();
  CHECK(catalogue != stored);
  fs::create_directories(root / "templates");
  std::ofstream(root / "templates" / "page.mustache") << "<main>{{titre}}</main>";
  std::string templates = fingerprint();
  CHECK(templates != catalogue);
  fs::create_directories(root / "assets");
  std::ofstream(root / "assets" / "site.css") << "body{}";
  CHECK(fingerprint() != templates);
}

TEST_CASE("the polling signature sees a changed export before it is read") {
  test::StoreProject project;
  std::string before = input_change_signature(project.root(), {});
  CHECK(before == input_change_signature(project.root(), {}));
  project.write_export("cap-emploi/activite.csv", long_csv("53;2025T3;DEBOE;10;\n"));
  std::string added = input_change_signature(project.root(), {});
  CHECK(added != before);
  project.write_export("cap-emploi/activite.csv", long_csv("53;2025T3;DEBOE;10;\n53;2025T4;DEBOE;11;\n"));
  CHECK(input_change_signature(project.root(), {}) != added);
}
