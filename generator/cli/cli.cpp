#include "cli/commands.h"

namespace prith {

namespace {

constexpr const char* kHelp =
    "prith : le générateur du site et des annexes d'un PRITH.\n"
    "\n"
    "Usage :\n"
    "  prith init DOSSIER                 crée un projet : paramètres, catalogues, dossier exports/\n"
    "  prith check [DOSSIER] [--json]     lit chaque export de DOSSIER/exports/ et dit ce qui ne va pas\n"
    "  prith build [DOSSIER] [--out SORTIE] [--now INSTANT]\n"
    "                                     range chaque nouvel export dans la base DOSSIER/prith.sqlite\n"
    "                                     et publie le site dans SORTIE (par défaut DOSSIER/site)\n"
    "  prith serve [DOSSIER] [--out SORTIE] [--port N]\n"
    "                                     construit le site, le sert sur http://127.0.0.1:N/ et le\n"
    "                                     reconstruit quand une entrée change (Ctrl-C pour arrêter)\n"
    "  prith history [DOSSIER] [--json]   liste les lots de la base et ce que chaque révision a changé\n"
    "  prith inspect FICHIER... [--project DOSSIER] [--json]\n"
    "                                     montre ce que la publication lirait de chaque fichier\n"
    "  prith inspect FICHIER --table [--sheet FEUILLE]\n"
    "                                     montre le tableau brut tel que lu (CSV RFC 4180)\n"
    "\n"
    "Sans DOSSIER, le projet de démonstration (config/) est utilisé.\n"
    "Codes de sortie : 0 aucune erreur, 1 erreurs dans les données, 2 erreur d'utilisation.\n"
    "Documentation : docs/ (catalogues, diagnostics, lecteurs CSV et XLSX, base).\n";

}  // namespace

int run_cli(const Arguments& arguments, std::ostream& out, std::ostream& err) {
  if (arguments.empty()) {
    err << kHelp;
    return kExitUsage;
  }
  const std::string& verb = arguments.front();
  Arguments rest(arguments.begin() + 1, arguments.end());
  if (verb == "init") return run_init(rest, out, err);
  if (verb == "check") return run_check(rest, out, err);
  if (verb == "inspect") return run_inspect(rest, out, err);
  if (verb == "build") return run_build(rest, out, err);
  if (verb == "serve") return run_serve(rest, out, err);
  if (verb == "history") return run_history(rest, out, err);
  if (verb == "help" || verb == "--help" || verb == "-h" || verb == "aide") {
    out << kHelp;
    return kExitClean;
  }
  if (verb == "--version" || verb == "version") {
    out << "prith " << kPrithVersion << "\n";
    return kExitClean;
  }
  err << "Commande inconnue « " << verb << " ».\n\n" << kHelp;
  return kExitUsage;
}

}  // namespace prith
