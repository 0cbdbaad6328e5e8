#include "history/history.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>
#include <tuple>

#include "output/render.h"
#include "store/postgres.h"
#include "store/postgres_schema.h"
#include "tuanthu/data_model.h"

namespace tuanthu {
namespace {

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS tuanthu_runs ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT, as_of TEXT NOT NULL, started_at TEXT NOT NULL,"
    "  finished_at TEXT NOT NULL, data_fingerprint TEXT NOT NULL, packs TEXT NOT NULL,"
    "  localities TEXT NOT NULL, violations INTEGER NOT NULL, warnings INTEGER NOT NULL,"
    "  infos INTEGER NOT NULL, scope TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE IF NOT EXISTS tuanthu_run_findings ("
    "  run_id INTEGER NOT NULL REFERENCES tuanthu_runs(id) ON DELETE CASCADE,"
    "  identity TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, pack TEXT NOT NULL,"
    "  locality TEXT NOT NULL, unit TEXT, period TEXT NOT NULL, record TEXT NOT NULL,"
    "  clause TEXT NOT NULL, message TEXT NOT NULL, observed TEXT, expected TEXT,"
    "  evidence TEXT NOT NULL, evidence_total INTEGER NOT NULL, first_seen TEXT NOT NULL,"
    "  PRIMARY KEY (run_id, identity));"
    "CREATE INDEX IF NOT EXISTS tuanthu_run_findings_identity ON tuanthu_run_findings(identity);";

// Schema 2: the history's own version, and the locality-wide KPI outcomes of each run.
// kpi_outcomes_from_run is the first run that has them (the runs before the upgrade have none).
constexpr const char* kHistoryMetaSchema =
    "CREATE TABLE IF NOT EXISTS tuanthu_history_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)";
constexpr const char* kKpiSchemaSqlite =
    "CREATE TABLE IF NOT EXISTS tuanthu_run_kpis ("
    "  run_id INTEGER NOT NULL REFERENCES tuanthu_runs(id) ON DELETE CASCADE,"
    "  locality TEXT NOT NULL, rule TEXT NOT NULL, period TEXT NOT NULL, outcome TEXT NOT NULL,"
    "  observed TEXT, expected TEXT, PRIMARY KEY (run_id, locality, rule, period))";
constexpr const char* kKpiSchemaPostgres =
    "CREATE TABLE IF NOT EXISTS tuanthu_run_kpis ("
    "  run_id BIGINT NOT NULL REFERENCES tuanthu_runs(id) ON DELETE CASCADE,"
    "  locality TEXT NOT NULL, rule TEXT NOT NULL, period TEXT NOT NULL, outcome TEXT NOT NULL,"
    "  observed TEXT, expected TEXT, PRIMARY KEY (run_id, locality, rule, period))";
// A store whose roles were made before the upgrade: inspectors record runs, KPI outcomes too.
constexpr const char* kKpiGrants =
    "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tuanthu_inspector') THEN "
    "GRANT SELECT, INSERT ON tuanthu_run_kpis TO tuanthu_inspector; "
    "GRANT SELECT ON tuanthu_history_meta TO tuanthu_inspector; END IF; END $$";

std::optional<std::string> MeasureToText(const Measure& m) {
  if (std::holds_alternative<std::monostate>(m)) return std::nullopt;
  nlohmann::json j;
  if (std::holds_alternative<int64_t>(m)) j = std::get<int64_t>(m);
  if (std::holds_alternative<double>(m)) j = std::get<double>(m);
  if (std::holds_alternative<std::string>(m)) j = std::get<std::string>(m);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Measure MeasureFromText(const std::optional<std::string>& text) {
  if (!text || text->empty()) return std::monostate{};
  const auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_number_integer()) return j.get<int64_t>();
  if (j.is_number()) return j.get<double>();
  if (j.is_string()) return j.get<std::string>();
  return std::monostate{};
}

RunInfo ReadRun(const History::Row& s) {
  RunInfo r;
  r.id = s.Int(0);
  r.as_of = s.Text(1);
  r.started_at = s.Text(2);
  r.finished_at = s.Text(3);
  r.data_fingerprint = s.Text(4);
  r.packs = s.Text(5);
  r.localities = s.Text(6);
  r.violations = s.Int(7);
  r.warnings = s.Int(8);
  r.infos = s.Int(9);
  r.scope = s.Text(10);
  return r;
}

class SqliteRow final : public History::Row {
 public:
  explicit SqliteRow(const Statement& s) : s_(s) {}
  bool IsNull(int column) const override { return s_.IsNull(column); }
  std::string Text(int column) const override { return std::string(s_.Text(column)); }
  int64_t Int(int column) const override { return s_.Int(column); }

 private:
  const Statement& s_;
};

class PgRow final : public History::Row {
 public:
  PgRow(const pg::Result& r, int row) : r_(r), row_(row) {}
  bool IsNull(int column) const override { return r_.IsNull(row_, column); }
  std::string Text(int column) const override { return std::string(r_.Text(row_, column)); }
  int64_t Int(int column) const override { return r_.Int(row_, column); }

 private:
  const pg::Result& r_;
  int row_;
};

uint64_t Fnv(uint64_t hash, std::string_view data) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  hash ^= 0xff;
  hash *= 1099511628211ull;
  return hash;
}

std::string Hex(uint64_t hash) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

constexpr const char* kRunColumns =
    "id, as_of, started_at, finished_at, data_fingerprint, packs, localities, violations, "
    "warnings, infos, scope";

}  // namespace

std::string FindingIdentity(const Finding& f) {
  const char sep = '\x1f';
  return f.rule + sep + f.locality + sep + f.unit.value_or("") + sep + f.period + sep + f.record;
}

std::string DataFingerprint(Database& db) {
  uint64_t hash = 14695981039346656037ull;
  auto mix = [&hash](std::string_view data) {
    for (unsigned char c : data) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0xff;
    hash *= 1099511628211ull;
  };
  for (const TableSpec& table : DataModel()) {
    if (!db.HasTable(table.name)) continue;
    std::string columns;
    for (const ColumnSpec& c : table.columns) columns += (columns.empty() ? "" : ", ") + c.name;
    // Table and column names come from the data model, never from input.
    Statement s = db.Prepare("SELECT " + columns + " FROM " + table.name + " ORDER BY " +
                             (table.key.empty() ? columns : table.key));
    mix(table.name);
    while (s.Step()) {
      for (int c = 0; c < s.ColumnCount(); ++c)
        mix(s.IsNull(c) ? std::string_view("\x01N") : s.Text(c));
    }
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

std::string DataFingerprint(pg::Connection& connection) {
  uint64_t hash = 14695981039346656037ull;
  for (const TableSpec& table : DataModel()) {
    std::string columns;
    for (const ColumnSpec& c : table.columns) columns += (columns.empty() ? "" : ", ") + c.name;
    hash = Fnv(hash, table.name);
    connection.Stream("SELECT " + columns + " FROM " + table.name + " ORDER BY " +
                          (table.key.empty() ? columns : table.key),
                      {}, [&hash](const pg::Result& r) {
                        for (int c = 0; c < r.Columns(); ++c)
                          hash =
                              Fnv(hash, r.IsNull(0, c) ? std::string_view("\x01N") : r.Text(0, c));
                      });
  }
  return Hex(hash);
}

History::History(Database& db) : db_(&db) {
  if (sqlite3_db_readonly(db_->raw(), "main") == 0) Upgrade();
}

History::History(pg::Connection& connection) : pg_(&connection) {}

bool History::HasTable(const std::string& table) {
  return pg_ != nullptr ? pg::HasTable(*pg_, table) : db_->HasTable(table);
}

std::string History::Meta(const std::string& key) {
  if (!HasTable("tuanthu_history_meta")) return "";
  std::string value;
  Query("SELECT value FROM tuanthu_history_meta WHERE key = ?", {key},
        [&value](const Row& row) { value = row.Text(0); });
  return value;
}

int History::SchemaVersion() {
  if (!HasTable("tuanthu_runs")) return 0;
  const std::string version = Meta("schema_version");
  return version.empty() ? 1 : std::stoi(version);
}

void History::Upgrade() {
  auto newer = [this](int version) {
    const std::string known = std::to_string(kHistorySchemaVersion);
    return StoreError(
        Format("the run history in {0} was written by a newer tuanthu (history schema {1}; this "
               "version knows up to {2}): upgrade tuanthu",
               {pg_ != nullptr ? pg::RedactUri(pg_->uri()) : std::string("this store"),
                std::to_string(version), known}),
        Format("lịch sử chạy trong {0} được ghi bởi một phiên bản tuanthu mới hơn (lược đồ lịch "
               "sử {1}; phiên bản này biết đến {2}): hãy nâng cấp tuanthu",
               {pg_ != nullptr ? pg::RedactUri(pg_->uri()) : std::string("kho này"),
                std::to_string(version), known}));
  };
  int version = SchemaVersion();
  if (version > kHistorySchemaVersion) throw newer(version);
  if (version == kHistorySchemaVersion) return;
  std::optional<Transaction> sqlite_transaction;
  std::optional<pg::Transaction> pg_transaction;
  try {
    if (pg_ != nullptr) {
      pg_transaction.emplace(*pg_);
      // Two upgrades at once: the second waits, then finds the work done.
      pg_->Query("SELECT pg_advisory_xact_lock(?::bigint)",
                 {std::to_string(pg::AdvisoryKey("history-schema"))});
      version = SchemaVersion();
      if (version > kHistorySchemaVersion) throw newer(version);
      if (version == kHistorySchemaVersion) return;
      if (version == 0) {
        throw StoreError(
            "the PostgreSQL store " + pg::RedactUri(pg_->uri()) +
                " has no history tables: create its schema first (tuanthu store init)",
            "kho PostgreSQL " + pg::RedactUri(pg_->uri()) +
                " chưa có các bảng lịch sử: hãy tạo lược đồ trước (tuanthu store init)");
      }
      pg_->Exec(kHistoryMetaSchema);
      pg_->Exec(kKpiSchemaPostgres);
      pg_->Exec(kKpiGrants);
    } else {
      sqlite_transaction.emplace(*db_);
      db_->Exec(kSchema);
      db_->Exec(kHistoryMetaSchema);
      db_->Exec(kKpiSchemaSqlite);
    }
  } catch (const pg::PgError& e) {
    throw StoreError(std::string(e.what()) +
                         " (the run history of this store predates KPI outcomes; upgrade it once "
                         "as the store's owner: tuanthu store init --db URI)",
                     e.message(Lang::kVi) +
                         " (lịch sử chạy của kho này có từ trước khi lưu kết quả KPI; hãy nâng cấp "
                         "một lần bằng tài khoản chủ kho: tuanthu store init --db URI)");
  }
  // The runs already recorded have no KPI outcomes: the first that has them is the next one.
  int64_t next_run = 1;
  Query("SELECT COALESCE(MAX(id), 0) + 1 FROM tuanthu_runs", {},
        [&next_run](const Row& row) { next_run = row.Int(0); });
  Query(
      "INSERT INTO tuanthu_history_meta(key, value) VALUES ('kpi_outcomes_from_run', ?) "
      "ON CONFLICT (key) DO NOTHING",
      {std::to_string(next_run)}, [](const Row&) {});
  Query(
      "INSERT INTO tuanthu_history_meta(key, value) VALUES ('schema_version', ?) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      {std::to_string(kHistorySchemaVersion)}, [](const Row&) {});
  if (pg_ != nullptr)
    pg_transaction->Commit();
  else
    sqlite_transaction->Commit();
}

std::optional<std::vector<StoredKpiOutcome>> History::KpiOutcomes(int64_t run_id) {
  if (!HasTable("tuanthu_run_kpis")) return std::nullopt;
  const std::string from = Meta("kpi_outcomes_from_run");
  if (from.empty() || run_id < std::stoll(from)) return std::nullopt;
  std::vector<StoredKpiOutcome> out;
  Query(
      "SELECT locality, rule, period, outcome, observed, expected FROM tuanthu_run_kpis "
      "WHERE run_id = ?",
      {std::to_string(run_id)}, [&out](const Row& s) {
        StoredKpiOutcome k;
        k.locality = s.Text(0);
        k.rule = s.Text(1);
        k.period = s.Text(2);
        k.outcome = ParseSeverity(s.Text(3)).value_or(Severity::kInfo);
        k.observed = MeasureFromText(s.IsNull(4) ? std::nullopt : std::optional(s.Text(4)));
        k.expected = MeasureFromText(s.IsNull(5) ? std::nullopt : std::optional(s.Text(5)));
        out.push_back(std::move(k));
      });
  // Byte order, whichever the store's collation.
  std::sort(out.begin(), out.end(), [](const StoredKpiOutcome& a, const StoredKpiOutcome& b) {
    return std::tie(a.locality, a.rule, a.period) < std::tie(b.locality, b.rule, b.period);
  });
  return out;
}

void History::Query(const std::string& sql, const Params& params,
                    const std::function<void(const Row&)>& visit) {
  if (pg_ != nullptr) {
    const pg::Result result = pg_->Query(sql, params);
    for (int row = 0; row < result.Rows(); ++row) visit(PgRow(result, row));
    return;
  }
  Statement s = db_->Prepare(sql);
  for (size_t i = 0; i < params.size(); ++i) {
    if (params[i])
      s.Bind(static_cast<int>(i) + 1, std::string_view(*params[i]));
    else
      s.BindNull(static_cast<int>(i) + 1);
  }
  while (s.Step()) visit(SqliteRow(s));
}

namespace {

constexpr const char* kStagedColumns =
    "ord, identity, rule, severity, pack, locality, unit, period, record, clause, message, "
    "observed, expected, evidence, evidence_total";

// Stages one row: appended to `copy` in COPY's text format when there is no `insert`
// (PostgreSQL), else run through the SQLite staging `insert`; the columns in
// `integer_columns` are bound as integers.
void StageRow(const std::vector<std::optional<std::string>>& values,
              std::initializer_list<size_t> integer_columns, Statement* insert, std::string* copy) {
  if (insert == nullptr) {
    for (size_t i = 0; i < values.size(); ++i) {
      if (i > 0) *copy += '\t';
      if (values[i])
        pg::AppendCopyField(copy, *values[i]);
      else
        pg::AppendCopyNull(copy);
    }
    *copy += '\n';
    return;
  }
  for (size_t i = 0; i < values.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    if (std::find(integer_columns.begin(), integer_columns.end(), i) != integer_columns.end())
      insert->Bind(index, static_cast<int64_t>(std::stoll(*values[i])));
    else if (values[i])
      insert->Bind(index, std::string_view(*values[i]));
    else
      insert->BindNull(index);
  }
  insert->Run();
}

}  // namespace

RunRecorder::RunRecorder(History& history, Date as_of, std::string started_at)
    : history_(history), as_of_(as_of), started_at_(std::move(started_at)) {
  // Findings wait in a temporary table of this connection (on disk, not in memory) until the
  // run's row exists; nothing of the run reaches the history tables before Commit.
  const std::string staged =
      "(ord BIGINT NOT NULL, identity TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL,"
      " pack TEXT NOT NULL, locality TEXT NOT NULL, unit TEXT, period TEXT NOT NULL,"
      " record TEXT NOT NULL, clause TEXT NOT NULL, message TEXT NOT NULL, observed TEXT,"
      " expected TEXT, evidence TEXT NOT NULL, evidence_total BIGINT NOT NULL)";
  const std::string staged_kpis =
      "(ord BIGINT NOT NULL, locality TEXT NOT NULL, rule TEXT NOT NULL, period TEXT NOT NULL,"
      " outcome TEXT NOT NULL, observed TEXT, expected TEXT)";
  history_.Upgrade();
  if (history_.pg_ != nullptr) {
    pg_transaction_ = std::make_unique<pg::Transaction>(*history_.pg_);
    history_.pg_->Exec("CREATE TEMPORARY TABLE tuanthu_staged_findings " + staged +
                       " ON COMMIT DROP");
    history_.pg_->Exec("CREATE TEMPORARY TABLE tuanthu_staged_kpis " + staged_kpis +
                       " ON COMMIT DROP");
  } else {
    Database& db = *history_.db_;
    db.Exec("DROP TABLE IF EXISTS temp.tuanthu_staged_findings");
    // Deferred: the store's write lock is taken at Commit, not for the length of the check.
    sqlite_transaction_ = std::make_unique<Transaction>(db, /*immediate=*/false);
    db.Exec("DROP TABLE IF EXISTS temp.tuanthu_staged_kpis");
    db.Exec("CREATE TEMP TABLE tuanthu_staged_findings " + staged);
    db.Exec("CREATE TEMP TABLE tuanthu_staged_kpis " + staged_kpis);
    stage_kpis_ = std::make_unique<Statement>(
        db.Prepare("INSERT INTO temp.tuanthu_staged_kpis(ord, locality, rule, period, outcome, "
                   "observed, expected) VALUES (?,?,?,?,?,?,?)"));
    stage_ = std::make_unique<Statement>(
        db.Prepare(std::string("INSERT INTO temp.tuanthu_staged_findings(") + kStagedColumns +
                   ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  }
  for (Severity s : {Severity::kViolation, Severity::kWarning, Severity::kInfo}) counts_[s] = 0;
}

RunRecorder::~RunRecorder() = default;

void RunRecorder::AddLocality(const LocalityResult& locality) {
  const std::string pack = locality.pack + "@" + locality.pack_hash;
  if (packs_.find(pack) == std::string::npos) packs_ += (packs_.empty() ? "" : ", ") + pack;
  localities_ += (localities_.empty() ? "" : ", ") + locality.code;
}

void RunRecorder::AddFindings(const std::vector<Finding>& findings) {
  std::map<std::string, int> seen;
  std::string copy;  // PostgreSQL: the findings in COPY's text format
  for (const Finding& f : findings) {
    if (f.severity == Severity::kPass) continue;
    ++counts_[f.severity];
    std::string identity = FindingIdentity(f);
    if (int n = seen[identity]++; n > 0) identity += "\x1f#" + std::to_string(n);
    const std::optional<std::string> observed = MeasureToText(f.observed);
    const std::optional<std::string> expected = MeasureToText(f.expected);
    const History::Params values = {
        std::to_string(staged_++),
        identity,
        f.rule,
        std::string(SeverityName(f.severity)),
        f.pack,
        f.locality,
        f.unit,
        f.period,
        f.record,
        f.clause,
        f.message,
        observed,
        expected,
        nlohmann::json(f.evidence).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
        std::to_string(f.evidence_total)};
    StageRow(values, {0, 14}, history_.pg_ != nullptr ? nullptr : stage_.get(), &copy);
  }
  if (history_.pg_ != nullptr && !copy.empty()) {
    history_.pg_->CopyIn(
        std::string("COPY tuanthu_staged_findings(") + kStagedColumns + ") FROM STDIN", copy);
  }
}

void RunRecorder::Add(const LocalityResult& locality, const std::vector<Finding>& findings,
                      const std::vector<Finding>& kpis) {
  AddLocality(locality);
  AddFindings(findings);
  AddKpis(locality.code, kpis);
}

void RunRecorder::AddKpis(const std::string& locality, const std::vector<Finding>& kpis) {
  std::set<std::pair<std::string, std::string>> kept;  // rule, period
  std::string copy;  // PostgreSQL: the outcomes in COPY's text format
  for (const Finding& f : kpis) {
    if (f.locality != locality || f.unit || !f.denominator ||
        !kept.emplace(f.rule, f.period).second)
      continue;
    const History::Params values = {std::to_string(staged_kpis_++),
                                    locality,
                                    f.rule,
                                    f.period,
                                    std::string(SeverityName(f.severity)),
                                    MeasureToText(f.observed),
                                    MeasureToText(f.expected)};
    StageRow(values, {0}, history_.pg_ != nullptr ? nullptr : stage_kpis_.get(), &copy);
  }
  if (history_.pg_ != nullptr && !copy.empty()) {
    history_.pg_->CopyIn(
        "COPY tuanthu_staged_kpis(ord, locality, rule, period, outcome, observed, expected) "
        "FROM STDIN",
        copy);
  }
}

int64_t RunRecorder::Commit(const std::string& finished_at, const std::string& fingerprint,
                            const std::string& scope, int delay_before_commit_ms) {
  const std::string insert_run =
      "INSERT INTO tuanthu_runs(as_of, started_at, finished_at, data_fingerprint, packs, "
      "localities, violations, warnings, infos, scope) VALUES (?,?,?,?,?,?,?,?,?,?)";
  const History::Params run_params = {as_of_.Iso(),
                                      started_at_,
                                      finished_at,
                                      fingerprint,
                                      packs_,
                                      localities_,
                                      std::to_string(counts_[Severity::kViolation]),
                                      std::to_string(counts_[Severity::kWarning]),
                                      std::to_string(counts_[Severity::kInfo]),
                                      scope};
  int64_t run_id = 0;
  if (history_.pg_ != nullptr) {
    run_id = history_.pg_->Query(insert_run + " RETURNING id", run_params).Int(0, 0);
  } else {
    stage_.reset();
    stage_kpis_.reset();
    history_.Query(insert_run, run_params, [](const History::Row&) {});
    run_id = sqlite3_last_insert_rowid(history_.db_->raw());
  }
  // Each finding is open since the first_seen of the same finding in the run before this one,
  // else since this run's as-of date (through the key (run_id, identity)).
  history_.Query(
      "INSERT INTO tuanthu_run_findings(run_id, identity, rule, severity, pack, locality, unit, "
      "period, record, clause, message, observed, expected, evidence, evidence_total, "
      "first_seen) SELECT CAST(? AS BIGINT), s.identity, s.rule, s.severity, s.pack, s.locality, "
      "s.unit, s.period, s.record, s.clause, s.message, s.observed, s.expected, s.evidence, "
      "s.evidence_total, COALESCE((SELECT p.first_seen FROM tuanthu_run_findings p WHERE "
      "p.run_id = (SELECT MAX(r.id) FROM tuanthu_runs r WHERE r.id < CAST(? AS BIGINT)) AND "
      "p.identity = s.identity), ?) FROM tuanthu_staged_findings s ORDER BY s.ord",
      {std::to_string(run_id), std::to_string(run_id), as_of_.Iso()}, [](const History::Row&) {});
  history_.Query(
      "INSERT INTO tuanthu_run_kpis(run_id, locality, rule, period, outcome, observed, expected) "
      "SELECT CAST(? AS BIGINT), locality, rule, period, outcome, observed, expected FROM "
      "tuanthu_staged_kpis ORDER BY ord",
      {std::to_string(run_id)}, [](const History::Row&) {});
  if (delay_before_commit_ms > 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_before_commit_ms));
  }
  if (history_.pg_ != nullptr) {
    pg_transaction_->Commit();
  } else {
    history_.db_->Exec("DROP TABLE temp.tuanthu_staged_findings");
    history_.db_->Exec("DROP TABLE temp.tuanthu_staged_kpis");
    sqlite_transaction_->Commit();
  }
  return run_id;
}

int64_t History::Record(const CheckResult& result, const std::string& started_at,
                        const std::string& finished_at, const std::string& fingerprint,
                        const std::string& scope, int delay_before_commit_ms) {
  RunRecorder recorder(*this, result.as_of, started_at);
  for (const LocalityResult& l : result.localities) recorder.AddLocality(l);
  recorder.AddFindings(result.findings);
  std::map<std::string, std::vector<Finding>> kpis;  // by locality
  for (const Finding& f : result.kpis) kpis[f.locality].push_back(f);
  for (const auto& [locality, outcomes] : kpis) recorder.AddKpis(locality, outcomes);
  return recorder.Commit(finished_at, fingerprint, scope, delay_before_commit_ms);
}

std::vector<RunInfo> History::Runs() {
  std::vector<RunInfo> runs;
  Query(std::string("SELECT ") + kRunColumns + " FROM tuanthu_runs ORDER BY id", {},
        [&runs](const Row& row) { runs.push_back(ReadRun(row)); });
  return runs;
}

std::optional<RunInfo> History::Run(int64_t id) {
  std::optional<RunInfo> run;
  Query(std::string("SELECT ") + kRunColumns + " FROM tuanthu_runs WHERE id = ?",
        {std::to_string(id)}, [&run](const Row& row) { run = ReadRun(row); });
  return run;
}

std::vector<StoredFinding> History::Findings(int64_t run_id) {
  std::vector<StoredFinding> out;
  Query(
      "SELECT identity, rule, severity, pack, locality, unit, period, record, clause, message, "
      "observed, expected, evidence, evidence_total, first_seen FROM tuanthu_run_findings "
      "WHERE run_id = ?",
      {std::to_string(run_id)}, [&out](const Row& s) {
        StoredFinding stored;
        stored.identity = s.Text(0);
        Finding& f = stored.finding;
        f.rule = s.Text(1);
        f.severity = ParseSeverity(s.Text(2)).value_or(Severity::kInfo);
        f.pack = s.Text(3);
        f.locality = s.Text(4);
        if (!s.IsNull(5)) f.unit = s.Text(5);
        f.period = s.Text(6);
        f.record = s.Text(7);
        f.clause = s.Text(8);
        f.message = s.Text(9);
        f.observed = MeasureFromText(s.IsNull(10) ? std::nullopt : std::optional(s.Text(10)));
        f.expected = MeasureFromText(s.IsNull(11) ? std::nullopt : std::optional(s.Text(11)));
        const auto evidence = nlohmann::json::parse(s.Text(12), nullptr, false);
        if (evidence.is_array()) f.evidence = evidence.get<std::vector<std::string>>();
        f.evidence_total = s.Int(13);
        stored.first_seen = s.Text(14);
        out.push_back(std::move(stored));
      });
  // Byte order, whichever the store's collation.
  std::sort(out.begin(), out.end(),
            [](const StoredFinding& a, const StoredFinding& b) { return a.identity < b.identity; });
  return out;
}

std::map<std::string, std::map<Severity, int64_t>> History::CountsByLocality(int64_t run_id) {
  std::map<std::string, std::map<Severity, int64_t>> counts;
  Query(
      "SELECT locality, severity, COUNT(*) FROM tuanthu_run_findings WHERE run_id = ? "
      "GROUP BY locality, severity",
      {std::to_string(run_id)}, [&counts](const Row& s) {
        if (auto severity = ParseSeverity(s.Text(1)))
          counts[std::string(s.Text(0))][*severity] = s.Int(2);
      });
  return counts;
}

RunDiff History::Diff(int64_t from, int64_t to) {
  RunDiff diff;
  const auto from_run = Run(from);
  const auto to_run = Run(to);
  if (!from_run || !to_run) {
    const std::string missing = std::to_string(from_run ? to : from);
    throw StoreError("no run " + missing + " in the history",
                     "lịch sử không có lần chạy " + missing);
  }
  diff.from = *from_run;
  diff.to = *to_run;
  std::vector<StoredFinding> before = Findings(from);
  std::vector<StoredFinding> after = Findings(to);
  auto match_up = [&diff](StoredFinding&& old_one, StoredFinding&& new_one) {
    if (old_one.finding.severity == new_one.finding.severity) {
      diff.open.push_back(std::move(new_one));
      return;
    }
    ChangedFinding change{std::move(new_one), old_one.finding.severity};
    if (old_one.first_seen < change.finding.first_seen) {
      change.finding.first_seen = old_one.first_seen;
    }
    (change.finding.finding.severity > change.from_severity ? diff.escalated : diff.deescalated)
        .push_back(std::move(change));
  };
  // 1. The same identity.
  std::vector<StoredFinding> gone, came;
  size_t i = 0, j = 0;  // both sorted by identity
  while (i < before.size() || j < after.size()) {
    if (j == after.size() || (i < before.size() && before[i].identity < after[j].identity)) {
      gone.push_back(std::move(before[i++]));
    } else if (i == before.size() || after[j].identity < before[i].identity) {
      came.push_back(std::move(after[j++]));
    } else {
      match_up(std::move(before[i++]), std::move(after[j++]));
    }
  }
  // 2. The same obligation, once without a record and then with one (or the other way).
  auto base = [](const Finding& f) {
    const char sep = '\x1f';
    return f.rule + sep + f.locality + sep + f.unit.value_or("") + sep + f.period;
  };
  std::multimap<std::string, size_t> came_by_base;
  for (size_t k = 0; k < came.size(); ++k) came_by_base.emplace(base(came[k].finding), k);
  std::vector<bool> came_paired(came.size(), false);
  for (StoredFinding& old_one : gone) {
    bool paired = false;
    auto [first, last] = came_by_base.equal_range(base(old_one.finding));
    for (auto it = first; it != last && !paired; ++it) {
      StoredFinding& new_one = came[it->second];
      if (came_paired[it->second]) continue;
      if (!old_one.finding.record.empty() && !new_one.finding.record.empty()) continue;
      came_paired[it->second] = true;
      paired = true;
      match_up(std::move(old_one), std::move(new_one));
    }
    if (!paired) diff.resolved.push_back(std::move(old_one));
  }
  for (size_t k = 0; k < came.size(); ++k) {
    if (!came_paired[k]) diff.added.push_back(std::move(came[k]));
  }
  auto by_finding = [](const StoredFinding& a, const StoredFinding& b) {
    return FindingLess(a.finding, b.finding);
  };
  auto by_change = [](const ChangedFinding& a, const ChangedFinding& b) {
    return FindingLess(a.finding.finding, b.finding.finding);
  };
  std::sort(diff.added.begin(), diff.added.end(), by_finding);
  std::sort(diff.resolved.begin(), diff.resolved.end(), by_finding);
  std::sort(diff.open.begin(), diff.open.end(), by_finding);
  std::sort(diff.escalated.begin(), diff.escalated.end(), by_change);
  std::sort(diff.deescalated.begin(), diff.deescalated.end(), by_change);
  return diff;
}

}  // namespace tuanthu
