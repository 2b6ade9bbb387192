#include "store/store.h"

#include <algorithm>

#include "store/schema.h"

namespace prith {

namespace {

void insert_observations(Database& database, std::int64_t batch, const FileReading& reading,
                         const TerritoryCatalogue& territories, const IndicatorCatalogue& indicators,
                         const BreakdownCatalogue* breakdowns) {
  Statement insert(database,
                   "INSERT INTO observations (batch, indicator, territory_level, territory, period, status, value,"
                   " sheet, line, column_number, comment, link, breakdown) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  // "sexe:F" for each category, built once.
  std::vector<std::string> breakdown_keys(1);
  if (breakdowns != nullptr) {
    for (std::size_t id = 1; id <= breakdowns->category_count(); ++id) {
      breakdown_keys.push_back(breakdowns->key(static_cast<BreakdownId>(id)));
    }
  }
  // Notes sorted by observation, walked alongside.
  std::vector<const ObservationNote*> notes;
  for (const ObservationNote& note : reading.notes) notes.push_back(&note);
  std::stable_sort(notes.begin(), notes.end(),
                   [](const ObservationNote* a, const ObservationNote* b) { return a->observation < b->observation; });
  std::size_t next_note = 0;
  for (std::size_t i = 0; i < reading.observations.size(); ++i) {
    const Observation& observation = reading.observations[i];
    const Territory& territory = territories.at(observation.territory);
    // Every text bound here outlives the step: catalogue strings, the
    // reading's sheets and notes, and `period` below. No copy per row.
    std::string period = observation.period.to_string();
    insert.bind(1, batch)
        .bind_static(2, indicators.at(observation.indicator).code)
        .bind_static(3, level_name(territory.level))
        .bind_static(4, territory.code)
        .bind_static(5, period)
        .bind_static(6, status_name(observation.status));
    if (observation.status == ObservationStatus::ok) {
      insert.bind(7, observation.value);
    } else {
      insert.bind_null(7);
    }
    std::string_view sheet = observation.sheet == 0 ? std::string_view() : reading.sheets[observation.sheet - 1];
    insert.bind_static(8, sheet)
        .bind(9, static_cast<std::int64_t>(observation.line))
        .bind(10, static_cast<std::int64_t>(observation.column));
    while (next_note < notes.size() && notes[next_note]->observation < i) ++next_note;
    if (next_note < notes.size() && notes[next_note]->observation == i) {
      insert.bind_static(11, notes[next_note]->comment).bind_static(12, notes[next_note]->link);
    } else {
      insert.bind_static(11, std::string_view()).bind_static(12, std::string_view());
    }
    insert.bind_static(13, breakdown_keys.at(observation.breakdown));
    insert.run();
  }
}

void insert_diagnostics(Database& database, std::int64_t batch, const std::vector<Diagnostic>& diagnostics) {
  Statement insert(database,
                   "INSERT INTO diagnostics (batch, severity, code, code_name, sheet, line, column_number, value,"
                   " message) VALUES (?,?,?,?,?,?,?,?,?)");
  for (const Diagnostic& diagnostic : diagnostics) {
    insert.bind(1, batch)
        .bind(2, severity_name(diagnostic.severity))
        .bind(3, static_cast<std::int64_t>(diagnostic.code))
        .bind(4, code_name(diagnostic.code))
        .bind(5, std::string_view(diagnostic.place.sheet))
        .bind(6, static_cast<std::int64_t>(diagnostic.place.line))
        .bind(7, static_cast<std::int64_t>(diagnostic.place.column))
        .bind(8, std::string_view(diagnostic.value))
        .bind(9, std::string_view(diagnostic.message))
        .run();
  }
}

}  // namespace

std::filesystem::path Store::path_in(const std::filesystem::path& project_root) {
  return project_root / "prith.sqlite";
}

Store::Store(const std::string& path) : database_(path) {
  // WAL: a reader never blocks the build, and a killed writer leaves the
  // main file untouched (the uncommitted frames are ignored on reopen).
  // synchronous=NORMAL is durable across a crashed process in WAL mode;
  // only a power cut may lose the last committed batch, never corrupt one.
  database_.execute("PRAGMA journal_mode = WAL");
  database_.execute("PRAGMA synchronous = NORMAL");
  database_.execute("PRAGMA foreign_keys = ON");
  migrate_store(database_);
}

std::optional<Store::KnownContent> Store::knows_content(const std::string& sha256) {
  Statement query(database_,
                  "SELECT id, refusal_code, refusal_message, reading FROM batches WHERE sha256 = ?"
                  " ORDER BY id DESC LIMIT 1");
  query.bind(1, std::string_view(sha256));
  if (!query.step()) return std::nullopt;
  KnownContent known;
  known.batch = query.integer(0);
  if (!query.is_null(1)) known.refusal = Refusal{static_cast<DiagnosticCode>(query.integer(1)), query.text(2)};
  known.reading = query.text(3);
  return known;
}

std::vector<Diagnostic> Store::stored_errors(std::int64_t batch) {
  Statement query(database_,
                  "SELECT code, sheet, line, column_number, value, message FROM diagnostics"
                  " WHERE batch = ? AND severity = 'error' ORDER BY rowid");
  query.bind(1, batch);
  std::vector<Diagnostic> errors;
  while (query.step()) {
    Diagnostic& error = errors.emplace_back();
    error.severity = Severity::error;
    error.code = static_cast<DiagnosticCode>(query.integer(0));
    error.place.sheet = query.text(1);
    error.place.line = static_cast<std::uint32_t>(query.integer(2));
    error.place.column = static_cast<std::uint32_t>(query.integer(3));
    error.value = query.text(4);
    error.message = query.text(5);
  }
  return errors;
}

std::function<void()>& Store::hook_before_commit() {
  static std::function<void()> hook;
  return hook;
}

Store::AddedBatch Store::add_batch(const BatchRecord& record, const FileReading& reading,
                                   const TerritoryCatalogue& territories, const IndicatorCatalogue& indicators,
                                   const BreakdownCatalogue* breakdowns) {
  DiagnosticCounts counts = count_by_severity(reading.diagnostics);
  Transaction transaction(database_);  // BEGIN IMMEDIATE: the write lock is ours from here
  std::optional<KnownContent> known = knows_content(record.sha256);
  if (known && known->reading == record.reading) return {known->batch, false};
  Statement insert(database_,
                   "INSERT INTO batches (file, source, sha256, read_at, refusal_code, refusal_message, observations,"
                   " errors, warnings, infos, format, bytes, reading) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  insert.bind(1, std::string_view(record.file))
      .bind(2, std::string_view(record.source))
      .bind(3, std::string_view(record.sha256))
      .bind(4, std::string_view(record.read_at));
  if (reading.refused) {
    insert.bind(5, static_cast<std::int64_t>(reading.refused->code)).bind(6, std::string_view(reading.refused->message));
  } else {
    insert.bind_null(5).bind_null(6);
  }
  insert.bind(7, static_cast<std::int64_t>(reading.observations.size()))
      .bind(8, static_cast<std::int64_t>(counts.errors))
      .bind(9, static_cast<std::int64_t>(counts.warnings))
      .bind(10, static_cast<std::int64_t>(counts.infos))
      .bind(11, std::string_view(reading.format == FileFormat::xlsx ? "xlsx" : "csv"))
      .bind(12, static_cast<std::int64_t>(record.bytes))
      .bind(13, std::string_view(record.reading))
      .run();
  std::int64_t batch = database_.last_insert_id();
  insert_observations(database_, batch, reading, territories, indicators, breakdowns);
  insert_diagnostics(database_, batch, reading.diagnostics);
  if (hook_before_commit()) hook_before_commit()();
  transaction.commit();
  return {batch, true};
}

}  // namespace prith
