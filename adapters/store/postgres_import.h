// The import target of a PostgreSQL store. One transaction per import; each table's rows are
// streamed through COPY in batches (through a temporary table and INSERT when the account is
// subject to row-level security, which COPY does not apply). Every row gets its locality_code.
// The activity tables' rows are staged in temporary tables with the line of each and their ids
// checked there by queries (repeats, ids already stored), so that the client's memory does not
// grow with the data set.
// A resubmission takes a transaction-scoped advisory lock per locality, so that two submissions
// of the same locality run one after the other and two of different localities run at once.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "import/target.h"
#include "store/postgres.h"
#include "tuanthu/lang.h"

namespace tuanthu::pg {

class PgImportTarget final : public importing::ImportTarget {
 public:
  // A resubmission waits up to `wait_seconds` for another submission of the same locality,
  // then fails naming it (a PgError in both languages).
  explicit PgImportTarget(Connection& connection, int wait_seconds = 60)
      : connection_(connection), wait_seconds_(wait_seconds) {}
  ~PgImportTarget() override;

  void Begin(bool replace) override;
  bool HadRows(const std::string& table) override { return had_rows_[table]; }
  std::vector<std::string> StoredSubLocalities() override;
  bool Exists(const TableSpec& table, const std::vector<std::string>& columns,
              const std::vector<const importing::TypedValue*>& values) override;
  std::optional<std::string> LookUp(const TableSpec& table, std::string_view id,
                                    const std::string& extra_column) override;
  void ClearLocalities(const std::vector<std::string>& codes) override;
  void BeginTable(const TableSpec& table, bool upsert) override;
  void Write(const std::vector<importing::TypedValue>& values) override;
  void EndTable() override;
  bool ChecksKeysInBulk() const override { return true; }
  void WriteKeyed(const std::vector<importing::TypedValue>& values, const KeyedRow& row) override;
  void KeyProblems(const std::function<void(const KeyProblem&)>& visit) override;
  void Commit() override;
  void Analyze() override;
  bool RowFailuresRecoverable() const override { return false; }
  std::string SqlitePath() const override { return ""; }

  // For tests: called after each batch is sent, so that a test can cut the connection mid-import.
  std::function<void()> after_batch;

 private:
  void Flush();
  void AppendRow(const std::vector<importing::TypedValue>& values);
  void WriteStagedRows();
  std::string UnitLocality(const std::string& unit_id);
  void RefreshHadRows();

  void LockLocality(const std::string& code);

  Connection& connection_;
  int wait_seconds_;
  std::optional<Transaction> transaction_;
  std::map<std::string, bool> had_rows_;
  bool row_security_ = false;

  const TableSpec* table_ = nullptr;
  bool upsert_ = false;
  std::string copy_sql_;
  std::string buffer_;
  std::string stage_;  // the temporary table of the current table, when staging
  // The activity table being read (ChecksKeysInBulk): its rows, with the line and cell of their
  // id, go to this temporary table; the checks are queries on it, and the valid rows are copied
  // into the table at EndTable.
  std::string keyed_stage_;
  std::unordered_map<std::string, std::string> unit_locality_;
};

}  // namespace tuanthu::pg
