#include "history/history.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

#include "output/render.h"
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

std::string MeasureToText(const Measure& m) {
  if (std::holds_alternative<std::monostate>(m)) return "";
  nlohmann::json j;
  if (std::holds_alternative<int64_t>(m)) j = std::get<int64_t>(m);
  if (std::holds_alternative<double>(m)) j = std::get<double>(m);
  if (std::holds_alternative<std::string>(m)) j = std::get<std::string>(m);
  return j.dump();
}

Measure MeasureFromText(const std::optional<std::string>& text) {
  if (!text || text->empty()) return std::monostate{};
  const auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_number_integer()) return j.get<int64_t>();
  if (j.is_number()) return j.get<double>();
  if (j.is_string()) return j.get<std::string>();
  return std::monostate{};
}

RunInfo ReadRun(Statement& s) {
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

History::History(Database& db) : db_(db) {
  if (!db_.HasTable("tuanthu_runs")) db_.Exec(kSchema);
}

int64_t History::Record(const CheckResult& result, const std::string& started_at,
                        const std::string& finished_at, const std::string& fingerprint,
                        const std::string& scope, int delay_before_commit_ms) {
  Transaction transaction(db_);
  std::string packs, localities;
  for (const LocalityResult& l : result.localities) {
    const std::string pack = l.pack + "@" + l.pack_hash;
    if (packs.find(pack) == std::string::npos) packs += (packs.empty() ? "" : ", ") + pack;
    localities += (localities.empty() ? "" : ", ") + l.code;
  }
  auto count = [&](Severity s) {
    auto it = result.summary.find(s);
    return it == result.summary.end() ? int64_t{0} : it->second;
  };
  Statement run = db_.Prepare(
      "INSERT INTO tuanthu_runs(as_of, started_at, finished_at, data_fingerprint, packs, "
      "localities, violations, warnings, infos, scope) VALUES (?,?,?,?,?,?,?,?,?,?)");
  run.Bind(1, result.as_of.Iso()).Bind(2, started_at).Bind(3, finished_at).Bind(4, fingerprint);
  run.Bind(5, packs).Bind(6, localities).Bind(7, count(Severity::kViolation));
  run.Bind(8, count(Severity::kWarning)).Bind(9, count(Severity::kInfo)).Bind(10, scope);
  run.Run();
  const int64_t run_id = sqlite3_last_insert_rowid(db_.raw());

  Statement first_seen = db_.Prepare(
      "SELECT f.first_seen FROM tuanthu_run_findings f WHERE f.identity = ? AND f.run_id = "
      "(SELECT MAX(id) FROM tuanthu_runs WHERE id < ?)");
  Statement insert = db_.Prepare(
      "INSERT INTO tuanthu_run_findings(run_id, identity, rule, severity, pack, locality, unit, "
      "period, record, clause, message, observed, expected, evidence, evidence_total, first_seen) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  std::map<std::string, int> seen;
  for (const Finding& f : result.findings) {
    if (f.severity == Severity::kPass) continue;
    std::string identity = FindingIdentity(f);
    if (int n = seen[identity]++; n > 0) identity += "\x1f#" + std::to_string(n);
    first_seen.Bind(1, identity).Bind(2, run_id);
    std::string since = result.as_of.Iso();
    if (first_seen.Step()) since = std::string(first_seen.Text(0));
    first_seen.Reset();
    insert.Bind(1, run_id).Bind(2, identity).Bind(3, f.rule).Bind(4, SeverityName(f.severity));
    insert.Bind(5, f.pack).Bind(6, f.locality);
    if (f.unit)
      insert.Bind(7, *f.unit);
    else
      insert.BindNull(7);
    insert.Bind(8, f.period).Bind(9, f.record).Bind(10, f.clause).Bind(11, f.message);
    insert.Bind(12, MeasureToText(f.observed)).Bind(13, MeasureToText(f.expected));
    insert.Bind(14, nlohmann::json(f.evidence).dump()).Bind(15, f.evidence_total);
    insert.Bind(16, since);
    insert.Run();
  }
  if (delay_before_commit_ms > 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_before_commit_ms));
  }
  transaction.Commit();
  return run_id;
}

std::vector<RunInfo> History::Runs() {
  std::vector<RunInfo> runs;
  Statement s =
      db_.Prepare(std::string("SELECT ") + kRunColumns + " FROM tuanthu_runs ORDER BY id");
  while (s.Step()) runs.push_back(ReadRun(s));
  return runs;
}

std::optional<RunInfo> History::Run(int64_t id) {
  Statement s =
      db_.Prepare(std::string("SELECT ") + kRunColumns + " FROM tuanthu_runs WHERE id = ?");
  s.Bind(1, id);
  if (!s.Step()) return std::nullopt;
  return ReadRun(s);
}

std::vector<StoredFinding> History::Findings(int64_t run_id) {
  std::vector<StoredFinding> out;
  Statement s = db_.Prepare(
      "SELECT identity, rule, severity, pack, locality, unit, period, record, clause, message, "
      "observed, expected, evidence, evidence_total, first_seen FROM tuanthu_run_findings "
      "WHERE run_id = ? ORDER BY identity");
  s.Bind(1, run_id);
  while (s.Step()) {
    StoredFinding stored;
    stored.identity = s.Text(0);
    Finding& f = stored.finding;
    f.rule = s.Text(1);
    f.severity = ParseSeverity(s.Text(2)).value_or(Severity::kInfo);
    f.pack = s.Text(3);
    f.locality = s.Text(4);
    f.unit = s.OptionalText(5);
    f.period = s.Text(6);
    f.record = s.Text(7);
    f.clause = s.Text(8);
    f.message = s.Text(9);
    f.observed = MeasureFromText(s.OptionalText(10));
    f.expected = MeasureFromText(s.OptionalText(11));
    const auto evidence = nlohmann::json::parse(s.Text(12), nullptr, false);
    if (evidence.is_array()) f.evidence = evidence.get<std::vector<std::string>>();
    f.evidence_total = s.Int(13);
    stored.first_seen = s.Text(14);
    out.push_back(std::move(stored));
  }
  return out;
}

std::map<std::string, std::map<Severity, int64_t>> History::CountsByLocality(int64_t run_id) {
  std::map<std::string, std::map<Severity, int64_t>> counts;
  Statement s = db_.Prepare(
      "SELECT locality, severity, COUNT(*) FROM tuanthu_run_findings WHERE run_id = ? "
      "GROUP BY locality, severity");
  s.Bind(1, run_id);
  while (s.Step()) {
    if (auto severity = ParseSeverity(s.Text(1)))
      counts[std::string(s.Text(0))][*severity] = s.Int(2);
  }
  return counts;
}

RunDiff History::Diff(int64_t from, int64_t to) {
  RunDiff diff;
  const auto from_run = Run(from);
  const auto to_run = Run(to);
  if (!from_run || !to_run) {
    throw StoreError("no run " + std::to_string(from_run ? to : from) + " in the history");
  }
  diff.from = *from_run;
  diff.to = *to_run;
  std::vector<StoredFinding> before = Findings(from);
  std::vector<StoredFinding> after = Findings(to);
  size_t i = 0, j = 0;  // both sorted by identity
  while (i < before.size() || j < after.size()) {
    if (j == after.size() || (i < before.size() && before[i].identity < after[j].identity)) {
      diff.resolved.push_back(std::move(before[i++]));
    } else if (i == before.size() || after[j].identity < before[i].identity) {
      diff.added.push_back(std::move(after[j++]));
    } else {
      diff.open.push_back(std::move(after[j++]));
      ++i;
    }
  }
  auto by_finding = [](const StoredFinding& a, const StoredFinding& b) {
    return FindingLess(a.finding, b.finding);
  };
  std::sort(diff.added.begin(), diff.added.end(), by_finding);
  std::sort(diff.resolved.begin(), diff.resolved.end(), by_finding);
  std::sort(diff.open.begin(), diff.open.end(), by_finding);
  return diff;
}

}  // namespace tuanthu
