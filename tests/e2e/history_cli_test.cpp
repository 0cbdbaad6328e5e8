// End-to-end: recorded runs, their diff, the lock between runs, and a run killed mid-way.
#include <doctest/doctest.h>
#include <signal.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "history/history.h"
#include "run_tool.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {
namespace {

struct Store {
  std::filesystem::path dir;
  TestStore db;
  explicit Store(const std::string& name) : dir(TempDir(name)), db(dir, "store.db") {
    const ToolRun run = Tool("import --data data/si-lo-lau --db " + Quote(db));
    REQUIRE_MESSAGE(run.status == 0, run.err);
  }
  ~Store() { std::filesystem::remove_all(dir); }
  ToolRun Check(const std::string& as_of, const std::string& extra = "") const {
    return Tool("check --data " + Quote(db) + " --as-of " + as_of + " --record --quiet " + extra);
  }
  int64_t Count(const std::string& sql) const { return db.Count(sql); }
};

bool Alive(pid_t pid) {
  const std::string stat = ReadAll("/proc/" + std::to_string(pid) + "/stat");
  if (stat.empty()) return false;
  const size_t close = stat.rfind(')');
  return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] != 'Z';
}

pid_t StartInBackground(const std::string& env, const std::string& args) {
  const auto pid_file = std::filesystem::temp_directory_path() /
                        ("tuanthu-bg-" + std::to_string(::getpid()) + ".pid");
  const std::string command = "cd " + Quote(TUANTHU_SOURCE_DIR) + " && " + env + " " +
                              Quote(TUANTHU_BINARY) + " " + args + " >/dev/null 2>&1 & echo $! > " +
                              Quote(pid_file.string());
  REQUIRE(std::system(command.c_str()) == 0);
  const pid_t pid = static_cast<pid_t>(std::stol(ReadAll(pid_file)));
  std::filesystem::remove(pid_file);
  return pid;
}

void WaitGone(pid_t pid) {
  for (int i = 0; i < 300 && Alive(pid); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

}  // namespace

TEST_CASE(
    "history file: each run keeps its KPI outcomes, a previous version's history is upgraded in "
    "place") {
  Store store("history-kpis");
  // A run recorded as the previous version recorded it: a history without KPI outcomes.
  REQUIRE(store.Check("2026-06-10").status <= 1);
  {
    Database db(store.db);
    db.Exec("DROP TABLE tuanthu_run_kpis; DROP TABLE tuanthu_history_meta");
  }
  auto history_version = [&store] {
    Database db(store.db, Database::Mode::kReadOnly);
    return History(db).SchemaVersion();
  };
  REQUIRE(history_version() == 1);
  const std::string check = "check --data " + Quote(store.db) + " --fail-on never ";

  // A report as of July compares with that run: its counts, no KPI trend; reading upgrades
  // nothing.
  const std::string july = (store.dir / "july").string();
  ToolRun report = Tool(check + "--as-of 2026-07-01 --format html --out " + Quote(july + "/"));
  REQUIRE_MESSAGE(report.status == 0, report.err);
  std::string index = ReadAll(july + "/index.html");
  CHECK(index.find("Lần chạy #1 ngày 10/06/2026 được lưu bởi phiên bản tuanthu chưa lưu kết quả "
                   "chỉ tiêu") != std::string::npos);
  CHECK(index.find("<table class=\"overview kpi-trend\">") == std::string::npos);
  CHECK(history_version() == 1);

  // The next recording run upgrades the history in place and keeps its KPI outcomes: those the
  // JSON shows, with their status.
  REQUIRE(store.Check("2026-11-24").status <= 1);
  CHECK(history_version() == kHistorySchemaVersion);
  CHECK(store.Count("SELECT COUNT(*) FROM tuanthu_runs") == 2);
  const ToolRun november = Tool(check + "--as-of 2026-11-24 --format json");
  REQUIRE_MESSAGE(november.status == 0, november.err);
  const auto kpis = nlohmann::json::parse(november.out)["localities"][0]["kpis"];
  REQUIRE(kpis.size() >= 3);
  {
    Database db(store.db, Database::Mode::kReadOnly);
    History history(db);
    CHECK_FALSE(history.KpiOutcomes(1).has_value());  // recorded before the upgrade
    const auto outcomes = history.KpiOutcomes(2);
    REQUIRE(outcomes.has_value());
    for (const auto& k : kpis) {
      CAPTURE(k.dump());
      const auto it = std::find_if(outcomes->begin(), outcomes->end(), [&](const auto& o) {
        return o.locality == "03199" && o.rule == k["rule"] && o.period == k["period"];
      });
      REQUIRE(it != outcomes->end());
      CHECK(SeverityName(it->outcome) == k["status"].get<std::string>());
    }
  }

  // A report as of December compares with run 2, KPI by KPI.
  const std::string december = (store.dir / "december").string();
  report = Tool(check + "--as-of 2026-12-01 --format html --out " + Quote(december + "/"));
  REQUIRE_MESSAGE(report.status == 0, report.err);
  index = ReadAll(december + "/index.html");
  CHECK(index.find("<section class=\"kpi-trend\" data-previous-run=\"2\">") != std::string::npos);
  size_t rows = 0;
  for (size_t at = 0; (at = index.find("data-compared=\"1\"", at)) != std::string::npos; ++at)
    ++rows;
  CHECK(rows == kpis.size());

  // A history written by a newer tuanthu is refused, and left as it was.
  {
    Database db(store.db);
    db.Exec("UPDATE tuanthu_history_meta SET value = '99' WHERE key = 'schema_version'");
  }
  const ToolRun newer = store.Check("2026-11-25");
  CHECK(newer.status == 2);
  CHECK_MESSAGE(newer.err.find("lược đồ lịch sử 99") != std::string::npos, newer.err);
  CHECK(store.Count("SELECT COUNT(*) FROM tuanthu_runs") == 2);
}

TEST_CASE("history: diff shows new, resolved and still-open findings, first-seen survives") {
  Store store("history");
  CHECK(store.Check("2026-06-10").status == 1);
  // Fix one finding: SLL-U05's missing semi-annual report arrives (late, still a finding but
  // a different one), and SLL-U04 gets a new over-long conference. (PostgreSQL keeps each
  // record's locality beside it.)
  const std::string locality_column = OnPostgres() ? "locality_code, " : "";
  const std::string locality_value = OnPostgres() ? "'03199', " : "";
  store.db.Exec("INSERT INTO meetings(" + locality_column +
                "meeting_id, unit_id, role, category, kind, start_date, duration_days, format) "
                "VALUES (" +
                locality_value +
                "'SLL-NEW1', 'SLL-U04', 'host', 'conference', 'dissemination', '2026-06-08', 1, "
                "'online')");
  store.db.Exec("DELETE FROM documents WHERE doc_id = 'SLL-D01899'");  // the paper document
  CHECK(store.Check("2026-06-10").status == 1);
  const ToolRun diff = Tool("diff --db " + Quote(store.db) + " --format json");
  REQUIRE_MESSAGE(diff.status == 0, diff.err);
  const auto j = nlohmann::json::parse(diff.out);
  CHECK(j["from"]["id"] == 1);
  CHECK(j["to"]["id"] == 2);
  CHECK(j["from"]["data_fingerprint"] != j["to"]["data_fingerprint"]);
  auto has = [](const nlohmann::json& list, const std::string& rule, const nlohmann::json& unit) {
    for (const auto& f : list) {
      if (f["rule"] == rule && f["unit"] == unit) return true;
    }
    return false;
  };
  CHECK(has(j["new"], "meetings.duration", "SLL-U04"));
  CHECK(has(j["resolved"], "documents.electronic_exchange", "SLL-U05"));
  CHECK(has(j["resolved"], "documents.electronic_exchange", nullptr));
  CHECK(has(j["still_open"], "reports.semiannual", "SLL-U05"));
  CHECK_FALSE(has(j["new"], "reports.semiannual", "SLL-U05"));
  // A third run, later: what stayed open keeps the date it was first seen.
  CHECK(store.Check("2026-06-20").status == 1);
  const auto later =
      nlohmann::json::parse(Tool("diff --db " + Quote(store.db) + " --format json").out);
  bool kept = false;
  for (const auto& f : later["still_open"]) {
    if (f["rule"] == "reports.semiannual" && f["unit"] == "SLL-U05")
      kept = f["first_seen"] == "2026-06-10";
  }
  CHECK(kept);
  const auto runs =
      nlohmann::json::parse(Tool("runs --db " + Quote(store.db) + " --format json").out);
  REQUIRE(runs.size() == 3);
  CHECK(runs[2]["as_of"] == "2026-06-20");
  CHECK(runs[0]["packs"].get<std::string>().find("vn/lai-chau/si-lo-lau@") == 0);
  CHECK(later["same_scope"] == true);
  // A run narrowed by a filter says so in the diff, since what it left out is not "resolved".
  CHECK(store.Check("2026-06-20", "--rule reports.").status == 1);
  const auto narrowed =
      nlohmann::json::parse(Tool("diff --db " + Quote(store.db) + " --format json").out);
  CHECK(narrowed["same_scope"] == false);
  CHECK(narrowed["to"]["scope"] == "rule=reports.");
  CHECK(Tool("diff --db " + Quote(store.db)).out.find("phạm vi khác nhau") != std::string::npos);
  const ToolRun text = Tool("diff --db " + Quote(store.db) + " 1 2");
  CHECK(text.out.find("MỚI") != std::string::npos);
  CHECK(text.out.find("ĐÃ KHẮC PHỤC") != std::string::npos);
  CHECK(text.out.find("VẪN TỒN TẠI") != std::string::npos);
}

TEST_CASE("history: --record needs a store, and diff needs two runs") {
  const ToolRun folder = Tool("check --data data/si-lo-lau --as-of 2026-06-10 --record");
  CHECK(folder.status == 2);
  CHECK(folder.err.find("--history") != std::string::npos);
  Store store("history-one");
  store.Check("2026-06-10");
  CHECK(Tool("diff --db " + Quote(store.db)).status == 2);
}

TEST_CASE("history: two runs on one database at once both land, a busy lock is a clear error") {
  Store store("concurrent");
  const pid_t first =
      StartInBackground("TUANTHU_TEST_RECORD_DELAY_MS=1500",
                        "check --data " + Quote(store.db) + " --as-of 2026-06-10 --record");
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  const ToolRun refused = store.Check("2026-06-10", "--wait 0");
  CHECK(refused.status == 2);
  CHECK(refused.err.find("một lần chạy tuanthu khác đang ghi") != std::string::npos);
  const ToolRun waited = store.Check("2026-06-11", "--wait 30");  // waits for the first
  CHECK(waited.status == 1);
  WaitGone(first);
  CHECK(store.Count("SELECT COUNT(*) FROM tuanthu_runs") == 2);
}

TEST_CASE("history: a run killed with -9 while recording leaves a consistent store and no run") {
  Store store("killed");
  CHECK(store.Check("2026-06-10").status == 1);
  const int64_t findings_before = store.Count("SELECT COUNT(*) FROM tuanthu_run_findings");
  const pid_t victim =
      StartInBackground("TUANTHU_TEST_RECORD_DELAY_MS=20000",
                        "check --data " + Quote(store.db) + " --as-of 2026-11-24 --record");
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  REQUIRE(Alive(victim));
  ::kill(victim, SIGKILL);
  WaitGone(victim);
  if (!OnPostgres()) {      // PostgreSQL rolls the dead session's transaction back itself
    Database db(store.db);  // opening recovers from the WAL as SQLite does after a crash
    Statement integrity = db.Prepare("PRAGMA integrity_check");
    REQUIRE(integrity.Step());
    CHECK(integrity.Text(0) == "ok");
  }
  CHECK(store.Count("SELECT COUNT(*) FROM tuanthu_runs") == 1);
  CHECK(store.Count("SELECT COUNT(*) FROM tuanthu_run_findings") == findings_before);
  CHECK(store.Count("SELECT COUNT(*) FROM tuanthu_run_findings WHERE run_id NOT IN "
                    "(SELECT id FROM tuanthu_runs)") == 0);
  // The lock died with the process: the next run goes ahead at once.
  CHECK(store.Check("2026-11-24", "--wait 0").status == 1);
}

TEST_CASE("due soon: every deadline of the next days not met yet, soonest first") {
  const ToolRun run = Tool(
      "check --data data/si-lo-lau --pack vn/lai-chau/si-lo-lau "
      "--as-of 2026-05-28 --due-soon 10 --format json");
  REQUIRE_MESSAGE(run.status == 0, run.err);
  const auto j = nlohmann::json::parse(run.out);
  REQUIRE(j["due"].size() > 0);
  std::string previous;
  bool plan = false, report = false;
  for (const auto& d : j["due"]) {
    CHECK(d["due"].get<std::string>() >= previous);
    previous = d["due"];
    plan |= d["rule"] == "plans.unit_plan" && d["due"] == "2026-05-31" && d["days_left"] == 3;
    report |= d["rule"] == "reports.semiannual" && d["due"] == "2026-06-04";
  }
  CHECK(plan);
  CHECK(report);
  const ToolRun table = Tool(
      "check --data data/si-lo-lau --pack vn/lai-chau/si-lo-lau "
      "--as-of 2026-05-28 --due-soon 10");
  CHECK(table.out.find("còn 3 ngày") != std::string::npos);
}

TEST_CASE("sweep: filters by province, locality, unit, rule and severity") {
  const std::string base = "check --data data/province-sweep --as-of 2026-11-24 --format json ";
  auto findings = [&](const std::string& filters) {
    const ToolRun run = Tool(base + filters);
    REQUIRE_MESSAGE(run.status <= 1, run.err);
    return nlohmann::json::parse(run.out);
  };
  const auto hanoi = findings("--province 01");
  REQUIRE(hanoi["localities"].size() == 1);
  for (const auto& f : hanoi["findings"]) CHECK(f["pack"] == "vn/ha-noi/ngoc-ha");
  const auto one = findings("--locality 03199 --rule reports. --severity violation");
  for (const auto& f : one["findings"]) {
    CHECK(f["locality"] == "03199");
    CHECK(f["rule"].get<std::string>().rfind("reports.", 0) == 0);
    CHECK(f["severity"] == "violation");
  }
  CHECK(one["findings"].size() > 0);
  const auto unit = findings("--unit SLL-U04");
  for (const auto& f : unit["findings"]) CHECK(f["unit"] == "SLL-U04");
  const auto all = findings("");
  for (const auto& l : all["localities"]) CHECK(l["kpis"].size() > 0);
  const ToolRun bad = Tool("check --data data/province-sweep --as-of 2026-11-24 --pack vn/nope");
  CHECK(bad.status == 2);
}

}  // namespace tuanthu::testing
