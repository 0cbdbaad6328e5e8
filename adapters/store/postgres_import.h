// The import target of a PostgreSQL store. One transaction per import; each table's rows are
// streamed through COPY in batches (through a temporary table and INSERT when the account is
// subject to row-level security, which COPY does not apply). Every row gets its locality_code.
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

namespace tuanthu::pg {

class PgImportTarget final : public importing::ImportTarget {
 public:
  explicit PgImportTarget(Connection& connection) : connection_(connection) {}
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
  void Commit() override;
  void Analyze() override;
  bool RowFailuresRecoverable() const override { return false; }
  std::string SqlitePath() const override { return ""; }

  // For tests: called after each batch is sent, so that a test can cut the connection mid-import.
  std::function<void()> after_batch;

 private:
  void Flush();
  std::string UnitLocality(const std::string& unit_id);
  void RefreshHadRows();

  Connection& connection_;
  std::optional<Transaction> transaction_;
  std::map<std::string, bool> had_rows_;
  bool row_security_ = false;

  const TableSpec* table_ = nullptr;
  bool upsert_ = false;
  std::string copy_sql_;
  std::string buffer_;
  std::string stage_;  // the temporary table of the current table, when staging
  std::unordered_map<std::string, std::string> unit_locality_;
};

}  // namespace tuanthu::pg
