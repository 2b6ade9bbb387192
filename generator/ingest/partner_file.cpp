#include "ingest/partner_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/french_format.h"
#include "ingest/cell_texts.h"
#include "ingest/csv_reader.h"
#include "ingest/xlsx_reader.h"

namespace prith {

namespace fs = std::filesystem;

namespace {

std::string lower_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

bool is_csv_extension(const std::string& extension) {
  return extension == ".csv" || extension == ".txt" || extension == ".tsv" || extension == ".tab";
}

bool is_workbook_extension(const std::string& extension) {
  // LibreOffice Calc files go to the workbook reader, which refuses them
  // with the way to save them as .xlsx.
  return extension == ".xlsx" || extension == ".xlsm" || extension == ".xls" || extension == ".ods" ||
         extension == ".ots" || extension == ".fods";
}

// Diagnostics in reading order: the file first, then sheet by sheet, line
// by line, so that a pilot reads them alongside the file.
void sort_diagnostics(FileReading& reading) {
  auto sheet_rank = [&](const std::string& sheet) -> std::size_t {
    if (sheet.empty()) return 0;
    auto it = std::find(reading.sheets.begin(), reading.sheets.end(), sheet);
    return it == reading.sheets.end() ? 0 : 1 + static_cast<std::size_t>(it - reading.sheets.begin());
  };
  std::stable_sort(reading.diagnostics.begin(), reading.diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     auto ka = std::make_tuple(sheet_rank(a.place.sheet), a.place.line, a.place.column);
                     auto kb = std::make_tuple(sheet_rank(b.place.sheet), b.place.line, b.place.column);
                     return ka < kb;
                   });
}

}  // namespace

DetectedFormat detect_format(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  unsigned char magic[4] = {0, 0, 0, 0};
  file.read(reinterpret_cast<char*>(magic), sizeof magic);
  bool zip = magic[0] == 'P' && magic[1] == 'K';
  bool ole2 = magic[0] == 0xD0 && magic[1] == 0xCF && magic[2] == 0x11 && magic[3] == 0xE0;
  std::string extension = lower_extension(path);
  if (ole2) return DetectedFormat::xls;
  if (zip || is_workbook_extension(extension)) return DetectedFormat::xlsx;
  if (is_csv_extension(extension)) return DetectedFormat::csv;
  return DetectedFormat::unsupported;
}

std::optional<Refusal> read_guarded(const std::function<std::optional<Refusal>()>& read) {
  const std::string after = " : il est écarté, les autres fichiers sont lus.";
  try {
    return read();
  } catch (const std::bad_alloc&) {
    return Refusal{DiagnosticCode::file_too_large,
                   "La mémoire a manqué pour lire ce fichier" + after +
                       " Découpez l'export ou demandez-le au partenaire sous une autre forme."};
  } catch (const fs::filesystem_error&) {
    return Refusal{DiagnosticCode::file_unreadable,
                   "Le système de fichiers a interrompu la lecture du fichier" + after +
                       " Vérifiez qu'il est bien présent et lisible."};
  } catch (...) {  // std::exception (Poco's included) and anything else
    return Refusal{DiagnosticCode::file_unreadable,
                   "Une erreur inattendue a interrompu la lecture du fichier" + after +
                       " Signalez-la avec ce fichier."};
  }
}

FileReading read_partner_file(const std::string& path, const std::string& display_name,
                              const MappingCatalogues& catalogues, const NumberFormatSetting& numbers) {
  FileReading reading;
  reading.file = display_name;
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    reading.refused = Refusal{DiagnosticCode::file_unreadable,
                              "Fichier introuvable ou illisible : " + quote_fr(display_name) + "."};
    reading.diagnostics.push_back(
        file_diagnostic(Severity::error, reading.refused->code, "", reading.refused->message));
    return reading;
  }
  DetectedFormat format = detect_format(path);
  std::string stem = fs::path(path).stem().string();
  std::optional<Refusal> refusal = read_guarded([&]() -> std::optional<Refusal> {
    TableMapper mapper(catalogues, stem, reading, numbers);
    std::optional<Refusal> refused;
    switch (format) {
      case DetectedFormat::csv:
        reading.format = FileFormat::csv;
        refused = read_csv_file(path, mapper, reading.diagnostics);
        break;
      case DetectedFormat::xlsx:
      case DetectedFormat::xls:
        reading.format = FileFormat::xlsx;
        refused = read_xlsx_file(path, mapper, reading.diagnostics);
        break;
      case DetectedFormat::unsupported:
        reading.format = FileFormat::csv;
        refused = Refusal{DiagnosticCode::unsupported_format,
                          "Format de fichier non pris en charge (" + quote_fr(fs::path(path).extension().string()) +
                              ") : enregistrez l'export en classeur Excel (.xlsx) ou en CSV."};
        break;
    }
    if (!refused) {
      mapper.finish();
      // The few diagnostics made from observations quote their cell's text,
      // which only a second reading of the file gives back.
      quote_cell_texts(reading, [&](RowSink& sink) {
        std::vector<Diagnostic> again;
        if (reading.format == FileFormat::xlsx) {
          read_xlsx_file(path, sink, again);
        } else {
          read_csv_file(path, sink, again);
        }
      });
    }
    return refused;
  });
  if (refusal) {
    // A refused file contributes nothing: not half a table.
    reading.refused = refusal;
    reading.observations.clear();
    reading.notes.clear();
    reading.diagnostics.push_back(file_diagnostic(Severity::error, refusal->code, "", refusal->message));
  }
  sort_diagnostics(reading);
  return reading;
}

std::vector<std::string> find_partner_files(const std::string& folder) {
  std::vector<std::string> files;
  std::error_code error;
  if (!fs::is_directory(folder, error)) return files;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const fs::path& path = it->path();
    std::string name = path.filename().string();
    // Hidden files, LibreOffice lock files (.~lock.x#) and notes to self are not exports.
    if (name.empty() || name[0] == '.' || name[0] == '~') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    // A link could lead outside the project: only real files are read.
    if (it->is_symlink(error) || !it->is_regular_file(error)) continue;
    if (name.rfind("README", 0) == 0 || name.rfind("LISEZ", 0) == 0) continue;
    files.push_back(path.string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace prith
