// Run history in the SQLite store: each recorded check (as-of date, packs and their hashes, a
// fingerprint of the data, start and end time, findings, each locality's KPI outcomes) and the
// differences between two runs, keyed by a stable finding identity (rule, locality, unit, period,
// record). A run is written in one transaction: a run killed half-way leaves no trace.
//
// The history tables carry their own schema version (tuanthu_history_meta.schema_version),
// apart from the store's: 1 had runs and findings; 2 adds tuanthu_run_kpis, the locality-wide
// KPI outcomes of each run (the share of communes meeting a KPI in an earlier run). Upgrade()
// brings a version 1 history to 2 in place; the runs recorded before it keep no KPI outcomes
// (KpiOutcomes says so), the ones after it do.
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
}  // namespace pg

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

// The history schema this version writes (see the top of this file).
inline constexpr int kHistorySchemaVersion = 2;

// A locality-wide KPI outcome as a run recorded it: one per locality, KPI rule and period.
struct StoredKpiOutcome {
  std::string locality;
  std::string rule;
  std::string period;
  Severity outcome = Severity::kInfo;  // pass: the KPI was met
  Measure observed;
  Measure expected;
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

  // One locality of the run: its findings (passes are not stored) and its KPI outcomes.
  void Add(const LocalityResult& locality, const std::vector<Finding>& findings,
           const std::vector<Finding>& kpis = {});
  void AddLocality(const LocalityResult& locality);
  // Findings of whole localities (a finding's repeats are numbered within one call).
  void AddFindings(const std::vector<Finding>& findings);
  // One locality's locality-wide judged KPI outcomes (those of a unit or without a figure to
  // judge are skipped, as the JSON output skips them, and a rule's period is kept once), staged
  // like the findings and stored with the run at Commit.
  void AddKpis(const std::string& locality, const std::vector<Finding>& kpis);
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
  int64_t staged_kpis_ = 0;
  std::unique_ptr<Transaction> sqlite_transaction_;
  std::unique_ptr<pg::Transaction> pg_transaction_;
  std::unique_ptr<Statement> stage_;       // SQLite: the staging insert of findings
  std::unique_ptr<Statement> stage_kpis_;  // SQLite: the staging insert of KPI outcomes
};

class History {
 public:
  // `db` must be writable for Record. When it is writable, creates the history tables if absent
  // and upgrades them to kHistorySchemaVersion; read-only, reads what is there.
  explicit History(Database& db);
  // A PostgreSQL store's history (its tables come with the store's schema; call Upgrade before
  // recording into a store made by an earlier version).
  explicit History(pg::Connection& connection);

  // Creates the history tables that are missing and upgrades an earlier history schema in
  // place, in one transaction; idempotent. Throws StoreError for a newer history schema.
  void Upgrade();
  // The history schema of the store: 0 without history tables, 1 before KPI outcomes were kept.
  int SchemaVersion();

  // Stores `result` as a new run (through a RunRecorder); returns its id. `delay_before_commit_ms`
  // is for tests only: it holds the transaction open so that a test can kill the process mid-run.
  // `scope` names the filters the check ran with, so that a diff can say when two runs did not
  // look at the same things.
  int64_t Record(const CheckResult& result, const std::string& started_at,
                 const std::string& finished_at, const std::string& fingerprint,
                 const std::string& scope, int delay_before_commit_ms = 0);
  // The KPI outcomes run `run_id` recorded, by locality, rule and period; nullopt when the run
  // was recorded before the history kept them (schema 1, or a run older than the upgrade).
  std::optional<std::vector<StoredKpiOutcome>> KpiOutcomes(int64_t run_id);

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

  bool HasTable(const std::string& table);
  std::string Meta(const std::string& key);  // "" when absent

  Database* db_ = nullptr;
  pg::Connection* pg_ = nullptr;
};

}  // namespace tuanthu
