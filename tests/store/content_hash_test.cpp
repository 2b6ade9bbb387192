#include "store/content_hash.h"

#include <doctest/doctest.h>

#include "test_folder.h"

using namespace prith;

TEST_CASE("the SHA-256 of a file's bytes, with their count") {
  test::TemporaryFolder folder;
  std::optional<ContentHash> abc = hash_file(folder.write("abc.csv", "abc"));
  REQUIRE(abc);
  CHECK(abc->sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(abc->bytes == 3);
  std::optional<ContentHash> empty = hash_file(folder.write("vide.csv", ""));
  REQUIRE(empty);
  CHECK(empty->sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  // Larger than the read buffer: the whole file counts.
  std::optional<ContentHash> large = hash_file(folder.write("grand.csv", std::string(200000, 'a')));
  REQUIRE(large);
  CHECK(large->bytes == 200000);
  CHECK_FALSE(hash_file((folder.path() / "absent.csv").string()));
}
