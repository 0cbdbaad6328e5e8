// A PostgreSQL store through libpq: RAII connection and result wrappers, parameterised
// statements (values always bound, never spliced into SQL), COPY for bulk loading, advisory
// locks, and transactions that roll back unless committed.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tuanthu/lang.h"
#include "tuanthu/store.h"

namespace tuanthu::pg {

// True when `text` is a libpq connection URI (postgresql://... or postgres://...).
bool IsPostgresUri(std::string_view text);

// The URI with any password replaced by "***", for messages and run records.
std::string RedactUri(std::string_view uri);

// A failure of the server or of the connection. `connection_lost` tells a dropped connection
// (the server rolled back whatever transaction was open) from an error in a statement.
class PgError : public StoreError {
 public:
  PgError(const std::string& english, const std::string& vietnamese, std::string sqlstate,
          bool connection_lost)
      : StoreError(english, vietnamese),
        sqlstate_(std::move(sqlstate)),
        connection_lost_(connection_lost) {}
  const std::string& sqlstate() const { return sqlstate_; }
  bool connection_lost() const { return connection_lost_; }

 private:
  std::string sqlstate_;
  bool connection_lost_;
};

// A parameter: nullopt is SQL NULL; text is passed as the server parses the column type.
using Param = std::optional<std::string>;

class Result {
 public:
  explicit Result(PGresult* result) : result_(result) {}
  ~Result() {
    if (result_ != nullptr) PQclear(result_);
  }
  Result(Result&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;

  int Rows() const { return PQntuples(result_); }
  int Columns() const { return PQnfields(result_); }
  bool IsNull(int row, int column) const { return PQgetisnull(result_, row, column) != 0; }
  std::string_view Text(int row, int column) const {
    return {PQgetvalue(result_, row, column),
            static_cast<size_t>(PQgetlength(result_, row, column))};
  }
  std::optional<std::string> OptionalText(int row, int column) const {
    if (IsNull(row, column)) return std::nullopt;
    return std::string(Text(row, column));
  }
  int64_t Int(int row, int column) const;
  std::string ColumnName(int column) const { return PQfname(result_, column); }
  int64_t AffectedRows() const;

 private:
  PGresult* result_;
};

class Connection {
 public:
  // Connects to `uri`; throws PgError with the server's message (password redacted) on failure.
  explicit Connection(const std::string& uri);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one or more statements without parameters.
  void Exec(std::string_view sql);
  // Runs one statement. `?` placeholders (outside quotes) are numbered $1, $2, ... for the
  // server, so that the same SQL text serves SQLite and PostgreSQL.
  Result Query(std::string_view sql, const std::vector<Param>& params = {});
  // Streams the rows of a query one at a time (single-row mode): `visit` gets a one-row result.
  void Stream(std::string_view sql, const std::vector<Param>& params,
              const std::function<void(const Result&)>& visit);

  // COPY table (columns) FROM STDIN in text format: `data` holds whole lines.
  void CopyIn(const std::string& copy_sql, std::string_view data);
  // COPY (query) TO STDOUT: `visit` gets each CopyData message as the server streams it (in
  // binary format, one row each; the first also carries the header, the last the trailer).
  // The server writes ahead while the client reads, with no result held in memory.
  void CopyOut(const std::string& copy_sql, const std::function<void(std::string_view)>& visit);
  // `text` as an SQL string literal for this connection (for statements that take no
  // parameters, such as COPY).
  std::string Literal(std::string_view text);

  const std::string& uri() const { return uri_; }
  PGconn* raw() const { return conn_; }
  bool InTransaction() const;

 private:
  [[noreturn]] void Fail(const std::string& what, PGresult* result = nullptr);
  void Check(PGresult* result, const std::string& what);
  // After the data of a COPY: reads the command's results, throws the first failure.
  void FinishCopy();

  PGconn* conn_ = nullptr;
  std::string uri_;
};

// BEGIN ... COMMIT; rolls back on destruction unless committed. `begin` is the whole BEGIN
// statement (for instance "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").
class Transaction {
 public:
  explicit Transaction(Connection& connection, std::string_view begin = "BEGIN");
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();

 private:
  Connection& connection_;
  bool open_ = true;
};

// Text format of COPY: escapes backslash, tab, newline and carriage return.
void AppendCopyField(std::string* line, std::string_view value);
inline void AppendCopyNull(std::string* line) { line->append("\\N"); }

// The 64-bit key of an advisory lock named `name` within tuanthu's namespace (FNV-1a: stable
// across versions and machines, unlike hashtext).
int64_t AdvisoryKey(std::string_view name);

// A session-level advisory lock held on its own connection until destroyed: the run lock of a
// PostgreSQL store. The server releases it if the process dies.
class SessionLock {
 public:
  // Waits up to `wait_seconds` for the lock `name`; throws std::runtime_error when another run
  // still holds it.
  SessionLock(const std::string& uri, const std::string& name, int wait_seconds,
              Lang lang = Lang::kVi);
  ~SessionLock();
  SessionLock(const SessionLock&) = delete;
  SessionLock& operator=(const SessionLock&) = delete;

 private:
  std::unique_ptr<Connection> connection_;
  int64_t key_;
};

}  // namespace tuanthu::pg
