// One language at a time: every error path of the command line, in Vietnamese by default and in
// English with --lang en, never a mix. And a hostile rule through the real binary: it fails
// alone, named, the others' findings are still written, the exit status says so.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "run_tool.h"

namespace tuanthu::testing {
namespace {

namespace fs = std::filesystem;

// A rules folder with test/x: Sì Lở Lầu's pack plus the custom rules given.
fs::path RulesWith(const std::string& name, const std::string& rules) {
  const fs::path dir = TempDir(name);
  fs::create_directories(dir / "test" / "x");
  std::ofstream(dir / "test" / "x" / "pack.lua") << "pack { parent = 'vn/lai-chau/si-lo-lau' }\n"
                                                 << rules;
  return dir;
}

struct Case {
  std::string args;
  std::string vi;  // in the Vietnamese message
  std::string en;  // in the English one
};

}  // namespace

TEST_CASE("languages: each error path speaks Vietnamese by default and English with --lang en") {
  const fs::path broken = RulesWith("lang-broken", "rule 'no.such.rule' { threshold = 1 }\n");
  const fs::path failing = RulesWith("lang-failing",
                                     "custom 'local.boom' { clause = 'X', evaluate = function(ctx) "
                                     "error('boom') end }\n");
  const fs::path dir = TempDir("lang-history");
  const TestStore db(dir, "one.db");
  REQUIRE(Tool("import --quiet --data data/si-lo-lau --db " + Quote(db)).status == 0);
  REQUIRE(Tool("check --quiet --data " + Quote(db) + " --as-of 2026-06-10 --record").status == 1);
  const std::string check = "check --data data/si-lo-lau --pack vn/lai-chau/si-lo-lau ";
  const std::vector<Case> cases = {
      {check + "--as-of 2026-13-45", "--as-of phải là một ngày", "--as-of must be a date"},
      {check + "--as-of 2026-06-10 --format pdf", "--format phải là", "--format must be"},
      {check + "--as-of 2026-06-10 --format html", "ghi ra tệp: thêm --out",
       "writes a file: add --out"},
      {check + "--as-of 2026-06-10 --severity grave", "--severity phải là", "--severity must be"},
      {check + "--as-of 2026-06-10 --fail-on sometimes", "--fail-on phải là", "--fail-on must be"},
      {check + "--as-of 2026-06-10 --rule-timeout 0", "phải là số giây",
       "must be a number of seconds"},
      {check + "--as-of 2026-06-10 --record", "--record lưu lịch sử", "--record keeps the history"},
      {"check --as-of 2026-06-10", "thiếu tùy chọn bắt buộc", "is required"},
      {check + "--as-of 2026-06-10 --colour red", "không có tùy chọn", "unrecognised option"},
      {"check --data data/nowhere --as-of 2026-06-10", "không có dữ liệu tại", "no data at"},
      {"check --data data/si-lo-lau --as-of 2026-06-10 --pack test/x --rules " +
           Quote(broken.string()),
       "không nạp được các bộ quy tắc", "the rule packs do not load"},
      {"check --data data/si-lo-lau --as-of 2026-06-10 --pack test/x --rules " +
           Quote(failing.string()),
       "quy tắc 'local.boom': lỗi khi chạy cho địa bàn", "rule 'local.boom': failed in locality"},
      {"diff --db " + Quote(db), "so sánh cần hai", "a diff needs two"},
      {"diff --db " + Quote((dir / "none.db").string()), "không có cơ sở dữ liệu tại",
       "no database at"},
      {"runs --db " + Quote((dir / "none.db").string()), "không có cơ sở dữ liệu tại",
       "no database at"},
      {"frobnicate", "không có lệnh 'frobnicate'", "unknown command 'frobnicate'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const ToolRun vi = Tool(c.args);
    CHECK(vi.status == 2);
    CHECK_MESSAGE(vi.err.find(c.vi) != std::string::npos, vi.err);
    CHECK_MESSAGE(vi.err.find(c.en) == std::string::npos, vi.err);
    const ToolRun en = Tool(c.args + " --lang en");
    CHECK(en.status == 2);
    CHECK_MESSAGE(en.err.find(c.en) != std::string::npos, en.err);
    CHECK_MESSAGE(en.err.find(c.vi) == std::string::npos, en.err);
  }
  fs::remove_all(broken);
  fs::remove_all(failing);
  fs::remove_all(dir);
}

TEST_CASE("languages: a rule that hangs in a C function fails alone through the binary") {
  const fs::path rules =
      RulesWith("lang-hang",
                "custom 'local.hang' { clause = 'X', evaluate = function(ctx) return "
                "string.find(string.rep('a', 24), string.rep('a*', 24) .. 'b') end }\n");
  const ToolRun run = Tool(
      "check --data data/si-lo-lau --as-of 2026-06-10 --pack test/x "
      "--format json --rule-timeout 300 --rules " +
      Quote(rules.string()));
  CHECK(run.status == 2);  // a rule failed
  CHECK(run.err.find("local.hang") != std::string::npos);
  CHECK(run.err.find("vượt ngân sách") != std::string::npos);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["findings"].size() > 0);  // the other rules still ran and were written
  REQUIRE(json["errors"].size() == 1);
  CHECK(json["errors"][0]["rule"] == "local.hang");
  fs::remove_all(rules);
}

}  // namespace tuanthu::testing
