// SqliteActivityStore: the engine's reads of a SQLite store, and the sandboxed read-only SQL of
// custom rules.
#include <algorithm>
#include <cstring>

#include "tuanthu/data_model.h"
#include "tuanthu/store.h"

namespace tuanthu {
namespace {

constexpr int kProgressSteps = 10000;

std::optional<bool> OptionalBool(const Statement& s, int column) {
  if (s.IsNull(column)) return std::nullopt;
  return s.Int(column) != 0;
}

// Dates are ISO text in the store; integer day numbers are read as such.
std::optional<Date> OptionalDate(const Statement& s, int column) {
  switch (sqlite3_column_type(s.raw(), column)) {
    case SQLITE_NULL:
      return std::nullopt;
    case SQLITE_INTEGER:
      return Date::FromDays(static_cast<int32_t>(s.Int(column)));
    default:
      return Date::ParseIso(s.Text(column));
  }
}

Date RequiredDate(const Statement& s, int column) {
  auto date = OptionalDate(s, column);
  if (!date) {
    const std::string text(s.Text(column));
    throw StoreError("stored date '" + text + "' in column " + s.ColumnName(column) +
                         " is not ISO; re-import the data set",
                     "ngày đã lưu '" + text + "' ở cột " + s.ColumnName(column) +
                         " không ở dạng ISO; hãy nhập lại bộ dữ liệu");
  }
  return *date;
}

// The SELECT of each table: `{where}` is replaced by the locality predicate (or nothing).
struct TableQuery {
  const char* select;
  const char* locality_predicate;
};

const TableQuery& QueryOf(ActivityTable table) {
  static const TableQuery kQueries[kActivityTableCount] = {
      {"SELECT m.meeting_id, m.unit_id, u.locality_code, m.role, m.category, m.kind, "
       "m.start_date, m.duration_days, m.format, m.paperless, m.organizer_level, m.attended, "
       "m.materials_sent_date, m.total_minutes, m.discussion_minutes "
       "FROM units u JOIN meetings m ON m.unit_id = u.unit_id "
       "WHERE m.start_date BETWEEN ?1 AND ?2",
       " AND u.locality_code = ?3"},
      {"SELECT d.doc_id, d.unit_id, u.locality_code, d.direction, d.doc_class, d.doc_type, "
       "d.date, d.electronic, d.secret, d.digitized, d.subject "
       "FROM units u JOIN documents d ON d.unit_id = u.unit_id "
       "WHERE d.date BETWEEN ?1 AND ?2",
       " AND u.locality_code = ?3"},
      {"SELECT d.dossier_id, d.unit_id, u.locality_code, d.internal, d.received_date, "
       "d.due_date, d.resolved_date, d.digital_processing, d.online_full, d.digitized, "
       "d.result_digitized, d.satisfaction "
       "FROM units u JOIN dossiers d ON d.unit_id = u.unit_id "
       "WHERE d.received_date BETWEEN ?1 AND ?2",
       " AND u.locality_code = ?3"},
      {"SELECT r.report_id, r.unit_id, u.locality_code, r.subject, r.period, r.submitted_date, "
       "r.form FROM units u JOIN reports r ON r.unit_id = u.unit_id "
       "WHERE r.submitted_date BETWEEN ?1 AND ?2",
       " AND u.locality_code = ?3"},
      {"SELECT t.task_id, t.subject, t.ref, t.title, t.lead_unit_id, t.responsible_person, "
       "t.product, t.due_date, t.completed_date, t.electronic, t.locality_code "
       "FROM tasks t WHERE ?1 IS NOT NULL AND ?2 IS NOT NULL",
       " AND t.locality_code = ?3"},
      {"SELECT f.feedback_id, f.unit_id, u.locality_code, f.received_date, f.due_date, "
       "f.answered_date FROM units u JOIN feedback f ON f.unit_id = u.unit_id "
       "WHERE f.received_date BETWEEN ?1 AND ?2",
       " AND u.locality_code = ?3"},
      {"SELECT locality_code, week_start, published_date FROM schedules "
       "WHERE published_date BETWEEN ?1 AND ?2",
       " AND locality_code = ?3"},
  };
  return kQueries[static_cast<int>(table)];
}

void Deliver(ActivityTable table, const Statement& s, RecordVisitor& visitor) {
  switch (table) {
    case ActivityTable::kMeetings:
      visitor.OnMeeting({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5),
                         RequiredDate(s, 6), s.Double(7), s.Text(8), OptionalBool(s, 9), s.Text(10),
                         OptionalBool(s, 11), OptionalDate(s, 12), s.OptionalInt(13),
                         s.OptionalInt(14)});
      return;
    case ActivityTable::kDocuments:
      visitor.OnDocument({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5),
                          RequiredDate(s, 6), s.Int(7) != 0, s.Int(8) != 0, OptionalBool(s, 9),
                          s.Text(10)});
      return;
    case ActivityTable::kDossiers:
      visitor.OnDossier({s.Text(0), s.Text(1), s.Text(2), OptionalBool(s, 3), RequiredDate(s, 4),
                         RequiredDate(s, 5), OptionalDate(s, 6), s.Int(7) != 0, OptionalBool(s, 8),
                         OptionalBool(s, 9), OptionalBool(s, 10), s.Text(11)});
      return;
    case ActivityTable::kReports:
      visitor.OnReport(
          {s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), RequiredDate(s, 5), s.Text(6)});
      return;
    case ActivityTable::kTasks:
      visitor.OnTask({s.Text(0), s.Text(10), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5),
                      s.Text(6), OptionalDate(s, 7), OptionalDate(s, 8), OptionalBool(s, 9)});
      return;
    case ActivityTable::kFeedback:
      visitor.OnFeedback({s.Text(0), s.Text(1), s.Text(2), RequiredDate(s, 3), RequiredDate(s, 4),
                          OptionalDate(s, 5)});
      return;
    case ActivityTable::kSchedules:
      visitor.OnSchedule({s.Text(0), RequiredDate(s, 1), RequiredDate(s, 2)});
      return;
  }
}

// Custom rules read the activity tables only: no writes, PRAGMA, ATTACH or schema access.
int Authorize(void*, int action, const char* arg1, const char*, const char*, const char*) {
  switch (action) {
    case SQLITE_SELECT:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
      return SQLITE_OK;
    case SQLITE_READ:
      return arg1 != nullptr && FindTable(arg1) != nullptr ? SQLITE_OK : SQLITE_DENY;
    default:
      return SQLITE_DENY;
  }
}

int Progress(void* data) {
  const auto* should_stop = static_cast<const std::function<bool()>*>(data);
  return *should_stop && (*should_stop)() ? 1 : 0;
}

void BindArgument(sqlite3_stmt* stmt, int index, const nlohmann::json& a) {
  if (a.is_null())
    sqlite3_bind_null(stmt, index);
  else if (a.is_boolean())
    sqlite3_bind_int(stmt, index, a.get<bool>() ? 1 : 0);
  else if (a.is_number_integer())
    sqlite3_bind_int64(stmt, index, a.get<int64_t>());
  else if (a.is_number())
    sqlite3_bind_double(stmt, index, a.get<double>());
  else {
    const std::string& text = a.get_ref<const std::string&>();
    sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
}

}  // namespace

const char* ActivityTableName(ActivityTable table) {
  static constexpr const char* kNames[kActivityTableCount] = {
      "meetings", "documents", "dossiers", "reports", "tasks", "feedback", "schedules"};
  return kNames[static_cast<int>(table)];
}

SqliteActivityStore::SqliteActivityStore(Database& db) : db_(&db) {}

SqliteActivityStore::SqliteActivityStore(std::unique_ptr<Database> owned)
    : owned_(std::move(owned)), db_(owned_.get()) {}

SqliteActivityStore::~SqliteActivityStore() = default;

bool SqliteActivityStore::HasActivityData() {
  db_->CheckSchemaReadable();
  return db_->HasTable("localities") && db_->HasTable("units");
}

void SqliteActivityStore::ForEachLocality(const std::function<void(const StoredLocality&)>& visit) {
  Statement s = db_->Prepare(
      "SELECT code, name, level, COALESCE(parent_code, ''), COALESCE(pack, '') FROM localities "
      "ORDER BY code");
  while (s.Step()) visit({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4)});
}

void SqliteActivityStore::ForEachUnit(const std::vector<std::string>& localities,
                                      const std::function<void(const StoredUnit&)>& visit) {
  if (localities.empty()) {
    Statement s =
        db_->Prepare("SELECT unit_id, name, role, locality_code FROM units ORDER BY unit_id");
    while (s.Step()) visit({s.Text(0), s.Text(1), s.Text(2), s.Text(3)});
    return;
  }
  // Per locality through the index, then merged by id: few rows, so held briefly.
  struct Row {
    std::string id, name, role, locality;
  };
  std::vector<Row> rows;
  Statement s =
      db_->Prepare("SELECT unit_id, name, role, locality_code FROM units WHERE locality_code = ?1");
  for (const std::string& code : localities) {
    s.Bind(1, code);
    while (s.Step()) {
      rows.push_back({std::string(s.Text(0)), std::string(s.Text(1)), std::string(s.Text(2)),
                      std::string(s.Text(3))});
    }
    s.Reset();
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
  for (const Row& r : rows) visit({r.id, r.name, r.role, r.locality});
}

void SqliteActivityStore::ForEachBaseline(const std::vector<std::string>& scopes,
                                          const std::function<void(const StoredBaseline&)>& visit) {
  if (!db_->HasTable("baselines")) return;
  const std::string select = "SELECT scope, metric, year, value FROM baselines";
  if (scopes.empty()) {
    Statement s = db_->Prepare(select);
    while (s.Step()) visit({s.Text(0), s.Text(1), static_cast<int>(s.Int(2)), s.Int(3)});
    return;
  }
  // Through the unique index on (scope, metric, year), one scope at a time.
  Statement s = db_->Prepare(select + " WHERE scope = ?1");
  for (const std::string& scope : scopes) {
    s.Bind(1, scope);
    while (s.Step()) visit({s.Text(0), s.Text(1), static_cast<int>(s.Int(2)), s.Int(3)});
    s.Reset();
  }
}

void SqliteActivityStore::Scan(const ScanRequest& request, RecordVisitor& visitor) {
  const TableQuery& query = QueryOf(request.table);
  const std::string from = request.from.Iso();
  const std::string to = request.to.Iso();
  if (request.localities.empty()) {
    Statement s = db_->Prepare(query.select);
    s.Bind(1, from).Bind(2, to);
    while (s.Step()) Deliver(request.table, s, visitor);
    return;
  }
  Statement s = db_->Prepare(std::string(query.select) + query.locality_predicate);
  for (const std::string& code : request.localities) {
    s.Bind(1, from).Bind(2, to).Bind(3, code);
    while (s.Step()) Deliver(request.table, s, visitor);
    s.Reset();
  }
}

bool SqliteActivityStore::Query(const QueryRequest& request, nlohmann::json* rows,
                                std::string* error) {
  char message[512] = {0};
  sqlite3* db = db_->raw();
  sqlite3_set_authorizer(db, Authorize, nullptr);
  sqlite3_progress_handler(db, kProgressSteps, Progress,
                           const_cast<std::function<bool()>*>(&request.should_stop));
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  if (sqlite3_prepare_v2(db, request.sql.data(), static_cast<int>(request.sql.size()), &stmt,
                         &tail) != SQLITE_OK) {
    std::snprintf(message, sizeof message,
                  "ctx.query: %s (only SELECT over the activity tables is allowed)",
                  sqlite3_errmsg(db));
  } else if (tail != nullptr &&
             !std::all_of(tail, request.sql.data() + request.sql.size(),
                          [](char c) { return std::strchr(" \t\r\n;", c) != nullptr && c != 0; })) {
    std::snprintf(message, sizeof message, "ctx.query: one statement at a time");
  } else if (stmt == nullptr || !sqlite3_stmt_readonly(stmt)) {
    std::snprintf(message, sizeof message, "ctx.query: only read-only SELECT statements");
  } else {
    if (request.args != nullptr) {
      for (size_t i = 0; i < request.args->size(); ++i) {
        BindArgument(stmt, static_cast<int>(i) + 1, (*request.args)[i]);
      }
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      if (rows->size() >= request.max_rows) {
        std::snprintf(message, sizeof message, "ctx.query: more than %zu rows; aggregate in SQL",
                      request.max_rows);
        break;
      }
      nlohmann::json row = nlohmann::json::object();
      for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
        const char* name = sqlite3_column_name(stmt, c);
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_INTEGER:
            row[name] = sqlite3_column_int64(stmt, c);
            break;
          case SQLITE_FLOAT:
            row[name] = sqlite3_column_double(stmt, c);
            break;
          case SQLITE_NULL:
            break;
          default:
            row[name] = std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c)),
                                    static_cast<size_t>(sqlite3_column_bytes(stmt, c)));
        }
      }
      rows->push_back(std::move(row));
    }
    if (message[0] == '\0' && rc != SQLITE_DONE) {
      std::snprintf(message, sizeof message, "ctx.query: %s",
                    rc == SQLITE_INTERRUPT
                        ? "query ran too long (past its step budget or the rule's time limit)"
                        : sqlite3_errmsg(db));
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_set_authorizer(db, nullptr, nullptr);
  sqlite3_progress_handler(db, 0, nullptr, nullptr);
  if (message[0] != '\0') {
    *error = message;
    return false;
  }
  return true;
}

std::unique_ptr<ActivityStore> SqliteActivityStore::OpenAnotherReader() {
  const std::string& path = db_->path();
  if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) return nullptr;
  return std::unique_ptr<ActivityStore>(
      new SqliteActivityStore(std::make_unique<Database>(path, Database::Mode::kReadOnly)));
}

}  // namespace tuanthu
