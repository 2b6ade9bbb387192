#include "ingest/xlsx_reader.h"

#include <algorithm>
#include <filesystem>

#include "ingest/xlsx_package.h"
#include "ingest/xlsx_shared_strings.h"
#include "ingest/xlsx_sheet_reader.h"
#include "ingest/xlsx_styles.h"

namespace prith {

namespace {

Diagnostic info(DiagnosticCode code, std::string value, std::string message) {
  Diagnostic d;
  d.severity = Severity::info;
  d.code = code;
  d.value = std::move(value);
  d.message = std::move(message);
  return d;
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "« " : ", « ") + name + " »";
  return list;
}

// One diagnostic per hidden sheet, placed on it, so that a pilot (or a
// script) finds each by its name.
Diagnostic hidden_sheet(const XlsxSheetRef& sheet) {
  Diagnostic d = info(DiagnosticCode::sheet_hidden, sheet.name,
                      sheet.state == SheetState::very_hidden
                          ? "La feuille « " + sheet.name +
                                " » est très masquée (absente même de la liste des feuilles à afficher) : elle est "
                                "ignorée ; rendez-la visible si elle contient des données à lire."
                          : "La feuille « " + sheet.name +
                                " » est masquée : elle est ignorée ; affichez-la dans le classeur si elle contient "
                                "des données à lire.");
  d.place.sheet = sheet.name;
  return d;
}

// The sheets to read; diagnostics for the ones left aside.
std::optional<Refusal> choose_sheets(const XlsxPackage& package, const XlsxReadOptions& options,
                                     std::vector<const XlsxSheetRef*>& chosen, std::vector<Diagnostic>& diagnostics) {
  if (options.sheet) {
    std::vector<std::string> names;
    for (const XlsxSheetRef& sheet : package.sheets) {
      if (sheet.name == *options.sheet && sheet.kind == SheetKind::worksheet) chosen.push_back(&sheet);
      if (sheet.kind == SheetKind::worksheet) names.push_back(sheet.name);
    }
    if (!chosen.empty()) return std::nullopt;
    return Refusal{DiagnosticCode::missing_part, "Le classeur n'a pas de feuille de calcul nommée « " +
                                                     *options.sheet + " » ; feuilles présentes : " +
                                                     quoted_list(names) + "."};
  }
  for (const XlsxSheetRef& sheet : package.sheets) {
    if (sheet.state != SheetState::visible) {
      diagnostics.push_back(hidden_sheet(sheet));
    } else if (sheet.kind != SheetKind::worksheet) {
      diagnostics.push_back(info(DiagnosticCode::sheet_skipped, sheet.name,
                                 "La feuille « " + sheet.name + " » est " +
                                     (sheet.kind == SheetKind::chartsheet ? "un graphique" : "une feuille spéciale") +
                                     ", sans tableau de données : elle est ignorée."));
    } else {
      chosen.push_back(&sheet);
    }
  }
  return std::nullopt;
}

constexpr std::string_view kOdfPrefix = "application/vnd.oasis.opendocument.";

bool has_opendocument_extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".ods" || extension == ".ots" || extension == ".fods";
}

Refusal calc_refusal() {
  return Refusal{DiagnosticCode::unsupported_format,
                 "Ce fichier est un classeur LibreOffice Calc (OpenDocument, .ods), que prith ne lit pas : "
                 "ouvrez-le dans LibreOffice et enregistrez-le en .xlsx (Fichier > Enregistrer sous > "
                 "Classeur Excel 2007-365)."};
}

// An OpenDocument package names its type in a first entry "mimetype"; an
// .ods renamed .xlsx must not be reported as an Excel file missing parts.
std::optional<Refusal> refuse_opendocument(ZipArchive& archive) {
  const ZipEntry* entry = archive.find("mimetype");
  std::string type;
  if (entry == nullptr || archive.read_all(*entry, type) || type.rfind(kOdfPrefix, 0) != 0) return std::nullopt;
  if (type.rfind(std::string(kOdfPrefix) + "spreadsheet", 0) == 0) return calc_refusal();
  return Refusal{DiagnosticCode::unsupported_format,
                 "Ce fichier est un document LibreOffice (" + type.substr(kOdfPrefix.size()) +
                     "), pas un classeur : enregistrez l'export en classeur Excel (.xlsx) ou en CSV."};
}

}  // namespace

std::optional<Refusal> read_xlsx_file(const std::string& path, RowSink& sink, std::vector<Diagnostic>& diagnostics,
                                      const XlsxReadOptions& options) {
  std::unique_ptr<ZipArchive> archive;
  if (auto refusal = ZipArchive::open(path, options.limits, archive)) {
    return has_opendocument_extension(path) ? calc_refusal() : *refusal;
  }
  if (auto refusal = refuse_opendocument(*archive)) return refusal;
  XlsxPackage package;
  if (auto refusal = read_xlsx_package(*archive, package)) return refusal;

  std::vector<const XlsxSheetRef*> chosen;
  if (auto refusal = choose_sheets(package, options, chosen, diagnostics)) return refusal;

  XlsxStyles styles;
  if (!package.styles_part.empty()) {
    if (auto refusal = read_xlsx_styles(*archive, *archive->find(package.styles_part), styles)) return refusal;
  }
  XlsxSharedStrings strings;
  if (!package.shared_strings_part.empty()) {
    if (auto refusal = read_xlsx_shared_strings(*archive, *archive->find(package.shared_strings_part), strings)) {
      return refusal;
    }
  }
  for (const XlsxSheetRef* sheet : chosen) {
    XlsxSheetContext context{sheet->name, package.date1904, &strings, &styles};
    sink.begin_table(TableInfo{sheet->name, package.date1904});
    if (auto refusal = read_xlsx_sheet(*archive, *archive->find(sheet->part), context, sink, diagnostics)) {
      return refusal;
    }
    sink.end_table();
  }
  return std::nullopt;
}

}  // namespace prith
