#include "tuanthu/store.h"

#include <filesystem>
#include <new>
#include <string>

#include "tuanthu/data_model.h"

namespace tuanthu {
namespace {

std::string SqlType(ColumnType type) {
  switch (type) {
    case ColumnType::kBool:
    case ColumnType::kInteger:
      return "INTEGER";
    case ColumnType::kDecimal:
      return "REAL";
    default:
      return "TEXT";
  }
}

// The secondary indexes, by name. An import into an empty store drops them and builds them
// once the rows are in (Database::DropSecondaryIndexes): sorting once is much cheaper than
// keeping eleven b-trees ordered row by row.
struct IndexSpec {
  const char* name;
  const char* columns;  // `table(column, ...)`
};
constexpr IndexSpec kIndexes[] = {
    {"units_locality", "units(locality_code, role)"},
    {"meetings_unit", "meetings(unit_id, start_date)"},
    {"documents_unit", "documents(unit_id, date)"},
    {"dossiers_unit", "dossiers(unit_id, received_date)"},
    {"reports_unit", "reports(unit_id, period)"},
    {"tasks_locality", "tasks(locality_code, ref)"},
    {"feedback_unit", "feedback(unit_id, due_date)"},
    // Schema 2: the units of a locality without visiting the table (every locality-driven read
    // starts here), and the dated reads of one unit by the date the engine filters on.
    {"units_by_locality", "units(locality_code, unit_id)"},
    {"feedback_unit_received", "feedback(unit_id, received_date)"},
    {"reports_unit_submitted", "reports(unit_id, submitted_date)"},
    {"schedules_published", "schedules(locality_code, published_date)"},
};

int64_t StoredSchemaVersion(Database& db) {
  if (!db.HasTable("tuanthu_meta")) return 0;
  Statement s = db.Prepare("SELECT value FROM tuanthu_meta WHERE key = 'schema_version'");
  return s.Step() ? std::stoll(std::string(s.Text(0))) : 0;
}

}  // namespace

std::string ErrorMessage(const std::exception& error, Lang lang) {
  if (const auto* store = dynamic_cast<const StoreError*>(&error)) return store->message(lang);
  if (const auto* file = dynamic_cast<const std::filesystem::filesystem_error*>(&error)) {
    std::string paths = file->path1().string();
    if (!file->path2().empty()) paths += " -> " + file->path2().string();
    return (paths.empty() ? "" : paths + ": ") + SystemErrorText(file->code().value(), lang);
  }
  if (dynamic_cast<const std::bad_alloc*>(&error) != nullptr) {
    return std::string(Tr(lang, "hết bộ nhớ", "out of memory"));
  }
  return error.what();
}

StoreError SqliteError(int code, const std::string& english, const std::string& context) {
  const char* problem = nullptr;
  switch (code & 0xFF) {
    case SQLITE_NOTADB:
      problem = "tệp không phải một cơ sở dữ liệu SQLite";
      break;
    case SQLITE_CORRUPT:
      problem = "cơ sở dữ liệu bị hỏng (hãy khôi phục từ bản sao lưu hoặc nhập lại dữ liệu)";
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      problem = "cơ sở dữ liệu đang bị một tiến trình khác khóa";
      break;
    case SQLITE_READONLY:
      problem = "cơ sở dữ liệu chỉ cho phép đọc";
      break;
    case SQLITE_CANTOPEN:
      problem = "không mở được tệp (thư mục không có, hoặc không có quyền)";
      break;
    case SQLITE_PERM:
    case SQLITE_AUTH:
      problem = "không có quyền";
      break;
    case SQLITE_FULL:
      problem = "đĩa đầy";
      break;
    case SQLITE_IOERR:
      problem = "lỗi đọc ghi đĩa";
      break;
    case SQLITE_NOMEM:
      problem = "hết bộ nhớ";
      break;
    case SQLITE_CONSTRAINT:
      problem = "vi phạm ràng buộc dữ liệu";
      break;
    case SQLITE_INTERRUPT:
      problem = "bị dừng";
      break;
    default:
      break;
  }
  std::string vietnamese = "lỗi SQLite: ";
  vietnamese += problem != nullptr ? std::string(problem) : english;
  std::string text = "SQL error: " + english;
  if (!context.empty()) {
    text += " in: " + context;
    vietnamese += " khi chạy: " + context;
  }
  return StoreError(text, vietnamese);
}

Statement::Statement(sqlite3* db, std::string_view sql) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
      SQLITE_OK) {
    throw SqliteError(sqlite3_extended_errcode(db), sqlite3_errmsg(db), std::string(sql));
  }
}

Statement::~Statement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindBorrowed(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

bool Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw SqliteError(rc, sqlite3_errmsg(sqlite3_db_handle(stmt_)));
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

void Statement::Run() {
  while (Step()) {
  }
  Reset();
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string_view Statement::Text(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (text == nullptr) return {};
  return {text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::optional<std::string> Statement::OptionalText(int column) const {
  if (IsNull(column)) return std::nullopt;
  return std::string(Text(column));
}

int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::optional<int64_t> Statement::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

double Statement::Double(int column) const { return sqlite3_column_double(stmt_, column); }

int Statement::ColumnCount() const { return sqlite3_column_count(stmt_); }

std::string Statement::ColumnName(int column) const {
  const char* name = sqlite3_column_name(stmt_, column);
  return name ? name : "";
}

Database::Database(const std::string& path, Mode mode) : path_(path) {
  // Without memory statistics SQLite's allocator takes no global lock: bulk imports and parallel
  // sweeps allocate per row. Only possible before SQLite is first used; later it is a no-op.
  static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)configured;
  const int flags =
      mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    const int code = db_ ? sqlite3_extended_errcode(db_) : SQLITE_NOMEM;
    sqlite3_close(db_);
    db_ = nullptr;
    const StoreError cause = SqliteError(code, message);
    throw StoreError("cannot open database " + path + ": " + message,
                     "không mở được cơ sở dữ liệu " + path + ": " + cause.message(Lang::kVi));
  }
  sqlite3_extended_result_codes(db_, 1);
  SetBusyTimeout(30000);
  if (mode == Mode::kReadWrite) {
    Exec("PRAGMA foreign_keys = ON");
    if (path != ":memory:") Exec("PRAGMA journal_mode = WAL");
    Exec("PRAGMA synchronous = NORMAL");
  }
}

Database::~Database() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

void Database::SetBusyTimeout(int milliseconds) { sqlite3_busy_timeout(db_, milliseconds); }

void Database::Exec(std::string_view sql) {
  char* error = nullptr;
  const std::string text(sql);
  if (const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error); rc != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    throw SqliteError(sqlite3_extended_errcode(db_), message);
  }
}

bool Database::HasTable(std::string_view name) {
  Statement stmt = Prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  stmt.Bind(1, name);
  return stmt.Step();
}

std::string CreateTableSql(std::string_view table_name) {
  const TableSpec* table = FindTable(table_name);
  if (table == nullptr) {
    throw StoreError("unknown table " + std::string(table_name),
                     "không có bảng " + std::string(table_name));
  }
  std::string sql = "CREATE TABLE IF NOT EXISTS " + table->name + " (";
  bool first = true;
  for (const ColumnSpec& column : table->columns) {
    if (!first) sql += ", ";
    first = false;
    sql += column.name + " " + SqlType(column.type);
    if (column.required) sql += " NOT NULL";
    if (column.name == table->key) sql += " PRIMARY KEY";
    if (!column.references.empty()) {
      const size_t dot = column.references.find('.');
      sql += " REFERENCES " + column.references.substr(0, dot) + "(" +
             column.references.substr(dot + 1) + ")";
    }
  }
  if (!table->unique_together.empty()) {
    sql += ", UNIQUE (";
    for (size_t i = 0; i < table->unique_together.size(); ++i) {
      if (i) sql += ", ";
      sql += table->unique_together[i];
    }
    sql += ")";
  }
  sql += ")";
  return sql;
}

int64_t Database::SchemaVersion() { return StoredSchemaVersion(*this); }

void Database::CheckSchemaReadable() {
  const int64_t version = StoredSchemaVersion(*this);
  if (version > kSchemaVersion) {
    throw StoreError(
        Format("{0} was written by a newer tuanthu (store schema {1}; this version reads up to "
               "{2}): upgrade tuanthu, or re-import the data set into a new store with this "
               "version (tuanthu import --data DIR --db NEW.db)",
               {path_, std::to_string(version), std::to_string(kSchemaVersion)}),
        Format("{0} được ghi bởi một phiên bản tuanthu mới hơn (lược đồ kho {1}; phiên bản này "
               "đọc được đến {2}): hãy nâng cấp tuanthu, hoặc nhập lại bộ dữ liệu vào một kho "
               "mới bằng phiên bản này (tuanthu import --data THƯ-MỤC --db MỚI.db)",
               {path_, std::to_string(version), std::to_string(kSchemaVersion)}));
  }
}

// Version 1 (the first stores) had the same tables and fewer indexes: it is brought up to date
// in place by adding them. Reading never needs the upgrade; it only makes reads faster.
void Database::EnsureSchema() {
  CheckSchemaReadable();
  Transaction transaction(*this);
  Exec("CREATE TABLE IF NOT EXISTS tuanthu_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
  for (const TableSpec& table : DataModel()) Exec(CreateTableSql(table.name));
  CreateSecondaryIndexes();
  Statement version = Prepare(
      "INSERT INTO tuanthu_meta(key, value) VALUES ('schema_version', ?1) "
      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  version.Bind(1, std::to_string(kSchemaVersion));
  version.Run();
  transaction.Commit();
}

void Database::DropSecondaryIndexes() {
  for (const IndexSpec& index : kIndexes) Exec(std::string("DROP INDEX IF EXISTS ") + index.name);
}

void Database::CreateSecondaryIndexes() {
  for (const IndexSpec& index : kIndexes) {
    Exec(std::string("CREATE INDEX IF NOT EXISTS ") + index.name + " ON " + index.columns);
  }
}

void Database::Analyze() {
  // Statistics from a sample of each index: enough for the planner to prefer the locality
  // indexes, in a fraction of a second whatever the size of the store.
  Exec("PRAGMA analysis_limit = 1000");
  Exec("ANALYZE");
}

Transaction::Transaction(Database& db, bool immediate) : db_(db) {
  db_.Exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
  if (open_) {
    try {
      db_.Exec("ROLLBACK");
    } catch (...) {
      // The connection is closing or the transaction was already rolled back by SQLite.
    }
  }
}

void Transaction::Commit() {
  db_.Exec("COMMIT");
  open_ = false;
}

}  // namespace tuanthu
