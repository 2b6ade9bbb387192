// A thin owner of SQLite's C API: one connection, prepared statements that
// finalize themselves, and errors as exceptions carrying SQLite's message.
// Only the store uses it; it exists so that no sqlite3_* call leaks.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace prith {

class SqliteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Statement;

class Database {
 public:
  // Opens (creating when absent) the file; throws SqliteError.
  explicit Database(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void execute(const std::string& sql);  // one or more statements, no results
  std::int64_t single_integer(const std::string& sql);
  std::string single_text(const std::string& sql);
  std::int64_t last_insert_id() const;
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// A prepared statement. bind_* take 1-based indexes; step() returns true
// while there is a row; reset() makes it reusable with new bindings.
class Statement {
 public:
  Statement(Database& database, const std::string& sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);  // copied
  // Not copied: `value` must stay alive until the next step() or reset().
  Statement& bind_static(int index, std::string_view value);
  Statement& bind_null(int index);
  bool step();
  void run() { step(); reset(); }
  void reset();

  std::int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  std::string_view text_view(int column) const;  // valid until the next step
  bool is_null(int column) const;

 private:
  Database& database_;
  sqlite3_stmt* statement_ = nullptr;
};

// Begins a transaction that rolls back unless commit() is called: a batch
// is all there or not there at all.
class Transaction {
 public:
  explicit Transaction(Database& database);
  ~Transaction();
  void commit();

 private:
  Database& database_;
  bool done_ = false;
};

}  // namespace prith
