// Deadline rules at their edges: strict "trước ngày", inclusive dates, the warning window,
// deadlines before the plan, plans that set no date, roles, appendix tasks, weekly schedules.
#include <doctest/doctest.h>

#include "fixture.h"

namespace tuanthu::testing {
namespace {

const char* kPack = R"(pack { parent = "vn", effective = "2026-04-29" }
rule "reports.semiannual" { due = "05/06", strict = true, clause = "IV.1.b" }
rule "reports.annual" { due = "05/12", strict = true, clause = "IV.1.b" }
rule "plans.unit_plan" { due = "2026-05-31", clause = "IV.1.a" }
)";

void AddUnits(Fixture& fx) {
  fx.Unit("U1", "office");
  fx.Unit("U2", "culture_social");
  fx.Unit("U3", "economy");
  fx.Unit("V1", "village");  // not under the UBND: not obliged
}

}  // namespace

TEST_CASE("reports: 'trước ngày 05/06' means 04/06 is on time and 05/06 is late") {
  Fixture fx;
  AddUnits(fx);
  fx.Report("R1", "U1", "2026-H1", "2026-06-04");
  fx.Report("R2", "U2", "2026-H1", "2026-06-05");
  const CheckResult result = fx.Check(kPack, "2026-06-10", {"reports.semiannual"});
  CHECK(Only(result, "reports.semiannual", "U1", "2026-H1") == Severity::kPass);
  const Finding late = Find(result, "reports.semiannual", "U2", "2026-H1")[0];
  CHECK(late.severity == Severity::kViolation);
  CHECK(std::get<std::string>(late.observed) == "2026-06-05");
  CHECK(std::get<std::string>(late.expected) == "2026-06-04");
  const Finding missing = Find(result, "reports.semiannual", "U3", "2026-H1")[0];
  CHECK(missing.severity == Severity::kViolation);
  CHECK(missing.message == "Chưa có báo cáo 6 tháng 2026-H1; hạn trước ngày 05/06/2026");
  CHECK(Find(result, "reports.semiannual", "V1").empty());
}

TEST_CASE("reports: the warning window, and a submission after the as-of date is not made yet") {
  Fixture fx;
  AddUnits(fx);
  fx.Report("R1", "U1", "2026-H1", "2026-06-02");
  // 04/06 is the last day: on 28/05 it is 7 days away (inside the window), on 27/05 eight.
  const CheckResult inside = fx.Check(kPack, "2026-05-28", {"reports.semiannual"});
  CHECK(Only(inside, "reports.semiannual", "U1") == Severity::kWarning);
  CHECK(Only(inside, "reports.semiannual", "U2") == Severity::kWarning);
  const CheckResult before = fx.Check(kPack, "2026-05-27", {"reports.semiannual"});
  for (const Finding& f : before.findings) {
    CHECK(f.severity == Severity::kPass);  // not due yet: kept only as an open obligation
    if (f.unit == "U2") CHECK(f.open);
  }
  const CheckResult last_day = fx.Check(kPack, "2026-06-04", {"reports.semiannual"});
  CHECK(Only(last_day, "reports.semiannual", "U1") == Severity::kPass);
  CHECK(Only(last_day, "reports.semiannual", "U2") == Severity::kWarning);
}

TEST_CASE("reports: a deadline before the plan's effective date is info, not applicable") {
  Fixture fx;
  AddUnits(fx);
  const char* pack = R"(pack { parent = "vn", effective = "2026-06-05" }
rule "reports.semiannual" { due = "01/06", strict = true }
rule "reports.annual" { due = "01/12", strict = true }
)";
  const CheckResult result = fx.Check(pack, "2026-12-10", {"reports."});
  const Finding info = Find(result, "reports.semiannual", "", "2026-H1")[0];
  CHECK(info.severity == Severity::kInfo);
  CHECK(info.message.find("Không áp dụng") != std::string::npos);
  CHECK(Only(result, "reports.annual", "U1", "2026") == Severity::kViolation);
}

TEST_CASE("reports: a plan that sets no date gives one info listing who has not reported") {
  Fixture fx;
  AddUnits(fx);
  fx.Report("R1", "U2", "2026", "2026-11-02");
  const char* pack = R"(pack { parent = "vn", effective = "2026-05-02" }
rule "reports.annual" { roles = { "culture_social", "economy" }, clause = "IV.2" }
)";
  const CheckResult result = fx.Check(pack, "2026-12-20", {"reports.annual"});
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].severity == Severity::kInfo);
  CHECK(result.findings[0].evidence == std::vector<std::string>{"U3"});
}

TEST_CASE("reports: an obligation on a role the data lacks cannot be judged") {
  Fixture fx;
  fx.Unit("U1", "office");
  const char* pack = R"(pack { parent = "vn", effective = "2026-04-29" }
rule "reports.annual" { due = "05/12", roles = { "culture_social" } }
)";
  const CheckResult result = fx.Check(pack, "2026-12-20", {"reports.annual"});
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].severity == Severity::kWarning);
}

TEST_CASE("unit plans: 'trong tháng 5/2026' is inclusive of 31/05") {
  Fixture fx;
  AddUnits(fx);
  fx.Document("P1", "U1", "2026-05-31", "1", "0", "1", "outgoing", "administrative", "plan",
              "KL226");
  fx.Document("P2", "U2", "2026-06-01", "1", "0", "1", "outgoing", "administrative", "plan",
              "KL226");
  fx.Document("P3", "U3", "2026-05-10", "1", "0", "1", "incoming", "administrative", "plan",
              "KL226");
  const CheckResult result = fx.Check(kPack, "2026-06-10", {"plans.unit_plan"});
  CHECK(Only(result, "plans.unit_plan", "U1") == Severity::kPass);
  CHECK(Only(result, "plans.unit_plan", "U2") == Severity::kViolation);
  CHECK(Only(result, "plans.unit_plan", "U3") == Severity::kViolation);  // an incoming copy
}

TEST_CASE(
    "appendix tasks: quarters are inclusive, an absent task is a violation after its deadline") {
  Fixture fx;
  AddUnits(fx);
  const std::string sql =
      "INSERT INTO tasks(task_id, ref, title, lead_unit_id, due_date, completed_date, "
      "locality_code) VALUES (?,?,?,?,?,?, 'L1')";
  fx.Row(sql, {"T1", "PL-1", "Quý II", "U2", "2026-06-30", "2026-06-30"});
  fx.Row(sql, {"T2", "PL-2", "Quý II, trễ", "U1", "2026-06-30", "2026-07-01"});
  fx.Row(sql, {"T4", "PL-4", "Hằng năm", "U3", "2026-12-31", ""});
  const char* pack = R"(pack { parent = "vn", effective = "2026-04-30" }
rule "tasks.deadline" { tasks = {
  { ref = "PL-1", title = "Một", due = "2026-Q2", lead_role = "culture_social" },
  { ref = "PL-2", title = "Hai", due = "2026-Q2", lead_role = "office" },
  { ref = "PL-3", title = "Ba", due = "2026-Q3", lead_role = "office" },
  { ref = "PL-4", title = "Bốn", due = "yearly", lead_role = "office" },
  { ref = "PL-11", title = "Mười một", due = "continuous" },
} }
)";
  const CheckResult result = fx.Check(pack, "2026-10-01", {"tasks.deadline"});
  auto of = [&](const std::string& period, const std::string& needle) {
    for (const Finding& f : result.findings) {
      if (f.period == period && f.message.find(needle) != std::string::npos) return f.severity;
    }
    return Severity::kPass;
  };
  CHECK(of("2026-Q2", "PL-2") == Severity::kViolation);
  CHECK(of("2026-Q3", "PL-3") == Severity::kViolation);  // absent after 30/09
  CHECK(of("2026", "khác") == Severity::kPass);
  CHECK(of("2026", "Mười một") == Severity::kWarning);  // continuous task not tracked in the data
  bool lead_warning = false;
  for (const Finding& f : result.findings) {
    if (f.record == "T4#lead") lead_warning = f.severity == Severity::kWarning;
  }
  CHECK(lead_warning);  // PL-4 led by an economy unit, the plan says office
  const CheckResult early = fx.Check(pack, "2026-09-25", {"tasks.deadline"});
  for (const Finding& f : early.findings) {
    if (f.period == "2026-Q3") CHECK(f.severity == Severity::kWarning);
  }
}

TEST_CASE(
    "weekly schedule: published by Monday, late on Tuesday, missing weeks, from the effective "
    "date") {
  Fixture fx;
  AddUnits(fx);
  const std::string sql =
      "INSERT INTO schedules(locality_code, week_start, published_date) VALUES ('L1', ?, ?)";
  fx.Row(sql, {"2026-06-08", "2026-06-05"});
  fx.Row(sql, {"2026-06-15", "2026-06-16"});
  const char* pack = R"(pack { parent = "vn", effective = "2026-06-05" }
rule "schedule.weekly" { clause = "II.4" }
)";
  const CheckResult result = fx.Check(pack, "2026-06-29", {"schedule.weekly"});
  std::map<std::string, Severity> by_week;
  for (const Finding& f : result.findings) by_week[f.period] = f.severity;
  REQUIRE(by_week.size() == 5);  // weeks of 01/06 (holds the effective date), 08/06 ... 29/06
  CHECK(by_week["2026-W23"] == Severity::kInfo);  // due Monday 01/06, before the plan took effect
  CHECK(by_week["2026-W24"] == Severity::kPass);
  CHECK(by_week["2026-W25"] == Severity::kViolation);
  CHECK(by_week["2026-W26"] == Severity::kViolation);
  CHECK(by_week["2026-W27"] == Severity::kWarning);  // due today
}

TEST_CASE("check: the same data and as-of date give the same findings, no locality is an error") {
  Fixture fx;
  AddUnits(fx);
  fx.Report("R1", "U1", "2026-H1", "2026-06-04");
  const CheckResult a = fx.Check(kPack, "2026-06-10");
  const CheckResult b = fx.Check(kPack, "2026-06-10");
  REQUIRE(a.findings.size() == b.findings.size());
  for (size_t i = 0; i < a.findings.size(); ++i) {
    CHECK(a.findings[i].message == b.findings[i].message);
    CHECK(a.findings[i].rule == b.findings[i].rule);
  }
  CheckOptions options;
  options.as_of = *Date::Parse("2026-06-10");
  options.localities = {"NOPE"};
  CHECK_THROWS_AS(RunCheck(fx.db, fx.book, options), CheckError);
  options.localities = {};
  options.pack = "vn/unknown";
  CHECK_THROWS_AS(RunCheck(fx.db, fx.book, options), CheckError);
}

TEST_CASE("weekly schedule: the week holding the effective date is info, judged, or the first") {
  Fixture fx;
  AddUnits(fx);
  const std::string sql =
      "INSERT INTO schedules(locality_code, week_start, published_date) VALUES ('L1', ?, ?)";
  fx.Row(sql, {"2026-06-01", "2026-06-06"});
  auto weeks = [&](const std::string& pack) {
    std::map<std::string, Finding> by_week;
    for (const Finding& f : fx.Check(pack, "2026-06-09", {"schedule.weekly"}).findings)
      by_week[f.period] = f;
    return by_week;
  };
  // Effective Friday 05/06: the week of 01/06 was due on Monday 01/06, before the plan.
  auto friday = weeks(R"(pack { parent = "vn", effective = "2026-06-05" }
rule "schedule.weekly" { clause = "II.4" })");
  REQUIRE(friday.count("2026-W23") == 1);
  CHECK(friday["2026-W23"].severity == Severity::kInfo);
  CHECK(friday["2026-W23"].message.find("Không áp dụng") != std::string::npos);
  CHECK(friday["2026-W23"].message.find("01/06/2026") != std::string::npos);
  CHECK(std::get<std::string>(friday["2026-W23"].observed) == "2026-06-06");
  CHECK(friday["2026-W24"].severity == Severity::kViolation);  // nothing for 08/06
  // Published by Friday allowed (offset 4): that week's deadline 05/06 binds, and it was late.
  auto offset = weeks(R"(pack { parent = "vn", effective = "2026-06-05" }
rule "schedule.weekly" { publish_by_offset_days = 4, clause = "II.4" })");
  CHECK(offset["2026-W23"].severity == Severity::kViolation);
  // Effective on a Monday: that week is the first judged, no info.
  auto monday = weeks(R"(pack { parent = "vn", effective = "2026-06-01" }
rule "schedule.weekly" { clause = "II.4" })");
  CHECK(monday["2026-W23"].severity == Severity::kViolation);
  CHECK(monday.size() == 2);
}

}  // namespace tuanthu::testing
