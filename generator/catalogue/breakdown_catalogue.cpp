#include "catalogue/breakdown_catalogue.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <climits>

#include "catalogue/catalogue_csv.h"
#include "core/french_format.h"

namespace prith {

namespace {

enum Column { kDimension, kDimensionLabel, kCategory, kLabel, kOrder, kAliases, kIndicators, kColumnCount };
constexpr std::array<std::array<std::string_view, 3>, kColumnCount> kHeaders = {{
    {"dimension", "", ""},
    {"dimension label", "libelle dimension", ""},
    {"category", "categorie", "modalite"},
    {"label", "libelle", ""},
    {"order", "ordre", "rang"},
    {"aliases", "alias", ""},
    {"indicators", "indicateurs", ""},
}};
constexpr bool kRequired[kColumnCount] = {true, false, true, true, false, false, false};
// Observation::breakdown is one byte, and 0 is the headline.
constexpr std::size_t kMaxCategories = 255;

std::string trimmed(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> split_bars(std::string_view text) {
  std::vector<std::string> parts;
  while (!text.empty()) {
    std::size_t bar = std::min(text.find('|'), text.size());
    std::string part = trimmed(text.substr(0, bar));
    if (!part.empty()) parts.push_back(std::move(part));
    text.remove_prefix(std::min(bar + 1, text.size()));
  }
  return parts;
}

}  // namespace

BreakdownCatalogue BreakdownCatalogue::parse(std::string_view csv_text, const std::string& file,
                                             const IndicatorCatalogue& indicators,
                                             std::vector<Diagnostic>& diagnostics) {
  BreakdownCatalogue catalogue;
  std::vector<CatalogueRecord> records = split_catalogue_csv(csv_text, file, diagnostics);
  if (records.empty()) return catalogue;

  const CatalogueRecord& header = records.front();
  const std::array<std::size_t, kColumnCount> at = locate_catalogue_columns(
      header, kHeaders, file, "dimension, dimension_label, category, label, order, aliases, indicators", diagnostics);
  for (std::size_t c = 0; c < kColumnCount; ++c) {
    if (at[c] != SIZE_MAX || !kRequired[c]) continue;
    diagnostics.push_back(catalogue_diagnostic(file, header.line, 0, {}, "",
                                               "colonne " + quote_fr(kHeaders[c][0]) +
                                                   " absente : aucune ventilation n'est lue"));
    return catalogue;
  }

  // Where each folded spelling was declared, for the message of a second use.
  std::unordered_map<std::string, std::uint32_t> spelled_at;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CatalogueRecord& record = records[r];
    auto field = [&](Column c) {
      return at[c] < record.fields.size() ? trimmed(record.fields[at[c]]) : std::string();
    };
    auto report = [&](Column c, const std::string& value, const std::string& what,
                      Severity severity = Severity::error) {
      diagnostics.push_back(catalogue_diagnostic(file, record.line, static_cast<std::uint32_t>(at[c] + 1),
                                                 header.fields[at[c]], value, what, severity));
    };
    BreakdownCategory category;
    const std::string dimension = field(kDimension);
    category.code = field(kCategory);
    category.label = field(kLabel);
    if (dimension.empty()) {
      report(kDimension, "", "dimension manquante (« sexe », « age ») ; la ligne est ignorée");
      continue;
    }
    if (category.code.empty()) {
      report(kCategory, "", "code de catégorie manquant ; la ligne est ignorée");
      continue;
    }
    if (category.label.empty()) {
      report(kLabel, "", "libellé manquant : il est affiché aux lecteurs ; la ligne est ignorée");
      continue;
    }
    if (catalogue.categories_.size() == kMaxCategories) {
      report(kCategory, category.code, "plus de 255 catégories : prith n'en lit pas davantage ; la ligne est ignorée");
      continue;
    }
    auto known = std::find_if(catalogue.dimensions_.begin(), catalogue.dimensions_.end(),
                              [&](const BreakdownDimension& d) { return d.code == dimension; });
    const std::string dimension_label = at[kDimensionLabel] == SIZE_MAX ? std::string() : field(kDimensionLabel);
    std::size_t dimension_index = static_cast<std::size_t>(known - catalogue.dimensions_.begin());
    bool same_code = std::any_of(catalogue.categories_.begin(), catalogue.categories_.end(), [&](const auto& c) {
      return c.dimension == dimension_index && known != catalogue.dimensions_.end() && c.code == category.code;
    });
    if (same_code) {
      report(kCategory, category.code,
             "catégorie " + quote_fr(category.code) + " déjà déclarée pour la dimension " + quote_fr(dimension) +
                 " ; la ligne est ignorée");
      continue;
    }
    if (at[kOrder] != SIZE_MAX && !field(kOrder).empty()) {
      const std::string text = field(kOrder);
      auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), category.order);
      if (failure != std::errc() || end != text.data() + text.size()) {
        report(kOrder, text, "ordre " + quote_fr(text) + " invalide : attendu un entier ; la ligne est ignorée");
        continue;
      }
    } else {
      category.order = static_cast<int>(r);
    }
    bool indicators_valid = true;
    if (at[kIndicators] != SIZE_MAX) {
      for (const std::string& code : split_bars(field(kIndicators))) {
        auto found = std::find_if(indicators.all().begin(), indicators.all().end(),
                                  [&](const Indicator& i) { return i.code == code; });
        if (found == indicators.all().end()) {
          report(kIndicators, code, "indicateur " + quote_fr(code) + " absent de indicators.csv ; la ligne est ignorée");
          indicators_valid = false;
          break;
        }
        category.indicators.push_back(static_cast<IndicatorId>(found - indicators.all().begin()));
      }
    }
    if (!indicators_valid) continue;
    if (at[kAliases] != SIZE_MAX) category.aliases = split_bars(field(kAliases));

    // Every spelling names one category only; a spelling an indicator also
    // has is read as the indicator, which the catalogue says here.
    std::vector<std::string> spellings = {fold_for_matching(category.code), fold_for_matching(category.label)};
    for (const std::string& alias : category.aliases) spellings.push_back(fold_for_matching(alias));
    std::sort(spellings.begin(), spellings.end());
    spellings.erase(std::unique(spellings.begin(), spellings.end()), spellings.end());
    bool clash = false;
    for (const std::string& spelling : spellings) {
      auto earlier = spelled_at.find(spelling);
      if (earlier != spelled_at.end()) {
        report(kAliases, spelling,
               "libellé ou alias " + quote_fr(spelling) + " déjà employé ligne " + std::to_string(earlier->second) +
                   " : une en-tête ne peut désigner qu'une catégorie ; la ligne est ignorée");
        clash = true;
        break;
      }
    }
    if (clash) continue;

    if (known == catalogue.dimensions_.end()) {
      catalogue.dimensions_.push_back(BreakdownDimension{dimension, dimension_label.empty() ? dimension : dimension_label});
      dimension_index = catalogue.dimensions_.size() - 1;
    } else if (!dimension_label.empty() && known->label == known->code) {
      known->label = dimension_label;
    }
    category.dimension = dimension_index;
    const BreakdownId id = static_cast<BreakdownId>(catalogue.categories_.size() + 1);
    for (const std::string& spelling : spellings) {
      if (spelling.empty()) continue;
      spelled_at.emplace(spelling, record.line);
      if (indicators.match(spelling)) {
        report(kAliases, spelling,
               "libellé ou alias " + quote_fr(spelling) + " aussi employé par un indicateur : une en-tête ainsi écrite "
               "est lue comme l'indicateur",
               Severity::warning);
        continue;
      }
      catalogue.index_.emplace(spelling, id);
    }
    catalogue.categories_.push_back(std::move(category));
  }
  return catalogue;
}

std::vector<BreakdownId> BreakdownCatalogue::categories_of(std::size_t dimension) const {
  std::vector<BreakdownId> ids;
  for (std::size_t i = 0; i < categories_.size(); ++i) {
    if (categories_[i].dimension == dimension) ids.push_back(static_cast<BreakdownId>(i + 1));
  }
  std::stable_sort(ids.begin(), ids.end(), [&](BreakdownId a, BreakdownId b) { return at(a).order < at(b).order; });
  return ids;
}

std::optional<BreakdownId> BreakdownCatalogue::match(std::string_view text) const {
  if (index_.empty()) return std::nullopt;
  auto found = index_.find(fold_for_matching(text));
  if (found == index_.end()) return std::nullopt;
  return found->second;
}

std::optional<std::size_t> BreakdownCatalogue::match_dimension(std::string_view text) const {
  const std::string folded = fold_for_matching(text);
  if (folded.empty()) return std::nullopt;
  for (std::size_t i = 0; i < dimensions_.size(); ++i) {
    if (fold_for_matching(dimensions_[i].code) == folded || fold_for_matching(dimensions_[i].label) == folded) return i;
  }
  return std::nullopt;
}

bool BreakdownCatalogue::carries(BreakdownId id, IndicatorId indicator) const {
  const std::vector<IndicatorId>& carried = at(id).indicators;
  return carried.empty() || std::find(carried.begin(), carried.end(), indicator) != carried.end();
}

std::string BreakdownCatalogue::key(BreakdownId id) const {
  if (id == kHeadline) return "";
  return dimensions_[at(id).dimension].code + ":" + at(id).code;
}

std::string BreakdownCatalogue::describe_fr(BreakdownId id) const {
  if (id == kHeadline) return "ensemble";
  std::string dimension = dimensions_[at(id).dimension].label;
  if (!dimension.empty() && dimension[0] >= 'A' && dimension[0] <= 'Z') dimension[0] = static_cast<char>(dimension[0] - 'A' + 'a');
  return at(id).label + " (" + dimension + ")";
}

bool is_breakdown_total_header(std::string_view text) {
  static constexpr std::string_view kTotals[] = {"total", "ensemble", "total general", "tous", "toutes",
                                                 "tous publics", "ensemble des publics", "total ensemble"};
  const std::string folded = fold_for_matching(text);
  return std::find(std::begin(kTotals), std::end(kTotals), folded) != std::end(kTotals);
}

}  // namespace prith
