// The embedded SQLite store: RAII connection and statement wrappers, the schema derived from the
// data model, and transactions. Every statement that takes a value binds it; no SQL is ever built
// from data or from rule text.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "tuanthu/activity_store.h"
#include "tuanthu/lang.h"

namespace tuanthu {

// A store that cannot be opened, read or written. what() is English; message(lang) says it in
// the language asked for when the thrower gave a Vietnamese text too.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  StoreError(const std::string& english, std::string vietnamese)
      : std::runtime_error(english), vietnamese_(std::move(vietnamese)) {}

  std::string message(Lang lang) const {
    return lang == Lang::kVi && !vietnamese_.empty() ? vietnamese_ : what();
  }

 private:
  std::string vietnamese_;
};

// The text of an error for the user in `lang`: a StoreError's message(lang), a file system
// error's path and reason, else what() (tuanthu's own errors are thrown in the user's language).
std::string ErrorMessage(const std::exception& error, Lang lang);

// What went wrong in SQLite's own words (`english`, from sqlite3_errmsg) and, in Vietnamese, as
// its result code says: "SQL error: file is not a database" / "lỗi SQLite: tệp không phải ...".
StoreError SqliteError(int code, const std::string& english, const std::string& context = "");

// The store layout this version writes: 1 = the first stores; 2 = locality-driven indexes and
// planner statistics. Older stores are read as they are and upgraded by the next import.
inline constexpr int64_t kSchemaVersion = 2;

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept : stmt_(std::exchange(other.stmt_, nullptr)) {}

  // Parameters are 1-based, as in SQLite.
  Statement& Bind(int index, std::string_view text);
  // Binds `text` without copying it: it must stay unchanged until the statement is reset.
  Statement& BindBorrowed(int index, std::string_view text);
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& BindNull(int index);
  // Returns true while a row is available.
  bool Step();
  void Reset();
  // Runs a statement that returns no rows.
  void Run();

  bool IsNull(int column) const;
  std::string_view Text(int column) const;  // "" for NULL
  std::optional<std::string> OptionalText(int column) const;
  int64_t Int(int column) const;
  std::optional<int64_t> OptionalInt(int column) const;
  double Double(int column) const;
  int ColumnCount() const;
  std::string ColumnName(int column) const;
  sqlite3_stmt* raw() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  // Opens (and with kReadWrite creates) the database at `path`; ":memory:" for a temporary one.
  // Sets a busy timeout so a second writer waits instead of failing at once.
  explicit Database(const std::string& path, Mode mode = Mode::kReadWrite);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void Exec(std::string_view sql);
  Statement Prepare(std::string_view sql) { return Statement(db_, sql); }
  int64_t Changes() const { return sqlite3_changes64(db_); }
  sqlite3* raw() const { return db_; }
  const std::string& path() const { return path_; }

  // Creates the activity tables and indexes if they are absent, and brings a store of an older
  // schema up to date (see kSchemaVersion). Idempotent. Throws StoreError for a newer schema.
  void EnsureSchema();
  // The schema version the store records (0: not a tuanthu store, or an empty one).
  int64_t SchemaVersion();
  // Throws StoreError, saying what to do, when the store was written by a newer tuanthu.
  void CheckSchemaReadable();
  // The indexes the readers use besides the primary keys and uniqueness constraints: dropped
  // for a bulk load into an empty store and created again, in the same transaction, before it
  // commits (CreateSecondaryIndexes is idempotent).
  void DropSecondaryIndexes();
  void CreateSecondaryIndexes();
  // Refreshes the statistics the query planner uses (after an import).
  void Analyze();
  bool HasTable(std::string_view name);
  // Milliseconds a writer waits for another writer's lock. Default: 30000.
  void SetBusyTimeout(int milliseconds);

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// Rolls back unless Commit() is called: a failed import or run leaves the database as it was.
class Transaction {
 public:
  explicit Transaction(Database& db, bool immediate = true);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();

 private:
  Database& db_;
  bool open_ = true;
};

// The schema's SQL for one table of the data model (used by EnsureSchema and the tests).
std::string CreateTableSql(std::string_view table);

// The engine's reader of a SQLite store. Borrows `db` (which must outlive it); scans of named
// localities go through the locality indexes, a scan of every locality reads each table once.
class SqliteActivityStore : public ActivityStore {
 public:
  explicit SqliteActivityStore(Database& db);
  ~SqliteActivityStore() override;

  bool HasActivityData() override;
  void ForEachLocality(const std::function<void(const StoredLocality&)>& visit) override;
  void ForEachUnit(const std::vector<std::string>& localities,
                   const std::function<void(const StoredUnit&)>& visit) override;
  void ForEachBaseline(const std::vector<std::string>& scopes,
                       const std::function<void(const StoredBaseline&)>& visit) override;
  void Scan(const ScanRequest& request, RecordVisitor& visitor) override;
  bool Query(const QueryRequest& request, nlohmann::json* rows, std::string* error) override;
  // A read-only connection to the same file; nullptr for an in-memory database.
  std::unique_ptr<ActivityStore> OpenAnotherReader() override;

  Database& database() { return *db_; }

 private:
  explicit SqliteActivityStore(std::unique_ptr<Database> owned);

  std::unique_ptr<Database> owned_;
  Database* db_;
};

}  // namespace tuanthu
