// End-to-end: `tuanthu rules ...` as pack authors and provinces use it.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "run_tool.h"

namespace tuanthu::testing {

TEST_CASE("e2e rules: list shows every shipped pack with its effective date") {
  const ToolRun run = Tool("rules list --format json");
  REQUIRE(run.status == 0);
  const auto packs = nlohmann::json::parse(run.out);
  std::map<std::string, std::string> effective;
  for (const auto& p : packs) effective[p["id"]] = p["effective"];
  CHECK(effective["vn"] == "2026-03-31");
  CHECK(effective["vn/lai-chau/si-lo-lau"] == "2026-04-29");
  CHECK(effective["vn/bac-ninh/yen-dinh"] == "2026-05-31");
  CHECK(effective["vn/hai-phong/an-phu"] == "2026-04-30");
  CHECK(effective["vn/lang-son/thien-tan"] == "2026-05-02");
  CHECK(effective["vn/ha-noi/ngoc-ha"] == "2026-06-05");
  for (const char* province :
       {"vn/lai-chau", "vn/bac-ninh", "vn/hai-phong", "vn/lang-son", "vn/ha-noi"}) {
    CHECK(effective.count(province) == 1);
  }
}

TEST_CASE(
    "e2e rules: show vn/ha-noi/ngoc-ha gives 01/06 and 01/12 as supplied by the Ngọc Hà pack") {
  const ToolRun run = Tool("rules show vn/ha-noi/ngoc-ha");
  REQUIRE(run.status == 0);
  CHECK(run.out.find("due = 01/06  ← vn/ha-noi/ngoc-ha") != std::string::npos);
  CHECK(run.out.find("due = 01/12  ← vn/ha-noi/ngoc-ha") != std::string::npos);
  const ToolRun diff = Tool("rules diff vn/ha-noi/ngoc-ha");
  REQUIRE(diff.status == 0);
  CHECK(diff.out.find("due = 01/06") != std::string::npos);
  CHECK(diff.out.find("+ schedule.weekly") != std::string::npos);
}

TEST_CASE("e2e rules: machine output writes a day of the year as ISO --mm-dd, never mm-dd") {
  const ToolRun show = Tool("rules show vn/lai-chau/si-lo-lau --format json");
  REQUIRE(show.status == 0);
  const auto pack = nlohmann::json::parse(show.out);
  std::map<std::string, std::string> due;
  for (const auto& rule : pack["rules"]) {
    if (rule["params"].contains("due") && rule["params"]["due"]["value"].is_string())
      due[rule["id"]] = rule["params"]["due"]["value"];
  }
  CHECK(due["reports.semiannual"] == "--06-05");
  CHECK(due["reports.annual"] == "--12-05");
  CHECK(due["plans.unit_plan"] == "2026-05-31");
  const ToolRun diff = Tool("rules diff vn/ha-noi/ngoc-ha vn --format json");
  REQUIRE(diff.status == 0);
  bool iso = false;
  const auto changes = nlohmann::json::parse(diff.out);
  for (const auto& change : changes["changes"]) {
    if (change["rule"] == "reports.semiannual" && change["param"] == "due")
      iso = change["to"] == "--06-01";
  }
  CHECK(iso);
  // People still read the plan's dd/mm.
  CHECK(Tool("rules show vn/lai-chau/si-lo-lau").out.find("due = 05/06") != std::string::npos);
}

TEST_CASE("e2e rules: kinds lists roles, years and dossiers.on_time") {
  const ToolRun run = Tool("rules kinds --format json");
  REQUIRE(run.status == 0);
  std::map<std::string, std::set<std::string>> params;
  const auto kinds = nlohmann::json::parse(run.out);
  for (const auto& kind : kinds) {
    for (const auto& p : kind["params"]) params[kind["id"]].insert(p["name"]);
  }
  CHECK(params.count("dossiers.on_time") == 1);
  CHECK(params["meetings.duration"].count("roles") == 1);
  CHECK(params["meetings.online_share"].count("years") == 1);
  CHECK(params["reports.written_reduction"].count("years") == 1);
}

TEST_CASE("e2e rules: every shipped pack's tests pass") {
  const ToolRun run = Tool("rules test");
  CHECK_MESSAGE(run.status == 0, run.out << run.err);
  CHECK(run.out.find(" 0 không đạt") != std::string::npos);
}

TEST_CASE("e2e rules: a changed parameter makes the pack's tests fail with a readable diff") {
  const auto dir = TempDir("mutated-rules");
  std::filesystem::copy(std::filesystem::path(TUANTHU_SOURCE_DIR) / "rules", dir,
                        std::filesystem::copy_options::recursive);
  const auto pack = dir / "vn/lai-chau/si-lo-lau/pack.lua";
  std::string text = ReadAll(pack);
  const std::string from = "rule \"reports.semiannual\" { due = \"05/06\"";
  REQUIRE(text.find(from) != std::string::npos);
  text.replace(text.find(from), from.size(), "rule \"reports.semiannual\" { due = \"06/06\"");
  std::ofstream(pack, std::ios::trunc) << text;
  const ToolRun run = Tool("rules test vn/lai-chau/si-lo-lau --rules " + Quote(dir.string()));
  CHECK(run.status == 1);
  CHECK(run.out.find("FAIL  vn/lai-chau/si-lo-lau") != std::string::npos);
  CHECK(run.out.find("cần có, không thấy:") != std::string::npos);
  CHECK(run.out.find("thấy, không cần có:") != std::string::npos);
  const ToolRun english =
      Tool("rules test vn/lai-chau/si-lo-lau --lang en --rules " + Quote(dir.string()));
  CHECK(english.status == 1);
  CHECK(english.out.find("expected, not found:") != std::string::npos);
  CHECK(english.out.find("found, not expected:") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("e2e rules: a province's own pack outside the tree sets deadlines its communes inherit") {
  const auto dir = TempDir("province-rules");
  std::filesystem::create_directories(dir / "vn/lang-son");
  std::ofstream(dir / "vn/lang-son/pack.lua")
      << "pack { parent = 'vn', title = 'Lạng Sơn (bổ sung)', effective = '2026-05-02' }\n"
         "rule 'reports.annual' { due = '10/12', strict = true, clause = 'CV Sở Nội vụ' }\n"
         "rule 'dossiers.online_share' { threshold = 0.97, clause = 'CV Sở Nội vụ' }\n";
  const std::string rules = " --rules " + Quote(dir.string());
  const ToolRun show = Tool("rules show vn/lang-son/thien-tan" + rules);
  REQUIRE(show.status == 0);
  CHECK(show.out.find("due = 10/12  ← vn/lang-son") != std::string::npos);
  CHECK(show.out.find("threshold = 0.97  ← vn/lang-son") != std::string::npos);
  // Before the province's date the annual report was info ("no date"); now it is judged.
  const ToolRun before = Tool(
      "check --data data/thien-tan --pack vn/lang-son/thien-tan "
      "--as-of 2026-12-15 --rule reports.annual --format json");
  const ToolRun after = Tool(
      "check --data data/thien-tan --pack vn/lang-son/thien-tan "
      "--as-of 2026-12-15 --rule reports.annual --format json" +
      rules);
  const auto b = nlohmann::json::parse(before.out);
  const auto a = nlohmann::json::parse(after.out);
  REQUIRE(b["findings"].size() >= 1);
  CHECK(b["findings"][0]["severity"] == "info");
  bool judged = false;
  for (const auto& f : a["findings"]) judged |= f["clause"] == "IV.2" && f["severity"] != "info";
  CHECK(judged);
  std::filesystem::remove_all(dir);
}

}  // namespace tuanthu::testing
