#include "store/latest_figures.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "ingest/text_memo.h"

namespace prith {

namespace {

// Maps the codes read back from the store to the current catalogues' ids.
// A national store repeats the same few hundred texts: each is read once.
class CodeMapper {
 public:
  CodeMapper(const TerritoryCatalogue& territories, const IndicatorCatalogue& indicators)
      : territories_(territories), indicators_(indicators) {}

  std::optional<IndicatorId> indicator(std::string_view code) {
    return indicator_memo_.get(code, [&]() -> std::optional<IndicatorId> {
      for (std::size_t i = 0; i < indicators_.all().size(); ++i)
        if (indicators_.all()[i].code == code) return static_cast<IndicatorId>(i);
      return std::nullopt;
    });
  }

  std::optional<TerritoryId> territory(std::string_view level, std::string_view code) {
    TextMemo<std::optional<TerritoryId>>& memo = level == "departement" ? departements_
                                                 : level == "region"    ? regions_
                                                                        : countries_;
    TerritoryLevel wanted = level == "departement" ? TerritoryLevel::departement
                            : level == "region"    ? TerritoryLevel::region
                                                   : TerritoryLevel::country;
    if (level_name(wanted) != level) return std::nullopt;
    return memo.get(code, [&] { return territories_.find(wanted, code); });
  }

  std::optional<Period> period(std::string_view text) {
    return period_memo_.get(text, [&] { return parse_period(text); });
  }

 private:
  const TerritoryCatalogue& territories_;
  const IndicatorCatalogue& indicators_;
  TextMemo<std::optional<IndicatorId>> indicator_memo_;
  TextMemo<std::optional<TerritoryId>> departements_, regions_, countries_;
  TextMemo<std::optional<Period>> period_memo_;
};

ObservationStatus status_from(std::string_view name) {
  if (name == "ok") return ObservationStatus::ok;
  if (name == "confidential") return ObservationStatus::confidential;
  return ObservationStatus::missing;
}

// Calls `visit(batch, key, row)` for every stored observation the
// catalogues know, in the order batches were stored: rowids only grow
// (nothing is ever deleted), so rowid order is batch order and needs no sort.
template <typename Visit>
void scan_observations(Store& store, const TerritoryCatalogue& territories, const IndicatorCatalogue& indicators,
                       const std::string& columns, Visit visit) {
  CodeMapper mapper(territories, indicators);
  Statement query(store.database(),
                  "SELECT batch, indicator, territory_level, territory, period" + columns + " FROM observations"
                  " WHERE breakdown = '' ORDER BY rowid");
  while (query.step()) {
    std::optional<IndicatorId> indicator = mapper.indicator(query.text_view(1));
    std::optional<TerritoryId> territory = mapper.territory(query.text_view(2), query.text_view(3));
    std::optional<Period> period = mapper.period(query.text_view(4));
    if (indicator && territory && period) visit(query.integer(0), figure_key(*indicator, *territory, *period), query);
  }
}

struct BatchInfo {
  std::string source, file, read_at;
};

std::map<std::int64_t, BatchInfo> read_batch_infos(Store& store) {
  std::map<std::int64_t, BatchInfo> batches;
  Statement query(store.database(), "SELECT id, source, file, read_at FROM batches");
  while (query.step()) batches[query.integer(0)] = BatchInfo{query.text(1), query.text(2), query.text(3)};
  return batches;
}

// The newest value of one key while scanning, kept small: strings are
// only attached once, at the end.
struct Newest {
  std::uint64_t key = 0;
  std::int64_t batch = 0;
  std::int64_t revised_by = 0;  // 0: never revised
  double value = 0;
  ObservationStatus status = ObservationStatus::missing;
  bool provisional = false;
};

// Partners mark provisional figures in a comment ("Données provisoires",
// "provisoire jusqu'à la clôture"): a word, not a column of its own.
bool says_provisional(std::string_view comment) {
  if (comment.empty()) return false;
  std::string folded = fold_for_matching(comment);
  return folded.find("provisoire") != std::string::npos;
}

}  // namespace

std::uint64_t figure_key(IndicatorId indicator, TerritoryId territory, const Period& period) {
  return (std::uint64_t{indicator} << 48) | (std::uint64_t{territory} << 32) |
         (std::uint64_t{static_cast<std::uint16_t>(period.year)} << 16) |
         (std::uint64_t{static_cast<std::uint8_t>(period.kind)} << 8) | period.index;
}

std::unordered_set<std::uint64_t> stored_figure_keys(Store& store, const TerritoryCatalogue& territories,
                                                     const IndicatorCatalogue& indicators) {
  std::unordered_set<std::uint64_t> keys;
  scan_observations(store, territories, indicators, "",
                    [&](std::int64_t, std::uint64_t key, const Statement&) { keys.insert(key); });
  return keys;
}

std::vector<StoredFigure> latest_figures(Store& store, const TerritoryCatalogue& territories,
                                         const IndicatorCatalogue& indicators) {
  std::vector<Newest> newest;
  std::unordered_map<std::uint64_t, std::size_t> index;  // key -> position in newest
  // Every row may be a new key (a store without revisions): no rehashing
  // then; with revisions, a few spare buckets.
  index.reserve(static_cast<std::size_t>(store.database().single_integer("SELECT max(rowid) FROM observations")));
  scan_observations(store, territories, indicators, ", status, value, comment",
                    [&](std::int64_t batch, std::uint64_t key, const Statement& row) {
                      ObservationStatus status = status_from(row.text_view(5));
                      double value = status == ObservationStatus::ok ? row.real(6) : 0;
                      bool provisional = says_provisional(row.text_view(7));
                      auto [found, added] = index.try_emplace(key, newest.size());
                      if (added) {
                        newest.push_back(Newest{key, batch, 0, value, status, provisional});
                        return;
                      }
                      Newest& figure = newest[found->second];
                      // A different value from an earlier batch is a revision; a
                      // second value inside the same batch is the file's own
                      // conflict (reported by its diagnostics), not a revision.
                      bool same = figure.status == status && figure.value == value;
                      if (!same && figure.batch != batch) figure.revised_by = batch;
                      figure.batch = batch;
                      figure.status = status;
                      figure.value = value;
                      figure.provisional = provisional;
                    });
  index = {};
  std::sort(newest.begin(), newest.end(), [](const Newest& a, const Newest& b) { return a.key < b.key; });

  std::map<std::int64_t, BatchInfo> batches = read_batch_infos(store);
  std::vector<StoredFigure> figures(newest.size());
  for (std::size_t i = 0; i < newest.size(); ++i) {
    const Newest& from = newest[i];
    StoredFigure& figure = figures[i];
    figure.indicator = static_cast<IndicatorId>(from.key >> 48);
    figure.territory = static_cast<TerritoryId>(from.key >> 32);
    figure.period.year = static_cast<std::int16_t>(from.key >> 16);
    figure.period.kind = static_cast<Period::Kind>((from.key >> 8) & 0xff);
    figure.period.index = static_cast<std::uint8_t>(from.key & 0xff);
    figure.status = from.status;
    figure.value = from.value;
    figure.provisional = from.provisional;
    const BatchInfo& batch = batches[from.batch];
    figure.source = batch.source;
    figure.file = batch.file;
    figure.read_at = batch.read_at;
    if (from.revised_by != 0) figure.revised_at = batches[from.revised_by].read_at.substr(0, 10);
  }
  return figures;
}

}  // namespace prith
