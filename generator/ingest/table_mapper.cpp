#include "ingest/table_mapper.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>
#include <tuple>
#include <filesystem>

#include "catalogue/number_parser.h"
#include "core/french_format.h"
#include "core/json_writer.h"
#include "ingest/duplicate_check.h"

namespace prith {

namespace {

// Rows held back to find a header; title blocks are shorter than this.
constexpr std::size_t kHeaderSampleRows = 40;
// Rows held back while a territory column has shown only codes that name
// two levels; past this, they are reported as ambiguous.
constexpr std::size_t kMaxPendingRows = 10000;

// "44", "044", "2A", "971": a code alone, which may name a département
// or a région of the same number.
bool is_bare_code(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty() || text.size() > 3) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool corsica = i + 1 == text.size() && (c == 'A' || c == 'B' || c == 'a' || c == 'b');
    if (!std::isdigit(static_cast<unsigned char>(c)) && !corsica) return false;
  }
  return true;
}

bool is_blank(const RawCell* cell) {
  return cell == nullptr || cell->kind == CellKind::empty ||
         (cell->kind == CellKind::text && cell->text.find_first_not_of(" \t") == std::string::npos);
}

// "Total", "Ensemble", "Total général": a total row, read for the
// cross-check only. "Total Pays de la Loire" names a territory after "total".
bool is_total_label(std::string_view folded, std::string& named_territory) {
  static constexpr std::string_view kTotals[] = {"total", "ensemble", "total general", "tous departements",
                                                 "total departements", "ensemble des departements"};
  for (std::string_view total : kTotals) {
    if (folded == total) {
      named_territory.clear();
      return true;
    }
  }
  for (std::string_view prefix : {std::string_view("total "), std::string_view("ensemble ")}) {
    if (folded.substr(0, prefix.size()) == prefix) {
      named_territory = std::string(folded.substr(prefix.size()));
      return true;
    }
  }
  return false;
}

// A header that names the level ("Région", "Département") settles codes
// that are both, such as 52 (Haute-Marne, or the région Pays de la Loire).
// Otherwise the project's perimeter may: in a project of the région 52,
// "44" is Loire-Atlantique, not the région Grand Est.
TerritoryResolution resolve_in_context(const MappingCatalogues& catalogues, std::string_view text,
                                       std::optional<TerritoryLevel> level) {
  LevelHint hint = LevelHint::any;
  if (level == TerritoryLevel::departement) hint = LevelHint::departement;
  if (level == TerritoryLevel::region) hint = LevelHint::region;
  TerritoryResolution resolution = catalogues.resolver.resolve(text, hint);
  if (resolution.kind != TerritoryResolution::Kind::ambiguous || catalogues.region.empty()) return resolution;
  std::vector<TerritoryId> in_perimeter;
  for (TerritoryId id : resolution.candidates) {
    const Territory& territory = catalogues.territories.at(id);
    if (territory.code == catalogues.region || territory.parent == catalogues.region) in_perimeter.push_back(id);
  }
  if (in_perimeter.size() == 1) return TerritoryResolution{TerritoryResolution::Kind::found, in_perimeter[0], {}};
  return resolution;
}

std::string territory_label(const Territory& territory) { return territory.code + " " + territory.name; }

}  // namespace

TableMapper::TableMapper(const MappingCatalogues& catalogues, std::string file_stem, FileReading& out)
    : catalogues_(catalogues), file_stem_(std::move(file_stem)), out_(out) {}

void TableMapper::begin_table(const TableInfo& table) {
  table_ = table;
  sheet_index_ = 0;
  if (!table.sheet.empty()) {
    out_.sheets.push_back(table.sheet);
    sheet_index_ = static_cast<std::uint8_t>(std::min<std::size_t>(out_.sheets.size(), 255));
  }
  sample_.clear();
  layout_.reset();
  layout_failed_ = false;
  territory_memo_.clear();  // each table's column may name another level
  table_rows_ = 0;
  numbers_as_text_ = 0;
  totals_.clear();
  table_first_observation_ = out_.observations.size();
}

void TableMapper::row(const RawRow& row) {
  ++table_rows_;
  if (layout_) {
    map_row(row);
    return;
  }
  if (layout_failed_) return;
  sample_.push_back(row);
  if (sample_.size() == kHeaderSampleRows) start_mapping();
}

void TableMapper::start_mapping() {
  LayoutContext context{catalogues_.indicators, catalogues_.resolver,
                        table_.sheet.empty() ? file_stem_ : table_.sheet, table_.date1904};
  LayoutFailure failure;
  layout_ = detect_layout(sample_, context, failure);
  if (!layout_) {
    layout_failed_ = true;
    if (!report_notice_or_empty_table()) {
      report(Severity::error, DiagnosticCode::header_not_found, 0, 0, "", failure.message);
    }
    sample_.clear();
    return;
  }
  for (const auto& [column, header] : layout_->ignored_columns) {
    report(Severity::warning, DiagnosticCode::column_ignored, sample_[layout_->header_first].line, column, header,
           "Colonne " + quote_fr(header) +
               " ignorée : ce n'est ni un indicateur du catalogue (indicators.csv, colonnes label et aliases), ni "
               "une période, ni une colonne connue (territoire, période, indicateur, valeur, commentaire, lien). "
               "S'il s'agit d'un indicateur, ajoutez ce libellé à ses alias.");
  }
  // A value column whose indicator or period nobody names is left out,
  // with an error; the other columns of the table are still read.
  bool needs_indicator = layout_->indicator_column == 0 && !layout_->table_indicator;
  bool needs_period = layout_->period_column == 0 && !layout_->table_period;
  std::uint32_t header_line = sample_[layout_->header_first].line;
  std::erase_if(layout_->value_columns, [&](const auto& entry) {
    const auto& [column, binding] = entry;
    if (needs_indicator && !binding.indicator) {
      report(Severity::error, DiagnosticCode::layout_unknown, header_line, column, binding.header,
             "Impossible de savoir quel indicateur contient la colonne " + quote_fr(binding.header) +
                 " : ni son en-tête, ni une colonne « Indicateur », ni le nom de la feuille ou du fichier ne le "
                 "disent. Ajoutez ce libellé aux alias de l'indicateur dans indicators.csv ; la colonne n'est pas "
                 "lue.");
      return true;
    }
    if (needs_period && !binding.period) {
      report(Severity::error, DiagnosticCode::layout_unknown, header_line, column, binding.header,
             "Impossible de savoir quelle période contient la colonne " + quote_fr(binding.header) +
                 " : ni son en-tête (« T3 2025 », une date), ni une colonne « Période », ni le nom de la feuille ne la disent ; la colonne "
                 "n'est pas lue.");
      return true;
    }
    return false;
  });
  if (layout_->value_columns.empty()) {
    layout_failed_ = true;
    layout_.reset();
    sample_.clear();
    return;
  }
  report_layout(header_line);
  std::vector<RawRow> rows = std::move(sample_);
  sample_.clear();
  for (std::size_t r = layout_->data_first; r < rows.size(); ++r) map_row(rows[r]);
}

// Says how the table was understood, so that a pilot can check it.
void TableMapper::report_layout(std::uint32_t header_line) {
  const bool in_sheet = !table_.sheet.empty();
  auto column_fr = [&](std::uint32_t column) {
    return "colonne " + (in_sheet ? column_letters(column) : std::to_string(column));
  };
  std::uint32_t header_last = sample_[layout_->data_first - 1].line;
  std::string text = "Tableau lu en " + layout_->describe_fr() + " : en-tête " +
                     (header_last == header_line ? "ligne " + std::to_string(header_line)
                                                 : "lignes " + std::to_string(header_line) + " à " +
                                                       std::to_string(header_last)) +
                     ", territoires en " + column_fr(layout_->territory_column) + ", ";
  if (layout_->period_column != 0) text += "périodes en " + column_fr(layout_->period_column) + ", ";
  if (layout_->indicator_column != 0) text += "indicateurs en " + column_fr(layout_->indicator_column) + ", ";
  text += count_fr(layout_->value_columns.size(), "colonne de valeurs", "colonnes de valeurs");
  if (layout_->indicator_column == 0 && layout_->table_indicator) {
    text += ", indicateur " + catalogues_.indicators.at(*layout_->table_indicator).code + " d'après le nom " +
            (in_sheet ? "de la feuille" : "du fichier ou le titre");
  }
  if (layout_->period_column == 0 && layout_->table_period) {
    text += ", période " + layout_->table_period->to_string() + " d'après le nom " +
            (in_sheet ? "de la feuille" : "du fichier");
  }
  report(Severity::info, DiagnosticCode::layout_detected, header_line, layout_->territory_column, "", text + ".");
}

bool TableMapper::report_notice_or_empty_table() {
  bool notice = !table_.sheet.empty() && is_notice_sheet_name(table_.sheet);
  if (notice) {
    report(Severity::info, DiagnosticCode::sheet_skipped, 0, 0, table_.sheet,
           "Feuille " + quote_fr(table_.sheet) + " ignorée : c'est une notice, pas un tableau de données.");
    return true;
  }
  bool any_value = false;
  for (const RawRow& row : sample_) {
    for (const RawCell& cell : row.cells) any_value |= !is_blank(&cell);
  }
  if (!any_value) {
    report(Severity::info, DiagnosticCode::sheet_empty, 0, 0, table_.sheet,
           table_.sheet.empty() ? std::string("Le fichier ne contient aucune donnée.")
                                : "Feuille " + quote_fr(table_.sheet) + " vide : rien à lire.");
    return true;
  }
  return false;
}

void TableMapper::replay_pending_rows() {
  std::vector<RawRow> rows = std::move(pending_rows_);
  pending_rows_.clear();
  std::size_t replayed_first = out_.observations.size();
  for (const RawRow& row : rows) map_row(row);
  merge_in_file_order(replayed_first);
}

// Replayed rows were mapped after rows that follow them in the file: merge
// the two sorted runs of this table back into the order of the file. One
// cell gives one observation, so (line, column) is unique within a table.
void TableMapper::merge_in_file_order(std::size_t replayed_first) {
  auto first = out_.observations.begin() + static_cast<std::ptrdiff_t>(table_first_observation_);
  auto middle = out_.observations.begin() + static_cast<std::ptrdiff_t>(replayed_first);
  auto place_key = [](const Observation& o) { return std::make_pair(o.line, o.column); };
  auto before = [&](const Observation& a, const Observation& b) { return place_key(a) < place_key(b); };
  std::vector<std::pair<std::size_t, std::pair<std::uint32_t, std::uint16_t>>> moved_notes;
  for (std::size_t i = 0; i < out_.notes.size(); ++i) {
    if (out_.notes[i].observation >= table_first_observation_) {
      moved_notes.emplace_back(i, place_key(out_.observations[out_.notes[i].observation]));
    }
  }
  std::inplace_merge(first, middle, out_.observations.end(), before);
  for (const auto& [note, key] : moved_notes) {
    auto at = std::lower_bound(first, out_.observations.end(), key,
                               [&](const Observation& o, const auto& k) { return place_key(o) < k; });
    out_.notes[note].observation = static_cast<std::size_t>(at - out_.observations.begin());
  }
  std::sort(out_.notes.begin(), out_.notes.end(),
            [](const ObservationNote& a, const ObservationNote& b) { return a.observation < b.observation; });
}

void TableMapper::end_table() {
  if (!layout_ && !layout_failed_) start_mapping();
  if (layout_ && !pending_rows_.empty()) {
    // The column never showed its level: these codes stay ambiguous.
    defer_ambiguous_ = false;
    replay_pending_rows();
  }
  defer_ambiguous_ = true;
  if (layout_) check_totals();
  if (numbers_as_text_ > 0) {
    out_.diagnostics.push_back(Diagnostic{
        Severity::info, DiagnosticCode::number_as_text, first_number_as_text_, "",
        count_fr(numbers_as_text_, "nombre est enregistré", "nombres sont enregistrés") +
            " comme du texte dans ce tableau (premier : " + describe_place_fr(first_number_as_text_) +
            ") ; ils sont lus comme des nombres."});
  }
  layout_.reset();
}

void TableMapper::finish() { check_duplicates(out_, catalogues_); }

TableMapper::TerritoryCell TableMapper::lookup_territory(const std::string& text) {
  TerritoryCell found = territory_memo_.get(text, [&] {
    TerritoryCell cell;
    cell.resolution = resolve_in_context(catalogues_, text, layout_->territory_level);
    std::string named;
    if (cell.resolution.kind != TerritoryResolution::Kind::found && is_total_label(fold_for_matching(text), named)) {
      if (named.empty()) {
        cell.total_only = true;
      } else {
        TerritoryResolution inner = resolve_in_context(catalogues_, named, std::nullopt);
        if (inner.kind == TerritoryResolution::Kind::found) cell.resolution = inner;
      }
    }
    return cell;
  });
  if (!layout_->territory_level && found.resolution.kind == TerritoryResolution::Kind::found && is_bare_code(text) &&
      catalogues_.territories.at(found.resolution.id).level == TerritoryLevel::departement &&
      catalogues_.resolver.resolve(text).kind == TerritoryResolution::Kind::found) {
    // A code that can only be a département, by itself and not by the
    // project's perimeter: the column holds départements.
    layout_->territory_level = TerritoryLevel::departement;
    territory_memo_.clear();
  }
  return found;
}

void TableMapper::report_territory(const RawRow& row, const RawCell& cell, const TerritoryResolution& resolution) {
  const std::string& text = cell.text;
  if (resolution.kind == TerritoryResolution::Kind::ambiguous) {
    std::string names;
    for (TerritoryId id : resolution.candidates) {
      if (!names.empty()) names += ", ";
      names += territory_label(catalogues_.territories.at(id));
    }
    report(Severity::error, DiagnosticCode::territory_ambiguous, row.line, cell.column, text,
           "Territoire ambigu " + quote_fr(text) + " : il peut désigner " + names +
               ". Écrivez le code INSEE (« 44 », « R52 ») ou le nom complet ; la ligne n'est pas lue.");
  } else {
    report(Severity::error, DiagnosticCode::territory_unknown, row.line, cell.column, text,
           "Territoire inconnu " + quote_fr(text) +
               " : attendu un code INSEE de département ou de région (« 44 », « 2A », « R52 ») ou son nom "
               "(« Loire-Atlantique ») ; la ligne n'est pas lue.");
  }
}

std::optional<Period> TableMapper::row_period(const RawRow& row) {
  const RawCell* cell = find_cell(row, layout_->period_column);
  if (cell != nullptr && cell->kind == CellKind::date) {
    if (auto period = period_from_excel_serial(cell->number, table_.date1904)) return period;
  } else if (!is_blank(cell)) {
    const std::optional<Period>& period = period_memo_.get(cell->text, [&] { return parse_period(cell->text); });
    if (period) return period;
  }
  std::string seen = cell == nullptr ? std::string() : cell->text;
  report(Severity::error, DiagnosticCode::period_invalid, row.line, layout_->period_column, seen,
         "Période illisible " + quote_fr(seen) +
             " : attendu un trimestre (« 2025-T3 », « T3 2025 », « 30/09/2025 »), un mois (« 09/2025 ») ou une "
             "année ; la ligne n'est pas lue.");
  return std::nullopt;
}

std::optional<IndicatorId> TableMapper::row_indicator(const RawRow& row) {
  const RawCell* cell = find_cell(row, layout_->indicator_column);
  if (!is_blank(cell)) {
    const std::optional<IndicatorId>& indicator =
        indicator_memo_.get(cell->text, [&] { return catalogues_.indicators.match(cell->text); });
    if (indicator) return indicator;
  }
  std::string seen = cell == nullptr ? std::string() : cell->text;
  report(Severity::error, DiagnosticCode::indicator_unknown, row.line, layout_->indicator_column, seen,
         "Indicateur inconnu " + quote_fr(seen) +
             " : ni un code ni un alias de indicators.csv. Ajoutez ce libellé aux alias de l'indicateur "
             "concerné ; la ligne n'est pas lue.");
  return std::nullopt;
}

void TableMapper::map_row(const RawRow& row) {
  const RawCell* territory_cell = find_cell(row, layout_->territory_column);
  bool any_value = false;
  for (const auto& [column, binding] : layout_->value_columns) any_value |= !is_blank(find_cell(row, column));
  if (is_blank(territory_cell)) {
    if (any_value) {
      report(Severity::error, DiagnosticCode::territory_unknown, row.line, layout_->territory_column, "",
             "Territoire absent : la ligne porte des valeurs mais pas de territoire ; elle n'est pas lue.");
    }
    return;
  }
  TerritoryCell territory = lookup_territory(territory_cell->text);
  if (territory.resolution.kind == TerritoryResolution::Kind::ambiguous && !layout_->territory_level &&
      defer_ambiguous_ && pending_rows_.size() < kMaxPendingRows) {
    pending_rows_.push_back(row);
    return;
  }
  if (layout_->territory_level && !pending_rows_.empty()) replay_pending_rows();
  bool found = territory.resolution.kind == TerritoryResolution::Kind::found;
  if (!found && !territory.total_only) {
    // Without figures, an unknown name is a note or a source line under the
    // table, not a territory: nothing to read.
    if (any_value) report_territory(row, *territory_cell, territory.resolution);
    return;
  }
  if (territory.total_only && !any_value) return;
  bool total_only = territory.total_only;

  std::optional<IndicatorId> indicator = layout_->table_indicator;
  if (layout_->indicator_column != 0 && !(indicator = row_indicator(row))) return;
  std::optional<Period> period = layout_->table_period;
  if (layout_->period_column != 0 && !(period = row_period(row))) return;

  if (total_only) {
    report(Severity::info, DiagnosticCode::total_row, row.line, territory_cell->column, territory_cell->text,
           "Ligne de total " + quote_fr(territory_cell->text) +
               " reconnue : elle n'est pas lue comme un territoire mais comparée à la somme des départements.");
  }
  std::size_t first_observation = out_.observations.size();
  for (const auto& [column, binding] : layout_->value_columns) {
    map_value(row, find_cell(row, column), column, binding, territory.resolution.id, total_only, indicator,
              period);
  }
  // Cells come in column order: only a row reaching past the header is scanned.
  if (!row.cells.empty() && row.cells.back().column > layout_->last_header_column) report_cells_past_header(row);
  const RawCell* comment = find_cell(row, layout_->comment_column);
  const RawCell* link = find_cell(row, layout_->link_column);
  if (is_blank(comment) && is_blank(link)) return;
  for (std::size_t i = first_observation; i < out_.observations.size(); ++i) {
    out_.notes.push_back(ObservationNote{i, is_blank(comment) ? "" : comment->text, is_blank(link) ? "" : link->text});
  }
}

void TableMapper::report_cells_past_header(const RawRow& row) {
  for (const RawCell& cell : row.cells) {
    if (cell.column > layout_->last_header_column && !is_blank(&cell)) {
      report(Severity::warning, DiagnosticCode::ragged_row, row.line, cell.column, cell.text,
             "Cellule " + quote_fr(cell.text) + " hors du tableau (l'en-tête a " +
                 std::to_string(layout_->last_header_column) + " colonnes) : elle est ignorée.");
      return;
    }
  }
}

void TableMapper::map_value(const RawRow& row, const RawCell* cell, std::uint32_t column, const ValueColumn& binding,
                            TerritoryId territory, bool total_only, std::optional<IndicatorId> row_indicator,
                            std::optional<Period> row_period) {
  Observation observation;
  observation.territory = territory;
  observation.indicator = binding.indicator ? *binding.indicator : *row_indicator;
  observation.period = binding.period ? *binding.period : *row_period;
  observation.line = row.line;
  observation.column = static_cast<std::uint16_t>(std::min<std::uint32_t>(column, 65535));
  observation.sheet = sheet_index_;
  observation.status = ObservationStatus::missing;

  std::string_view seen = cell == nullptr ? std::string_view() : std::string_view(cell->text);
  if (cell == nullptr || cell->kind == CellKind::empty || cell->kind == CellKind::error ||
      cell->formula_without_value) {
    // Empty: no figure. Errors and formulas without value were reported by the reader.
  } else if (cell->kind == CellKind::number) {
    observation.status = ObservationStatus::ok;
    observation.value = cell->percent ? cell->number * 100 : cell->number;
  } else if (cell->kind == CellKind::text) {
    ParsedNumber parsed = parse_number(cell->text);
    switch (parsed.status) {
      case ParsedNumber::Status::ok:
        observation.status = ObservationStatus::ok;
        observation.value = parsed.value;
        if (!table_.sheet.empty() && numbers_as_text_++ == 0) first_number_as_text_ = place(row.line, column);
        break;
      case ParsedNumber::Status::confidential:
        observation.status = ObservationStatus::confidential;
        report(Severity::info, DiagnosticCode::value_confidential, row.line, column, std::string(seen),
               "Valeur " + quote_fr(seen) + " lue comme secret statistique pour " +
                   describe_key(observation.indicator, territory, observation.period) + ".");
        break;
      case ParsedNumber::Status::missing:
        if (!is_blank(cell)) {
          report(Severity::info, DiagnosticCode::value_missing, row.line, column, std::string(seen),
                 "Valeur " + quote_fr(seen) + " lue comme non disponible pour " +
                     describe_key(observation.indicator, territory, observation.period) + ".");
        }
        break;
      case ParsedNumber::Status::invalid:
        report(Severity::error, DiagnosticCode::value_invalid, row.line, column, std::string(seen),
               "Valeur illisible " + quote_fr(seen) + " pour " +
                   describe_key(observation.indicator, territory, observation.period) +
                   " : attendu un nombre (« 14 178 », « 3,5 », « 12 % ») ou un code de secret ou d'absence "
                   "(« s », « n.d. ») ; la valeur n'est pas lue.");
        return;
    }
  } else {
    report(Severity::error, DiagnosticCode::value_invalid, row.line, column, std::string(seen),
           "Valeur illisible " + quote_fr(seen) + " pour " +
               describe_key(observation.indicator, territory, observation.period) +
               " : une date ou un booléen à la place d'un nombre ; la valeur n'est pas lue.");
    return;
  }

  if (total_only) {
    if (observation.status == ObservationStatus::ok) {
      totals_[std::make_pair(observation.indicator, observation.period)] =
          TotalCell{observation.value, place(row.line, column)};
    }
    return;
  }
  out_.observations.push_back(observation);
}

// Sums the départements of this table only when it had a total row: most
// tables have none, and the sum is no work on the hot path.
void TableMapper::check_totals() {
  if (totals_.empty()) return;
  std::map<std::pair<IndicatorId, Period>, DepartementSum> sums;
  for (std::size_t i = table_first_observation_; i < out_.observations.size(); ++i) {
    const Observation& observation = out_.observations[i];
    if (catalogues_.territories.at(observation.territory).level != TerritoryLevel::departement) continue;
    auto key = std::make_pair(observation.indicator, observation.period);
    if (!totals_.count(key)) continue;
    DepartementSum& sum = sums[key];
    if (observation.status == ObservationStatus::ok) {
      sum.sum += observation.value;
      ++sum.count;
    } else {
      sum.incomplete = true;
    }
  }
  for (const auto& [key, total] : totals_) {
    const Indicator& indicator = catalogues_.indicators.at(key.first);
    if (indicator.aggregation != Aggregation::sum) continue;
    auto sum = sums.find(key);
    if (sum == sums.end() || sum->second.incomplete) continue;
    double difference = std::fabs(sum->second.sum - total.value);
    if (difference <= 0.5 + 1e-9 * std::fabs(total.value)) continue;
    out_.diagnostics.push_back(Diagnostic{
        Severity::warning, DiagnosticCode::total_mismatch, total.place, shortest_number(total.value),
        "Le total " + format_number_fr(total.value) + " ne correspond pas à la somme des " +
            count_fr(sum->second.count, "département", "départements") + " du tableau (" +
            format_number_fr(sum->second.sum) + ") pour " + indicator.code + ", " + key.second.to_string() +
            " : vérifiez le fichier auprès du partenaire."});
  }
}

void TableMapper::report(Severity severity, DiagnosticCode code, std::uint32_t line, std::uint32_t column,
                         std::string value, std::string message) {
  out_.diagnostics.push_back(Diagnostic{severity, code, place(line, column), std::move(value), std::move(message)});
}

SourcePlace TableMapper::place(std::uint32_t line, std::uint32_t column) const {
  return SourcePlace{line, column, table_.sheet};
}

std::string TableMapper::describe_key(IndicatorId indicator, TerritoryId territory, const Period& period) const {
  return catalogues_.indicators.at(indicator).code + ", " + territory_label(catalogues_.territories.at(territory)) +
         ", " + period.to_string();
}

}  // namespace prith
