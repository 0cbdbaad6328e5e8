// The import target of the embedded SQLite store: one IMMEDIATE transaction, rows inserted one
// by one through a prepared statement, on the importer's thread (Write) or on a writer thread of
// their own (WriteBehind); into an empty store, without the secondary indexes, which are built
// before the commit.
#pragma once

#include <map>
#include <memory>
#include <optional>

#include "import/target.h"
#include "import/write_behind.h"
#include "tuanthu/store.h"

namespace tuanthu::importing {

class SqliteTarget final : public ImportTarget {
 public:
  explicit SqliteTarget(Database& db) : db_(db) {}
  ~SqliteTarget() override;

  void Begin(bool replace) override;
  bool HadRows(const std::string& table) override { return had_rows_[table]; }
  std::vector<std::string> StoredSubLocalities() override;
  bool Exists(const TableSpec& table, const std::vector<std::string>& columns,
              const std::vector<const TypedValue*>& values) override;
  std::optional<std::string> LookUp(const TableSpec& table, std::string_view id,
                                    const std::string& extra_column) override;
  void ClearLocalities(const std::vector<std::string>& codes) override;
  void BeginTable(const TableSpec& table, bool upsert) override;
  void Write(const std::vector<TypedValue>& values) override;
  void EndTable() override;
  void Commit() override;
  void Rollback() override;
  bool CanWriteBehind() const override { return true; }
  void WriteBehind(const std::vector<TypedValue>& values) override;
  void Flush() override;
  bool WriteBehindFailed() override;
  void Analyze() override { db_.Analyze(); }
  bool RowFailuresRecoverable() const override { return true; }
  std::string SqlitePath() const override { return db_.path(); }
  Database* SqliteDatabase() override { return &db_; }

 private:
  Statement& Cached(const std::string& sql);
  void WriteBatch(const RowBatch& batch);
  static void BindRow(Statement& insert, const RowBatch& batch, size_t row, size_t first);
  bool StoreEmpty();
  void RestoreForeignKeys();
  // Ends write-behind, after the rows queued are written (unless one failed).
  void StopWriteBehind();

  Database& db_;
  std::optional<Transaction> transaction_;
  std::optional<int64_t> saved_cache_size_;
  bool rebuild_indexes_ = false;  // the store was empty: secondary indexes are built at Commit
  std::map<std::string, bool> had_rows_;
  std::map<std::string, std::unique_ptr<Statement>> queries_;
  std::optional<Statement> insert_;
  std::optional<Statement> insert_many_;  // kRowsPerInsert rows at once, for write-behind
  std::unique_ptr<importing::WriteBehind> write_behind_;  // while rows are written behind
  bool write_behind_failed_ = false;
  bool foreign_keys_off_ = false;  // for this import (Begin), turned back on when it ends
};

// Binds a parsed value to a statement parameter (1-based).
void BindValue(Statement& statement, int index, const TypedValue& value);

}  // namespace tuanthu::importing
