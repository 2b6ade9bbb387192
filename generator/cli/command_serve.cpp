// prith serve [DIR] [--out OUT] [--port N]: builds the site, serves it on
// 127.0.0.1 for a local preview, and builds again when one of the project's
// inputs changes (polled every second). Ctrl-C stops it.
#include <signal.h>

#include <charconv>
#include <ctime>

#include "cli/commands.h"
#include "cli/project_argument.h"
#include "cli/site_build.h"
#include "project/project.h"
#include "publish/build_inputs.h"
#include "publish/site_server.h"

namespace prith {

namespace {

constexpr const char* kUsage = "Usage : prith serve [DOSSIER] [--out SORTIE] [--port N]\n";

}  // namespace

int run_serve(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  std::optional<ProjectCommandLine> line = parse_project_command(arguments, {}, {"--out", "--port"}, kUsage, err);
  if (!line) return kExitUsage;
  unsigned port = 8000;
  if (std::string text = line->option("--port"); !text.empty()) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), port);
    if (error != std::errc() || end != text.data() + text.size() || port > 65535) {
      err << "Port « " << text << " » invalide : un nombre de 0 à 65535 est attendu.\n" << kUsage;
      return kExitUsage;
    }
  }
  std::optional<LoadedProject> loaded = load_project_argument(line->folder, err);
  if (!loaded) return kExitUsage;
  std::filesystem::path project_root = loaded->root;
  loaded.reset();

  // Ctrl-C and SIGTERM are taken by sigtimedwait below, in every thread.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  BuildRequest request{line->folder, "", line->option("--out")};
  std::filesystem::path site;
  std::string signature = input_change_signature(project_root, PRITH_SOURCE_DIR);
  int status = build_project(request, out, err, &site);
  if (status == kExitUsage) return status;
  try {
    SiteServer server(site, static_cast<std::uint16_t>(port));
    out << "\nAperçu du site : http://127.0.0.1:" << server.port() << "/ (Ctrl-C pour arrêter)\n"
        << "Les exports, les catalogues, prith.ini, templates/ et assets/ sont surveillés : le site est "
           "reconstruit quand l'un d'eux change.\n"
        << std::flush;
    timespec second{1, 0};
    while (sigtimedwait(&stop_signals, nullptr, &second) < 0) {
      std::string now = input_change_signature(project_root, PRITH_SOURCE_DIR);
      if (now == signature) continue;
      signature = now;
      out << "\nChangement détecté, reconstruction du site…\n" << std::flush;
      status = build_project(request, out, err, &site);
      out << std::flush;
    }
  } catch (const std::exception& error) {
    err << "Le serveur d'aperçu n'a pas pu démarrer sur le port " << port << " : " << error.what() << "\n";
    return kExitDataErrors;
  }
  out << "\nArrêt du serveur d'aperçu.\n";
  return kExitClean;
}

}  // namespace prith
