// Run history in the SQLite store: each recorded check (as-of date, packs and their hashes, a
// fingerprint of the data, start and end time, findings) and the differences between two runs,
// keyed by a stable finding identity (rule, locality, unit, period, record). A run is written in
// one transaction: a run killed half-way leaves no trace.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tuanthu/engine.h"

namespace tuanthu {
namespace pg {
class Connection;
class Transaction;
}

struct RunInfo {
  int64_t id = 0;
  std::string as_of;
  std::string started_at;  // ISO 8601 UTC, from the caller's clock
  std::string finished_at;
  std::string data_fingerprint;
  std::string packs;       // "pack@hash, ..."
  std::string localities;  // "code, ..."
  std::string scope;       // the filters the run was made with; "" for everything
  int64_t violations = 0;
  int64_t warnings = 0;
  int64_t infos = 0;
};

struct StoredFinding {
  std::string identity;
  Finding finding;
  std::string first_seen;  // as-of date of the earliest run in the unbroken history that had it
};

// A finding in both runs whose severity changed (as in `to`; first_seen is the earlier of the
// two runs' first_seen).
struct ChangedFinding {
  StoredFinding finding;
  Severity from_severity = Severity::kInfo;
};

// A finding is the same in both runs when its identity is, or when its rule, locality, unit and
// period are and one of the two has no record (a report not yet made, then made late: the
// warning "no report yet" becomes the violation "report R is late"). Each finding appears once.
struct RunDiff {
  RunInfo from;
  RunInfo to;
  std::vector<StoredFinding> added;         // in `to`, not in `from`
  std::vector<StoredFinding> resolved;      // in `from`, not in `to`
  std::vector<ChangedFinding> escalated;    // more severe in `to`
  std::vector<ChangedFinding> deescalated;  // less severe in `to`
  std::vector<StoredFinding> open;          // in both with the same severity (as in `to`)
};

// Identity of a finding across runs.
std::string FindingIdentity(const Finding& finding);

// A fingerprint of the activity data: every row of every table, hashed (hex).
std::string DataFingerprint(Database& db);
// The same over a PostgreSQL store (its own values: not comparable with a SQLite fingerprint).
std::string DataFingerprint(pg::Connection& connection);

class History;

// Records one run as the check streams (History::Record is the same over a whole result):
// construction opens the transaction, each locality's findings are staged as they arrive (in a
// temporary table, not in memory), Commit writes the run and its findings and commits. A
// recorder destroyed before Commit (an error, a rule that failed to run, a killed process)
// leaves the history as it was.
class RunRecorder {
 public:
  RunRecorder(History& history, Date as_of, std::string started_at);
  ~RunRecorder();
  RunRecorder(const RunRecorder&) = delete;
  RunRecorder& operator=(const RunRecorder&) = delete;

  // One locality of the run and its findings (passes are not stored).
  void Add(const LocalityResult& locality, const std::vector<Finding>& findings);
  void AddLocality(const LocalityResult& locality);
  // Findings of whole localities (a finding's repeats are numbered within one call).
  void AddFindings(const std::vector<Finding>& findings);
  // Stores the run and returns its id. `delay_before_commit_ms` is for tests only: it holds the
  // transaction open so that a test can kill the process mid-run. `scope` names the filters the
  // check ran with, so that a diff can say when two runs did not look at the same things.
  int64_t Commit(const std::string& finished_at, const std::string& fingerprint,
                 const std::string& scope, int delay_before_commit_ms = 0);

 private:
  History& history_;
  Date as_of_;
  std::string started_at_;
  std::string packs_;       // "pack@hash, ..."
  std::string localities_;  // "code, ..."
  std::map<Severity, int64_t> counts_;
  int64_t staged_ = 0;
  std::unique_ptr<Transaction> sqlite_transaction_;
  std::unique_ptr<pg::Transaction> pg_transaction_;
  std::unique_ptr<Statement> stage_;  // SQLite: the staging insert
};

class History {
 public:
  // `db` must be writable for Record. Creates the history tables if absent.
  explicit History(Database& db);
  // A PostgreSQL store's history (its tables come with the store's schema).
  explicit History(pg::Connection& connection);

  // Stores `result` as a new run (through a RunRecorder); returns its id. `delay_before_commit_ms` is for tests only:
  // it holds the transaction open so that a test can kill the process mid-run.
  // `scope` names the filters the check ran with, so that a diff can say when two runs did not
  // look at the same things.
  int64_t Record(const CheckResult& result, const std::string& started_at,
                 const std::string& finished_at, const std::string& fingerprint,
                 const std::string& scope, int delay_before_commit_ms = 0);
  std::vector<RunInfo> Runs();
  std::optional<RunInfo> Run(int64_t id);
  std::vector<StoredFinding> Findings(int64_t run_id);
  // How many findings of each severity a run stored, by locality code (for report trends).
  std::map<std::string, std::map<Severity, int64_t>> CountsByLocality(int64_t run_id);
  // Differences between two runs; `from` is the older.
  RunDiff Diff(int64_t from, int64_t to);

  // One row of a query's result, whichever the store.
  class Row {
   public:
    virtual ~Row() = default;
    virtual bool IsNull(int column) const = 0;
    virtual std::string Text(int column) const = 0;  // "" for NULL
    virtual int64_t Int(int column) const = 0;
  };

 private:
  friend class RunRecorder;
  using Params = std::vector<std::optional<std::string>>;
  // Runs `sql` (`?` placeholders) on the store, calling `visit` for each row.
  void Query(const std::string& sql, const Params& params,
             const std::function<void(const Row&)>& visit);

  Database* db_ = nullptr;
  pg::Connection* pg_ = nullptr;
};

}  // namespace tuanthu
