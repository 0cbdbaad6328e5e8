#include "store/postgres.h"

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <thread>

namespace tuanthu::pg {
namespace {

bool ConnectionBad(PGconn* conn) { return conn == nullptr || PQstatus(conn) == CONNECTION_BAD; }

std::string TrimMessage(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// `?` outside quotes and comments becomes $1, $2, ...
std::string NumberPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 1;
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote != 0) {
      out += c;
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const size_t end = sql.find('\n', i);
      const size_t stop = end == std::string_view::npos ? sql.size() : end;
      out.append(sql.substr(i, stop - i));
      i = stop - 1;
    } else if (c == '?') {
      out += '$' + std::to_string(next++);
    } else {
      out += c;
    }
  }
  return out;
}

// libpq's reason a connection failed (English, from PQerrorMessage), said in Vietnamese.
std::string ConnectFailureVi(const std::string& message) {
  const auto has = [&message](const char* text) { return message.find(text) != std::string::npos; };
  if (has("Connection refused")) {
    return "máy chủ từ chối kết nối (máy chủ chưa chạy, hoặc sai tên máy hay cổng)";
  }
  if (has("could not translate host name") || has("Name or service not known")) {
    return "không tìm thấy máy chủ (sai tên máy)";
  }
  if (has("password authentication failed") || has("no password supplied") ||
      has("authentication failed") || has("no pg_hba.conf entry")) {
    return "máy chủ không chấp nhận tài khoản hoặc mật khẩu này";
  }
  if (has("database") && has("does not exist")) return "cơ sở dữ liệu này không có trên máy chủ";
  if (has("role") && has("does not exist")) return "tài khoản (role) này không có trên máy chủ";
  if (has("invalid") || has("missing") || has("unexpected") || has("URI")) {
    return "URI không hợp lệ (dạng đúng: postgresql://tài-khoản@máy/cơ-sở-dữ-liệu)";
  }
  if (has("timeout") || has("timed out")) return "hết thời gian chờ kết nối";
  if (has("No such file or directory")) return "không có máy chủ PostgreSQL nào trên máy này";
  if (has("too many")) return "máy chủ đã nhận quá nhiều kết nối";
  if (has("SSL")) return "lỗi kết nối SSL";
  if (has("out of memory")) return "hết bộ nhớ";
  return "máy chủ không nhận kết nối";
}

// What a server error (by its SQLSTATE and, for row-level security, its text) means, in
// Vietnamese; the code itself is appended.
std::string ServerErrorVi(const std::string& sqlstate, const std::string& message) {
  const std::string type = sqlstate.substr(0, 2);
  std::string text;
  if (sqlstate == "42501" && message.find("row-level security") != std::string::npos) {
    text =
        "tài khoản này không được ghi dữ liệu đó: chính sách bảo mật theo dòng của kho chỉ cho "
        "mỗi địa bàn ghi dữ liệu của chính mình";
  } else if (sqlstate == "28P01" || type == "28") {
    text = "máy chủ không chấp nhận tài khoản hoặc mật khẩu này";
  } else if (sqlstate == "3D000") {
    text = "cơ sở dữ liệu này không có trên máy chủ";
  } else if (sqlstate == "42501") {
    text = "tài khoản không có quyền làm việc này";
  } else if (sqlstate == "42P01") {
    text = "bảng không có trong kho (hãy chạy tuanthu store init hoặc nhập dữ liệu trước)";
  } else if (sqlstate == "40P01" || sqlstate == "40001") {
    text = "xung đột với một giao dịch khác; hãy chạy lại";
  } else if (sqlstate == "57014") {
    text = "câu lệnh bị hủy (quá thời gian cho phép)";
  } else if (type == "23") {
    text = "vi phạm ràng buộc dữ liệu của kho";
  } else if (type == "22") {
    text = "giá trị không hợp lệ đối với kho";
  } else if (type == "53") {
    text = "máy chủ hết tài nguyên (đĩa, bộ nhớ hoặc số kết nối)";
  } else if (type == "42") {
    text = "câu lệnh SQL sai hoặc tham chiếu đến thứ không có";
  } else if (type == "25" || type == "40") {
    text = "giao dịch bị hủy; hãy chạy lại";
  } else {
    text = "máy chủ PostgreSQL báo lỗi";
  }
  return sqlstate.empty() ? text : text + " (mã SQLSTATE " + sqlstate + ")";
}

struct ParamArrays {
  std::vector<const char*> values;
  explicit ParamArrays(const std::vector<Param>& params) {
    values.reserve(params.size());
    for (const Param& p : params) values.push_back(p ? p->c_str() : nullptr);
  }
};

}  // namespace

bool IsPostgresUri(std::string_view text) {
  return text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0;
}

std::string RedactUri(std::string_view uri) {
  std::string text(uri);
  const size_t scheme = text.find("://");
  if (scheme == std::string::npos) return text;
  const size_t start = scheme + 3;
  const size_t end = text.find_first_of("/?", start);
  const size_t at = text.rfind('@', end == std::string::npos ? text.size() : end);
  if (at == std::string::npos || at < start) return text;
  const size_t colon = text.find(':', start);
  if (colon != std::string::npos && colon < at) text.replace(colon + 1, at - colon - 1, "***");
  return text;
}

int64_t Result::Int(int row, int column) const {
  return std::strtoll(PQgetvalue(result_, row, column), nullptr, 10);
}

int64_t Result::AffectedRows() const {
  const char* text = PQcmdTuples(result_);
  return text == nullptr || *text == 0 ? 0 : std::strtoll(text, nullptr, 10);
}

Connection::Connection(const std::string& uri) : uri_(uri) {
  conn_ = PQconnectdb(uri.c_str());
  if (ConnectionBad(conn_)) {
    const std::string message =
        conn_ != nullptr ? TrimMessage(PQerrorMessage(conn_)) : "out of memory";
    if (conn_ != nullptr) PQfinish(conn_);
    conn_ = nullptr;
    throw PgError("cannot connect to " + RedactUri(uri) + ": " + message,
                  "không kết nối được tới " + RedactUri(uri) + ": " + ConnectFailureVi(message),
                  "08001", true);
  }
  // Notices (ANALYZE skipping a table an account does not own, ...) are not for the user.
  PQsetNoticeProcessor(
      conn_, [](void*, const char*) {}, nullptr);
  // Dates in ISO form and floats exact, whatever the server's defaults.
  Exec(
      "SET DateStyle TO 'ISO, YMD'; SET client_encoding TO 'UTF8'; SET extra_float_digits TO 3; "
      "SET client_min_messages TO warning");
}

Connection::~Connection() {
  if (conn_ != nullptr) PQfinish(conn_);
}

bool Connection::InTransaction() const {
  return PQtransactionStatus(conn_) == PQTRANS_INTRANS ||
         PQtransactionStatus(conn_) == PQTRANS_INERROR;
}

void Connection::Fail(const std::string& what, PGresult* result) {
  std::string sqlstate;
  std::string message;
  if (result != nullptr) {
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    if (state != nullptr) sqlstate = state;
    message = TrimMessage(PQresultErrorMessage(result));
    PQclear(result);
  }
  if (message.empty()) message = TrimMessage(PQerrorMessage(conn_));
  const bool lost = ConnectionBad(conn_) || sqlstate.rfind("08", 0) == 0 || sqlstate == "57P01" ||
                    sqlstate == "57P02" || sqlstate == "57P03";
  std::string vietnamese = "lỗi PostgreSQL: " + ServerErrorVi(sqlstate, message);
  if (lost) {
    message = "the connection to the PostgreSQL server was lost (" + message + ")";
    vietnamese = "mất kết nối tới máy chủ PostgreSQL";
  }
  throw PgError(what.empty() ? message : message + " (" + what + ")", vietnamese, sqlstate, lost);
}

void Connection::Check(PGresult* result, const std::string& what) {
  const ExecStatusType status = result != nullptr ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_SINGLE_TUPLE ||
      status == PGRES_COPY_IN) {
    return;
  }
  Fail(what, result);
}

void Connection::Exec(std::string_view sql) {
  const std::string text(sql);
  PGresult* result = PQexec(conn_, text.c_str());
  Check(result, "");
  PQclear(result);
}

Result Connection::Query(std::string_view sql, const std::vector<Param>& params) {
  const std::string text = NumberPlaceholders(sql);
  ParamArrays arrays(params);
  PGresult* result = PQexecParams(conn_, text.c_str(), static_cast<int>(params.size()), nullptr,
                                  arrays.values.data(), nullptr, nullptr, 0);
  Check(result, "");
  return Result(result);
}

void Connection::Stream(std::string_view sql, const std::vector<Param>& params,
                        const std::function<void(const Result&)>& visit) {
  const std::string text = NumberPlaceholders(sql);
  ParamArrays arrays(params);
  if (!PQsendQueryParams(conn_, text.c_str(), static_cast<int>(params.size()), nullptr,
                         arrays.values.data(), nullptr, nullptr, 0)) {
    Fail("");
  }
  PQsetSingleRowMode(conn_);
  std::optional<PgError> failure;
  while (PGresult* raw = PQgetResult(conn_)) {
    const ExecStatusType status = PQresultStatus(raw);
    if (status == PGRES_SINGLE_TUPLE) {
      Result row(raw);
      if (!failure) {
        try {
          visit(row);
        } catch (...) {
          // Drain the remaining rows so that the connection stays usable, then rethrow.
          PQrequestCancel(conn_);
          while (PGresult* rest = PQgetResult(conn_)) PQclear(rest);
          throw;
        }
      }
    } else if (status == PGRES_TUPLES_OK) {
      PQclear(raw);
    } else {
      try {
        Fail("", raw);
      } catch (const PgError& e) {
        failure.emplace(e);
      }
    }
  }
  if (failure) throw *failure;
}

void Connection::FinishCopy() {
  // Every result is read, so that the connection is ready for the next statement; the first
  // failure is the one thrown.
  std::optional<PgError> failure;
  while (PGresult* result = PQgetResult(conn_)) {
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
      try {
        Fail("", result);
      } catch (const PgError& e) {
        failure.emplace(e);
      }
    } else {
      PQclear(result);
    }
  }
  if (failure) throw *failure;
}

void Connection::CopyIn(const std::string& copy_sql, std::string_view data) {
  PGresult* start = PQexec(conn_, copy_sql.c_str());
  if (start == nullptr || PQresultStatus(start) != PGRES_COPY_IN) Fail("", start);
  PQclear(start);
  constexpr size_t kChunk = 1 << 20;
  for (size_t offset = 0; offset < data.size(); offset += kChunk) {
    const size_t size = std::min(kChunk, data.size() - offset);
    if (PQputCopyData(conn_, data.data() + offset, static_cast<int>(size)) != 1) Fail("");
  }
  if (PQputCopyEnd(conn_, nullptr) != 1) Fail("");
  FinishCopy();
}

void Connection::CopyOut(const std::string& copy_sql,
                         const std::function<void(std::string_view)>& visit) {
  PGresult* start = PQexec(conn_, copy_sql.c_str());
  if (start == nullptr || PQresultStatus(start) != PGRES_COPY_OUT) Fail("", start);
  PQclear(start);
  for (;;) {
    char* buffer = nullptr;
    const int size = PQgetCopyData(conn_, &buffer, 0);
    if (size == -1) break;
    if (size < 0) Fail("");
    std::unique_ptr<char, decltype(&PQfreemem)> owned(buffer, &PQfreemem);
    try {
      visit(std::string_view(buffer, static_cast<size_t>(size)));
    } catch (...) {
      // Read the rest and drop it: cancelling would abort the transaction (the check's
      // snapshot), and the connection must stay usable.
      owned.reset();
      for (char* rest = nullptr; PQgetCopyData(conn_, &rest, 0) > 0; rest = nullptr) {
        PQfreemem(rest);
      }
      while (PGresult* result = PQgetResult(conn_)) PQclear(result);
      throw;
    }
  }
  FinishCopy();
}

std::string Connection::Literal(std::string_view text) {
  char* quoted = PQescapeLiteral(conn_, text.data(), text.size());
  if (quoted == nullptr) Fail("");
  std::string literal(quoted);
  PQfreemem(quoted);
  return literal;
}

Transaction::Transaction(Connection& connection, std::string_view begin) : connection_(connection) {
  connection_.Exec(begin);
}

Transaction::~Transaction() {
  if (!open_) return;
  try {
    if (PQstatus(connection_.raw()) == CONNECTION_OK) connection_.Exec("ROLLBACK");
  } catch (...) {
    // The server rolls back a transaction whose connection is gone.
  }
}

void Transaction::Commit() {
  open_ = false;
  try {
    connection_.Exec("COMMIT");
  } catch (const PgError& e) {
    if (!e.connection_lost()) throw;
    throw PgError(
        std::string(e.what()) +
            " while committing: the server may or may not have committed the transaction; "
            "check the store before running it again",
        e.message(Lang::kVi) +
            " khi ghi nhận giao dịch: máy chủ có thể đã ghi nhận hoặc chưa; hãy kiểm tra kho "
            "trước khi chạy lại",
        e.sqlstate(), true);
  }
}

void AppendCopyField(std::string* line, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '\\':
        line->append("\\\\");
        break;
      case '\t':
        line->append("\\t");
        break;
      case '\n':
        line->append("\\n");
        break;
      case '\r':
        line->append("\\r");
        break;
      default:
        line->push_back(c);
    }
  }
}

int64_t AdvisoryKey(std::string_view name) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : std::string("tuanthu:") + std::string(name)) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return static_cast<int64_t>(hash);
}

SessionLock::SessionLock(const std::string& uri, const std::string& name, int wait_seconds,
                         Lang lang)
    : connection_(std::make_unique<Connection>(uri)), key_(AdvisoryKey(name)) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait_seconds);
  for (;;) {
    Result got =
        connection_->Query("SELECT pg_try_advisory_lock(?::bigint)", {std::to_string(key_)});
    if (got.Text(0, 0) == "t") return;
    if (std::chrono::steady_clock::now() >= deadline) {
      throw std::runtime_error(Format(
          Tr(lang,
             "một lần chạy tuanthu khác đang ghi vào {0} (khóa tư vấn '{1}' của PostgreSQL); đã "
             "chờ {2} giây — hãy thử lại sau hoặc dùng --wait SỐ-GIÂY",
             "another tuanthu run is writing to {0} (advisory lock '{1}'); waited {2} s — try "
             "again later or pass --wait SECONDS"),
          {RedactUri(uri), name, std::to_string(wait_seconds)}));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

SessionLock::~SessionLock() {
  try {
    connection_->Query("SELECT pg_advisory_unlock(?::bigint)", {std::to_string(key_)});
  } catch (...) {
    // Closing the connection releases the lock anyway.
  }
}

}  // namespace tuanthu::pg
