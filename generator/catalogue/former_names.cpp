#include "catalogue/former_names.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "catalogue/catalogue_csv.h"
#include "catalogue/text_folding.h"
#include "core/french_format.h"

namespace prith {

namespace {

enum Column { kName, kCodes, kYear, kSource, kColumnCount };

// Accepted header names, folded.
constexpr std::array<std::array<std::string_view, 2>, kColumnCount> kHeaders = {
    {{"name", "nom"}, {"codes", "code"}, {"year", "annee"}, {"source", "source"}}};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

FormerNameCatalogue FormerNameCatalogue::parse(std::string_view csv_text, const std::string& file_name,
                                               const TerritoryCatalogue& territories,
                                               std::vector<Diagnostic>& diagnostics) {
  FormerNameCatalogue catalogue;
  const std::vector<CatalogueRecord> records = split_catalogue_csv(csv_text, file_name, diagnostics);
  if (records.empty()) return catalogue;  // no former name: nothing to read

  const CatalogueRecord& header = records.front();
  const std::array<std::size_t, kColumnCount> index =
      locate_catalogue_columns(header, kHeaders, file_name, "name, codes, year, source", diagnostics);
  for (std::size_t c = 0; c < kColumnCount; ++c) {
    if (index[c] == SIZE_MAX) {
      diagnostics.push_back(catalogue_diagnostic(file_name, header.line, 0, {}, {},
                                                 "colonne " + quote_fr(kHeaders[c][0]) +
                                                     " absente de l'en-tête ; attendu name;codes;year;source"));
      return catalogue;
    }
  }

  // Today's names, folded: a former name must not be one of them.
  std::vector<std::string> today;
  for (const Territory& territory : territories.all()) today.push_back(fold_for_matching(territory.name));
  std::vector<std::string> seen;

  for (std::size_t r = 1; r < records.size(); ++r) {
    const CatalogueRecord& record = records[r];
    const auto field = [&](Column c) {
      const std::size_t i = index[c];
      return i < record.fields.size() ? trim(record.fields[i]) : std::string_view();
    };
    const auto report = [&](Column c, std::string_view value, const std::string& what) {
      diagnostics.push_back(catalogue_diagnostic(file_name, record.line, static_cast<std::uint32_t>(index[c] + 1),
                                                 header.fields[index[c]], value, what));
    };
    FormerName former;
    former.name = std::string(field(kName));
    former.source = std::string(field(kSource));
    const std::string folded = fold_for_matching(former.name);
    if (folded.empty()) {
      report(kName, former.name, "nom vide ; la ligne est ignorée");
      continue;
    }
    if (std::find(today.begin(), today.end(), folded) != today.end()) {
      report(kName, former.name,
             quote_fr(former.name) + " est le nom d'un territoire d'aujourd'hui (territories.csv) ; la ligne est "
                                     "ignorée");
      continue;
    }
    if (std::find(seen.begin(), seen.end(), folded) != seen.end()) {
      report(kName, former.name, "ancien nom " + quote_fr(former.name) + " en double ; la ligne est ignorée");
      continue;
    }
    const std::string_view codes = field(kCodes);
    bool codes_ok = !codes.empty();
    for (std::size_t pos = 0; codes_ok && pos <= codes.size();) {
      const std::size_t end = std::min(codes.find(',', pos), codes.size());
      const std::string_view code = trim(codes.substr(pos, end - pos));
      const std::optional<TerritoryId> id = territories.find(TerritoryLevel::departement, code);
      if (!id) {
        report(kCodes, codes,
               "code " + quote_fr(code) + " : attendu le code INSEE d'un département de territories.csv ; la ligne "
                                          "est ignorée");
        codes_ok = false;
      } else if (std::find(former.ids.begin(), former.ids.end(), *id) == former.ids.end()) {
        former.ids.push_back(*id);
      }
      pos = end + 1;
    }
    if (!codes_ok) continue;
    const std::string_view year = field(kYear);
    auto [end, error] = std::from_chars(year.data(), year.data() + year.size(), former.year);
    if (error != std::errc() || end != year.data() + year.size() || former.year < 1790 || former.year > 2100) {
      report(kYear, year, "année " + quote_fr(year) + " invalide ; attendu l'année du changement (1790 à 2100)");
      continue;
    }
    if (former.source.empty()) {
      report(kSource, {}, "source vide pour " + quote_fr(former.name) + " ; citez le texte officiel du changement");
      continue;
    }
    seen.push_back(folded);
    catalogue.names_.push_back(std::move(former));
  }
  return catalogue;
}

}  // namespace prith
