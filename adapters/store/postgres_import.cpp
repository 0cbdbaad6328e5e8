#include "store/postgres_import.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "store/postgres_schema.h"

namespace tuanthu::pg {
namespace {

using importing::TypedValue;

constexpr size_t kBatchBytes = 8u << 20;
// Staged rows are copied into their table this many pages of the stage at a time, which bounds
// the server's queue of foreign-key checks per statement.
constexpr int64_t kStagePagesPerInsert = 4096;

std::string ValueText(const TypedValue& value) {
  switch (value.kind) {
    case TypedValue::Kind::kText:
      return value.text;
    case TypedValue::Kind::kInteger:
      return std::to_string(value.integer);
    case TypedValue::Kind::kReal: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", value.real);
      return buf;
    }
    case TypedValue::Kind::kNull:
      break;
  }
  return "";
}

Param ValueParam(const TypedValue& value) {
  if (value.null()) return std::nullopt;
  return ValueText(value);
}

void AppendValue(std::string* line, const TypedValue& value) {
  if (value.null()) {
    AppendCopyNull(line);
  } else if (value.kind == TypedValue::Kind::kText) {
    AppendCopyField(line, value.text);
  } else {
    line->append(ValueText(value));
  }
}

std::string ColumnList(const std::vector<std::string>& columns) {
  std::string list;
  for (const std::string& column : columns) list += (list.empty() ? "" : ", ") + column;
  return list;
}

}  // namespace

PgImportTarget::~PgImportTarget() { transaction_.reset(); }

void PgImportTarget::Begin(bool replace) {
  EnsureSchema(connection_);
  transaction_.emplace(connection_);
  if (replace) {
    std::string tables;
    for (const TableSpec& table : DataModel()) tables += (tables.empty() ? "" : ", ") + table.name;
    connection_.Exec("TRUNCATE " + tables);
  }
  Result active = connection_.Query("SELECT row_security_active('meetings')");
  row_security_ = active.Text(0, 0) == "t";
  RefreshHadRows();
}

void PgImportTarget::RefreshHadRows() {
  for (const TableSpec& table : DataModel()) {
    Result any = connection_.Query("SELECT EXISTS (SELECT 1 FROM " + table.name + ")");
    had_rows_[table.name] = any.Text(0, 0) == "t";
  }
}

std::vector<std::string> PgImportTarget::StoredSubLocalities() {
  std::vector<std::string> codes;
  Result stored = connection_.Query(
      "SELECT code FROM localities WHERE level IN ('commune', 'ward', 'special_zone')");
  for (int row = 0; row < stored.Rows(); ++row) codes.emplace_back(stored.Text(row, 0));
  return codes;
}

bool PgImportTarget::Exists(const TableSpec& table, const std::vector<std::string>& columns,
                            const std::vector<const TypedValue*>& values) {
  std::string sql = "SELECT 1 FROM " + table.name + " WHERE ";
  std::vector<Param> params;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) sql += " AND ";
    sql += columns[i] + " = ?";
    params.push_back(ValueParam(*values[i]));
  }
  return connection_.Query(sql + " LIMIT 1", params).Rows() > 0;
}

std::optional<std::string> PgImportTarget::LookUp(const TableSpec& table, std::string_view id,
                                                  const std::string& extra_column) {
  Result found =
      connection_.Query("SELECT " + (extra_column.empty() ? std::string("''") : extra_column) +
                            " FROM " + table.name + " WHERE " + table.key + " = ? LIMIT 1",
                        {std::string(id)});
  if (found.Rows() == 0) return std::nullopt;
  return std::string(found.Text(0, 0));
}

void PgImportTarget::ClearLocalities(const std::vector<std::string>& codes) {
  if (codes.empty()) return;
  // One submission of a locality at a time; codes come sorted, so two submissions that share
  // localities take the locks in the same order and cannot deadlock.
  for (const std::string& code : codes) LockLocality(code);
  std::string in;
  std::vector<Param> params;
  for (const std::string& code : codes) {
    in += in.empty() ? "?" : ", ?";
    params.emplace_back(code);
  }
  const std::vector<TableSpec>& model = DataModel();
  for (auto table = model.rbegin(); table != model.rend(); ++table) {
    if (table->name == "localities") continue;
    connection_.Query("DELETE FROM " + table->name + " WHERE locality_code IN (" + in + ")",
                      params);
  }
  RefreshHadRows();
}

void PgImportTarget::LockLocality(const std::string& code) {
  const std::string key = std::to_string(AdvisoryKey("locality:" + code));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait_seconds_);
  for (;;) {
    if (connection_.Query("SELECT pg_try_advisory_xact_lock(?::bigint)", {key}).Text(0, 0) == "t") {
      return;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      const std::string uri = RedactUri(connection_.uri());
      const std::string waited = std::to_string(wait_seconds_);
      throw PgError(Format("another submission of locality {0} is being written to {1}; waited "
                           "{2} s — try again later or pass --wait SECONDS",
                           {code, uri, waited}),
                    Format("một lần nộp dữ liệu khác của địa bàn {0} đang ghi vào {1}; đã chờ {2} "
                           "giây — hãy thử lại sau hoặc dùng --wait SỐ-GIÂY",
                           {code, uri, waited}),
                    "", false);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

void PgImportTarget::BeginTable(const TableSpec& table, bool upsert) {
  table_ = &table;
  upsert_ = upsert;
  buffer_.clear();
  stage_.clear();
  keyed_stage_.clear();
  const std::string columns = ColumnList(StoredColumns(table));
  std::string target = table.name;
  if (row_security_ && !upsert) {
    // COPY does not apply row-level security policies, so it is refused for accounts they bind:
    // the rows go through a temporary table and an INSERT that the policies check.
    stage_ = "tuanthu_stage_" + table.name;
    connection_.Exec("CREATE TEMPORARY TABLE IF NOT EXISTS " + stage_ + " (LIKE " + table.name +
                     ") ON COMMIT DROP");
    target = stage_;
  }
  copy_sql_ = "COPY " + target + " (" + columns + ") FROM STDIN";
}

std::string PgImportTarget::UnitLocality(const std::string& unit_id) {
  auto it = unit_locality_.find(unit_id);
  if (it != unit_locality_.end()) return it->second;
  Result found =
      connection_.Query("SELECT locality_code FROM units WHERE unit_id = ? LIMIT 1", {unit_id});
  std::string locality = found.Rows() > 0 ? std::string(found.Text(0, 0)) : "";
  unit_locality_.emplace(unit_id, locality);
  return locality;
}

void PgImportTarget::Write(const std::vector<TypedValue>& values) {
  const TableSpec& table = *table_;
  if (upsert_) {
    std::string columns = ColumnList(StoredColumns(table));
    std::string placeholders, updates;
    std::vector<Param> params;
    for (size_t i = 0; i < table.columns.size(); ++i) {
      placeholders += i ? ", ?" : "?";
      params.push_back(ValueParam(values[i]));
      const std::string& name = table.columns[i].name;
      if (name != table.key)
        updates += (updates.empty() ? "" : ", ") + name + " = excluded." + name;
    }
    connection_.Query("INSERT INTO " + table.name + " (" + columns + ") VALUES (" + placeholders +
                          ") ON CONFLICT (" + table.key + ") DO UPDATE SET " + updates,
                      params);
    return;
  }
  AppendRow(values);
  if (table.name == "units") {
    unit_locality_[values[static_cast<size_t>(table.IndexOf("unit_id"))].text] =
        values[static_cast<size_t>(table.IndexOf("locality_code"))].text;
  }
  if (buffer_.size() >= kBatchBytes) Flush();
}

void PgImportTarget::AppendRow(const std::vector<TypedValue>& values) {
  const TableSpec& table = *table_;
  if (AddsLocalityCode(table)) {
    std::string locality;
    const int unit = table.IndexOf("unit_id");
    if (unit >= 0) {
      locality = UnitLocality(values[static_cast<size_t>(unit)].text);
    } else {  // baselines: the scope is a unit or a locality
      const std::string& scope = values[static_cast<size_t>(table.IndexOf("scope"))].text;
      locality = UnitLocality(scope);
      if (locality.empty()) locality = scope;
    }
    AppendCopyField(&buffer_, locality);
    buffer_ += '\t';
  }
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) buffer_ += '\t';
    AppendValue(&buffer_, values[i]);
  }
  buffer_ += '\n';
}

void PgImportTarget::WriteKeyed(const std::vector<TypedValue>& values, const KeyedRow& row) {
  const TableSpec& table = *table_;
  if (keyed_stage_.empty()) {
    keyed_stage_ = "tuanthu_keyed_" + table.name;
    const std::string columns = ColumnList(StoredColumns(table));
    connection_.Exec("DROP TABLE IF EXISTS " + keyed_stage_ + "; CREATE TEMPORARY TABLE " +
                     keyed_stage_ +
                     " ON COMMIT DROP AS SELECT 0::bigint AS import_line, true AS import_valid, "
                     "0 AS key_column, ''::text AS key_name, ''::text AS key_raw, " +
                     columns + " FROM " + table.name + " WITH NO DATA");
    copy_sql_ = "COPY " + keyed_stage_ +
                " (import_line, import_valid, key_column, key_name, key_raw, " + columns +
                ") FROM STDIN";
  }
  const std::string& id = values[static_cast<size_t>(table.IndexOf(table.key))].text;
  buffer_ += std::to_string(row.line);
  buffer_ += row.valid ? "\tt\t" : "\tf\t";
  buffer_ += std::to_string(row.column);
  buffer_ += '\t';
  // Most rows name the column and write the id as the model does: stored as NULL.
  if (row.column_name == table.key) {
    AppendCopyNull(&buffer_);
  } else {
    AppendCopyField(&buffer_, row.column_name);
  }
  buffer_ += '\t';
  if (row.raw == id) {
    AppendCopyNull(&buffer_);
  } else {
    AppendCopyField(&buffer_, row.raw);
  }
  buffer_ += '\t';
  AppendRow(values);
  if (buffer_.size() >= kBatchBytes) Flush();
}

void PgImportTarget::KeyProblems(const std::function<void(const KeyProblem&)>& visit) {
  Flush();
  if (keyed_stage_.empty()) return;
  const std::string& key = table_->key;
  const std::string& stage = keyed_stage_;
  const std::string stored =
      "EXISTS (SELECT 1 FROM " + table_->name + " t WHERE t." + key + " = s." + key + ")";
  const std::string repeats = "(SELECT " + key + " AS id, min(import_line) AS first_line FROM " +
                              stage + " GROUP BY " + key + " HAVING count(*) > 1) d";
  const bool had_rows = had_rows_[table_->name];
  connection_.Exec("ANALYZE " + stage);  // the planner's estimates for the joins below
  // Ids repeated within the data set (the first row of each is not a problem), then ids stored
  // before the import (which has written nothing to this table yet): every row carrying one.
  const std::string columns = "SELECT s.import_line, s.key_column, coalesce(s.key_name, '" + key +
                              "'), coalesce(s.key_raw, s." + key + "), s.import_valid, ";
  std::string sql = columns + "d.first_line FROM " + stage + " s JOIN " + repeats +
                    " ON d.id = s." + key + " AND s.import_line > d.first_line";
  if (had_rows) {
    sql +=
        " WHERE NOT " + stored + " UNION ALL " + columns + "0 FROM " + stage + " s WHERE " + stored;
  }
  sql += " ORDER BY 1";
  int64_t problems = 0;
  connection_.Stream(sql, {}, [&](const Result& row) {
    KeyProblem problem;
    problem.line = row.Int(0, 0);
    problem.column = static_cast<int>(row.Int(0, 1));
    problem.column_name = std::string(row.Text(0, 2));
    problem.raw = std::string(row.Text(0, 3));
    problem.valid = row.Text(0, 4) == "t";
    problem.first_line = row.Int(0, 5);
    ++problems;
    visit(problem);
  });
  if (problems == 0) return;
  connection_.Exec("UPDATE " + stage + " s SET import_valid = false FROM " + repeats +
                   " WHERE d.id = s." + key + " AND s.import_line > d.first_line");
  if (had_rows) {
    connection_.Exec("UPDATE " + stage + " s SET import_valid = false WHERE " + stored);
  }
}

void PgImportTarget::WriteStagedRows() {
  const std::string columns = ColumnList(StoredColumns(*table_));
  const int64_t pages =
      connection_
          .Query("SELECT pg_relation_size(?::regclass) / current_setting('block_size')::bigint",
                 {keyed_stage_})
          .Int(0, 0);
  // Page ranges of the stage (a TID range scan each): every row is read once.
  for (int64_t first = 0; first <= pages; first += kStagePagesPerInsert) {
    const int64_t last = first + kStagePagesPerInsert;
    std::string range = "ctid >= '(" + std::to_string(first) + ",0)'::tid";
    if (last <= pages) range += " AND ctid < '(" + std::to_string(last) + ",0)'::tid";
    connection_.Exec("INSERT INTO " + table_->name + " (" + columns + ") SELECT " + columns +
                     " FROM " + keyed_stage_ + " WHERE import_valid AND " + range);
    if (after_batch) after_batch();
  }
}

void PgImportTarget::Flush() {
  if (buffer_.empty()) return;
  connection_.CopyIn(copy_sql_, buffer_);
  buffer_.clear();
  if (!stage_.empty() && keyed_stage_.empty()) {
    connection_.Exec("INSERT INTO " + table_->name + " SELECT * FROM " + stage_ + "; TRUNCATE " +
                     stage_);
  }
  if (after_batch) after_batch();
}

void PgImportTarget::EndTable() {
  Flush();
  if (!keyed_stage_.empty()) {
    WriteStagedRows();
    connection_.Exec("DROP TABLE " + keyed_stage_);
    keyed_stage_.clear();
  }
  table_ = nullptr;
}

void PgImportTarget::Commit() {
  // Tests hold the transaction open to make two submissions overlap.
  if (const char* delay = std::getenv("TUANTHU_TEST_IMPORT_DELAY_MS")) {
    std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(delay)));
  }
  transaction_->Commit();
  transaction_.reset();
}

void PgImportTarget::Analyze() {
  std::string tables;
  for (const TableSpec& table : DataModel()) tables += (tables.empty() ? "" : ", ") + table.name;
  connection_.Exec("ANALYZE " + tables);
}

}  // namespace tuanthu::pg
