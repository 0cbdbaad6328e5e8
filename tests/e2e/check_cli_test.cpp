// End-to-end: the `tuanthu` binary on the bundled sample data, as users and scripts run it.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "output/render.h"
#include "run_tool.h"

namespace tuanthu::testing {
namespace {

const std::string kSiLoLau =
    "check --data data/si-lo-lau --pack vn/lai-chau/si-lo-lau --as-of 2026-06-10";

}  // namespace

TEST_CASE("e2e check: Sì Lở Lầu as of 10/06/2026 gives the expected JSON, byte for byte") {
  const ToolRun run = Tool(kSiLoLau + " --format json");
  CHECK(run.status == 1);  // violations found
  CHECK(run.err.empty());
  const std::string expected = ReadAll(std::filesystem::path(TUANTHU_SOURCE_DIR) /
                                       "tests/e2e/expected/si-lo-lau-2026-06-10.json");
  CHECK(run.out == expected);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["as_of"] == "2026-06-10");
  CHECK(json["summary"]["violation"].get<int>() > 0);
  bool late_report = false;
  for (const auto& f : json["findings"]) {
    CHECK(f["pack"] == "vn/lai-chau/si-lo-lau");
    if (f["rule"] == "reports.semiannual" && f["unit"] == "SLL-U04") {
      late_report = f["severity"] == "violation" && f["observed"] == "2026-06-05" &&
                    f["expected"] == "2026-06-04" && f["clause"] == "IV.1.b";
    }
  }
  CHECK(late_report);
}

TEST_CASE("e2e check: the same data and date give byte-identical output in every format") {
  for (const char* format : {"json", "csv", "table"}) {
    CAPTURE(format);
    const ToolRun a = Tool(kSiLoLau + " --format " + format);
    const ToolRun b = Tool(kSiLoLau + " --format " + format);
    CHECK(a.out == b.out);
    CHECK_FALSE(a.out.empty());
  }
}

TEST_CASE("e2e check: a stored database gives the same findings as the CSV folder") {
  const auto dir = TempDir("store");
  const TestStore db(dir, "store.db");
  const ToolRun imported = Tool("import --data data/si-lo-lau --db " + Quote(db));
  REQUIRE_MESSAGE(imported.status == 0, imported.err);
  const ToolRun from_csv = Tool(kSiLoLau + " --format json");
  const ToolRun from_db = Tool("check --data " + Quote(db) +
                               " --pack vn/lai-chau/si-lo-lau --as-of 2026-06-10 --format json");
  CHECK(from_db.out == from_csv.out);
  std::filesystem::remove_all(dir);
}

TEST_CASE("e2e check: exit codes 0, 1 and 2") {
  CHECK(Tool(kSiLoLau + " --quiet").status == 1);
  CHECK(Tool(kSiLoLau + " --fail-on never --quiet").status == 0);
  CHECK(Tool(kSiLoLau + " --severity violation --rule meetings.online_share --quiet").status == 0);
  CHECK(Tool(kSiLoLau + " --rule meetings.online_share --fail-on warning --quiet").status == 1);
  const ToolRun unknown_pack =
      Tool("check --data data/si-lo-lau --pack vn/nowhere --as-of 2026-06-10");
  CHECK(unknown_pack.status == 2);
  CHECK(unknown_pack.err.find("vn/nowhere") != std::string::npos);
  CHECK(Tool("check --data data/si-lo-lau --as-of 2026-13-01").status == 2);
  CHECK(Tool("check --data data/nowhere --as-of 2026-06-10").status == 2);
  CHECK(Tool("frobnicate").status == 2);
}

TEST_CASE("e2e check: a malformed CSV gets a located error, exit 2, and nothing is imported") {
  const auto dir = TempDir("malformed");
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(TUANTHU_SOURCE_DIR) / "data/si-lo-lau")) {
    std::filesystem::copy(entry.path(), dir / entry.path().filename());
  }
  {
    std::ofstream meetings(dir / "meetings.csv", std::ios::app);
    meetings << "SLL-BAD1,SLL-U02,host,conference,professional,2026-02-30,0.5,online,,,,,,\n";
  }
  const TestStore db(dir, "store.db");
  const ToolRun check = Tool("check --data " + Quote(dir.string()) +
                             " --pack vn/lai-chau/si-lo-lau --as-of 2026-06-10");
  CHECK(check.status == 2);
  CHECK(check.err.find("meetings.csv:") != std::string::npos);
  CHECK(check.err.find("start_date") != std::string::npos);
  CHECK(check.err.find("2026-02-30") != std::string::npos);
  const ToolRun imported = Tool("import --data " + Quote(dir.string()) + " --db " + Quote(db));
  CHECK(imported.status == 2);
  CHECK(imported.err.find("2026-02-30") != std::string::npos);
  // The store exists but holds nothing of the data set.
  const ToolRun after = Tool("check --data " + Quote(db) + " --as-of 2026-06-10");
  CHECK(after.status == 2);
  std::filesystem::remove_all(dir);
}

TEST_CASE("e2e check: Vietnamese by default, English with --lang en, tables fit 80 columns") {
  const ToolRun vi = Tool(kSiLoLau);
  CHECK(vi.out.find("VI PHẠM") != std::string::npos);
  CHECK(vi.out.find("hạn trước ngày 05/06/2026") != std::string::npos);
  CHECK(vi.out.find("Nội dung kiểm tra thủ công") != std::string::npos);
  const ToolRun en = Tool(kSiLoLau + " --lang en");
  CHECK(en.out.find("VIOLATION") != std::string::npos);
  CHECK(en.out.find("due before 05/06/2026") != std::string::npos);
  std::istringstream lines(vi.out + en.out);
  std::string line;
  while (std::getline(lines, line)) {
    CAPTURE(line);
    CHECK(DisplayWidth(line) <= 80);
  }
}

TEST_CASE("e2e check: a sweep without --pack checks each locality with its own pack") {
  const ToolRun run = Tool("check --data data/province-sweep --as-of 2026-11-24 --format json");
  REQUIRE(run.status == 1);
  const auto json = nlohmann::json::parse(run.out);
  std::set<std::string> packs;
  for (const auto& l : json["localities"]) packs.insert(l["pack"].get<std::string>());
  CHECK(packs.size() == 5);
  CHECK(packs.count("vn/ha-noi/ngoc-ha") == 1);
}

TEST_CASE("e2e check: a pack that does not load is reported once, not once per locality") {
  const ToolRun run = Tool("check --data data/province-sweep --as-of 2026-11-24 --pack vn/nope");
  CHECK(run.status == 2);
  size_t mentions = 0;
  for (size_t at = run.err.find("vn/nope/pack.lua"); at != std::string::npos;
       at = run.err.find("vn/nope/pack.lua", at + 1)) {
    ++mentions;
  }
  CHECK_MESSAGE(mentions == 1, run.err);
}

}  // namespace tuanthu::testing
