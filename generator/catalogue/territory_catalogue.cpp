#include "catalogue/territory_catalogue.h"

#include <array>

#include "catalogue/catalogue_csv.h"
#include "core/french_format.h"
#include "catalogue/text_folding.h"

namespace prith {

std::string_view level_name(TerritoryLevel level) {
  switch (level) {
    case TerritoryLevel::departement: return "departement";
    case TerritoryLevel::region: return "region";
    case TerritoryLevel::country: return "pays";
  }
  return "departement";
}

namespace {

enum Column { kCode, kName, kLevel, kParent, kColumnCount };

// Ids are 16 bits; France has about 120 territories.
constexpr std::size_t kMaxTerritories = 65535;

std::string index_key(TerritoryLevel level, std::string_view code) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(level)));
  key.append(code);
  return key;
}

// Accepted header names, folded ("niveau", "Niveau" and "NIVEAU" alike).
constexpr std::array<std::array<std::string_view, 2>, kColumnCount> kHeaders = {{
    {"code", "code"}, {"name", "nom"}, {"level", "niveau"}, {"parent", "parent"}}};

std::optional<TerritoryLevel> parse_level(std::string_view text) {
  const std::string folded = fold_for_matching(text);
  if (folded == "departement") return TerritoryLevel::departement;
  if (folded == "region") return TerritoryLevel::region;
  if (folded == "pays" || folded == "country") return TerritoryLevel::country;
  return std::nullopt;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A code is letters and digits only ("44", "2A", "971", "FR").
bool valid_code(std::string_view code) {
  if (code.empty() || code.size() > 8) return false;
  for (char c : code) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!alnum) return false;
  }
  return true;
}

}  // namespace

TerritoryCatalogue TerritoryCatalogue::parse(std::string_view csv_text, const std::string& file_name,
                                             std::vector<Diagnostic>& diagnostics) {
  TerritoryCatalogue catalogue;
  const std::vector<CatalogueRecord> records = split_catalogue_csv(csv_text, file_name, diagnostics);
  if (records.empty()) {
    diagnostics.push_back(catalogue_diagnostic(file_name, 0, 0, {}, {},
                                               "le fichier est vide ; attendu l'en-tête code;name;level;parent"));
    return catalogue;
  }

  // Header: where each known column is.
  const CatalogueRecord& header = records.front();
  std::array<int, kColumnCount> index;
  index.fill(-1);
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string folded = fold_for_matching(header.fields[i]);
    bool known = false;
    for (int c = 0; c < kColumnCount; ++c) {
      if (folded == kHeaders[c][0] || folded == kHeaders[c][1]) {
        if (index[c] < 0) index[c] = static_cast<int>(i);
        known = true;
      }
    }
    if (!known) {
      diagnostics.push_back(catalogue_diagnostic(
          file_name, header.line, static_cast<std::uint32_t>(i + 1), {}, header.fields[i],
          "colonne " + quote_fr(header.fields[i]) + " inconnue, ignorée ; colonnes attendues : code, name (nom), "
                                                  "level (niveau), parent",
          Severity::warning));
    }
  }
  for (int c = 0; c < kColumnCount; ++c) {
    if (index[c] < 0) {
      diagnostics.push_back(catalogue_diagnostic(
          file_name, header.line, 0, {}, {},
          "colonne " + quote_fr(kHeaders[c][0]) + " (ou " + quote_fr(kHeaders[c][1]) +
              ") absente de l'en-tête ; attendu code;name;level;parent"));
      return catalogue;
    }
  }

  // Rows: each problem names its cell; a row with a problem is left out.
  std::vector<std::uint32_t> lines;  // line of each kept territory, for the parent checks
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CatalogueRecord& record = records[r];
    const auto field = [&](Column c) {
      const std::size_t i = static_cast<std::size_t>(index[c]);
      return i < record.fields.size() ? trim(record.fields[i]) : std::string_view();
    };
    const auto report = [&](Column c, std::string_view value, const std::string& what) {
      diagnostics.push_back(catalogue_diagnostic(file_name, record.line, static_cast<std::uint32_t>(index[c] + 1),
                                                 header.fields[static_cast<std::size_t>(index[c])], value, what));
    };
    // Missing trailing fields read as empty; an extra one with text means a
    // stray ';' somewhere, and the row cannot be trusted.
    bool stray = false;
    for (std::size_t i = header.fields.size(); i < record.fields.size() && !stray; ++i) {
      if (trim(record.fields[i]).empty()) continue;
      stray = true;
      diagnostics.push_back(catalogue_diagnostic(
          file_name, record.line, static_cast<std::uint32_t>(i + 1), {}, record.fields[i],
          std::to_string(record.fields.size()) + " champs pour " + std::to_string(header.fields.size()) +
              " colonnes d'en-tête ; la ligne est ignorée (un « ; » en trop ?)"));
    }
    if (stray) continue;
    Territory territory;
    territory.code = std::string(field(kCode));
    territory.name = std::string(field(kName));
    territory.parent = std::string(field(kParent));
    const std::optional<TerritoryLevel> level = parse_level(field(kLevel));
    if (!valid_code(territory.code)) {
      report(kCode, territory.code,
             (territory.code.empty() ? std::string("code vide") : "code " + quote_fr(territory.code) + " invalide") +
                 " ; attendu un code INSEE (lettres et chiffres : 44, 2A, 971)");
      continue;
    }
    if (territory.name.empty()) {
      report(kName, {}, "nom vide pour le code " + quote_fr(territory.code));
      continue;
    }
    if (!level) {
      report(kLevel, field(kLevel),
             "niveau " + quote_fr(field(kLevel)) + " inconnu ; attendu departement, region ou pays");
      continue;
    }
    territory.level = *level;
    if (catalogue.find(territory.level, territory.code)) {
      report(kCode, territory.code,
             "code " + quote_fr(territory.code) + " en double au niveau " + std::string(level_name(territory.level)));
      continue;
    }
    if (catalogue.territories_.size() >= kMaxTerritories) {
      diagnostics.push_back(catalogue_diagnostic(
          file_name, record.line, 0, {}, {},
          "plus de " + std::to_string(kMaxTerritories) + " territoires ; la suite du fichier est ignorée"));
      break;
    }
    catalogue.by_code_.emplace(index_key(territory.level, territory.code),
                               static_cast<TerritoryId>(catalogue.territories_.size()));
    catalogue.territories_.push_back(std::move(territory));
    lines.push_back(record.line);
  }

  // Parents: a département's is a région of the file, a région's is empty or
  // a country of the file, a country has none.
  for (std::size_t i = 0; i < catalogue.territories_.size(); ++i) {
    const Territory& t = catalogue.territories_[i];
    const auto report = [&](const std::string& what) {
      diagnostics.push_back(catalogue_diagnostic(file_name, lines[i], static_cast<std::uint32_t>(index[kParent] + 1),
                                                 header.fields[static_cast<std::size_t>(index[kParent])], t.parent,
                                                 what));
    };
    if (t.level == TerritoryLevel::departement && t.parent.empty()) {
      report("le département " + t.code + " " + t.name + " n'a pas de parent ; attendu le code de sa région");
    } else if (t.level == TerritoryLevel::departement && !catalogue.find(TerritoryLevel::region, t.parent)) {
      report("le département " + t.code + " " + t.name + " a pour parent " + quote_fr(t.parent) +
             ", qui n'est pas une région du fichier");
    } else if (t.level == TerritoryLevel::region && !t.parent.empty() &&
               !catalogue.find(TerritoryLevel::country, t.parent)) {
      report("la région " + t.code + " " + t.name + " a pour parent " + quote_fr(t.parent) +
             ", qui n'est pas un pays du fichier");
    } else if (t.level == TerritoryLevel::country && !t.parent.empty()) {
      report("le pays " + t.code + " " + t.name + " ne peut pas avoir de parent (" + quote_fr(t.parent) + ")");
    }
  }
  return catalogue;
}

std::optional<TerritoryId> TerritoryCatalogue::find(TerritoryLevel level, std::string_view code) const {
  const auto found = by_code_.find(index_key(level, code));
  if (found == by_code_.end()) return std::nullopt;
  return found->second;
}

}  // namespace prith
