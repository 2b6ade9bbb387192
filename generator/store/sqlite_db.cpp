#include "store/sqlite_db.h"

#include <sqlite3.h>

namespace prith {

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what) {
  throw SqliteError(what + " : " + (db ? sqlite3_errmsg(db) : "mémoire épuisée"));
}

}  // namespace

Database::Database(const std::string& path) {
  // NOMUTEX: a connection is only ever used by the thread that opened it.
  int status = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (status != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "mémoire épuisée";
    sqlite3_close(db_);
    db_ = nullptr;
    throw SqliteError("ouverture de " + path + " impossible : " + message);
  }
  // Another prith writing the same store waits a little instead of failing.
  sqlite3_busy_timeout(db_, 5000);
}

Database::~Database() { sqlite3_close(db_); }

void Database::execute(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "erreur inconnue";
    sqlite3_free(message);
    throw SqliteError("SQLite : " + text);
  }
}

std::int64_t Database::single_integer(const std::string& sql) {
  Statement statement(*this, sql);
  return statement.step() ? statement.integer(0) : 0;
}

std::string Database::single_text(const std::string& sql) {
  Statement statement(*this, sql);
  return statement.step() ? statement.text(0) : std::string();
}

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

Statement::Statement(Database& database, const std::string& sql) : database_(database) {
  if (sqlite3_prepare_v2(database.handle(), sql.c_str(), -1, &statement_, nullptr) != SQLITE_OK)
    fail(database.handle(), "SQLite (préparation)");
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement& Statement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(statement_, index, value) != SQLITE_OK) fail(database_.handle(), "SQLite (liaison)");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (sqlite3_bind_double(statement_, index, value) != SQLITE_OK) fail(database_.handle(), "SQLite (liaison)");
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  // An empty view may have no data pointer, which SQLite would store as NULL.
  const char* data = value.data() ? value.data() : "";
  if (sqlite3_bind_text(statement_, index, data, static_cast<int>(value.size()), SQLITE_TRANSIENT) !=
      SQLITE_OK)
    fail(database_.handle(), "SQLite (liaison)");
  return *this;
}

Statement& Statement::bind_static(int index, std::string_view value) {
  const char* data = value.data() ? value.data() : "";
  if (sqlite3_bind_text(statement_, index, data, static_cast<int>(value.size()), SQLITE_STATIC) != SQLITE_OK)
    fail(database_.handle(), "SQLite (liaison)");
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (sqlite3_bind_null(statement_, index) != SQLITE_OK) fail(database_.handle(), "SQLite (liaison)");
  return *this;
}

bool Statement::step() {
  int status = sqlite3_step(statement_);
  if (status == SQLITE_ROW) return true;
  if (status == SQLITE_DONE) return false;
  fail(database_.handle(), "SQLite");
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(statement_, column); }
double Statement::real(int column) const { return sqlite3_column_double(statement_, column); }
bool Statement::is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

std::string_view Statement::text_view(int column) const {
  const unsigned char* text = sqlite3_column_text(statement_, column);
  if (!text) return {};
  return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))};
}

std::string Statement::text(int column) const { return std::string(text_view(column)); }

Transaction::Transaction(Database& database) : database_(database) { database_.execute("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (done_) return;
  try {
    database_.execute("ROLLBACK");
  } catch (const SqliteError&) {
    // Nothing more to do: SQLite has already rolled back when ROLLBACK fails.
  }
}

void Transaction::commit() {
  database_.execute("COMMIT");
  done_ = true;
}

}  // namespace prith
