#include "store/postgres_activity_store.h"

#include <poll.h>

#include <climits>
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

// What Scan reads of each activity table: the columns in the order Deliver takes them, and the
// date column the request's period bounds (none for tasks, read whole).
struct ScanSpec {
  const char* table;
  std::vector<const char*> columns;
  const char* date_column;
};

const ScanSpec& SpecOf(ActivityTable table) {
  static const ScanSpec kSpecs[kActivityTableCount] = {
      {"meetings",
       {"meeting_id", "unit_id", "locality_code", "role", "category", "kind", "start_date",
        "duration_days", "format", "paperless", "organizer_level", "attended",
        "materials_sent_date", "total_minutes", "discussion_minutes"},
       "start_date"},
      {"documents",
       {"doc_id", "unit_id", "locality_code", "direction", "doc_class", "doc_type", "date",
        "electronic", "secret", "digitized", "subject"},
       "date"},
      {"dossiers",
       {"dossier_id", "unit_id", "locality_code", "internal", "received_date", "due_date",
        "resolved_date", "digital_processing", "online_full", "digitized", "result_digitized",
        "satisfaction"},
       "received_date"},
      {"reports",
       {"report_id", "unit_id", "locality_code", "subject", "period", "submitted_date", "form"},
       "submitted_date"},
      {"tasks",
       {"task_id", "subject", "ref", "title", "lead_unit_id", "responsible_person", "product",
        "due_date", "completed_date", "electronic", "locality_code"},
       nullptr},
      {"feedback",
       {"feedback_id", "unit_id", "locality_code", "received_date", "due_date", "answered_date"},
       "received_date"},
      {"schedules", {"locality_code", "week_start", "published_date"}, "published_date"},
  };
  return kSpecs[static_cast<int>(table)];
}

// Days from 1970-01-01 (Date's epoch) to 2000-01-01 (PostgreSQL's).
constexpr int32_t kPostgresEpochDays = 10957;

// One row of a binary COPY (the format PostgreSQL documents under COPY, "Binary Format"):
// big-endian fields, dates as days since 2000-01-01, booleans as one byte, BIGINT and DOUBLE
// PRECISION as eight bytes. No value is turned into text and back.
class BinaryRow {
 public:
  static constexpr int kMaxColumns = 16;

  BinaryRow(const ScanSpec& spec) : spec_(spec) {}

  // Reads the row at `*cursor` within `message`; false at the trailer (-1 fields).
  bool Read(std::string_view message, size_t* cursor) {
    const int16_t count = static_cast<int16_t>(Take(message, cursor, 2));
    if (count == -1) return false;
    if (count != static_cast<int16_t>(spec_.columns.size())) Malformed("field count");
    for (int c = 0; c < count; ++c) {
      const int32_t length = static_cast<int32_t>(Take(message, cursor, 4));
      if (length == -1) {
        fields_[c] = {nullptr, 0};
        continue;
      }
      if (length < 0 || static_cast<size_t>(length) > message.size() - *cursor) {
        Malformed("field length");
      }
      fields_[c] = {message.data() + *cursor, static_cast<size_t>(length)};
      *cursor += static_cast<size_t>(length);
    }
    return true;
  }

  std::string_view Text(int c) const {
    return fields_[c].data() == nullptr ? std::string_view() : fields_[c];
  }
  bool IsNull(int c) const { return fields_[c].data() == nullptr; }
  std::optional<bool> Bool(int c) const {
    if (IsNull(c)) return std::nullopt;
    return RequiredBool(c);
  }
  bool RequiredBool(int c) const { return Fixed(c, 1) != 0; }
  std::optional<int64_t> Int(int c) const {
    if (IsNull(c)) return std::nullopt;
    return static_cast<int64_t>(Fixed(c, 8));
  }
  double Double(int c) const {
    const uint64_t bits = Fixed(c, 8);
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
  }
  std::optional<Date> OptionalDate(int c) const {
    if (IsNull(c)) return std::nullopt;
    const int32_t days = static_cast<int32_t>(Fixed(c, 4));
    // PostgreSQL's -infinity and infinity; no plan date is near them.
    if (days == INT32_MIN || days == INT32_MAX) return std::nullopt;
    return Date::FromDays(days + kPostgresEpochDays);
  }
  Date RequiredDate(int c) const {
    auto date = OptionalDate(c);
    if (!date) {
      const std::string column = std::string(spec_.table) + "." + spec_.columns[c];
      throw StoreError("stored date in column " + column + " cannot be read",
                       "không đọc được ngày đã lưu ở cột " + column);
    }
    return *date;
  }

 private:
  static uint64_t BigEndian(const char* data, size_t size) {
    uint64_t value = 0;
    for (size_t i = 0; i < size; ++i) value = (value << 8) | static_cast<unsigned char>(data[i]);
    // Sign-extends 2- and 4-byte values.
    if (size < 8 && (value >> (size * 8 - 1)) != 0) value |= ~uint64_t{0} << (size * 8);
    return value;
  }
  uint64_t Take(std::string_view message, size_t* cursor, size_t size) const {
    if (message.size() - *cursor < size) Malformed("truncated row");
    const uint64_t value = BigEndian(message.data() + *cursor, size);
    *cursor += size;
    return value;
  }
  uint64_t Fixed(int c, size_t size) const {
    if (IsNull(c) || fields_[c].size() != size) {
      const std::string column = std::string(spec_.table) + "." + spec_.columns[c];
      const std::string held = IsNull(c) ? "" : std::to_string(fields_[c].size());
      const std::string wanted = std::to_string(size);
      const std::string version = std::to_string(kSchemaVersion);
      throw StoreError("stored value in column " + column + " has " +
                           (held.empty() ? "no value" : held + " bytes") + " where " + wanted +
                           " were expected (schema version " + version + ")",
                       "giá trị đã lưu ở cột " + column +
                           (held.empty() ? " trống" : " dài " + held + " byte") + ", cần " +
                           wanted + " byte (lược đồ phiên bản " + version + ")");
    }
    return BigEndian(fields_[c].data(), size);
  }
  [[noreturn]] void Malformed(const char* what) const {
    throw StoreError(
        std::string("PostgreSQL sent a malformed binary COPY row of ") + spec_.table + " (" + what +
            ")",
        std::string("PostgreSQL gửi một dòng COPY nhị phân hỏng của bảng ") + spec_.table);
  }

  const ScanSpec& spec_;
  std::string_view fields_[kMaxColumns];
};

void Deliver(ActivityTable table, const BinaryRow& s, RecordVisitor& visitor) {
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

void PgActivityStore::ForEachBaseline(const std::vector<std::string>& scopes,
                                      const std::function<void(const StoredBaseline&)>& visit) {
  std::string sql = "SELECT scope, metric, year, value FROM baselines";
  std::vector<Param> params;
  if (!scopes.empty()) {
    sql += " WHERE scope = ANY(?::text[])";
    params.emplace_back(ArrayLiteral(scopes));
  }
  ForEachBatch(sql, params, [&visit](const Result& r) {
    for (int i = 0; i < r.Rows(); ++i) {
      visit({r.Text(i, 0), r.Text(i, 1), static_cast<int>(r.Int(i, 2)), r.Int(i, 3)});
    }
  });
}

void PgActivityStore::Scan(const ScanRequest& request, RecordVisitor& visitor) {
  // COPY streams: the server reads and sends while the engine evaluates, with no round trip
  // per batch. COPY takes no parameters, so the values go in as escaped literals.
  const ScanSpec& spec = SpecOf(request.table);
  std::string sql = "COPY (SELECT ";
  for (size_t c = 0; c < spec.columns.size(); ++c) {
    if (c > 0) sql += ", ";
    sql += spec.columns[c];
  }
  sql += std::string(" FROM ") + spec.table + " WHERE TRUE";
  if (spec.date_column != nullptr) {
    sql += std::string(" AND ") + spec.date_column + " BETWEEN " +
           connection_->Literal(request.from.Iso()) + "::date AND " +
           connection_->Literal(request.to.Iso()) + "::date";
  }
  if (!request.localities.empty()) {
    sql += " AND locality_code = ANY(" + connection_->Literal(ArrayLiteral(request.localities)) +
           "::text[])";
  }
  sql += ") TO STDOUT (FORMAT binary)";

  BinaryRow row(spec);
  bool header_read = false;
  connection_->CopyOut(sql, [&](std::string_view message) {
    size_t cursor = 0;
    if (!header_read) {
      // "PGCOPY\n\377\r\n\0", flags, then the header extension's length and bytes.
      static constexpr std::string_view kSignature("PGCOPY\n\377\r\n\0", 11);
      if (message.substr(0, 11) != kSignature || message.size() < 19) {
        throw StoreError(
            "PostgreSQL sent no binary COPY header for " + std::string(spec.table),
            "PostgreSQL không gửi phần đầu COPY nhị phân của bảng " + std::string(spec.table));
      }
      uint32_t extension = 0;
      for (size_t i = 15; i < 19; ++i)
        extension = (extension << 8) | static_cast<unsigned char>(message[i]);
      cursor = 19 + extension;
      header_read = true;
    }
    while (cursor < message.size() && row.Read(message, &cursor)) {
      Deliver(request.table, row, visitor);
    }
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
