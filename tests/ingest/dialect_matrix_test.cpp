// The dialect matrix (issue 13): every variant written by
// tests/ingest/make_dialect_matrix.py must give exactly the observations of
// its canonical table (territory, period, indicator, breakdown, value,
// status), no error or warning but the expected ones, and each expected error
// at its cell. The expectations come from the generator's own data and its own
// implementation of the number rules, never from prith.
//
// One CHECK per variant; a failure prints the variant's features and its first
// difference. At the end, a summary counts the failures by symptom and by
// feature value, so that a reader sees which class of files breaks.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "ingest/partner_file.h"
#include "test_support.h"

using namespace prith;

namespace {

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream text(test::read_file(path));
  std::string line;
  bool header = true;
  while (std::getline(text, line)) {
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> fields;
    std::size_t from = 0;
    while (true) {
      std::size_t tab = line.find('\t', from);
      fields.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
      if (tab == std::string::npos) break;
      from = tab + 1;
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

// indicator, territory ("44", "R52"), period ("2025-T4"), breakdown ("" or "sexe:H").
using Key = std::tuple<std::string, std::string, std::string, std::string>;

struct Figure {
  Key key;
  std::string status;  // ok, confidential, missing
  double value = 0;
  bool decimal = false;  // compared to 1e-9 (relative above 1) rather than exactly
  std::string place;     // where prith read it, for messages

  bool operator<(const Figure& other) const { return key < other.key; }
};

struct ExpectedError {
  std::string code;
  std::uint32_t line = 0, column = 0;
  std::string raw;
};

struct Variant {
  std::string id, table, format, file, features;
  std::vector<ExpectedError> errors;
  std::set<Key> withheld;  // the cells an expected error leaves without observation
};

std::string key_text(const Key& key) {
  std::string text = std::get<0>(key) + " " + std::get<1>(key) + " " + std::get<2>(key);
  if (!std::get<3>(key).empty()) text += " " + std::get<3>(key);
  return text;
}

std::string number_text(double value) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.12g", value);
  return buffer;
}

std::string figure_text(const Figure& figure) {
  return figure.status == "ok" ? number_text(figure.value) : figure.status;
}

bool same_value(const Figure& expected, const Figure& read) {
  if (expected.status != read.status) return false;
  if (expected.status != "ok") return true;
  if (!expected.decimal) return expected.value == read.value;
  return std::fabs(expected.value - read.value) <= 1e-9 * std::max(1.0, std::fabs(expected.value));
}

// The breakdown of an observation, as the manifest writes it.
std::string breakdown_key(const Observation& o, const test::Catalogues& catalogues) {
  return catalogues.breakdowns.key(o.breakdown);
}

std::string territory_key(const Territory& territory) {
  return territory.level == TerritoryLevel::region ? "R" + territory.code : territory.code;
}

struct Outcome {
  std::map<std::string, std::string> symptoms;  // symptom -> its first detail, for the summary
  std::string first;                            // the first difference, for the message
  std::size_t missing = 0, extra = 0, wrong = 0;

  void add(const std::string& symptom, const std::string& detail) {
    symptoms.emplace(symptom, detail);
    if (first.empty()) first = detail;
  }
};

Outcome compare(const Variant& variant, const std::vector<Figure>& canonical, const FileReading& reading,
                const test::Catalogues& catalogues) {
  Outcome outcome;
  if (reading.refused) {
    outcome.add("refused", "refusé : " + std::string(code_name(reading.refused->code)) + " " +
                               reading.refused->message);
    return outcome;
  }
  std::vector<Figure> expected;
  for (const Figure& figure : canonical) {
    if (!variant.withheld.count(figure.key)) expected.push_back(figure);
  }
  std::vector<Figure> read;
  for (const Observation& o : reading.observations) {
    Figure figure;
    figure.key = Key{catalogues.indicators.at(o.indicator).code, territory_key(catalogues.territories.at(o.territory)),
                     o.period.to_string(), breakdown_key(o, catalogues)};
    figure.status = std::string(status_name(o.status));
    figure.value = o.value;
    SourcePlace place = reading.place_of(o);
    figure.place = place.in_sheet() ? place.sheet + "!" + place.cell()
                                    : "ligne " + std::to_string(place.line) + " col. " + std::to_string(place.column);
    read.push_back(figure);
  }
  std::stable_sort(read.begin(), read.end());
  // Both sorted by key: walk them together.
  std::size_t e = 0, r = 0;
  while (e < expected.size() || r < read.size()) {
    if (r == read.size() || (e < expected.size() && expected[e].key < read[r].key)) {
      ++outcome.missing;
      outcome.add("missing observation", "observation absente : " + key_text(expected[e].key) + " = " +
                                             figure_text(expected[e]));
      ++e;
    } else if (e == expected.size() || read[r].key < expected[e].key) {
      ++outcome.extra;
      bool withheld = variant.withheld.count(read[r].key) > 0;
      outcome.add(withheld ? "observation published for an ambiguous cell" : "extra observation",
                  std::string(withheld ? "observation publiée malgré l'erreur attendue : "
                                       : "observation en trop : ") +
                      key_text(read[r].key) + " = " + figure_text(read[r]) + " (" + read[r].place + ")");
      ++r;
    } else {
      if (!same_value(expected[e], read[r])) {
        ++outcome.wrong;
        outcome.add("wrong value", "valeur fausse : " + key_text(expected[e].key) + " lu " + figure_text(read[r]) +
                                       " (" + read[r].place + "), attendu " + figure_text(expected[e]));
      }
      ++e;
      ++r;
      // The same key read twice: the second one is extra.
      while (r < read.size() && read[r].key == read[r - 1].key) {
        ++outcome.extra;
        outcome.add("extra observation", "observation en double : " + key_text(read[r].key) + " (" + read[r].place +
                                             ")");
        ++r;
      }
    }
  }

  std::vector<bool> matched(reading.diagnostics.size(), false);
  for (const ExpectedError& error : variant.errors) {
    bool found = false;
    for (std::size_t i = 0; i < reading.diagnostics.size() && !found; ++i) {
      const Diagnostic& d = reading.diagnostics[i];
      if (!matched[i] && d.severity == Severity::error && code_name(d.code) == error.code &&
          d.place.line == error.line && d.place.column == error.column && d.value == error.raw) {
        matched[i] = found = true;
      }
    }
    if (!found) {
      outcome.add("expected " + error.code + " absent",
                  "erreur attendue absente : " + error.code + " ligne " + std::to_string(error.line) + " col. " +
                      std::to_string(error.column) + " « " + error.raw + " »");
    }
  }
  for (std::size_t i = 0; i < reading.diagnostics.size(); ++i) {
    const Diagnostic& d = reading.diagnostics[i];
    if (matched[i] || d.severity == Severity::info) continue;
    std::string where = d.place.in_sheet() ? d.place.sheet + "!" + d.place.cell()
                                           : "ligne " + std::to_string(d.place.line) + " col. " +
                                                 std::to_string(d.place.column);
    outcome.add("unexpected " + std::string(severity_name(d.severity)) + " " + std::string(code_name(d.code)),
                "diagnostic inattendu : " + std::string(severity_name(d.severity)) + " " +
                    std::string(code_name(d.code)) + " " + where + " « " + d.value + " » : " + d.message);
  }
  return outcome;
}

std::vector<std::string> split_features(const std::string& features) {
  std::vector<std::string> out;
  std::istringstream words(features);
  std::string word;
  while (words >> word) out.push_back(word);
  return out;
}

}  // namespace

TEST_CASE("dialect matrix: every variant gives the canonical observations, and the ambiguous cells their error") {
  const std::string root = test::data_path("dialect-matrix/");
  REQUIRE_MESSAGE(std::filesystem::exists(root + "manifest.tsv"),
                  "MISSING: " << root << "manifest.tsv; run tests/make_test_data.sh build/test-data");
  std::map<std::string, std::vector<Figure>> canonical;  // by table, sorted by key
  for (const auto& row : read_tsv(root + "observations.tsv")) {
    REQUIRE(row.size() == 7);
    Figure figure;
    figure.key = Key{row[1], row[2], row[3], row[4]};
    figure.status = row[6];
    if (figure.status == "ok") {
      figure.value = std::strtod(row[5].c_str(), nullptr);
      figure.decimal = row[5].find('.') != std::string::npos;
    }
    canonical[row[0]].push_back(figure);
  }
  for (auto& [table, figures] : canonical) std::sort(figures.begin(), figures.end());

  std::vector<Variant> variants;
  std::map<std::string, std::size_t> index;
  for (const auto& row : read_tsv(root + "manifest.tsv")) {
    REQUIRE(row.size() == 5);
    index[row[0]] = variants.size();
    variants.push_back(Variant{row[0], row[1], row[2], row[3], row[4], {}, {}});
  }
  for (const auto& row : read_tsv(root + "errors.tsv")) {
    REQUIRE(row.size() == 9);
    REQUIRE(index.count(row[0]));
    Variant& variant = variants[index[row[0]]];
    variant.errors.push_back(ExpectedError{row[1], static_cast<std::uint32_t>(std::stoul(row[2])),
                                           static_cast<std::uint32_t>(std::stoul(row[3])), row[4]});
    if (!row[5].empty()) variant.withheld.insert(Key{row[5], row[6], row[7], row[8]});
  }
  REQUIRE(variants.size() >= 2000);

  test::Catalogues catalogues(test::read_file(test::source_path("config/indicators.csv")));
  REQUIRE(catalogues.diagnostics.empty());
  MappingCatalogues mapping = catalogues.mapping();

  std::map<std::string, std::pair<std::size_t, std::size_t>> by_feature;  // failed, total
  std::map<std::string, std::size_t> by_symptom;
  std::map<std::string, std::string> symptom_example;
  std::size_t failed = 0;
  auto started = std::chrono::steady_clock::now();
  for (const Variant& variant : variants) {
    FileReading reading = read_partner_file(root + variant.file, variant.file, mapping);
    Outcome outcome = compare(variant, canonical[variant.table], reading, catalogues);
    bool ok = outcome.symptoms.empty();
    std::vector<std::string> features = split_features(variant.features);
    features.push_back("table=" + variant.table);
    features.push_back("format=" + variant.format);
    for (const std::string& feature : features) {
      auto& [feature_failed, total] = by_feature[feature];
      ++total;
      feature_failed += !ok;
    }
    if (!ok) {
      ++failed;
      for (const auto& [symptom, detail] : outcome.symptoms) {
        if (by_symptom[symptom]++ == 0) symptom_example[symptom] = variant.id + ": " + detail;
      }
    }
    INFO(variant.id << " (" << variant.file << ") " << variant.features);
    INFO(outcome.missing << " absentes, " << outcome.extra << " en trop, " << outcome.wrong << " fausses");
    CHECK_MESSAGE(ok, outcome.first);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  std::ostringstream summary;
  summary << "dialect matrix: " << variants.size() << " variants read in " << number_text(seconds) << " s, "
          << failed << " failed\n";
  if (failed > 0) {
    summary << "failures by symptom (first variant):\n";
    for (const auto& [symptom, count] : by_symptom) {
      summary << "  " << count << "  " << symptom << "  — " << symptom_example[symptom] << "\n";
    }
    summary << "failures by feature value (failed/total):\n";
    std::vector<std::tuple<double, std::string, std::size_t, std::size_t>> rates;
    for (const auto& [feature, counts] : by_feature) {
      rates.emplace_back(-double(counts.first) / double(counts.second), feature, counts.first, counts.second);
    }
    std::sort(rates.begin(), rates.end());
    for (const auto& [rate, feature, feature_failed, total] : rates) {
      summary << "  " << feature_failed << "/" << total << "  " << feature << "\n";
    }
  }
  MESSAGE(summary.str());
}
