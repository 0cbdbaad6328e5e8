// Crash trials: `import --replace` and `check --record` killed with SIGKILL at random moments
// (a fixed seed, so the same moments every run). After each kill the store passes SQLite's
// integrity check and holds exactly the state before or the state after, never a mix, and the
// next run goes ahead without any repair.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "run_tool.h"
#include "tuanthu/store.h"

namespace tuanthu::testing {
namespace {

namespace fs = std::filesystem;

// Everything the store holds, hashed: every table, every row in a fixed order. The clock times
// a run records (started_at, finished_at) are left out: they differ between two runs of the
// same command.
std::string StoreDigest(const std::string& path) {
  Database db(path);  // read-write: opening replays or discards the WAL as after any crash
  {
    Statement integrity = db.Prepare("PRAGMA integrity_check");
    REQUIRE(integrity.Step());
    REQUIRE(std::string(integrity.Text(0)) == "ok");
  }
  std::vector<std::string> tables;
  {
    Statement s = db.Prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' "
        "ORDER BY name");
    while (s.Step()) tables.emplace_back(s.Text(0));
  }
  uint64_t hash = 14695981039346656037ull;
  auto mix = [&hash](std::string_view data) {
    for (unsigned char c : data) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0xff;
    hash *= 1099511628211ull;
  };
  for (const std::string& table : tables) {
    std::vector<std::string> columns;
    {
      Statement info = db.Prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
      info.Bind(1, table);
      while (info.Step()) {
        const std::string column(info.Text(0));
        if (column != "started_at" && column != "finished_at") columns.push_back(column);
      }
    }
    std::string list;
    for (const std::string& c : columns) list += (list.empty() ? "\"" : ", \"") + c + "\"";
    mix(table);
    Statement rows = db.Prepare("SELECT " + list + " FROM \"" + table + "\" ORDER BY " + list);
    while (rows.Step()) {
      for (int c = 0; c < rows.ColumnCount(); ++c) mix(rows.IsNull(c) ? "\x01N" : rows.Text(c));
    }
  }
  return std::to_string(hash);
}

void CopyStore(const std::string& from, const std::string& to) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
    fs::remove(to + suffix);
  }
  fs::copy_file(from, to);
}

// Starts the binary with `args` (stdout and stderr to /dev/null); returns its pid.
pid_t Spawn(const std::vector<std::string>& args) {
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    if (::chdir(TUANTHU_SOURCE_DIR) != 0) ::_exit(127);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    std::vector<char*> argv;
    static std::string binary = TUANTHU_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  return pid;
}

int WaitExit(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

struct Trials {
  int kills = 0;       // the process was alive when killed
  int saw_before = 0;  // ... and the store held the state before
  int saw_after = 0;   // ... or the state after
};

// Runs `args` against copies of `base` killed after random delays within its usual duration,
// until `count` kills have landed on a running process.
Trials RunTrials(const std::string& base, const std::string& work,
                 const std::vector<std::string>& args, int count, uint32_t seed) {
  CopyStore(base, work);
  const std::string before = StoreDigest(work);
  // One uninterrupted run: the state after, and how long the command takes.
  CopyStore(base, work);
  const auto start = std::chrono::steady_clock::now();
  const int status = WaitExit(Spawn(args));
  const auto duration = std::chrono::steady_clock::now() - start;
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) <= 1);
  const std::string after = StoreDigest(work);
  REQUIRE(before != after);
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(duration).count();

  std::mt19937 random(seed);
  // Moments within the first 90% of the usual duration: most land while it runs. A kill that
  // comes after the process finished is not a trial; more are drawn until `count` have landed.
  std::uniform_int_distribution<int64_t> moment(0, micros * 9 / 10);
  Trials trials;
  for (int i = 0; trials.kills < count && i < 3 * count; ++i) {
    CopyStore(base, work);
    const int64_t delay = moment(random);
    const pid_t pid = Spawn(args);
    std::this_thread::sleep_for(std::chrono::microseconds(delay));
    const bool alive = ::kill(pid, 0) == 0 && ::waitpid(pid, nullptr, WNOHANG) == 0;
    if (alive) ::kill(pid, SIGKILL);
    const int end = WaitExit(pid);
    if (!alive) continue;  // it had already finished: not a trial
    ++trials.kills;
    const std::string state = StoreDigest(work);
    CAPTURE(i);
    CAPTURE(delay);
    CHECK((state == before || state == after));
    if (state == before) ++trials.saw_before;
    if (state == after) ++trials.saw_after;
    (void)end;
    // The next run goes ahead at once (no stale lock, no manual repair) and completes.
    const ToolRun next = Shell(Quote(TUANTHU_BINARY) + " " + [&] {
      std::string line;
      for (const std::string& a : args) line += Quote(a) + " ";
      return line + "--wait 0";
    }());
    CHECK_MESSAGE(next.status <= 1, next.err);
    // From the state before, it gives the state after. (If the killed run had already
    // committed, a second `check --record` adds a second run: only the integrity is checked.)
    const std::string next_state = StoreDigest(work);
    if (state == before) CHECK(next_state == after);
  }
  return trials;
}

}  // namespace

TEST_CASE("crash trials: import --replace and check --record killed at random moments") {
  const fs::path dir = TempDir("crash-trials");
  const std::string base = (dir / "base.db").string();
  const std::string work = (dir / "work.db").string();
  // The base store: one data set imported and one run recorded.
  REQUIRE(Tool("import --quiet --data data/si-lo-lau --db " + Quote(base)).status == 0);
  REQUIRE(Tool("check --quiet --data " + Quote(base) + " --as-of 2026-06-10 --record").status <= 1);
  { Database checkpoint(base); }  // folds the WAL into the file before it is copied

  const Trials imports = RunTrials(
      base, work, {"import", "--quiet", "--replace", "--data", "data/yen-dinh", "--db", work}, 28,
      20261130);
  const Trials checks = RunTrials(base, work,
                                  {"check", "--quiet", "--data", work, "--as-of", "2026-11-24",
                                   "--record", "--fail-on", "never"},
                                  28, 534);
  CHECK(imports.kills == 28);
  CHECK(checks.kills == 28);
  MESSAGE("import --replace: ", imports.kills, " kills, ", imports.saw_before, " before, ",
          imports.saw_after, " after");
  MESSAGE("check --record: ", checks.kills, " kills, ", checks.saw_before, " before, ",
          checks.saw_after, " after");
  CHECK(imports.kills + checks.kills >= 50);
  fs::remove_all(dir);
}

}  // namespace tuanthu::testing
