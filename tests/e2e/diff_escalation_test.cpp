// A finding whose severity changed between two runs is an escalation (or de-escalation), listed
// once with both severities and the date first seen — never as resolved and new.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "run_tool.h"

namespace tuanthu::testing {
namespace {

std::string Key(const nlohmann::ordered_json& f) {
  return f["rule"].get<std::string>() + "|" + f["locality"].get<std::string>() + "|" +
         (f["unit"].is_string() ? f["unit"].get<std::string>() : "") + "|" +
         f["period"].get<std::string>();
}

}  // namespace

TEST_CASE("diff: Ngọc Hà's annual report, a warning on 25/11 and late on 02/12, is escalated") {
  const auto dir = TempDir("escalation");
  const TestStore db(dir, "store.db");
  REQUIRE(Tool("import --quiet --data data/ngoc-ha --db " + Quote(db)).status == 0);
  for (const char* as_of : {"2026-11-25", "2026-12-02"}) {
    const ToolRun run =
        Tool("check --quiet --fail-on never --record --data " + Quote(db) + " --as-of " + as_of);
    REQUIRE_MESSAGE(run.status == 0, run.err);
  }
  const ToolRun diff = Tool("diff --db " + Quote(db) + " --format json");
  REQUIRE_MESSAGE(diff.status == 0, diff.err);
  const auto j = nlohmann::ordered_json::parse(diff.out);
  std::vector<std::string> keys;
  for (const auto& [name, _] : j.items()) keys.push_back(name);
  CHECK(keys == std::vector<std::string>{"from", "to", "same_scope", "new", "resolved", "escalated",
                                         "deescalated", "still_open"});
  bool annual = false;
  std::set<std::string> changed;
  for (const auto& f : j["escalated"]) {
    CHECK(f["from_severity"] != f["to_severity"]);
    CHECK(f["to_severity"] == f["severity"]);
    CHECK(f["first_seen"].get<std::string>() <= "2026-11-25");
    changed.insert(Key(f));
    if (f["rule"] == "reports.annual" && f["unit"] == "NH-U03") {
      annual = f["from_severity"] == "warning" && f["to_severity"] == "violation" &&
               f["first_seen"] == "2026-11-25";
    }
  }
  CHECK(annual);
  for (const auto& f : j["deescalated"]) changed.insert(Key(f));
  // Never also resolved or new.
  for (const char* list : {"new", "resolved", "still_open"}) {
    for (const auto& f : j[list]) {
      CAPTURE(list);
      CHECK(changed.count(Key(f)) == 0);
    }
  }
  const ToolRun table = Tool("diff --db " + Quote(db));
  CHECK(table.out.find("NẶNG HƠN") != std::string::npos);
  CHECK(table.out.find("CẢNH BÁO → VI PHẠM") != std::string::npos);
  const ToolRun english = Tool("diff --db " + Quote(db) + " --lang en");
  CHECK(english.out.find("ESCALATED") != std::string::npos);
  // --new-only keeps the escalations: they are news.
  const auto only_new =
      nlohmann::json::parse(Tool("diff --db " + Quote(db) + " --format json --new-only").out);
  CHECK(only_new["escalated"].size() == j["escalated"].size());
  CHECK(!only_new.contains("resolved"));
  std::filesystem::remove_all(dir);
}

}  // namespace tuanthu::testing
