// The engine's reader of a PostgreSQL store (tuanthu/activity_store.h). A check reads one
// consistent snapshot: the first reader opens a REPEATABLE READ READ ONLY transaction and
// exports its snapshot, and every further reader (for another thread) imports it, so that
// submissions landing during the check are not seen half. Activity rows stream through
// COPY (query) TO STDOUT in binary format, so the server reads ahead while the engine evaluates;
// localities, units and baselines come in batches from a server-side cursor. No SQL dialect
// reaches the engine.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "store/postgres.h"
#include "tuanthu/activity_store.h"

namespace tuanthu::pg {

class PgActivityStore final : public ActivityStore {
 public:
  // Opens its own connection to `uri`; throws StoreError when the store cannot be read.
  explicit PgActivityStore(const std::string& uri);
  ~PgActivityStore() override;

  bool HasActivityData() override;
  void ForEachLocality(const std::function<void(const StoredLocality&)>& visit) override;
  void ForEachUnit(const std::vector<std::string>& localities,
                   const std::function<void(const StoredUnit&)>& visit) override;
  void ForEachBaseline(const std::vector<std::string>& scopes,
                       const std::function<void(const StoredBaseline&)>& visit) override;
  void Scan(const ScanRequest& request, RecordVisitor& visitor) override;
  bool Query(const QueryRequest& request, nlohmann::json* rows, std::string* error) override;
  std::unique_ptr<ActivityStore> OpenAnotherReader() override;

  Connection& connection() { return *connection_; }

 private:
  PgActivityStore(const std::string& uri, const std::string& snapshot);
  // Runs `sql` through a cursor, `visit` called with each batch (a Result of up to N rows).
  void ForEachBatch(const std::string& sql, const std::vector<Param>& params,
                    const std::function<void(const Result&)>& visit);

  std::unique_ptr<Connection> connection_;
  std::optional<Transaction> transaction_;
  std::string snapshot_;
  int cursors_ = 0;
  std::optional<bool> has_data_;
};

}  // namespace tuanthu::pg
