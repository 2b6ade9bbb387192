#include "store/latest_figures.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

namespace prith {

namespace {

// Maps the codes read back from the store to the current catalogues' ids,
// remembering each text: a national store repeats the same few hundred.
class CodeMapper {
 public:
  CodeMapper(const TerritoryCatalogue& territories, const IndicatorCatalogue& indicators) : territories_(territories) {
    for (std::size_t i = 0; i < indicators.all().size(); ++i)
      indicators_.emplace(indicators.all()[i].code, static_cast<IndicatorId>(i));
  }

  std::optional<IndicatorId> indicator(std::string_view code) const {
    auto found = indicators_.find(std::string(code));
    if (found == indicators_.end()) return std::nullopt;
    return found->second;
  }

  std::optional<TerritoryId> territory(std::string_view level, std::string_view code) {
    std::string key = std::string(level) + '|' + std::string(code);
    auto found = territory_memo_.find(key);
    if (found != territory_memo_.end()) return found->second;
    std::optional<TerritoryId> id;
    for (TerritoryLevel candidate : {TerritoryLevel::departement, TerritoryLevel::region, TerritoryLevel::country})
      if (level_name(candidate) == level) id = territories_.find(candidate, code);
    territory_memo_.emplace(key, id);
    return id;
  }

  std::optional<Period> period(std::string_view text) {
    auto found = period_memo_.find(std::string(text));
    if (found != period_memo_.end()) return found->second;
    std::optional<Period> period = parse_period(text);
    period_memo_.emplace(std::string(text), period);
    return period;
  }

 private:
  const TerritoryCatalogue& territories_;
  std::unordered_map<std::string, IndicatorId> indicators_;
  std::unordered_map<std::string, std::optional<TerritoryId>> territory_memo_;
  std::unordered_map<std::string, std::optional<Period>> period_memo_;
};

ObservationStatus status_from(std::string_view name) {
  if (name == "ok") return ObservationStatus::ok;
  if (name == "confidential") return ObservationStatus::confidential;
  return ObservationStatus::missing;
}

bool same_figure(const StoredFigure& a, ObservationStatus status, double value) {
  if (a.status != status) return false;
  return status != ObservationStatus::ok || a.value == value;
}

// Calls `visit(batch, indicator, territory, period, row)` for every stored
// observation the catalogues know, in the order batches were stored.
template <typename Visit>
void scan_observations(Store& store, const TerritoryCatalogue& territories, const IndicatorCatalogue& indicators,
                       const std::string& columns, Visit visit) {
  CodeMapper mapper(territories, indicators);
  Statement query(store.database(), "SELECT o.batch, o.indicator, o.territory_level, o.territory, o.period" + columns +
                                        " FROM observations o JOIN batches b ON b.id = o.batch ORDER BY o.batch,"
                                        " o.rowid");
  while (query.step()) {
    std::optional<IndicatorId> indicator = mapper.indicator(query.text_view(1));
    std::optional<TerritoryId> territory = mapper.territory(query.text_view(2), query.text_view(3));
    std::optional<Period> period = mapper.period(query.text_view(4));
    if (indicator && territory && period) visit(query.integer(0), *indicator, *territory, *period, query);
  }
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
                    [&](std::int64_t, IndicatorId indicator, TerritoryId territory, const Period& period,
                        const Statement&) { keys.insert(figure_key(indicator, territory, period)); });
  return keys;
}

std::vector<StoredFigure> latest_figures(Store& store, const TerritoryCatalogue& territories,
                                         const IndicatorCatalogue& indicators) {
  std::vector<StoredFigure> figures;
  std::unordered_map<std::uint64_t, std::size_t> index;  // key -> position in figures
  std::vector<std::int64_t> last_batch;                   // beside figures
  // Columns 5..: status, value, source, file, read_at
  scan_observations(store, territories, indicators, ", o.status, o.value, b.source, b.file, b.read_at",
                    [&](std::int64_t batch, IndicatorId indicator, TerritoryId territory, const Period& period,
                        const Statement& row) {
                      ObservationStatus status = status_from(row.text_view(5));
                      double value = row.is_null(6) ? 0 : row.real(6);
                      auto [found, added] = index.try_emplace(figure_key(indicator, territory, period), figures.size());
                      if (added) {
                        StoredFigure figure;
                        figure.indicator = indicator;
                        figure.territory = territory;
                        figure.period = period;
                        figures.push_back(std::move(figure));
                        last_batch.push_back(batch);
                      }
                      StoredFigure& figure = figures[found->second];
                      std::string read_at = row.text(9);
                      // A different value from an earlier batch is a revision; a
                      // second value inside the same batch is the file's own
                      // conflict (reported by its diagnostics), not a revision.
                      if (!added && !same_figure(figure, status, value) && last_batch[found->second] != batch)
                        figure.revised_at = read_at.substr(0, 10);
                      last_batch[found->second] = batch;
                      figure.status = status;
                      figure.value = status == ObservationStatus::ok ? value : 0;
                      figure.source = row.text(7);
                      figure.file = row.text(8);
                      figure.read_at = std::move(read_at);
                    });
  std::sort(figures.begin(), figures.end(), [](const StoredFigure& a, const StoredFigure& b) {
    return figure_key(a.indicator, a.territory, a.period) < figure_key(b.indicator, b.territory, b.period);
  });
  return figures;
}

}  // namespace prith
