#include "ingest/xlsx_package.h"

#include <cstring>
#include <unordered_map>

#include "ingest/xml_stream.h"
#include "ingest/zip_archive.h"

namespace prith {

namespace {

Refusal too_many(const std::string& what, std::size_t limit) {
  return Refusal{DiagnosticCode::entry_too_large, "Le classeur déclare plus de " + std::to_string(limit) + " " + what +
                                                      " : ce n'est pas un classeur ordinaire, le fichier est refusé."};
}

struct Relationship {
  std::string id, type, target;
  bool external = false;
};

class RelationshipsHandler : public XmlHandler {
 public:
  std::vector<Relationship> relationships;
  std::unordered_map<std::string, std::size_t> by_id;

  void start_element(std::string_view name, const char** attributes) override {
    if (name != "Relationship") return;
    if (relationships.size() == kXlsxMaxRelationships) {
      stop_request = too_many("relations", kXlsxMaxRelationships);
      return;
    }
    Relationship r;
    const char* value;
    if ((value = find_attribute(attributes, "Id"))) r.id = value;
    if ((value = find_attribute(attributes, "Type"))) r.type = value;
    if ((value = find_attribute(attributes, "Target"))) r.target = value;
    value = find_attribute(attributes, "TargetMode");
    r.external = value != nullptr && std::strcmp(value, "External") == 0;
    by_id.emplace(r.id, relationships.size());  // the first of two equal ids wins, as in Excel
    relationships.push_back(std::move(r));
  }
  void end_element(std::string_view) override {}
  void characters(std::string_view) override {}

  // Relationship types differ between transitional and strict OOXML only
  // before their last segment.
  const Relationship* find_type(std::string_view last_segment) const {
    for (const Relationship& r : relationships) {
      if (type_is(r, last_segment)) return &r;
    }
    return nullptr;
  }
  static bool type_is(const Relationship& r, std::string_view last_segment) {
    std::size_t slash = r.type.rfind('/');
    return slash != std::string::npos && std::string_view(r.type).substr(slash + 1) == last_segment;
  }
};

class ContentTypesHandler : public XmlHandler {
 public:
  bool binary_workbook = false;
  void start_element(std::string_view name, const char** attributes) override {
    if (name != "Override") return;
    const char* type = find_attribute(attributes, "ContentType");
    if (type != nullptr && std::strstr(type, "sheet.binary") != nullptr) binary_workbook = true;
  }
  void end_element(std::string_view) override {}
  void characters(std::string_view) override {}
};

struct SheetDeclaration {
  std::string name, relationship_id;
  SheetState state = SheetState::visible;
};

class WorkbookHandler : public XmlHandler {
 public:
  bool date1904 = false;
  std::vector<SheetDeclaration> sheets;

  void start_element(std::string_view name, const char** attributes) override {
    if (name == "workbookPr") {
      const char* value = find_attribute(attributes, "date1904");
      date1904 = value != nullptr && (std::strcmp(value, "1") == 0 || std::strcmp(value, "true") == 0);
    } else if (name == "sheet") {
      if (sheets.size() == kXlsxMaxSheets) {
        stop_request = too_many("feuilles", kXlsxMaxSheets);
        return;
      }
      SheetDeclaration sheet;
      const char* value;
      if ((value = find_attribute(attributes, "name"))) sheet.name = value;
      if ((value = find_attribute(attributes, "id"))) sheet.relationship_id = value;  // r:id
      if ((value = find_attribute(attributes, "state"))) {
        if (std::strcmp(value, "hidden") == 0) sheet.state = SheetState::hidden;
        if (std::strcmp(value, "veryHidden") == 0) sheet.state = SheetState::very_hidden;
      }
      sheets.push_back(std::move(sheet));
    }
  }
  void end_element(std::string_view) override {}
  void characters(std::string_view) override {}
};

Refusal missing(const std::string& what) {
  return Refusal{DiagnosticCode::missing_part,
                 "Le classeur est incomplet : il y manque " + what + " ; réenregistrez le fichier depuis Excel "
                 "ou LibreOffice."};
}

// Parses a part if present; `found` tells whether it was.
std::optional<Refusal> parse_if_present(ZipArchive& archive, std::string_view part, XmlHandler& handler,
                                        bool& found) {
  const ZipEntry* entry = archive.find(part);
  found = entry != nullptr;
  if (!found) return std::nullopt;
  return parse_zip_part(archive, *entry, archive.limits().max_buffered_part_bytes, handler);
}

std::string rels_part_of(std::string_view part) {
  std::size_t slash = part.rfind('/');
  std::string folder(slash == std::string_view::npos ? "" : part.substr(0, slash + 1));
  return folder + "_rels/" + std::string(part.substr(slash + 1)) + ".rels";
}

// Follows a relationship the reader needs, refusing anything that leaves the package.
std::optional<Refusal> follow(ZipArchive& archive, const std::string& source, const Relationship& r,
                              std::string& part) {
  std::optional<std::string> resolved = r.external ? std::nullopt : resolve_part_target(source, r.target);
  if (!resolved) {
    return Refusal{DiagnosticCode::invalid_part_reference,
                   "Le classeur renvoie à « " + r.target +
                       " », hors du fichier : un classeur ne doit dépendre d'aucun fichier extérieur ; le "
                       "fichier est refusé."};
  }
  if (archive.find(*resolved) == nullptr) return missing("la partie « " + *resolved + " »");
  part = archive.find(*resolved)->name;
  return std::nullopt;
}

std::optional<Refusal> read_sheets(ZipArchive& archive, const WorkbookHandler& workbook,
                                   const RelationshipsHandler& rels, XlsxPackage& package) {
  for (const SheetDeclaration& declared : workbook.sheets) {
    auto found = rels.by_id.find(declared.relationship_id);
    if (found == rels.by_id.end()) return missing("la feuille « " + declared.name + " »");
    const Relationship* relationship = &rels.relationships[found->second];
    XlsxSheetRef sheet{declared.name, declared.state, SheetKind::other, {}};
    if (RelationshipsHandler::type_is(*relationship, "worksheet")) sheet.kind = SheetKind::worksheet;
    if (RelationshipsHandler::type_is(*relationship, "chartsheet")) sheet.kind = SheetKind::chartsheet;
    if (auto refusal = follow(archive, package.workbook_part, *relationship, sheet.part)) return refusal;
    package.sheets.push_back(std::move(sheet));
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> resolve_part_target(std::string_view source_part, std::string_view target) {
  if (target.empty() || target.find('\\') != std::string_view::npos || target.find('\0') != std::string_view::npos) {
    return std::nullopt;
  }
  std::size_t colon = target.find(':');
  if (colon != std::string_view::npos && target.find('/') > colon) return std::nullopt;  // "http:", "file:", "C:"
  std::string path;
  if (target.front() == '/') {
    target.remove_prefix(1);
  } else {
    std::size_t slash = source_part.rfind('/');
    if (slash != std::string_view::npos) path = std::string(source_part.substr(0, slash));
  }
  std::size_t start = 0;
  while (start <= target.size()) {
    std::size_t end = std::min(target.find('/', start), target.size());
    std::string_view segment = target.substr(start, end - start);
    if (segment == "..") {
      if (path.empty()) return std::nullopt;
      std::size_t slash = path.rfind('/');
      path.erase(slash == std::string::npos ? 0 : slash);
    } else if (!segment.empty() && segment != ".") {
      if (!path.empty()) path += '/';
      path += segment;
    }
    start = end + 1;
  }
  if (path.empty()) return std::nullopt;
  return path;
}

std::optional<Refusal> read_xlsx_package(ZipArchive& archive, XlsxPackage& package) {
  bool found = false;
  ContentTypesHandler content_types;
  if (auto refusal = parse_if_present(archive, "[Content_Types].xml", content_types, found)) return refusal;
  if (!found) return missing("la liste des types de contenu ([Content_Types].xml)");
  if (content_types.binary_workbook) {
    return Refusal{DiagnosticCode::unsupported_format,
                   "Le classeur est au format binaire Excel (.xlsb), non pris en charge : enregistrez-le au "
                   "format .xlsx depuis Excel ou LibreOffice."};
  }

  RelationshipsHandler package_rels;
  if (auto refusal = parse_if_present(archive, "_rels/.rels", package_rels, found)) return refusal;
  package.workbook_part = "xl/workbook.xml";
  if (const Relationship* main = package_rels.find_type("officeDocument")) {
    if (auto refusal = follow(archive, "", *main, package.workbook_part)) return refusal;
  }
  const ZipEntry* workbook_entry = archive.find(package.workbook_part);
  if (workbook_entry == nullptr) return missing("la partie principale du classeur (xl/workbook.xml)");
  package.workbook_part = workbook_entry->name;

  WorkbookHandler workbook;
  if (auto refusal = parse_if_present(archive, package.workbook_part, workbook, found)) return refusal;
  package.date1904 = workbook.date1904;

  RelationshipsHandler rels;
  std::string rels_part = rels_part_of(package.workbook_part);
  if (auto refusal = parse_if_present(archive, rels_part, rels, found)) return refusal;
  if (!found) return missing("la liste des parties du classeur (" + rels_part + ")");
  if (auto refusal = read_sheets(archive, workbook, rels, package)) return refusal;
  if (const Relationship* strings = rels.find_type("sharedStrings")) {
    if (auto refusal = follow(archive, package.workbook_part, *strings, package.shared_strings_part)) return refusal;
  }
  if (const Relationship* styles = rels.find_type("styles")) {
    if (auto refusal = follow(archive, package.workbook_part, *styles, package.styles_part)) return refusal;
  }
  return std::nullopt;
}

}  // namespace prith
