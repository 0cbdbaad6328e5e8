#include "store/postgres_activity_store.h"

#include <poll.h>

#include <cstdlib>
#include <cstring>

#include "store/postgres_schema.h"
#include "tuanthu/data_model.h"

namespace tuanthu::pg {
namespace {

constexpr int kBatchRows = 20000;

// Type OIDs (pg_type.h) of the values a custom rule's query may return.
constexpr Oid kBoolOid = 16, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23, kFloat4Oid = 700,
              kFloat8Oid = 701, kNumericOid = 1700;

// A batch of rows with typed access; dates arrive as ISO text (DateStyle ISO).
class Rows {
 public:
  Rows(const Result& r, int row) : r_(r), row_(row) {}
  std::string_view Text(int c) const { return r_.Text(row_, c); }
  bool IsNull(int c) const { return r_.IsNull(row_, c); }
  std::optional<bool> Bool(int c) const {
    if (IsNull(c)) return std::nullopt;
    return Text(c) == "t";
  }
  bool RequiredBool(int c) const { return Text(c) == "t"; }
  std::optional<int64_t> Int(int c) const {
    if (IsNull(c)) return std::nullopt;
    return std::strtoll(Text(c).data(), nullptr, 10);
  }
  double Double(int c) const { return std::strtod(Text(c).data(), nullptr); }
  std::optional<Date> OptionalDate(int c) const {
    if (IsNull(c)) return std::nullopt;
    return Date::ParseIso(Text(c));
  }
  Date RequiredDate(int c) const {
    auto date = OptionalDate(c);
    if (!date) {
      const std::string text(Text(c));
      throw StoreError(
          "stored date '" + text + "' in column " + r_.ColumnName(c) + " cannot be read",
          "không đọc được ngày đã lưu '" + text + "' ở cột " + r_.ColumnName(c));
    }
    return *date;
  }

 private:
  const Result& r_;
  int row_;
};

const char* SelectOf(ActivityTable table) {
  static constexpr const char* kSelects[kActivityTableCount] = {
      "SELECT meeting_id, unit_id, locality_code, role, category, kind, start_date, "
      "duration_days, format, paperless, organizer_level, attended, materials_sent_date, "
      "total_minutes, discussion_minutes FROM meetings WHERE start_date BETWEEN ? AND ?",
      "SELECT doc_id, unit_id, locality_code, direction, doc_class, doc_type, date, electronic, "
      "secret, digitized, subject FROM documents WHERE date BETWEEN ? AND ?",
      "SELECT dossier_id, unit_id, locality_code, internal, received_date, due_date, "
      "resolved_date, digital_processing, online_full, digitized, result_digitized, "
      "satisfaction FROM dossiers WHERE received_date BETWEEN ? AND ?",
      "SELECT report_id, unit_id, locality_code, subject, period, submitted_date, form "
      "FROM reports WHERE submitted_date BETWEEN ? AND ?",
      "SELECT task_id, subject, ref, title, lead_unit_id, responsible_person, product, due_date, "
      "completed_date, electronic, locality_code FROM tasks "
      "WHERE ?::date IS NOT NULL AND ?::date IS NOT NULL",
      "SELECT feedback_id, unit_id, locality_code, received_date, due_date, answered_date "
      "FROM feedback WHERE received_date BETWEEN ? AND ?",
      "SELECT locality_code, week_start, published_date FROM schedules "
      "WHERE published_date BETWEEN ? AND ?",
  };
  return kSelects[static_cast<int>(table)];
}

void Deliver(ActivityTable table, const Rows& s, RecordVisitor& visitor) {
  switch (table) {
    case ActivityTable::kMeetings:
      visitor.OnMeeting({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5),
                         s.RequiredDate(6), s.Double(7), s.Text(8), s.Bool(9), s.Text(10),
                         s.Bool(11), s.OptionalDate(12), s.Int(13), s.Int(14)});
      return;
    case ActivityTable::kDocuments:
      visitor.OnDocument({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5),
                          s.RequiredDate(6), s.RequiredBool(7), s.RequiredBool(8), s.Bool(9),
                          s.Text(10)});
      return;
    case ActivityTable::kDossiers:
      visitor.OnDossier({s.Text(0), s.Text(1), s.Text(2), s.Bool(3), s.RequiredDate(4),
                         s.RequiredDate(5), s.OptionalDate(6), s.RequiredBool(7), s.Bool(8),
                         s.Bool(9), s.Bool(10), s.Text(11)});
      return;
    case ActivityTable::kReports:
      visitor.OnReport(
          {s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.RequiredDate(5), s.Text(6)});
      return;
    case ActivityTable::kTasks:
      visitor.OnTask({s.Text(0), s.Text(10), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5),
                      s.Text(6), s.OptionalDate(7), s.OptionalDate(8), s.Bool(9)});
      return;
    case ActivityTable::kFeedback:
      visitor.OnFeedback({s.Text(0), s.Text(1), s.Text(2), s.RequiredDate(3), s.RequiredDate(4),
                          s.OptionalDate(5)});
      return;
    case ActivityTable::kSchedules:
      visitor.OnSchedule({s.Text(0), s.RequiredDate(1), s.RequiredDate(2)});
      return;
  }
}

// A text[] literal: {"a","b"} with quotes and backslashes escaped.
std::string ArrayLiteral(const std::vector<std::string>& values) {
  std::string text = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) text += ',';
    text += '"';
    for (char c : values[i]) {
      if (c == '"' || c == '\\') text += '\\';
      text += c;
    }
    text += '"';
  }
  return text + "}";
}

Param ArgumentParam(const nlohmann::json& a) {
  if (a.is_null()) return std::nullopt;
  if (a.is_boolean()) return std::string(a.get<bool>() ? "1" : "0");
  if (a.is_string()) return a.get<std::string>();
  return a.dump();
}

// The relations an EXPLAIN (FORMAT JSON) plan reads.
void CollectRelations(const nlohmann::json& node, std::vector<std::string>* out) {
  if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      if ((it.key() == "Relation Name" || it.key() == "Function Name") && it->is_string()) {
        out->push_back(it.key() == "Function Name" ? "function " + it->get<std::string>()
                                                   : it->get<std::string>());
      } else {
        CollectRelations(*it, out);
      }
    }
  } else if (node.is_array()) {
    for (const auto& child : node) CollectRelations(child, out);
  }
}

}  // namespace

PgActivityStore::PgActivityStore(const std::string& uri)
    : connection_(std::make_unique<Connection>(uri)) {
  transaction_.emplace(*connection_, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  snapshot_ = std::string(connection_->Query("SELECT pg_export_snapshot()").Text(0, 0));
}

PgActivityStore::PgActivityStore(const std::string& uri, const std::string& snapshot)
    : connection_(std::make_unique<Connection>(uri)), snapshot_(snapshot) {
  transaction_.emplace(*connection_, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  connection_->Query("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
}

PgActivityStore::~PgActivityStore() = default;

bool PgActivityStore::HasActivityData() {
  if (!has_data_) {
    has_data_ = HasSchema(*connection_) && HasTable(*connection_, "localities") &&
                HasTable(*connection_, "units");
    if (*has_data_) {
      Result version =
          connection_->Query("SELECT value FROM tuanthu_meta WHERE key = 'schema_version'");
      if (version.Rows() != 1 || version.Text(0, 0) != std::to_string(kSchemaVersion)) {
        const std::string uri = RedactUri(connection_->uri());
        const std::string read = std::to_string(kSchemaVersion);
        throw StoreError("the PostgreSQL store " + uri +
                             " has another schema version than this tuanthu reads (" + read + ")",
                         "kho PostgreSQL " + uri +
                             " có lược đồ khác phiên bản mà tuanthu này đọc được (" + read + ")");
      }
    }
  }
  return *has_data_;
}

void PgActivityStore::ForEachBatch(const std::string& sql, const std::vector<Param>& params,
                                   const std::function<void(const Result&)>& visit) {
  const std::string cursor = "tuanthu_scan_" + std::to_string(++cursors_);
  connection_->Query("DECLARE " + cursor + " NO SCROLL CURSOR FOR " + sql, params);
  const std::string fetch = "FETCH FORWARD " + std::to_string(kBatchRows) + " FROM " + cursor;
  for (;;) {
    Result batch = connection_->Query(fetch);
    if (batch.Rows() == 0) break;
    visit(batch);
    if (batch.Rows() < kBatchRows) break;
  }
  connection_->Exec("CLOSE " + cursor);
}

void PgActivityStore::ForEachLocality(const std::function<void(const StoredLocality&)>& visit) {
  ForEachBatch(
      "SELECT code, name, level, COALESCE(parent_code, ''), COALESCE(pack, '') FROM localities "
      "ORDER BY code COLLATE \"C\"",
      {}, [&visit](const Result& r) {
        for (int i = 0; i < r.Rows(); ++i) {
          visit({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4)});
        }
      });
}

void PgActivityStore::ForEachUnit(const std::vector<std::string>& localities,
                                  const std::function<void(const StoredUnit&)>& visit) {
  std::string sql = "SELECT unit_id, name, role, locality_code FROM units";
  std::vector<Param> params;
  if (!localities.empty()) {
    sql += " WHERE locality_code = ANY(?::text[])";
    params.emplace_back(ArrayLiteral(localities));
  }
  ForEachBatch(sql + " ORDER BY unit_id COLLATE \"C\"", params, [&visit](const Result& r) {
    for (int i = 0; i < r.Rows(); ++i) {
      visit({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3)});
    }
  });
}

void PgActivityStore::ForEachBaseline(const std::function<void(const StoredBaseline&)>& visit) {
  ForEachBatch("SELECT scope, metric, year, value FROM baselines", {}, [&visit](const Result& r) {
    for (int i = 0; i < r.Rows(); ++i) {
      visit({r.Text(i, 0), r.Text(i, 1), static_cast<int>(r.Int(i, 2)), r.Int(i, 3)});
    }
  });
}

void PgActivityStore::Scan(const ScanRequest& request, RecordVisitor& visitor) {
  std::string sql = SelectOf(request.table);
  std::vector<Param> params = {request.from.Iso(), request.to.Iso()};
  if (!request.localities.empty()) {
    sql += " AND locality_code = ANY(?::text[])";
    params.emplace_back(ArrayLiteral(request.localities));
  }
  ForEachBatch(sql, params, [&](const Result& r) {
    for (int i = 0; i < r.Rows(); ++i) Deliver(request.table, Rows(r, i), visitor);
  });
}

bool PgActivityStore::Query(const QueryRequest& request, nlohmann::json* rows, std::string* error) {
  std::vector<Param> params;
  if (request.args != nullptr) {
    for (const nlohmann::json& a : *request.args) params.push_back(ArgumentParam(a));
  }
  const std::string sql(request.sql);
  // A failed statement would end the snapshot's transaction: each query gets a savepoint.
  connection_->Exec("SAVEPOINT tuanthu_query");
  const auto fail = [&](const std::string& message) {
    try {
      connection_->Exec("ROLLBACK TO SAVEPOINT tuanthu_query");
    } catch (const StoreError&) {
    }
    *error = "ctx.query: " + message;
    return false;
  };
  // What the statement reads, from its plan: the activity tables only.
  try {
    Result plan = connection_->Query("EXPLAIN (FORMAT JSON) " + sql, params);
    std::vector<std::string> relations;
    CollectRelations(nlohmann::json::parse(plan.Text(0, 0), nullptr, false), &relations);
    for (const std::string& relation : relations) {
      if (FindTable(relation) == nullptr) {
        return fail("reads " + relation + " (only SELECT over the activity tables is allowed)");
      }
    }
  } catch (const PgError& e) {
    return fail(std::string(e.what()) + " (only SELECT over the activity tables is allowed)");
  }

  // Sent asynchronously so that the engine's limit can cancel it.
  std::string numbered;
  {
    int next = 1;
    char quote = 0;
    for (char c : sql) {
      if (quote != 0) {
        if (c == quote) quote = 0;
        numbered += c;
      } else if (c == '\'' || c == '"') {
        quote = c;
        numbered += c;
      } else if (c == '?') {
        numbered += "$" + std::to_string(next++);
      } else {
        numbered += c;
      }
    }
  }
  std::vector<const char*> values;
  for (const Param& p : params) values.push_back(p ? p->c_str() : nullptr);
  PGconn* conn = connection_->raw();
  if (!PQsendQueryParams(conn, numbered.c_str(), static_cast<int>(values.size()), nullptr,
                         values.data(), nullptr, nullptr, 0)) {
    return fail(PQerrorMessage(conn));
  }
  bool stopped = false;
  while (PQisBusy(conn)) {
    pollfd descriptor{PQsocket(conn), POLLIN, 0};
    ::poll(&descriptor, 1, 10);
    if (!PQconsumeInput(conn)) break;
    if (!stopped && request.should_stop && request.should_stop()) {
      stopped = true;
      PQrequestCancel(conn);
    }
  }
  std::string message;
  while (PGresult* raw = PQgetResult(conn)) {
    Result result(raw);
    if (PQresultStatus(raw) != PGRES_TUPLES_OK) {
      if (message.empty()) {
        message = stopped ? "query ran too long" : PQresultErrorMessage(raw);
        while (!message.empty() && message.back() == '\n') message.pop_back();
      }
      continue;
    }
    if (static_cast<size_t>(result.Rows()) > request.max_rows) {
      message = "more than " + std::to_string(request.max_rows) + " rows; aggregate in SQL";
      continue;
    }
    for (int i = 0; i < result.Rows(); ++i) {
      nlohmann::json row = nlohmann::json::object();
      for (int c = 0; c < result.Columns(); ++c) {
        if (result.IsNull(i, c)) continue;
        const std::string name = result.ColumnName(c);
        const std::string_view text = result.Text(i, c);
        switch (PQftype(raw, c)) {
          case kBoolOid:
            row[name] = int64_t{text == "t" ? 1 : 0};
            break;
          case kInt2Oid:
          case kInt4Oid:
          case kInt8Oid:
            row[name] = static_cast<int64_t>(std::strtoll(text.data(), nullptr, 10));
            break;
          case kNumericOid:
            // SUM and COUNT of integers are whole numbers, as SQLite returns them.
            if (text.find_first_of(".eEN") == std::string_view::npos) {
              row[name] = static_cast<int64_t>(std::strtoll(text.data(), nullptr, 10));
            } else {
              row[name] = std::strtod(text.data(), nullptr);
            }
            break;
          case kFloat4Oid:
          case kFloat8Oid:
            row[name] = std::strtod(text.data(), nullptr);
            break;
          default:
            row[name] = std::string(text);
        }
      }
      rows->push_back(std::move(row));
    }
  }
  if (!message.empty()) {
    rows->clear();
    return fail(message);
  }
  connection_->Exec("RELEASE SAVEPOINT tuanthu_query");
  return true;
}

std::unique_ptr<ActivityStore> PgActivityStore::OpenAnotherReader() {
  return std::unique_ptr<ActivityStore>(new PgActivityStore(connection_->uri(), snapshot_));
}

}  // namespace tuanthu::pg
