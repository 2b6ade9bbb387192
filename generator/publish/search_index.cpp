#include "publish/search_index.h"

#include <Poco/Exception.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <cstdlib>
#include <iterator>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace prith {

namespace {

constexpr const char* kRelativeProgram = "node_modules/.bin/pagefind";
constexpr const char* kStillComplete = " Les pages du site restent complètes ; seule la page de recherche ne trouvera rien.";

// The last non-empty line of Pagefind's output, which names its error.
std::string last_line(const std::string& output) {
  std::size_t end = output.find_last_not_of(" \r\n\t");
  if (end == std::string::npos) return {};
  std::size_t start = output.rfind('\n', end);
  start = start == std::string::npos ? 0 : start + 1;
  return output.substr(start, end - start + 1);
}

SearchIndexResult not_indexed(std::string why, std::string output = {}) {
  SearchIndexResult result;
  result.warning_fr = "La recherche n'est pas indexée : " + why + kStillComplete;
  result.output = std::move(output);
  return result;
}

}  // namespace

fs::path find_pagefind() {
  std::error_code ignored;
  if (const char* configured = std::getenv("PRITH_PAGEFIND"); configured && *configured) {
    return fs::exists(configured, ignored) ? fs::path(configured) : fs::path();
  }
  if (fs::exists(kRelativeProgram, ignored)) return fs::absolute(kRelativeProgram, ignored);
  fs::path in_source = fs::path(PRITH_SOURCE_DIR) / kRelativeProgram;
  if (fs::exists(in_source, ignored)) return in_source;
  return {};
}

SearchIndexResult index_search(const fs::path& site_root, const fs::path& pagefind) {
  std::error_code ignored;
  if (pagefind.empty() || !fs::exists(pagefind, ignored)) {
    return not_indexed("Pagefind est introuvable (" + std::string(kRelativeProgram) +
                       ") ; lancez « bash .ci/install-deps » à la racine des sources de prith.");
  }
  std::vector<std::string> arguments = {"--site", fs::absolute(site_root, ignored).string(),
                                        "--force-language", "fr", "--quiet"};
  std::string output;
  int exit_code = -1;
  try {
    Poco::Pipe output_pipe;  // stdout and stderr together, in the order written
    Poco::ProcessHandle process = Poco::Process::launch(pagefind.string(), arguments, nullptr, &output_pipe, &output_pipe);
    Poco::PipeInputStream stream(output_pipe);
    output.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
    exit_code = process.wait();
  } catch (const Poco::Exception& error) {
    return not_indexed("Pagefind n'a pas pu être lancé (" + error.displayText() + ").");
  }
  if (exit_code != 0) {
    std::string detail = last_line(output);
    return not_indexed("Pagefind a échoué (code " + std::to_string(exit_code) + ")" +
                           (detail.empty() ? std::string(".") : " : " + detail + "."),
                       output);
  }
  if (!fs::is_regular_file(site_root / "pagefind" / "pagefind.js", ignored)) {
    return not_indexed("Pagefind n'a écrit aucun index (aucune page avec data-pagefind-body ?).", output);
  }
  SearchIndexResult result;
  result.indexed = true;
  result.output = std::move(output);
  return result;
}

}  // namespace prith
