#include "ingest/table_mapper.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "ingest/breakdown_check.h"
#include "ingest/cell_value.h"
#include "core/french_format.h"
#include "ingest/duplicate_check.h"

namespace prith {

namespace {

// Rows held back to find a header; title blocks are shorter than this.
constexpr std::size_t kHeaderSampleRows = 40;
// Rows held back while a territory column has shown only codes that name
// two levels; past this, the column stops waiting and they are ambiguous.
constexpr std::size_t kMaxPendingRows = 10000;
// Title lines kept under a table, for the header of a table stacked below.
constexpr std::size_t kRecentNotes = 3;
// Observation::sheet is one byte; Observation::column two.
constexpr std::size_t kMaxSheets = 255;
constexpr std::uint32_t kMaxColumn = 65535;
// Excel serial days of 1990-01-01 and 2100-12-31: a whole number in this
// range in a period column is a date a CSV export left as a serial.
constexpr long kFirstSerial = 32874, kLastSerial = 73415;

std::string territory_label(const Territory& territory) { return territory.code + " " + territory.name; }

bool is_whole(double value) { return value == std::floor(value); }

bool all_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

TableMapper::TableMapper(const MappingCatalogues& catalogues, std::string file_stem, FileReading& out,
                         NumberFormatSetting numbers)
    : catalogues_(catalogues),
      file_stem_(std::move(file_stem)),
      out_(out),
      territories_(catalogues),
      number_setting_(std::move(numbers)) {}

void TableMapper::begin_table(const TableInfo& table) {
  table_ = table;
  sheet_index_ = 0;
  sample_.clear();
  recent_notes_.clear();
  layout_.reset();
  layout_failed_ = false;
  segment_first_observation_ = out_.observations.size();
  totals_.reset();
  layout_diagnostic_ = 0;
  uncarried_breakdowns_.clear();
  breakdown_memo_.clear();
  if (table.sheet.empty()) return;
  if (out_.sheets.size() >= kMaxSheets) {
    layout_failed_ = true;
    report(Severity::error, DiagnosticCode::too_many_sheets, 0, 0, table.sheet,
           "Feuille " + quote_fr(table.sheet) + " non lue : prith lit au plus 255 feuilles de données par "
           "classeur. Répartissez les feuilles dans plusieurs classeurs.");
    return;
  }
  out_.sheets.push_back(table.sheet);
  sheet_index_ = static_cast<std::uint8_t>(out_.sheets.size());
}

void TableMapper::row(const RawRow& row) {
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
                        table_.sheet.empty() ? file_stem_ : table_.sheet, table_.date1904, catalogues_.breakdowns};
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
  std::uint32_t header_line = sample_[layout_->header_first].line;
  for (const auto& [column, header] : layout_->ignored_columns) {
    report(Severity::warning, DiagnosticCode::column_ignored, header_line, column, header,
           "Colonne " + quote_fr(header) +
               " ignorée : ce n'est ni un indicateur du catalogue (indicators.csv, colonnes label et aliases), ni "
               "une période, ni une colonne connue (territoire, période, indicateur, valeur, commentaire, lien). "
               "S'il s'agit d'un indicateur, ajoutez ce libellé à ses alias.");
  }
  // A value column whose indicator or period nobody names is left out,
  // with an error; the other columns of the table are still read.
  bool needs_indicator = layout_->indicator_column == 0 && !layout_->table_indicator;
  bool needs_period = layout_->period_column == 0 && !layout_->table_period;
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
                 " : ni son en-tête (« T3 2025 », une date), ni une colonne « Période », ni le nom de la feuille "
                 "ne la disent ; la colonne n'est pas lue.");
      return true;
    }
    if (column > kMaxColumn) {
      report(Severity::warning, DiagnosticCode::column_ignored, header_line, column, binding.header,
             "Colonne " + quote_fr(binding.header) + " ignorée : prith lit au plus 65 535 colonnes.");
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
  territories_.reset(layout_->territory_level);
  std::vector<RawRow> rows = std::move(sample_);
  sample_.clear();
  for (std::size_t r = layout_->data_first; r < rows.size(); ++r) {
    if (layout_) {
      map_row(rows[r]);
    } else {
      row(rows[r]);  // a stacked table's header was met: look for its layout
    }
  }
}

// A second table under the first one, with its own header: what was read
// so far is finished, and the new header is looked for from its titles.
void TableMapper::restart_at_header(const RawRow& row) {
  finish_segment();
  layout_.reset();
  sample_.assign(recent_notes_.begin(), recent_notes_.end());
  recent_notes_.clear();
  sample_.push_back(row);
}

// The end of a table, or of one of the tables stacked in it.
void TableMapper::finish_segment() {
  if (!pending_rows_.empty()) {
    // The column never showed its level: these codes stay ambiguous.
    territories_.stop_waiting();
    replay_pending_rows();
  }
  resolve_ambiguous_numbers();
  std::span<const Observation> segment(out_.observations.data() + segment_first_observation_,
                                       out_.observations.size() - segment_first_observation_);
  totals_.check(segment, out_, catalogues_, out_.diagnostics, out_.values_from_cells);
  check_breakdowns(segment, out_, catalogues_, out_.diagnostics, out_.values_from_cells);
  totals_.reset();
  segment_first_observation_ = out_.observations.size();
}

void TableMapper::end_table() {
  if (!layout_ && !layout_failed_) start_mapping();
  // A table stacked under the first one, met while mapping the sample,
  // waits there for its own layout.
  while (!layout_ && !layout_failed_ && !sample_.empty()) start_mapping();
  if (layout_) finish_segment();
  report_counted_cells();
  layout_.reset();
}

void TableMapper::finish() { check_duplicates(out_, catalogues_); }

void TableMapper::report_counted_cells() {
  if (numbers_as_text_.count > 0) {
    out_.diagnostics.push_back(Diagnostic{
        Severity::info, DiagnosticCode::number_as_text, numbers_as_text_.first, "",
        count_fr(numbers_as_text_.count, "nombre est enregistré", "nombres sont enregistrés") +
            " comme du texte dans ce tableau (premier : " + describe_place_fr(numbers_as_text_.first) +
            ") ; ils sont lus comme des nombres."});
  }
  numbers_as_text_ = {};
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
  auto first = out_.observations.begin() + static_cast<std::ptrdiff_t>(segment_first_observation_);
  auto middle = out_.observations.begin() + static_cast<std::ptrdiff_t>(replayed_first);
  auto place_key = [](const Observation& o) { return std::make_pair(o.line, o.column); };
  auto before = [&](const Observation& a, const Observation& b) { return place_key(a) < place_key(b); };
  std::vector<std::pair<std::size_t, std::pair<std::uint32_t, std::uint16_t>>> moved_notes;
  for (std::size_t i = 0; i < out_.notes.size(); ++i) {
    if (out_.notes[i].observation >= segment_first_observation_) {
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

void TableMapper::report_territory(const RawRow& row, const RawCell& cell, const TerritoryResolution& resolution) {
  const std::string& text = cell.text;
  if (resolution.kind == TerritoryResolution::Kind::ambiguous) {
    std::string names;
    for (TerritoryId id : resolution.candidates) {
      if (!names.empty()) names += ", ";
      names += territory_label(catalogues_.territories.at(id));
    }
    if (resolution.former != nullptr && resolution.former->split()) {
      report(Severity::error, DiagnosticCode::territory_ambiguous, row.line, cell.column, text,
             "Territoire ambigu " + quote_fr(text) + " : ancien département " + resolution.former->name +
                 ", partagé en " + std::to_string(resolution.former->year) + " entre " + names +
                 ". prith ne choisit pas : écrivez le code INSEE d'aujourd'hui de chaque ligne ; la ligne n'est pas "
                 "lue.");
      return;
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

void TableMapper::report_former_name(const RawRow& row, const RawCell& cell, const FormerName& former) {
  if (std::find(former_names_reported_.begin(), former_names_reported_.end(), &former) !=
      former_names_reported_.end()) {
    return;
  }
  former_names_reported_.push_back(&former);
  const Territory& today = catalogues_.territories.at(former.ids.front());
  report(Severity::info, DiagnosticCode::territory_former_name, row.line, cell.column, cell.text,
         quote_fr(cell.text) + " : ancien nom du département " + today.name + " (" + today.code + ") jusqu'en " +
             std::to_string(former.year) + ", lu comme " + territory_label(today) +
             " (former_departements.csv ; signalé une fois par fichier).");
}

std::optional<Period> TableMapper::read_period(const RawCell& cell) {
  if (cell.kind == CellKind::date) return period_from_excel_serial(cell.number, table_.date1904);
  return period_memo_.get(cell.text, [&]() -> std::optional<Period> {
    if (auto period = parse_period(cell.text)) return period;
    long serial = 0;
    auto [end, error] = std::from_chars(cell.text.data(), cell.text.data() + cell.text.size(), serial);
    if (error == std::errc() && end == cell.text.data() + cell.text.size() && serial >= kFirstSerial &&
        serial <= kLastSerial) {
      return period_from_excel_serial(static_cast<double>(serial), table_.date1904);
    }
    return std::nullopt;
  });
}

std::optional<Period> TableMapper::row_period(const RawRow& row) {
  const RawCell* cell = find_cell(row, layout_->period_column);
  std::optional<Period> period;
  std::string seen = is_blank(cell) ? std::string() : cell->text;
  if (layout_->year_column != 0) {
    // "2025" and "T3" (or "3", or "septembre") in two columns.
    const RawCell* year = find_cell(row, layout_->year_column);
    std::string part = seen;
    if (part.size() == 1 && part[0] >= '1' && part[0] <= '4') part = "T" + part;
    if (!is_blank(year)) seen = part + " " + year->text;
    period = parse_period(seen);
  } else if (!is_blank(cell)) {
    period = read_period(*cell);
  }
  if (period) return period;
  // The value is the period cell's own text; the message says what was read.
  report(Severity::error, DiagnosticCode::period_invalid, row.line, layout_->period_column,
         is_blank(cell) ? std::string() : cell->text,
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

// The row's category in a "Sexe" column: a category of that dimension, or
// "Ensemble" / "Total" for the headline.
std::optional<BreakdownId> TableMapper::row_breakdown(const RawRow& row) {
  const RawCell* cell = find_cell(row, layout_->breakdown_column);
  const BreakdownCatalogue& breakdowns = *catalogues_.breakdowns;
  const std::size_t dimension = layout_->breakdown_dimension;
  if (!is_blank(cell)) {
    const std::optional<BreakdownId>& category = breakdown_memo_.get(cell->text, [&]() -> std::optional<BreakdownId> {
      if (is_breakdown_total_header(cell->text)) return kHeadline;
      std::optional<BreakdownId> found = breakdowns.match(cell->text);
      if (found && breakdowns.at(*found).dimension == dimension) return found;
      return std::nullopt;
    });
    if (category) return category;
  }
  std::string seen = cell == nullptr ? std::string() : cell->text;
  std::string expected;
  for (BreakdownId id : breakdowns.categories_of(dimension)) expected += quote_fr(breakdowns.at(id).label) + ", ";
  report(Severity::error, DiagnosticCode::breakdown_unknown, row.line, layout_->breakdown_column, seen,
         (seen.empty() ? std::string("Catégorie absente") : "Catégorie inconnue " + quote_fr(seen)) + " dans la colonne « " +
             breakdowns.dimensions()[dimension].label + " » : attendu " + expected +
             "ou « Ensemble » / « Total » pour le chiffre d'ensemble (breakdowns.csv). La ligne n'est pas lue.");
  return std::nullopt;
}

// "Total" written beside an empty territory cell ("Code;Département" with
// the label in the code column, or the name column left blank).
const RawCell* TableMapper::total_label_beside(const RawRow& row) const {
  std::uint32_t first_value = layout_->value_columns.begin()->first;
  for (const RawCell& cell : row.cells) {
    if (cell.column >= first_value) break;
    std::string named;
    if (cell.kind == CellKind::text && is_total_label(fold_for_matching(cell.text), named) && named.empty()) {
      return &cell;
    }
  }
  return nullptr;
}

// "Département" in the territory column, with labels beside it: the header
// of a second table stacked under the first.
bool TableMapper::is_header_row(const RawRow& row, const RawCell& territory_cell) const {
  HeaderClassifier classifier(catalogues_.indicators, catalogues_.breakdowns);
  if (classifier.classify(territory_cell, table_.date1904).role != ColumnRole::territory) return false;
  for (const RawCell& cell : row.cells) {
    if (cell.column == territory_cell.column) continue;
    ColumnRole role = classifier.classify(cell, table_.date1904).role;
    if (role == ColumnRole::indicator_label || role == ColumnRole::period_label ||
        role == ColumnRole::breakdown_label || role == ColumnRole::value) {
      return true;
    }
  }
  return false;
}

void TableMapper::map_row(const RawRow& row) {
  const RawCell* territory_cell = find_cell(row, layout_->territory_column);
  bool any_value = false;
  for (const auto& [column, binding] : layout_->value_columns) any_value |= !is_blank(find_cell(row, column));

  bool total_only = false;
  TerritoryColumn::Cell territory;
  if (is_blank(territory_cell)) {
    if (!any_value) return;
    territory_cell = total_label_beside(row);
    if (territory_cell == nullptr) {
      totals_.reject_row();
      report(Severity::error, DiagnosticCode::territory_unknown, row.line, layout_->territory_column, "",
             "Territoire absent : la ligne porte des valeurs mais pas de territoire ; elle n'est pas lue.");
      return;
    }
    total_only = true;
  } else {
    territory = territories_.read(territory_cell->text);
    if (territory.resolution.kind == TerritoryResolution::Kind::ambiguous && territories_.may_wait()) {
      if (pending_rows_.size() < kMaxPendingRows) {
        pending_rows_.push_back(row);
        return;
      }
      territories_.stop_waiting();  // from here on, the same code gets the same answer
    }
    if (!territories_.may_wait() && !pending_rows_.empty()) replay_pending_rows();
    total_only = territory.total_only;
    if (territory.resolution.kind != TerritoryResolution::Kind::found && !total_only) {
      if (is_header_row(row, *territory_cell)) {
        restart_at_header(row);
      } else if (any_value) {
        totals_.reject_row();
        report_territory(row, *territory_cell, territory.resolution);
      } else {
        // A note or a title under the table; it may head the next one.
        recent_notes_.push_back(row);
        if (recent_notes_.size() > kRecentNotes) recent_notes_.pop_front();
      }
      return;
    }
    if (territory.resolution.former != nullptr && any_value) {
      report_former_name(row, *territory_cell, *territory.resolution.former);
    }
  }
  if (total_only && !any_value) return;

  std::optional<IndicatorId> indicator = layout_->table_indicator;
  std::optional<Period> period = layout_->table_period;
  std::optional<BreakdownId> breakdown = kHeadline;
  if ((layout_->indicator_column != 0 && !(indicator = row_indicator(row))) ||
      (layout_->period_column != 0 && !(period = row_period(row))) ||
      (layout_->breakdown_column != 0 && !(breakdown = row_breakdown(row)))) {
    totals_.reject_row();
    return;
  }

  if (total_only) {
    report(Severity::info, DiagnosticCode::total_row, row.line, territory_cell->column, territory_cell->text,
           "Ligne de total reconnue : elle n'est pas lue comme un territoire mais comparée à la somme des "
           "départements.");
  }
  std::size_t first_observation = out_.observations.size();
  for (const auto& [column, binding] : layout_->value_columns) {
    map_value(row, find_cell(row, column), column, binding, territory.resolution.id, total_only, indicator, period,
              *breakdown);
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
                            std::optional<Period> row_period, BreakdownId row_breakdown) {
  Observation observation;
  observation.territory = territory;
  observation.indicator = binding.indicator ? *binding.indicator : *row_indicator;
  observation.period = binding.period ? *binding.period : *row_period;
  observation.line = row.line;
  observation.column = static_cast<std::uint16_t>(column);
  observation.sheet = sheet_index_;
  observation.status = ObservationStatus::missing;
  observation.breakdown = binding.breakdown != kHeadline ? binding.breakdown : row_breakdown;
  if (observation.breakdown != kHeadline &&
      !catalogues_.breakdowns->carries(observation.breakdown, observation.indicator)) {
    report_uncarried_breakdown(row.line, column, binding.header, observation.breakdown, observation.indicator);
    return;
  }

  std::string_view seen = cell == nullptr ? std::string_view() : std::string_view(cell->text);
  auto key = [&] {
    return describe_value_key(observation.indicator, territory, observation.period, observation.breakdown, total_only);
  };
  const bool text = cell != nullptr && cell->kind == CellKind::text;
  const bool detecting = number_setting_.convention == DecimalConvention::automatic;
  const NumberReadings readings = text ? read_both_ways(cell->text) : NumberReadings{};
  const NumberShape shape = readings.shape;
  // Plain digits ("14178", most cells of a national file) are evidence of nothing.
  if (text && detecting && (shape != NumberShape::neutral || !all_digits(cell->text))) {
    column_numbers_[column].add(cell->text, shape, place(row.line, column));
  }
  if (shape == NumberShape::ambiguous && detecting) {
    // "12,345": read when the segment ends and the other cells have spoken.
    ambiguous_numbers_.push_back(AmbiguousNumber{
        row.line, static_cast<std::uint16_t>(column), total_only, observation.indicator, territory,
        observation.period, observation.breakdown, readings.with_decimal_comma, readings.with_decimal_point, cell->text});
    if (!table_.sheet.empty()) numbers_as_text_.add(place(row.line, column));
    observation.status = ObservationStatus::ok;
    if (!total_only) out_.observations.push_back(observation);  // its value is set then, or it is erased
    return;
  }
  CellValue read = read_value_cell(cell, number_setting_.convention);
  switch (read.kind) {
    case CellValue::Kind::figure:
      observation.status = ObservationStatus::ok;
      observation.value = read.value;
      if (read.from_text && !table_.sheet.empty()) numbers_as_text_.add(place(row.line, column));
      if (text && !is_whole(read.value) && counts_units(catalogues_.indicators.at(observation.indicator))) {
        if (shape == NumberShape::ambiguous) {  // the pilot's setting made "12,345" 12.345 people
          totals_.reject_row();
          report_fractional_count(row.line, column, cell->text, read.value, key(), number_setting_.origin);
          return;
        }
        report(Severity::warning, DiagnosticCode::fractional_count, row.line, column, std::string(seen),
               "Valeur fractionnaire " + quote_fr(seen) + " pour " + key() + " : l'indicateur compte des " +
                   catalogues_.indicators.at(observation.indicator).unit +
                   ", il devrait être entier. Elle est lue telle quelle ; vérifiez l'export.");
      }
      break;
    case CellValue::Kind::confidential:
      observation.status = ObservationStatus::confidential;
      report(Severity::info, DiagnosticCode::value_confidential, row.line, column, std::string(seen),
             "Valeur " + quote_fr(seen) + " lue comme secret statistique pour " + key() + ".");
      break;
    case CellValue::Kind::missing:
      if (cell->kind == CellKind::text) {
        report(Severity::info, DiagnosticCode::value_missing, row.line, column, std::string(seen),
               "Valeur " + quote_fr(seen) + " lue comme non disponible pour " + key() + ".");
      }
      break;
    case CellValue::Kind::empty:
      break;
    case CellValue::Kind::not_a_number:
    case CellValue::Kind::wrong_type:
      totals_.reject_row();
      report(Severity::error, DiagnosticCode::value_invalid, row.line, column, std::string(seen),
             "Valeur illisible " + quote_fr(seen) + " pour " + key() +
                 (read.kind == CellValue::Kind::wrong_type
                      ? std::string(" : une date ou un booléen à la place d'un nombre ; la valeur n'est pas lue.")
                      : std::string(" : attendu un nombre (« 14 178 », « 3,5 », « 12 % ») ou un code de secret ou "
                                    "d'absence (« s », « n.d. ») ; la valeur n'est pas lue.")));
      return;
  }

  if (total_only) {
    if (observation.status == ObservationStatus::ok) {
      totals_.add_total(observation.indicator, observation.period, observation.breakdown, observation.value,
                        std::string(seen),
                        place(row.line, column));
    }
    return;
  }
  out_.observations.push_back(observation);
}

// A category column for an indicator breakdowns.csv does not break down:
// said once per column and indicator in a table, and not read.
void TableMapper::report_uncarried_breakdown(std::uint32_t line, std::uint32_t column, const std::string& header,
                                             BreakdownId breakdown, IndicatorId indicator) {
  if (!uncarried_breakdowns_.insert({column, breakdown, indicator}).second) return;
  const Indicator& named = catalogues_.indicators.at(indicator);
  report(Severity::warning, DiagnosticCode::column_ignored, line, column, header,
         "Colonne " + quote_fr(header) + " non lue pour " + named.code + " : la catégorie " +
             catalogues_.breakdowns->describe_fr(breakdown) +
             " n'est pas déclarée pour cet indicateur (breakdowns.csv, colonne indicators). Ajoutez-le à la "
             "liste si l'export le ventile ainsi.");
}

// Says how the table was understood, so that a pilot can check it.
void TableMapper::report_layout(std::uint32_t header_line) {
  std::uint32_t header_last = sample_[layout_->data_first - 1].line;
  report(Severity::info, DiagnosticCode::layout_detected, header_line, layout_->territory_column, "",
         layout_->explain_fr(header_line, header_last, !table_.sheet.empty(), catalogues_.indicators,
                             catalogues_.breakdowns));
  layout_diagnostic_ = out_.diagnostics.size();
}

void TableMapper::resolve_ambiguous_numbers() {
  NumberFormatEvidence table;
  for (const auto& [column, evidence] : column_numbers_) table.merge(evidence);
  NumberFormatEvidence file = file_numbers_;
  file.merge(table);
  std::span<Observation> segment(out_.observations.data() + segment_first_observation_,
                                 out_.observations.size() - segment_first_observation_);
  auto place_key = [](const Observation& o) { return std::make_pair(o.line, o.column); };
  std::vector<std::size_t> erased;
  for (const AmbiguousNumber& number : ambiguous_numbers_) {
    const NumberFormatEvidence& own = column_numbers_[number.column];
    // The narrowest evidence there is decides: the column, else the other
    // columns of the table, else the file's earlier tables. A conflict there
    // is not outvoted by a wider count.
    const NumberFormatEvidence* deciding = own.decisive()     ? &own
                                           : table.decisive() ? &table
                                           : file.decisive()  ? &file
                                                              : nullptr;
    const std::string key =
        describe_value_key(number.indicator, number.territory, number.period, number.breakdown, number.total_row);
    const bool counts = counts_units(catalogues_.indicators.at(number.indicator));
    std::optional<double> value;
    if (deciding != nullptr && deciding->conflicting()) {
      report_number_conflict(number, *deciding, deciding == &own, key);
    } else if (deciding != nullptr) {
      const DecimalConvention convention = *deciding->convention();
      value = convention == DecimalConvention::comma ? number.with_decimal_comma : number.with_decimal_point;
      const double as_thousands = std::max(number.with_decimal_comma, number.with_decimal_point);
      if (counts && is_whole(*value) && *value != as_thousands) {
        // "1,000" personnes in a French column: 1 with three zero decimals,
        // or a thousand. A count's decimals cannot say which.
        report_count_with_zero_decimals(number, *value, as_thousands, key,
                                        "d'après " + evidence_place_fr(*deciding, convention));
        value.reset();
      } else if (counts && !is_whole(*value)) {
        report_fractional_count(number.line, number.column, number.text, *value, key,
                                "d'après " + evidence_place_fr(*deciding, convention));
        value.reset();
      }
    } else if (counts && is_whole(number.with_decimal_comma) != is_whole(number.with_decimal_point)) {
      // A count is whole: of "12,345" as 12.345 or 12345, only one can be it.
      value = is_whole(number.with_decimal_comma) ? number.with_decimal_comma : number.with_decimal_point;
    } else {
      report_number_undecided(number, key);
    }
    if (number.total_row) {
      if (value) {
        totals_.add_total(number.indicator, number.period, number.breakdown, *value, number.text,
                          place(number.line, number.column));
      } else {
        totals_.reject_row();
      }
      continue;
    }
    auto at = std::lower_bound(segment.begin(), segment.end(), std::make_pair(number.line, number.column),
                               [&](const Observation& o, const auto& k) { return place_key(o) < k; });
    if (at == segment.end() || place_key(*at) != std::make_pair(number.line, number.column)) {
      at = std::find_if(segment.begin(), segment.end(), [&](const Observation& o) {
        return place_key(o) == std::make_pair(number.line, number.column);
      });
    }
    if (at == segment.end()) continue;
    if (value) {
      at->value = *value == 0 ? 0.0 : *value;
    } else {
      totals_.reject_row();
      erased.push_back(segment_first_observation_ + static_cast<std::size_t>(at - segment.begin()));
    }
  }
  ambiguous_numbers_.clear();
  std::sort(erased.begin(), erased.end());
  erase_observations(erased);
  describe_numbers_in_layout(table);
  for (const auto& [column, evidence] : column_numbers_) file_numbers_.merge(evidence);
  column_numbers_.clear();
}

// Removes observations (sorted indices) and renumbers the notes that follow.
void TableMapper::erase_observations(const std::vector<std::size_t>& sorted_indices) {
  if (sorted_indices.empty()) return;
  auto shift_of = [&](std::size_t index) {
    return static_cast<std::size_t>(std::lower_bound(sorted_indices.begin(), sorted_indices.end(), index) -
                                    sorted_indices.begin());
  };
  std::erase_if(out_.notes, [&](const ObservationNote& note) {
    return std::binary_search(sorted_indices.begin(), sorted_indices.end(), note.observation);
  });
  for (ObservationNote& note : out_.notes) note.observation -= shift_of(note.observation);
  std::size_t kept = sorted_indices.front(), next = 0;
  for (std::size_t i = sorted_indices.front(); i < out_.observations.size(); ++i) {
    if (next < sorted_indices.size() && sorted_indices[next] == i) {
      ++next;
      continue;
    }
    out_.observations[kept++] = out_.observations[i];
  }
  out_.observations.resize(kept);
}

// The layout's sentence says how the numbers were read, and why.
void TableMapper::describe_numbers_in_layout(const NumberFormatEvidence& table) {
  if (layout_diagnostic_ == 0) return;
  std::string sentence;
  if (number_setting_.convention != DecimalConvention::automatic) {
    sentence = std::string("Nombres lus au format ") +
               (number_setting_.convention == DecimalConvention::comma ? "français" : "anglais") + " (" +
               number_setting_.origin + ").";
  } else if (auto convention = table.convention()) {
    std::string text = describe_number_format_fr(*convention, table, "d'après " + evidence_place_fr(table, *convention));
    text[0] = 'N';
    sentence = text + ".";
  }
  if (sentence.empty()) return;
  out_.diagnostics[layout_diagnostic_ - 1].message += " " + sentence;
}

std::string TableMapper::evidence_place_fr(const NumberFormatEvidence& evidence, DecimalConvention convention) const {
  const NumberFormatEvidence::Seen& seen =
      convention == DecimalConvention::comma ? evidence.decimal_comma : evidence.decimal_point;
  return quote_fr(seen.text) + ", " + describe_place_fr(seen.first);
}

void TableMapper::report_fractional_count(std::uint32_t line, std::uint32_t column, const std::string& text,
                                          double value, const std::string& key, const std::string& why) {
  report(Severity::error, DiagnosticCode::fractional_count, line, column, text,
         "Valeur " + quote_fr(text) + " pour " + key + " : lue " + format_number_fr(value, 6) + " (" + why +
             "), or un effectif ne peut pas être fractionnaire. Vérifiez le format des nombres de l'export "
             "(option --number-format fr ou en, colonne number_format de sources.csv) ; la valeur n'est pas lue.");
}

void TableMapper::report_number_conflict(const AmbiguousNumber& number, const NumberFormatEvidence& evidence,
                                         bool same_column, const std::string& key) {
  report(Severity::error, DiagnosticCode::ambiguous_number, number.line, number.column, number.text,
         "Nombre ambigu " + quote_fr(number.text) + " pour " + key + " : " + format_number_fr(number.with_decimal_comma, 6) +
             " avec une virgule décimale ou " + format_number_fr(number.with_decimal_point, 6) +
             " avec des séparateurs de milliers, et " + (same_column ? "sa colonne" : "ce tableau") + " écrit " +
             evidence_place_fr(evidence, DecimalConvention::comma) + " avec une virgule décimale mais " +
             evidence_place_fr(evidence, DecimalConvention::point) +
             " avec un point décimal. prith ne choisit pas : précisez le format (option --number-format fr ou "
             "en, colonne number_format de sources.csv) ; la valeur n'est pas lue.");
}

void TableMapper::report_count_with_zero_decimals(const AmbiguousNumber& number, double as_decimal,
                                                  double as_thousands, const std::string& key,
                                                  const std::string& why) {
  report(Severity::error, DiagnosticCode::ambiguous_number, number.line, number.column, number.text,
         "Nombre ambigu " + quote_fr(number.text) + " pour " + key + " : " + format_number_fr(as_decimal, 6) +
             " avec trois zéros décimaux (" + why + ") ou " + format_number_fr(as_thousands, 6) +
             " avec un séparateur des milliers ; un effectif n'a pas de décimales, elles ne disent donc pas "
             "laquelle. Précisez le format (option --number-format fr ou en, colonne number_format de "
             "sources.csv) ; la valeur n'est pas lue.");
}

void TableMapper::report_number_undecided(const AmbiguousNumber& number, const std::string& key) {
  report(Severity::error, DiagnosticCode::ambiguous_number, number.line, number.column, number.text,
         "Nombre ambigu " + quote_fr(number.text) + " pour " + key + " : " + format_number_fr(number.with_decimal_comma, 6) +
             " avec une virgule décimale ou " + format_number_fr(number.with_decimal_point, 6) +
             " avec des séparateurs de milliers, et aucune autre cellule du fichier ne montre comment il écrit "
             "ses nombres (ni « 3,5 » ni « 3.5 »). Précisez le format (option --number-format fr ou en, colonne "
             "number_format de sources.csv) ; la valeur n'est pas lue.");
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

void TableMapper::report(Severity severity, DiagnosticCode code, std::uint32_t line, std::uint32_t column,
                         std::string value, std::string message) {
  out_.diagnostics.push_back(Diagnostic{severity, code, place(line, column), std::move(value), std::move(message)});
}

SourcePlace TableMapper::place(std::uint32_t line, std::uint32_t column) const {
  return SourcePlace{line, column, table_.sheet};
}

std::string TableMapper::describe_value_key(IndicatorId indicator, TerritoryId territory, const Period& period,
                                            BreakdownId breakdown, bool total_row) const {
  return describe_figure_key(catalogues_, indicator, total_row ? nullptr : &catalogues_.territories.at(territory),
                             period, breakdown);
}

}  // namespace prith
