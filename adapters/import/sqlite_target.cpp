#include "import/sqlite_target.h"

#include <algorithm>
#include <stdexcept>
#include <thread>

namespace tuanthu::importing {
namespace {

// Rows written behind go in this many to a statement: one run of the statement per group
// instead of per row.
constexpr size_t kRowsPerInsert = 16;

std::string InsertSql(const TableSpec& table, bool upsert, size_t rows = 1) {
  std::string sql = "INSERT INTO " + table.name + " (";
  std::string params;
  std::string updates;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i > 0) {
      sql += ", ";
      params += ", ";
    }
    sql += table.columns[i].name;
    params += "?";
    if (table.columns[i].name != table.key) {
      updates += (updates.empty() ? "" : ", ") + table.columns[i].name + " = excluded." +
                 table.columns[i].name;
    }
  }
  sql += ") VALUES (" + params + ")";
  for (size_t row = 1; row < rows; ++row) sql += ", (" + params + ")";
  if (upsert) sql += " ON CONFLICT (" + table.key + ") DO UPDATE SET " + updates;
  return sql;
}

// `?, ?, ...` for n values.
std::string Placeholders(size_t n) {
  std::string text;
  for (size_t i = 0; i < n; ++i) text += i ? ", ?" : "?";
  return text;
}

}  // namespace

void BindValue(Statement& statement, int index, const TypedValue& value) {
  switch (value.kind) {
    case TypedValue::Kind::kNull:
      statement.BindNull(index);
      break;
    case TypedValue::Kind::kText:
      statement.Bind(index, std::string_view(value.text));
      break;
    case TypedValue::Kind::kInteger:
      statement.Bind(index, value.integer);
      break;
    case TypedValue::Kind::kReal:
      statement.Bind(index, value.real);
      break;
  }
}

SqliteTarget::~SqliteTarget() {
  write_behind_.reset();
  insert_.reset();
  insert_many_.reset();
  queries_.clear();
  transaction_.reset();
  RestoreForeignKeys();
  if (saved_cache_size_) {
    try {
      db_.Exec("PRAGMA cache_size = " + std::to_string(*saved_cache_size_));
    } catch (const StoreError&) {
      // Only a performance setting.
    }
  }
}

void SqliteTarget::Begin(bool replace) {
  db_.EnsureSchema();
  // The page cache (and the sorter of the index build, which SQLite bounds by the same setting)
  // is what an import's memory grows with: 64 MiB keeps the whole import near 160 MiB whatever
  // the input. Larger caches bought nothing measurable (bench/README.md, "Import memory").
  {
    Statement pragma = db_.Prepare("PRAGMA cache_size");
    // A second Begin (after a Rollback) must not take the import's own setting for the user's.
    if (!saved_cache_size_) saved_cache_size_ = pragma.Step() ? pragma.Int(0) : -2000;
  }
  db_.Exec("PRAGMA cache_size = -65536");  // KiB: 64 MiB at most, allocated as needed
  // Into an empty store (or one being replaced) nothing stored can be left dangling, and the
  // importer checks every reference of the data set itself (and in bulk mode, the ones to a
  // rejected row): SQLite's own check, one look-up per row, would only repeat it. The store is
  // locked for the import (cli/lock.h), so it is still empty inside the transaction. The setting
  // only changes outside a transaction.
  if (replace || StoreEmpty()) {
    db_.Exec("PRAGMA foreign_keys = OFF");
    foreign_keys_off_ = true;
  }
  transaction_.emplace(db_);
  const std::vector<TableSpec>& model = DataModel();
  if (replace) {
    for (auto table = model.rbegin(); table != model.rend(); ++table) {
      db_.Exec("DELETE FROM " + table->name);
    }
  }
  bool empty = true;
  for (const TableSpec& table : model) {
    Statement any = db_.Prepare("SELECT EXISTS (SELECT 1 FROM " + table.name + ")");
    had_rows_[table.name] = any.Step() && any.Int(0) != 0;
    empty = empty && !had_rows_[table.name];
  }
  // Into an empty store the rows go in without the secondary indexes, which are built once,
  // sorted, before the commit; the import's own look-ups use only keys and unique constraints.
  if (empty) {
    db_.DropSecondaryIndexes();
    rebuild_indexes_ = true;
  }
}

bool SqliteTarget::StoreEmpty() {
  for (const TableSpec& table : DataModel()) {
    Statement any = db_.Prepare("SELECT EXISTS (SELECT 1 FROM " + table.name + ")");
    if (any.Step() && any.Int(0) != 0) return false;
  }
  return true;
}

void SqliteTarget::RestoreForeignKeys() {
  if (!foreign_keys_off_) return;
  try {
    db_.Exec("PRAGMA foreign_keys = ON");
    foreign_keys_off_ = false;
  } catch (const StoreError&) {
    // The connection is closing.
  }
}

std::vector<std::string> SqliteTarget::StoredSubLocalities() {
  Flush();
  std::vector<std::string> codes;
  Statement stored =
      db_.Prepare("SELECT code FROM localities WHERE level IN ('commune', 'ward', 'special_zone')");
  while (stored.Step()) codes.emplace_back(stored.Text(0));
  return codes;
}

Statement& SqliteTarget::Cached(const std::string& sql) {
  Flush();
  std::unique_ptr<Statement>& query = queries_[sql];
  if (!query) query = std::make_unique<Statement>(db_.raw(), sql);
  return *query;
}

bool SqliteTarget::Exists(const TableSpec& table, const std::vector<std::string>& columns,
                          const std::vector<const TypedValue*>& values) {
  std::string sql = "SELECT 1 FROM " + table.name + " WHERE ";
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) sql += " AND ";
    sql += columns[i] + " = ?";
  }
  Statement& query = Cached(sql);
  for (size_t i = 0; i < values.size(); ++i) {
    BindValue(query, static_cast<int>(i) + 1, *values[i]);
  }
  const bool found = query.Step();
  query.Reset();
  return found;
}

std::optional<std::string> SqliteTarget::LookUp(const TableSpec& table, std::string_view id,
                                                const std::string& extra_column) {
  Statement& query = Cached("SELECT " + (extra_column.empty() ? std::string("''") : extra_column) +
                            " FROM " + table.name + " WHERE " + table.key + " = ?");
  query.Bind(1, id);
  std::optional<std::string> found;
  if (query.Step()) found = std::string(query.Text(0));
  query.Reset();
  return found;
}

void SqliteTarget::ClearLocalities(const std::vector<std::string>& codes) {
  if (codes.empty()) return;
  Flush();
  // A report of another locality may name one of these units as its recipient; the units come
  // back in this transaction, so the reference is checked when it commits.
  db_.Exec("PRAGMA defer_foreign_keys = ON");
  const std::string in = "(" + Placeholders(codes.size()) + ")";
  const std::string units = "(SELECT unit_id FROM units WHERE locality_code IN " + in + ")";
  const auto run = [&](const std::string& sql, int repeats) {
    Statement statement = db_.Prepare(sql);
    int index = 1;
    for (int r = 0; r < repeats; ++r) {
      for (const std::string& code : codes) statement.Bind(index++, code);
    }
    statement.Run();
  };
  for (const char* table : {"feedback", "reports", "dossiers", "documents", "meetings"}) {
    run(std::string("DELETE FROM ") + table + " WHERE unit_id IN " + units, 1);
  }
  run("DELETE FROM tasks WHERE locality_code IN " + in, 1);
  run("DELETE FROM schedules WHERE locality_code IN " + in, 1);
  run("DELETE FROM baselines WHERE scope IN " + in + " OR scope IN " + units, 2);
  run("DELETE FROM units WHERE locality_code IN " + in, 1);
  for (const TableSpec& table : DataModel()) {
    if (table.name == "localities") continue;
    Statement any = db_.Prepare("SELECT EXISTS (SELECT 1 FROM " + table.name + ")");
    had_rows_[table.name] = any.Step() && any.Int(0) != 0;
  }
}

void SqliteTarget::BeginTable(const TableSpec& table, bool upsert) {
  StopWriteBehind();
  insert_.reset();
  insert_many_.reset();
  insert_.emplace(db_.raw(), InsertSql(table, upsert));
  if (!upsert) insert_many_.emplace(db_.raw(), InsertSql(table, upsert, kRowsPerInsert));
}

void SqliteTarget::EndTable() {
  StopWriteBehind();
  insert_.reset();
  insert_many_.reset();
}

void SqliteTarget::Write(const std::vector<TypedValue>& values) {
  Flush();
  try {
    // The values outlive the statement's run: their text is bound without a copy.
    for (size_t i = 0; i < values.size(); ++i) {
      const TypedValue& value = values[i];
      if (value.kind == TypedValue::Kind::kText) {
        insert_->BindBorrowed(static_cast<int>(i) + 1, value.text);
      } else {
        BindValue(*insert_, static_cast<int>(i) + 1, value);
      }
    }
    insert_->Run();
  } catch (const StoreError&) {
    insert_->Reset();
    throw;
  }
}

void SqliteTarget::WriteBehind(const std::vector<TypedValue>& values) {
  if (write_behind_failed_) return;
  if (!write_behind_) {
    write_behind_ = std::make_unique<importing::WriteBehind>(
        [this](const RowBatch& batch) { WriteBatch(batch); });
  }
  write_behind_->Add(values);
}

// On the writer's thread, while the importer's thread leaves the connection alone.
void SqliteTarget::WriteBatch(const RowBatch& batch) {
  size_t row = 0;
  Statement* insert = nullptr;
  try {
    while (row < batch.rows()) {
      const bool many = insert_many_ && batch.rows() - row >= kRowsPerInsert;
      insert = many ? &*insert_many_ : &*insert_;
      const size_t group = many ? kRowsPerInsert : 1;
      for (size_t i = 0; i < group; ++i, ++row) BindRow(*insert, batch, row, i * batch.columns());
      insert->Run();
    }
  } catch (...) {
    if (insert != nullptr) insert->Reset();
    throw;
  }
}

void SqliteTarget::BindRow(Statement& insert, const RowBatch& batch, size_t row, size_t first) {
  for (size_t column = 0; column < batch.columns(); ++column) {
    const RowBatch::Cell& cell = batch.cell(row, column);
    const int index = static_cast<int>(first + column) + 1;
    switch (cell.kind) {
      case TypedValue::Kind::kNull:
        insert.BindNull(index);
        break;
      case TypedValue::Kind::kText:
        insert.BindBorrowed(index, batch.text(cell));
        break;
      case TypedValue::Kind::kInteger:
        insert.Bind(index, cell.integer);
        break;
      case TypedValue::Kind::kReal:
        insert.Bind(index, cell.real);
        break;
    }
  }
}

void SqliteTarget::Flush() {
  if (!write_behind_) return;
  write_behind_->Flush();
  if (write_behind_->Failed()) write_behind_failed_ = true;
}

bool SqliteTarget::WriteBehindFailed() {
  if (write_behind_ && write_behind_->Failed()) write_behind_failed_ = true;
  return write_behind_failed_;
}

void SqliteTarget::StopWriteBehind() {
  Flush();
  write_behind_.reset();
}

void SqliteTarget::Rollback() {
  write_behind_.reset();
  write_behind_failed_ = false;
  insert_.reset();
  insert_many_.reset();
  queries_.clear();
  transaction_.reset();
  RestoreForeignKeys();
  rebuild_indexes_ = false;
}

void SqliteTarget::Commit() {
  StopWriteBehind();
  if (write_behind_failed_) throw std::logic_error("commit after a failed write-behind");
  insert_.reset();
  insert_many_.reset();
  queries_.clear();
  if (rebuild_indexes_) {
    // Built by sorting. SQLite's sorter merges in worker threads, one per core, and small sort
    // buffers merged in parallel were both faster and leaner than one large buffer: on the
    // national store, 35 million documents indexed in 13.6 s and 73 MiB (threads, 16 MiB)
    // against 21.1 s and 140 MiB (one thread, 64 MiB) (bench/README.md, "Import").
    const unsigned cores = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    db_.Exec("PRAGMA threads = " + std::to_string(cores));
    db_.Exec("PRAGMA cache_size = -16384");  // KiB
    db_.CreateSecondaryIndexes();
    db_.Exec("PRAGMA threads = 0");
  }
  transaction_->Commit();
  RestoreForeignKeys();
}

}  // namespace tuanthu::importing
