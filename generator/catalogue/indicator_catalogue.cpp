#include "catalogue/indicator_catalogue.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "catalogue/catalogue_csv.h"
#include "core/french_format.h"
#include "catalogue/text_folding.h"

namespace prith {

namespace {

enum Column {
  kCode, kLabel, kAliases, kUnit, kDefinition, kSource, kAggregation,
  kWeight, kNumerator, kDenominator, kSecret, kThreshold, kNature, kProtection, kColumnCount
};

// Folded header names accepted for each column, English first.
constexpr std::array<std::array<std::string_view, 3>, kColumnCount> kHeaders = {{
    {"code", "", ""},
    {"label", "libelle", ""},
    {"aliases", "alias", ""},
    {"unit", "unite", ""},
    {"definition", "", ""},
    {"source", "", ""},
    {"aggregation", "agregation", ""},
    {"weight", "poids", ""},
    {"numerator", "numerateur", ""},
    {"denominator", "denominateur", ""},
    {"secret", "", ""},
    {"secret threshold", "seuil secret", "seuil"},
    {"nature", "", ""},
    {"secret protection", "protection secret", "protection"},
}};

// Trailing words a label may carry in a partner's header: "Taux (en %)",
// "Montant (en euros)", "Demandeurs (nombre)". % and € fold away by themselves.
constexpr std::array<std::string_view, 11> kUnitWords = {"en", "euros", "euro", "eur", "keur", "nombre",
                                                         "nb", "pourcentage", "pourcent", "pct", "personnes"};

// Ids are 16 bits.
constexpr std::size_t kMaxIndicators = 65535;

std::string_view trim(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

bool valid_code(std::string_view code) {
  if (code.empty() || code.size() > 64) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-' ||
           c == '.';
  });
}

std::optional<Aggregation> parse_aggregation(std::string_view text) {
  const std::string folded = fold_for_matching(text);
  if (folded.empty() || folded == "sum" || folded == "somme") return Aggregation::sum;
  if (folded == "weighted mean" || folded == "moyenne ponderee") return Aggregation::weighted_mean;
  if (folded == "ratio") return Aggregation::ratio;
  if (folded == "none" || folded == "aucune" || folded == "aucun") return Aggregation::none;
  return std::nullopt;
}

std::optional<Nature> parse_nature(std::string_view text) {
  const std::string folded = fold_for_matching(text);
  if (folded.empty()) return Nature::unspecified;
  if (folded == "stock") return Nature::stock;
  if (folded == "flux" || folded == "flow") return Nature::flow;
  return std::nullopt;
}

std::optional<bool> parse_yes_no(std::string_view text) {
  const std::string folded = fold_for_matching(text);
  if (folded.empty() || folded == "oui" || folded == "yes" || folded == "1" || folded == "vrai" || folded == "true") {
    return true;
  }
  if (folded == "non" || folded == "no" || folded == "0" || folded == "faux" || folded == "false") return false;
  return std::nullopt;
}

}  // namespace

// Reads the rows, then checks the references between indicators, then
// builds the match index. Rows with a fatal problem are left out; a bad
// optional value falls back to its safe default (aggregation none, secret on).
struct IndicatorCatalogueBuilder {
  const std::string& file;
  std::vector<Diagnostic>& diagnostics;
  IndicatorCatalogue catalogue;
  std::array<int, kColumnCount> index{};
  std::vector<std::string> header;
  std::vector<std::uint32_t> lines;  // line of each kept indicator
  std::unordered_map<std::string, std::size_t> codes;  // code -> index of each kept indicator

  void report(std::uint32_t line, Column c, std::string_view value, const std::string& what,
              Severity severity = Severity::error) {
    const auto i = static_cast<std::size_t>(index[c]);
    diagnostics.push_back(catalogue_diagnostic(file, line, static_cast<std::uint32_t>(i + 1),
                                               i < header.size() ? header[i] : std::string(kHeaders[c][0]), value,
                                               what, severity));
  }

  bool read_header(const CatalogueRecord& record) {
    header = record.fields;
    index.fill(-1);
    for (std::size_t i = 0; i < header.size(); ++i) {
      const std::string folded = fold_for_matching(header[i]);
      int column = -1;
      for (int c = 0; c < kColumnCount && column < 0; ++c) {
        for (std::string_view name : kHeaders[c]) {
          if (!name.empty() && folded == name) column = c;
        }
      }
      const auto at = static_cast<std::uint32_t>(i + 1);
      if (column < 0) {
        diagnostics.push_back(catalogue_diagnostic(
            file, record.line, at, {}, header[i],
            "colonne " + quote_fr(header[i]) + " inconnue, ignorée ; voir docs/catalogues.md", Severity::warning));
      } else if (index[column] >= 0) {
        diagnostics.push_back(catalogue_diagnostic(
            file, record.line, at, {}, header[i],
            "colonne " + quote_fr(header[i]) + " en double, ignorée (déjà en colonne " +
                std::to_string(index[column] + 1) + ")",
            Severity::warning));
      } else {
        index[column] = static_cast<int>(i);
      }
    }
    for (Column c : {kCode, kLabel}) {
      if (index[c] < 0) {
        diagnostics.push_back(catalogue_diagnostic(
            file, record.line, 0, {}, {},
            "colonne " + quote_fr(kHeaders[c][0]) + " absente de l'en-tête ; les colonnes code et label (libellé) "
                                                  "sont obligatoires"));
        return false;
      }
    }
    return true;
  }

  void read_row(const CatalogueRecord& record) {
    const auto field = [&](Column c) {
      const int i = index[c];
      return i >= 0 && static_cast<std::size_t>(i) < record.fields.size() ? trim(record.fields[static_cast<std::size_t>(i)])
                                                                         : std::string_view();
    };
    for (std::size_t i = header.size(); i < record.fields.size(); ++i) {
      if (!trim(record.fields[i]).empty()) {
        diagnostics.push_back(catalogue_diagnostic(
            file, record.line, static_cast<std::uint32_t>(i + 1), {}, record.fields[i],
            std::to_string(record.fields.size()) + " champs pour " + std::to_string(header.size()) +
                " colonnes d'en-tête ; la ligne est ignorée (un « ; » non protégé par des guillemets ?)"));
        return;
      }
    }
    Indicator indicator;
    indicator.code = std::string(field(kCode));
    if (!valid_code(indicator.code)) {
      report(record.line, kCode, indicator.code,
             "code " + quote_fr(indicator.code) + " invalide ; attendu lettres, chiffres, « _ », « - » ou « . »");
      return;
    }
    if (const auto found = codes.find(indicator.code); found != codes.end()) {
      report(record.line, kCode, indicator.code,
             "code " + quote_fr(indicator.code) + " en double (déjà défini ligne " +
                 std::to_string(lines[found->second]) + ") ; la ligne est ignorée");
      return;
    }
    if (catalogue.indicators_.size() >= kMaxIndicators) {
      report(record.line, kCode, indicator.code,
             "plus de " + std::to_string(kMaxIndicators) + " indicateurs ; la ligne est ignorée");
      return;
    }
    indicator.label = std::string(field(kLabel));
    if (indicator.label.empty()) {
      report(record.line, kLabel, {}, "libellé vide pour l'indicateur " + indicator.code + " ; la ligne est ignorée");
      return;
    }
    std::string_view aliases = field(kAliases);
    while (!aliases.empty()) {
      const std::size_t bar = std::min(aliases.find('|'), aliases.size());
      const std::string_view alias = trim(aliases.substr(0, bar));
      if (!alias.empty()) indicator.aliases.emplace_back(alias);
      aliases.remove_prefix(std::min(bar + 1, aliases.size()));
    }
    indicator.unit = std::string(field(kUnit));
    indicator.definition = std::string(field(kDefinition));
    indicator.source = std::string(field(kSource));
    indicator.weight = std::string(field(kWeight));
    indicator.numerator = std::string(field(kNumerator));
    indicator.denominator = std::string(field(kDenominator));
    if (const auto aggregation = parse_aggregation(field(kAggregation))) {
      indicator.aggregation = *aggregation;
    } else {
      indicator.aggregation = Aggregation::none;
      report(record.line, kAggregation, field(kAggregation),
             "agrégation " + quote_fr(field(kAggregation)) +
                 " inconnue ; attendu sum (somme), weighted_mean (moyenne_ponderee), ratio ou none (aucune) ; "
                 "l'indicateur ne sera pas agrégé");
    }
    if (const auto secret = parse_yes_no(field(kSecret))) {
      indicator.secret = *secret;
    } else {
      report(record.line, kSecret, field(kSecret),
             "valeur " + quote_fr(field(kSecret)) + " inconnue ; attendu oui ou non ; le secret reste appliqué");
    }
    const std::string_view threshold = field(kThreshold);
    if (!threshold.empty()) {
      int value = -1;
      const auto [end, error] = std::from_chars(threshold.data(), threshold.data() + threshold.size(), value);
      if (error != std::errc() || end != threshold.data() + threshold.size() || value < 0 || value > 1000000) {
        report(record.line, kThreshold, threshold,
               "seuil de secret " + quote_fr(threshold) + " invalide ; attendu un entier positif ; seuil 5 appliqué");
      } else {
        indicator.secret_threshold = value;
      }
    }
    const std::string_view protection = field(kProtection);
    if (!protection.empty()) {
      int value = -1;
      const auto [end, error] = std::from_chars(protection.data(), protection.data() + protection.size(), value);
      if (error != std::errc() || end != protection.data() + protection.size() || value < 0 || value > 1000000) {
        report(record.line, kProtection, protection,
               "protection " + quote_fr(protection) +
                   " invalide ; attendu un entier positif ; la protection vaut le seuil de secret");
      } else {
        indicator.secret_protection = value;
      }
    }
    if (const auto nature = parse_nature(field(kNature))) {
      indicator.nature = *nature;
    } else {
      report(record.line, kNature, field(kNature),
             "nature " + quote_fr(field(kNature)) + " inconnue ; attendu stock ou flux ; nature non précisée");
    }
    codes.emplace(indicator.code, catalogue.indicators_.size());
    catalogue.indicators_.push_back(std::move(indicator));
    lines.push_back(record.line);
  }

  bool known(const std::string& code) const { return codes.count(code) > 0; }

  // A reference to another indicator: present, known, not itself.
  bool check_reference(std::size_t i, Column c, const std::string& code, std::string_view role) {
    Indicator& indicator = catalogue.indicators_[i];
    std::string what;
    if (code.empty()) {
      what = std::string(role) + " manquant pour l'indicateur " + indicator.code;
    } else if (code == indicator.code) {
      what = std::string(role) + " " + quote_fr(code) + " : l'indicateur " + indicator.code + " ne peut pas se citer lui-même";
    } else if (!known(code)) {
      what = std::string(role) + " " + quote_fr(code) + " : aucun indicateur de ce code dans le fichier";
    } else {
      return true;
    }
    report(lines[i], c, code, what + " ; l'indicateur ne sera pas agrégé");
    return false;
  }

  void check_references() {
    for (std::size_t i = 0; i < catalogue.indicators_.size(); ++i) {
      Indicator& indicator = catalogue.indicators_[i];
      bool ok = true;
      if (indicator.aggregation == Aggregation::weighted_mean) {
        ok = check_reference(i, kWeight, indicator.weight, "poids (weight)");
      } else if (indicator.aggregation == Aggregation::ratio) {
        ok = check_reference(i, kNumerator, indicator.numerator, "numérateur (numerator)");
        ok = check_reference(i, kDenominator, indicator.denominator, "dénominateur (denominator)") && ok;
      }
      if (!ok) indicator.aggregation = Aggregation::none;
    }
  }

  // Every folded code, label and alias names one indicator only.
  void add_key(std::size_t i, Column c, const std::string& text) {
    const std::string key = fold_for_matching(text);
    if (key.empty()) return;
    const auto [at, inserted] = catalogue.index_.emplace(key, static_cast<IndicatorId>(i));
    if (inserted || at->second == i) return;
    const Indicator& other = catalogue.indicators_[at->second];
    report(lines[i], c, text,
           quote_fr(text) + " désigne déjà l'indicateur " + other.code + " (ligne " + std::to_string(lines[at->second]) +
               ") ; il reste attribué à " + other.code);
  }

  void build_index() {
    for (std::size_t i = 0; i < catalogue.indicators_.size(); ++i) {
      const Indicator& indicator = catalogue.indicators_[i];
      add_key(i, kCode, indicator.code);
      add_key(i, kLabel, indicator.label);
      for (const std::string& alias : indicator.aliases) add_key(i, kAliases, alias);
    }
    for (std::string_view word : kUnitWords) catalogue.unit_words_.emplace_back(word);
    for (const Indicator& indicator : catalogue.indicators_) {
      const std::string unit = fold_for_matching(indicator.unit);
      if (!unit.empty() && unit.find(' ') == std::string::npos &&
          std::find(catalogue.unit_words_.begin(), catalogue.unit_words_.end(), unit) ==
              catalogue.unit_words_.end()) {
        catalogue.unit_words_.push_back(unit);
      }
    }
  }
};

IndicatorCatalogue IndicatorCatalogue::parse(std::string_view csv_text, const std::string& file_name,
                                             std::vector<Diagnostic>& diagnostics) {
  IndicatorCatalogueBuilder builder{file_name, diagnostics, {}, {}, {}, {}, {}};
  const std::vector<CatalogueRecord> records = split_catalogue_csv(csv_text, file_name, diagnostics);
  if (records.empty()) {
    diagnostics.push_back(catalogue_diagnostic(file_name, 0, 0, {}, {},
                                               "le fichier est vide ; attendu un en-tête avec au moins code;label"));
    return {};
  }
  if (!builder.read_header(records.front())) return {};
  for (std::size_t r = 1; r < records.size(); ++r) builder.read_row(records[r]);
  builder.check_references();
  builder.build_index();
  return std::move(builder.catalogue);
}

std::optional<IndicatorId> IndicatorCatalogue::match(std::string_view text) const {
  thread_local std::string folded;
  fold_for_matching_into(text, folded);
  std::string_view key = folded;
  // Exact first; then without trailing unit words, one at a time.
  for (int dropped = 0; dropped <= 3 && !key.empty(); ++dropped) {
    if (const auto found = index_.find(key); found != index_.end()) return found->second;
    const std::size_t space = key.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? key : key.substr(space + 1);
    if (space == std::string_view::npos ||
        std::find(unit_words_.begin(), unit_words_.end(), last) == unit_words_.end()) {
      break;
    }
    key = key.substr(0, space);
  }
  return std::nullopt;
}

void IndicatorCatalogue::apply_source_secrecy(std::string_view source, std::optional<bool> secret,
                                              std::optional<int> threshold) {
  for (Indicator& indicator : indicators_) {
    if (indicator.source != source) continue;
    if (secret == false) indicator.secret = false;
    if (threshold && *threshold > indicator.secret_threshold) indicator.secret_threshold = *threshold;
  }
}

bool counts_units(const Indicator& indicator) {
  static constexpr std::string_view kCountUnits[] = {
      "personnes", "personne",   "nombre",     "effectif",   "effectifs",    "aides",      "aide",
      "dossiers",  "dossier",    "demandes",   "decisions",  "accords",      "beneficiaires",
      "salaries",  "entreprises", "etablissements", "contrats", "entrees",   "sorties",    "placements",
      "maintiens", "signalements", "accompagnements", "actions", "places", "structures", "employeurs",
  };
  const std::string unit = fold_for_matching(indicator.unit);
  for (std::string_view count : kCountUnits) {
    if (unit == count) return true;
  }
  return false;
}

}  // namespace prith
