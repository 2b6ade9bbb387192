#include "catalogue/territory_resolver.h"

#include <algorithm>
#include <utility>

#include "catalogue/text_folding.h"

namespace prith {

namespace {

using Pair = std::pair<std::string_view, std::string_view>;

// Abbreviations partners use in names ("Hte-Garonne", "Seine-St-Denis"),
// expanded word by word before any matching.
constexpr std::array<Pair, 8> kAbbreviations = {{{"hte", "haute"}, {"htes", "hautes"}, {"ht", "haut"},
                                                 {"hts", "hauts"}, {"st", "saint"}, {"ste", "sainte"},
                                                 {"sts", "saints"}, {"stes", "saintes"}}};

// Other names of a territory, given as (alias, folded catalogue name). No
// acronym is ever guessed ("PDL", "PACA"): only full names.
constexpr std::array<Pair, 2> kAliases = {{{"guyane francaise", "guyane"}, {"france entiere", "france"}}};

constexpr std::array<std::string_view, 4> kArticles = {"la ", "le ", "les ", "l "};

// Words that do not make an abbreviated name recognisable on their own.
constexpr std::array<std::string_view, 11> kFunctionWords = {"d",  "de", "des", "du",  "en", "et",
                                                             "l",  "la", "le",  "les", "sur"};

// Leading words that name a level: "Département de la Loire", "Région Bretagne".
struct LevelWord {
  std::string_view word;
  LevelHint hint;
};
constexpr std::array<LevelWord, 5> kLevelWords = {{{"departement", LevelHint::departement},
                                                   {"dept", LevelHint::departement},
                                                   {"dep", LevelHint::departement},
                                                   {"region", LevelHint::region},
                                                   {"reg", LevelHint::region}}};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool matches_hint(TerritoryLevel level, LevelHint hint) {
  switch (hint) {
    case LevelHint::any: return true;
    case LevelHint::departement: return level == TerritoryLevel::departement;
    case LevelHint::region: return level == TerritoryLevel::region;
    case LevelHint::country: return level == TerritoryLevel::country;
  }
  return true;
}

}  // namespace

void TerritoryResolver::add(Index& index, const std::string& key, TerritoryId id) {
  std::vector<TerritoryId>& ids = index[key];
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

TerritoryResolver::TerritoryResolver(const TerritoryCatalogue& catalogue, const FormerNameCatalogue* former_names)
    : catalogue_(&catalogue) {
  std::vector<std::string> name_keys;  // in catalogue order, for name_words_
  const auto add_name = [&](const std::string& key, TerritoryId id) {
    if (key.empty()) return;
    if (!names_.count(key)) name_keys.push_back(key);
    add(names_, key, id);
  };
  const std::vector<Territory>& all = catalogue.all();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Territory& t = all[i];
    const auto id = static_cast<TerritoryId>(i);
    const std::string code = fold_for_matching(t.code);
    add(codes_, code, id);
    const bool leading_zero = code.size() == 2 && code[0] == '0' && all_digits(code);
    if (t.level == TerritoryLevel::departement && code.size() == 2) {
      add(codes_, std::string("0").append(code), id);   // "044", "02a"
      if (leading_zero) add(codes_, code.substr(1), id);  // "1" for 01: a number cell lost its zero
    }
    if (t.level == TerritoryLevel::region) {
      for (const std::string& c : leading_zero ? std::vector<std::string>{code, code.substr(1)}
                                               : std::vector<std::string>{code}) {
        if (c != code) add(codes_, c, id);  // "1" for 01
        add(codes_, std::string("r").append(c), id);
        add(codes_, std::string("r ").append(c), id);
      }
    }
    const std::string name = fold_for_matching(t.name);
    add_name(name, id);
    for (std::string_view article : kArticles) {
      if (name.size() > article.size() && name.compare(0, article.size(), article) == 0) {
        add_name(name.substr(article.size()), id);  // "Réunion" for "La Réunion"
      }
    }
  }
  // "20", Corsica's code before 1976, is either of its two départements.
  const auto south = catalogue.find(TerritoryLevel::departement, "2A");
  const auto north = catalogue.find(TerritoryLevel::departement, "2B");
  if (south && north && !codes_.count("20")) {
    add(codes_, "20", *south);
    add(codes_, "20", *north);
  }
  for (const auto& [alias, target] : kAliases) {
    const auto found = names_.find(target);
    if (found == names_.end()) continue;
    const std::vector<TerritoryId> ids = found->second;
    for (TerritoryId id : ids) add_name(std::string(alias), id);
  }
  // Former names come last: a spelling today's names already hold stays theirs.
  if (former_names != nullptr) {
    for (const FormerName& former : former_names->all()) {
      const std::string key = fold_for_matching(former.name);
      if (key.empty() || names_.count(key)) continue;
      for (TerritoryId id : former.ids) add_name(key, id);
      former_.emplace(key, &former);
    }
  }
  for (const std::string& key : name_keys) {
    NameWords entry;
    std::size_t pos = 0;
    while (pos <= key.size()) {
      const std::size_t end = std::min(key.find(' ', pos), key.size());
      entry.words.push_back(key.substr(pos, end - pos));
      pos = end + 1;
    }
    entry.ids = names_.at(key);
    entry.former = former_of(key);
    name_words_.push_back(std::move(entry));
  }
}

const FormerName* TerritoryResolver::former_of(std::string_view key) const {
  const auto found = former_.find(key);
  return found == former_.end() ? nullptr : found->second;
}

TerritoryResolution TerritoryResolver::resolve(std::string_view text) const {
  return resolve(text, LevelHint::any);
}

TerritoryResolution TerritoryResolver::resolve(std::string_view text, LevelHint hint) const {
  // Per-thread buffers: no allocation per call once they have grown.
  thread_local std::string folded, expanded;
  fold_for_matching_into(text, folded);
  expanded.clear();
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < folded.size();) {
    const std::size_t end = std::min(folded.find(' ', pos), folded.size());
    std::string_view word(folded.data() + pos, end - pos);
    for (const auto& [abbreviation, full] : kAbbreviations) {
      if (word == abbreviation) word = full;
    }
    if (++count > kMaxWords) return {};  // no territory name is that long
    if (!expanded.empty()) expanded.push_back(' ');
    expanded.append(word);
    pos = end + 1;
  }
  Words words;
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < expanded.size();) {
    const std::size_t end = std::min(expanded.find(' ', pos), expanded.size());
    words[n++] = std::string_view(expanded.data() + pos, end - pos);
    pos = end + 1;
  }

  std::size_t first = 0;
  if (n - first > 1 && (words[first] == "total" || words[first] == "ensemble")) ++first;
  for (const LevelWord& level : kLevelWords) {
    if (n - first > 1 && words[first] == level.word) {
      hint = level.hint;
      ++first;
      if (n - first > 2 && words[first] == "de" && (words[first + 1] == "la" || words[first + 1] == "l")) {
        first += 2;
      } else if (n - first > 1 && (words[first] == "de" || words[first] == "du" || words[first] == "des" ||
                                   words[first] == "d")) {
        ++first;
      }
      break;
    }
  }
  return resolve_words(words, first, n, hint);
}

namespace {

// The words first..last as one view of the buffer they were cut from.
std::string_view joined(const std::array<std::string_view, 16>& words, std::size_t first, std::size_t last) {
  const char* begin = words[first].data();
  const char* end = words[last - 1].data() + words[last - 1].size();
  return std::string_view(begin, static_cast<std::size_t>(end - begin));
}

// A split département's former name names all its heirs, whatever code is
// written beside it: "78 Seine-et-Oise" is the old 78, not the Yvelines.
TerritoryResolution split_former(const FormerName& former) {
  TerritoryResolution result;
  result.kind = TerritoryResolution::Kind::ambiguous;
  result.candidates = former.ids;
  std::sort(result.candidates.begin(), result.candidates.end());
  result.former = &former;
  return result;
}

TerritoryResolution with_former(TerritoryResolution result, const FormerName* former) {
  if (result.kind != TerritoryResolution::Kind::unknown) result.former = former;
  return result;
}

}  // namespace

TerritoryResolution TerritoryResolver::resolve_words(const Words& words, std::size_t first, std::size_t last,
                                                     LevelHint hint) const {
  if (first >= last) return {};
  const std::string_view whole = joined(words, first, last);
  if (const auto found = codes_.find(whole); found != codes_.end()) return decide(found->second, hint);
  if (const auto found = names_.find(whole); found != names_.end()) {
    const FormerName* former = former_of(whole);
    if (former != nullptr && former->split()) return split_former(*former);
    return with_former(decide(found->second, hint), former);
  }

  // A code and a name: "44 - Loire-Atlantique", "Loire Atlantique (44)",
  // "R52 Pays de la Loire". Both must name the same territory.
  const std::vector<TerritoryId>* by_code = nullptr;
  std::size_t name_first = first, name_last = last;
  if (last - first >= 2) {
    if (const auto found = codes_.find(words[first]); found != codes_.end()) {
      by_code = &found->second, name_first = first + 1;
    } else if (const auto with_r = codes_.find(joined(words, first, first + 2));
               last - first >= 3 && words[first] == "r" && with_r != codes_.end()) {
      by_code = &with_r->second, name_first = first + 2;
    } else if (const auto trailing = codes_.find(words[last - 1]); trailing != codes_.end()) {
      by_code = &trailing->second, name_last = last - 1;
    }
  }
  // Per-thread scratch vectors: no allocation once they have grown.
  thread_local std::vector<TerritoryId> scratch, both;
  const FormerName* former = nullptr;
  const std::vector<TerritoryId>& by_name = match_name(words, name_first, name_last, scratch, former);
  if (by_name.empty()) return {};
  if (former != nullptr && former->split()) return split_former(*former);
  if (!by_code) return with_former(decide(by_name, hint), former);

  both.clear();
  for (TerritoryId id : by_name) {
    if (std::find(by_code->begin(), by_code->end(), id) != by_code->end()) both.push_back(id);
  }
  if (!both.empty()) return with_former(decide(both, hint), former);
  // "44 - Maine-et-Loire": the code and the name disagree. Never pick one.
  TerritoryResolution result;
  result.kind = TerritoryResolution::Kind::ambiguous;
  result.candidates = by_name;
  result.candidates.insert(result.candidates.end(), by_code->begin(), by_code->end());
  std::sort(result.candidates.begin(), result.candidates.end());
  result.candidates.erase(std::unique(result.candidates.begin(), result.candidates.end()), result.candidates.end());
  result.former = former;
  return result;
}

// Exact folded name first; else every name with as many words, each one
// starting with the word given, and at least one given word complete and
// meaningful ("Loire-Atl." is Loire-Atlantique; "L. A." is nothing).
const std::vector<TerritoryId>& TerritoryResolver::match_name(const Words& words, std::size_t first,
                                                              std::size_t last,
                                                              std::vector<TerritoryId>& ids,
                                                              const FormerName*& former) const {
  ids.clear();
  former = nullptr;
  if (first >= last) return ids;
  if (const auto found = names_.find(joined(words, first, last)); found != names_.end()) {
    former = former_of(found->first);
    return found->second;
  }
  const std::size_t count = last - first;
  // The former name when only one, and no name of today, matched.
  const FormerName* only_former = nullptr;
  bool other_names = false;
  for (const NameWords& name : name_words_) {
    if (name.words.size() != count) continue;
    bool prefixes = true, one_complete = false;
    for (std::size_t i = 0; i < count && prefixes; ++i) {
      const std::string_view given = words[first + i];
      const std::string& word = name.words[i];
      prefixes = word.compare(0, given.size(), given) == 0 && given.size() <= word.size();
      if (given.size() == word.size() && !contains(kFunctionWords, given)) one_complete = true;
    }
    if (!prefixes || !one_complete) continue;
    if (name.former == nullptr || (only_former != nullptr && only_former != name.former)) other_names = true;
    if (name.former != nullptr) only_former = name.former;
    for (TerritoryId id : name.ids) {
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  }
  if (!other_names) former = only_former;
  return ids;
}

TerritoryResolution TerritoryResolver::decide(const std::vector<TerritoryId>& candidates, LevelHint hint) const {
  TerritoryResolution result;
  if (candidates.size() == 1) {
    result.kind = TerritoryResolution::Kind::found;
    result.id = candidates.front();
    return result;
  }
  std::size_t matching = 0;
  for (TerritoryId id : candidates) {
    if (matches_hint(catalogue_->at(id).level, hint)) {
      ++matching;
      result.id = id;
    }
  }
  if (matching == 1) {
    result.kind = TerritoryResolution::Kind::found;
    return result;
  }
  result.id = 0;
  result.kind = TerritoryResolution::Kind::ambiguous;
  for (TerritoryId id : candidates) {
    if (matching == 0 || matches_hint(catalogue_->at(id).level, hint)) result.candidates.push_back(id);
  }
  std::sort(result.candidates.begin(), result.candidates.end());
  return result;
}

}  // namespace prith
