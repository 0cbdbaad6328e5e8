// End-to-end on a PostgreSQL store: the same findings as SQLite byte for byte, history, due-soon,
// concurrent submissions, and who may write what (roles and row-level security).
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "../support/pg.h"
#include "history/history.h"
#include "run_tool.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {
namespace {

// The sample localities in one SQLite file and one PostgreSQL database.
struct TwoStores {
  std::filesystem::path dir;
  std::string sqlite;
  PgTestDatabase pg;
  explicit TwoStores(const std::string& name, const std::string& data = "data/province-sweep")
      : dir(TempDir(name)), sqlite((dir / "store.db").string()), pg(name) {
    for (const std::string& store : {sqlite, pg.uri()}) {
      const ToolRun run = Tool("import --data " + data + " --db " + Quote(store) + " --quiet");
      REQUIRE_MESSAGE(run.status == 0, run.err);
    }
  }
  ~TwoStores() { std::filesystem::remove_all(dir); }
};

// A copy of a sample data set without its province's row (a commune submits only its own).
std::filesystem::path CommuneOnly(const std::string& name, const std::filesystem::path& dir,
                                  size_t keep_meetings = 0) {
  const auto out = dir / name;
  std::filesystem::create_directories(out);
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(TUANTHU_SOURCE_DIR) / "data" / name)) {
    std::filesystem::copy(entry.path(), out / entry.path().filename());
  }
  std::string localities = ReadAll(out / "localities.csv"), kept;
  size_t start = 0;
  while (start < localities.size()) {
    size_t end = localities.find('\n', start);
    if (end == std::string::npos) end = localities.size();
    const std::string line = localities.substr(start, end - start);
    if (line.find(",province,") == std::string::npos) kept += line + "\n";
    start = end + 1;
  }
  std::ofstream(out / "localities.csv", std::ios::trunc) << kept;
  if (keep_meetings > 0) {
    const std::string meetings = ReadAll(out / "meetings.csv");
    size_t pos = 0;
    for (size_t line = 0; line <= keep_meetings; ++line) pos = meetings.find('\n', pos) + 1;
    std::ofstream(out / "meetings.csv", std::ios::trunc) << meetings.substr(0, pos);
  }
  return out;
}

int64_t PgCount(const std::string& uri, const std::string& sql) {
  pg::Connection connection(uri);
  return connection.Query(sql).Int(0, 0);
}

}  // namespace

TEST_CASE("postgres e2e: the same data gives byte-identical findings from SQLite and PostgreSQL") {
  TwoStores stores("pg-same");
  const std::vector<std::string> checks = {
      "--as-of 2026-06-10 --format json",
      "--as-of 2026-11-24 --format json --include-pass",
      "--as-of 2026-11-24 --format csv --lang en",
      "--as-of 2026-11-24 --format table",
      "--as-of 2026-06-10 --format json --pack vn/lai-chau/si-lo-lau",
      "--as-of 2026-11-24 --format json --locality 00004",
      "--as-of 2026-11-24 --format json --rule meetings. --severity warning",
      "--as-of 2026-05-28 --due-soon 30 --format json",
  };
  for (const std::string& args : checks) {
    CAPTURE(args);
    const ToolRun from_sqlite = Tool("check --data " + Quote(stores.sqlite) + " " + args);
    const ToolRun from_pg = Tool("check --data " + Quote(stores.pg.uri()) + " " + args);
    CHECK(from_pg.status == from_sqlite.status);
    CHECK(from_pg.err == from_sqlite.err);
    CHECK_FALSE(from_pg.out.empty());
    CHECK(from_pg.out == from_sqlite.out);
  }
  // And the same as checking the CSV folder directly.
  const ToolRun from_csv =
      Tool("check --data data/province-sweep --as-of 2026-06-10 --format json");
  const ToolRun from_pg =
      Tool("check --data " + Quote(stores.pg.uri()) + " --as-of 2026-06-10 --format json");
  CHECK(from_pg.out == from_csv.out);
}

TEST_CASE("postgres e2e: --record, runs and diff give what they give on SQLite") {
  TwoStores stores("pg-history", "data/si-lo-lau");
  std::string diffs[2];
  int i = 0;
  for (const std::string& store : {stores.sqlite, stores.pg.uri()}) {
    CAPTURE(store);
    for (const char* as_of : {"2026-06-01", "2026-06-10", "2026-11-24"}) {
      const ToolRun run =
          Tool("check --data " + Quote(store) + " --as-of " + as_of + " --record --quiet");
      CHECK_MESSAGE(run.status == 1, run.err);
    }
    const ToolRun runs = Tool("runs --db " + Quote(store) + " --format json");
    REQUIRE_MESSAGE(runs.status == 0, runs.err);
    const auto list = nlohmann::json::parse(runs.out);
    REQUIRE(list.size() == 3);
    CHECK(list[2]["as_of"] == "2026-11-24");
    const ToolRun diff = Tool("diff --db " + Quote(store) + " 1 3 --format json");
    REQUIRE_MESSAGE(diff.status == 0, diff.err);
    auto json = nlohmann::json::parse(diff.out);
    json.erase("from");
    json.erase("to");
    diffs[i++] = json.dump(1);
  }
  CHECK(diffs[0] == diffs[1]);
  CHECK(diffs[1].find("\"first_seen\": \"2026-06-01\"") != std::string::npos);
}

TEST_CASE(
    "postgres e2e: two recording runs at once both land, the advisory lock is a clear error") {
  PgTestDatabase database("pg-lock");
  REQUIRE(Tool("import --data data/si-lo-lau --db " + Quote(database.uri()) + " -q").status == 0);
  const std::string record =
      "check --data " + Quote(database.uri()) + " --as-of 2026-06-10 --record --quiet --wait 30";
  const ToolRun both =
      Shell("TUANTHU_TEST_RECORD_DELAY_MS=800 " + Quote(TUANTHU_BINARY) + " " + record + " & " +
            Quote(TUANTHU_BINARY) + " " + record + "; a=$?; wait $!; b=$?; echo $a $b");
  CHECK(both.out == "1 1\n");
  CHECK(PgCount(database.uri(), "SELECT count(*) FROM tuanthu_runs") == 2);
  const ToolRun busy =
      Shell("TUANTHU_TEST_RECORD_DELAY_MS=3000 " + Quote(TUANTHU_BINARY) + " " + record +
            " & sleep 1; " + Quote(TUANTHU_BINARY) + " check --data " + Quote(database.uri()) +
            " --as-of 2026-06-10 --record --quiet --wait 0 --lang en; wait");
  CHECK(busy.err.find("another tuanthu run is writing") != std::string::npos);
  CHECK(busy.err.find("advisory lock") != std::string::npos);
}

TEST_CASE(
    "postgres e2e: submissions of different localities land together, one locality's serialise") {
  PgTestDatabase database("pg-submit");
  const std::string db = Quote(database.uri());
  for (const char* data : {"data/si-lo-lau", "data/ngoc-ha"}) {
    REQUIRE(Tool(std::string("import --data ") + data + " --db " + db + " -q").status == 0);
  }
  const auto dir = TempDir("pg-submit");
  const auto si_lo_lau = CommuneOnly("si-lo-lau", dir / "a", 20);
  const auto ngoc_ha = CommuneOnly("ngoc-ha", dir / "b", 30);
  const std::string binary = "TUANTHU_TEST_IMPORT_DELAY_MS=1500 " + Quote(TUANTHU_BINARY);
  const auto submit = [&](const std::filesystem::path& data) {
    return binary + " import --resubmit -q --data " + Quote(data.string()) + " --db " + db;
  };

  // Different localities: both commit.
  const ToolRun different =
      Shell(submit(si_lo_lau) + " & " + submit(ngoc_ha) + "; a=$?; wait $!; b=$?; echo $a $b");
  CHECK_MESSAGE(different.out == "0 0\n", different.err);
  CHECK(PgCount(database.uri(), "SELECT count(*) FROM meetings WHERE locality_code = '03199'") ==
        20);
  CHECK(PgCount(database.uri(), "SELECT count(*) FROM meetings WHERE locality_code = '00004'") ==
        30);

  // The same locality twice at once: the second waits for the first, then replaces it whole.
  const auto full = CommuneOnly("si-lo-lau", dir / "c");
  const ToolRun same = Shell(submit(full) + " & sleep 0.3; " + submit(si_lo_lau) +
                             "; a=$?; wait $!; b=$?; echo $a $b");
  CHECK_MESSAGE(same.out == "0 0\n", same.err);
  CHECK(PgCount(database.uri(), "SELECT count(*) FROM meetings WHERE locality_code = '03199'") ==
        20);
  CHECK(PgCount(database.uri(), "SELECT count(*) FROM meetings WHERE locality_code = '00004'") ==
        30);

  // --wait: a submission that finds its locality busy waits that long, then fails naming it
  // and changes nothing.
  const auto slow_submit = [&](const std::filesystem::path& data) {
    return "TUANTHU_TEST_IMPORT_DELAY_MS=5000 " + Quote(TUANTHU_BINARY) +
           " import --resubmit -q --data " + Quote(data.string()) + " --db " + db;
  };
  const ToolRun busy = Shell(slow_submit(full) + " & sleep 2; " + Quote(TUANTHU_BINARY) +
                             " import --resubmit -q --wait 0 --data " + Quote(si_lo_lau.string()) +
                             " --db " + db + "; a=$?; wait $!; echo $a");
  CHECK(busy.out == "2\n");
  CHECK_MESSAGE(
      busy.err.find("một lần nộp dữ liệu khác của địa bàn 03199 đang ghi vào") != std::string::npos,
      busy.err);
  CHECK(busy.err.find("--wait") != std::string::npos);
  CHECK(busy.err.find("Không nhập gì: kho giữ nguyên.") != std::string::npos);
  const int64_t full_meetings =
      PgCount(database.uri(), "SELECT count(*) FROM meetings WHERE locality_code = '03199'");
  CHECK(full_meetings > 20);  // the first submission landed, the refused one did not
  const ToolRun english = Shell(slow_submit(si_lo_lau) + " & sleep 2; " + Quote(TUANTHU_BINARY) +
                                " import --resubmit -q --wait 1 --lang en --data " +
                                Quote(full.string()) + " --db " + db + "; a=$?; wait $!; echo $a");
  CHECK(english.out == "2\n");
  CHECK(english.err.find("another submission of locality 03199 is being written to") !=
        std::string::npos);
  CHECK(english.err.find("waited 1 s") != std::string::npos);
  CHECK(PgCount(database.uri(), "SELECT count(*) FROM meetings WHERE locality_code = '03199'") ==
        20);
  std::filesystem::remove_all(dir);
}

TEST_CASE(
    "postgres e2e: a commune's account replaces only its own locality, an inspector reads and "
    "records") {
  PgTestDatabase database("pg-roles");
  const std::string admin = Quote(database.uri());
  for (const char* data : {"data/si-lo-lau", "data/ngoc-ha"}) {
    REQUIRE(Tool(std::string("import --data ") + data + " --db " + admin + " -q").status == 0);
  }
  const std::string commune = "xa_03199_" + std::to_string(::getpid());
  const std::string inspector = "thanh_tra_" + std::to_string(::getpid());
  REQUIRE(Tool("store init --roles --db " + admin).status == 0);
  REQUIRE(Tool("store account --db " + admin + " --role " + commune + " --commune 03199").status ==
          0);
  REQUIRE(Tool("store account --db " + admin + " --role " + inspector + " --inspector").status ==
          0);
  const std::string as_commune = database.UriAs(commune);
  const std::string as_inspector = database.UriAs(inspector);
  const int64_t ngoc_ha_meetings =
      PgCount(database.uri(), "SELECT count(*) FROM meetings WHERE locality_code = '00004'");
  REQUIRE(ngoc_ha_meetings > 0);

  const auto dir = TempDir("pg-roles");
  // Its own locality: replaced.
  const ToolRun own = Tool("import --resubmit -q --data " +
                           Quote(CommuneOnly("si-lo-lau", dir / "own", 15).string()) + " --db " +
                           Quote(as_commune));
  CHECK_MESSAGE(own.status == 0, own.err);
  CHECK(PgCount(database.uri(), "SELECT count(*) FROM meetings WHERE locality_code = '03199'") ==
        15);
  // Another locality: refused, nothing changed.
  const ToolRun other =
      Tool("import --resubmit -q --data " +
           Quote(CommuneOnly("ngoc-ha", dir / "other", 5).string()) + " --db " + Quote(as_commune));
  CHECK(other.status == 2);
  CHECK_MESSAGE(other.err.find("chính sách bảo mật theo dòng") != std::string::npos, other.err);
  const ToolRun other_en =
      Tool("import --resubmit -q --lang en --data " + Quote((dir / "other" / "ngoc-ha").string()) +
           " --db " + Quote(as_commune));
  CHECK(other_en.status == 2);
  CHECK_MESSAGE(other_en.err.find("row-level security") != std::string::npos, other_en.err);
  CHECK(PgCount(database.uri(), "SELECT count(*) FROM meetings WHERE locality_code = '00004'") ==
        ngoc_ha_meetings);

  // Nor by hand: another locality's rows cannot be read, changed or added to.
  {
    pg::Connection connection(as_commune);
    CHECK(
        connection.Query("SELECT count(*) FROM meetings WHERE locality_code = '00004'").Int(0, 0) ==
        0);
    CHECK(connection.Query("UPDATE meetings SET format = 'online' WHERE locality_code = '00004'")
              .AffectedRows() == 0);
    CHECK(connection.Query("DELETE FROM units WHERE locality_code = '00004'").AffectedRows() == 0);
    CHECK(
        connection.Query("UPDATE localities SET name = 'x' WHERE code = '00004'").AffectedRows() ==
        0);
    CHECK_THROWS_AS(connection.Exec("INSERT INTO schedules(locality_code, week_start, "
                                    "published_date) VALUES ('00004', '2026-06-01', '2026-06-01')"),
                    pg::PgError);
    CHECK_THROWS_AS(connection.Exec("UPDATE meetings SET locality_code = '00004' "
                                    "WHERE locality_code = '03199'"),
                    pg::PgError);
    CHECK_THROWS_AS(connection.Exec("INSERT INTO tuanthu_runs(as_of, started_at, finished_at, "
                                    "data_fingerprint, packs, localities, violations, warnings, "
                                    "infos) VALUES ('x','x','x','x','x','x',0,0,0)"),
                    pg::PgError);
  }
  CHECK(PgCount(database.uri(),
                "SELECT count(*) FROM meetings WHERE locality_code = '00004' "
                "AND format = 'online'") <
        PgCount(database.uri(), "SELECT count(*) FROM meetings WHERE locality_code = '00004'"));

  // The inspector reads everything and records runs, but writes no data.
  const ToolRun sweep =
      Tool("check --data " + Quote(as_inspector) + " --as-of 2026-06-10 --record --quiet");
  CHECK_MESSAGE(sweep.status == 1, sweep.err);
  const ToolRun runs = Tool("runs --db " + Quote(as_inspector) + " --format json");
  CHECK(nlohmann::json::parse(runs.out).size() == 1);
  const ToolRun by_inspector =
      Tool("check --data " + Quote(as_inspector) + " --as-of 2026-06-10 --format json");
  const ToolRun by_admin = Tool("check --data " + admin + " --as-of 2026-06-10 --format json");
  CHECK(by_inspector.out == by_admin.out);
  CHECK(by_inspector.out.find("\"00004\"") != std::string::npos);
  pg::Connection connection(as_inspector);
  CHECK_THROWS_AS(connection.Exec("DELETE FROM meetings"), pg::PgError);
  std::filesystem::remove_all(dir);
}

TEST_CASE(
    "postgres e2e: a custom rule's read-only query gives the same findings, writes are refused") {
  TwoStores stores("pg-custom", "data/si-lo-lau");
  const auto dir = TempDir("pg-custom-rules");
  std::filesystem::create_directories(dir / "test/custom");
  std::ofstream(dir / "test/custom/pack.lua") << R"lua(
pack { parent = "vn/lai-chau/si-lo-lau", effective = "2026-04-29" }
custom "local.paper_reports" { clause = "Z", evaluate = function(ctx)
  local rows = ctx.query([[SELECT r.unit_id, COUNT(*) AS n FROM reports r
                           JOIN units u USING (unit_id)
                           WHERE u.locality_code = ? AND r.form = 'paper' AND r.submitted_date <= ?
                           GROUP BY r.unit_id]], ctx.locality, ctx.as_of)
  for _, row in ipairs(rows) do
    ctx.finding { severity = "warning", unit = row.unit_id, period = ctx.as_of:sub(1, 4),
                  message = row.n .. " paper reports", observed = row.n }
  end
  for _, sql in ipairs { "DELETE FROM meetings", "UPDATE units SET name = 'x'",
                         "SELECT * FROM pg_roles", "SELECT * FROM tuanthu_accounts",
                         "SELECT 1; DELETE FROM meetings" } do
    local ok = pcall(ctx.query, sql)
    assert(not ok, sql)
  end
  local after = ctx.query("SELECT COUNT(*) AS n FROM meetings")
  ctx.finding { severity = "info", message = "meetings: " .. after[1].n, observed = after[1].n }
end }
)lua";
  const std::string args = " --rules " + Quote(dir.string()) +
                           " --pack test/custom --rule local. --as-of 2026-11-24 --format json";
  const ToolRun from_sqlite = Tool("check --data " + Quote(stores.sqlite) + args);
  const ToolRun from_pg = Tool("check --data " + Quote(stores.pg.uri()) + args);
  CHECK_MESSAGE(from_pg.err.empty(), from_pg.err);
  CHECK(from_pg.out == from_sqlite.out);
  CHECK(from_pg.out.find("paper reports") != std::string::npos);
  CHECK(from_pg.out.find("\"meetings: 554\"") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("postgres e2e: a connection cut mid-import leaves the store as it was, and says so") {
  PgTestDatabase database("pg-cut");
  const std::string db = Quote(database.uri());
  REQUIRE(Tool("import --data data/si-lo-lau --db " + db + " -q").status == 0);
  const auto dir = TempDir("pg-cut");
  const std::string data = (dir / "data").string();
  const CommandRun generated =
      Shell("python3 " + Quote(std::string(TUANTHU_SOURCE_DIR) + "/bench/generate_national.py") +
            " " + Quote(data) + " --scale 0.01 --volume 0.3");
  REQUIRE_MESSAGE(generated.status == 0, generated.err);
  const char* const count_all =
      "SELECT (SELECT count(*) FROM localities) + (SELECT count(*) FROM units) + "
      "(SELECT count(*) FROM meetings) + (SELECT count(*) FROM documents)";
  const int64_t before = PgCount(database.uri(), count_all);

  for (const std::string lang : {"vi", "en"}) {
    CAPTURE(lang);
    ToolRun import;
    std::thread importing(
        [&] { import = Tool("import --data " + Quote(data) + " --db " + db + " --lang " + lang); });
    // Cut the import's connection from a second one once it is writing rows.
    bool cut = false;
    pg::Connection observer(database.uri());
    for (int i = 0; i < 600 && !cut; ++i) {
      const pg::Result writing = observer.Query(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
          "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL "
          "AND (query LIKE 'COPY %' OR query LIKE 'INSERT %')");
      if (writing.Rows() > 0) {
        observer.Query("SELECT pg_terminate_backend(?::int)", {std::string(writing.Text(0, 0))});
        cut = true;
      } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    }
    importing.join();
    REQUIRE(cut);
    CHECK(import.status == 2);
    if (lang == "vi") {
      CHECK_MESSAGE(import.err.find("Kết nối tới PostgreSQL bị mất: máy chủ đã hủy giao dịch "
                                    "nhập, kho giữ nguyên như trước") != std::string::npos,
                    import.err);
    } else {
      CHECK_MESSAGE(
          import.err.find("The connection to PostgreSQL was lost: the server rolled "
                          "the import back and the store is as it was") != std::string::npos,
          import.err);
    }
    CHECK_MESSAGE(
        import.err.find(lang == "vi" ? "mất kết nối tới máy chủ PostgreSQL"
                                     : "the connection to the PostgreSQL server was lost") !=
            std::string::npos,
        import.err);
    CHECK(PgCount(database.uri(), count_all) == before);
  }
  // The store still checks as before the cut imports.
  const ToolRun check = Tool("check --data " + db + " --as-of 2026-06-10 --format json");
  CHECK(check.out == Tool("check --data data/si-lo-lau --as-of 2026-06-10 --format json").out);
  std::filesystem::remove_all(dir);
}

TEST_CASE("postgres e2e: store init --print-sql shows the grants and policies it would create") {
  const ToolRun sql = Tool("store init --print-sql --db postgresql:///unused");
  REQUIRE(sql.status == 0);
  CHECK(sql.out.find("ENABLE ROW LEVEL SECURITY") != std::string::npos);
  CHECK(sql.out.find("CREATE POLICY commune_own ON meetings") != std::string::npos);
  CHECK(sql.out.find("GRANT SELECT ON meetings TO tuanthu_inspector") != std::string::npos);
}

TEST_CASE("postgres e2e: KPI outcomes kept per run, the history upgraded in place, same trend") {
  TwoStores stores("pg-kpis");
  std::map<std::string, std::string> pages[2];
  int i = 0;
  for (const std::string& store : {stores.sqlite, stores.pg.uri()}) {
    CAPTURE(store);
    const std::string check = "check --data " + Quote(store) + " --fail-on never ";
    REQUIRE(Tool(check + "--as-of 2026-06-10 --record --quiet").status == 0);
    // As the previous version left it: no KPI outcomes, no history schema version.
    const std::string drop = "DROP TABLE tuanthu_run_kpis; DROP TABLE tuanthu_history_meta";
    if (store == stores.sqlite) {
      Database(store).Exec(drop);
    } else {
      pg::Connection(store).Exec(drop);
    }
    REQUIRE(Tool(check + "--as-of 2026-11-24 --record --quiet").status == 0);
    if (store != stores.sqlite) {
      CHECK(PgCount(store,
                    "SELECT value::int FROM tuanthu_history_meta "
                    "WHERE key = 'schema_version'") == kHistorySchemaVersion);
      CHECK(PgCount(store, "SELECT count(*) FROM tuanthu_run_kpis WHERE run_id = 1") == 0);
      CHECK(PgCount(store, "SELECT count(*) FROM tuanthu_run_kpis WHERE run_id = 2") > 0);
    }
    const auto site = stores.dir / ("site-" + std::to_string(i));
    const ToolRun report =
        Tool(check + "--as-of 2026-12-01 --format html --out " + Quote(site.string() + "/"));
    REQUIRE_MESSAGE(report.status == 0, report.err);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(site)) {
      if (entry.is_regular_file()) {
        pages[i][std::filesystem::relative(entry.path(), site).string()] = ReadAll(entry.path());
      }
    }
    CHECK(pages[i]["index.html"].find("<section class=\"kpi-trend\" data-previous-run=\"2\">") !=
          std::string::npos);
    ++i;
  }
  // The same report from either store, byte for byte.
  CHECK(pages[0].size() == pages[1].size());
  for (const auto& [name, text] : pages[0]) {
    CAPTURE(name);
    CHECK(pages[1][name] == text);
  }
}

TEST_CASE("postgres e2e: libpq is loaded only for a PostgreSQL store, and a missing one is named") {
  // A libpq.so.5 that cannot be loaded, found first through LD_LIBRARY_PATH.
  const auto dir = TempDir("no-libpq");
  { std::ofstream(dir / "libpq.so.5") << "not a library"; }
  const std::string without =
      "LD_LIBRARY_PATH=" + Quote(dir.string()) + " " + Quote(TUANTHU_BINARY);
  const ToolRun sqlite = Shell(without +
                               " check --data data/si-lo-lau --as-of 2026-11-24 --fail-on never "
                               "--format json");
  CHECK_MESSAGE(sqlite.status == 0, sqlite.err);
  CHECK(sqlite.out.find("\"rule\"") != std::string::npos);
  const ToolRun pg = Shell(without +
                           " check --data 'postgresql:///tuanthu?host=/nonexistent' "
                           "--as-of 2026-11-24 --quiet");
  CHECK(pg.status == 2);
  CHECK_MESSAGE(pg.err.find("không dùng được kho PostgreSQL: không nạp được") != std::string::npos,
                pg.err);
  CHECK(pg.err.find("libpq5") != std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace tuanthu::testing
