// Per-record rules at their edges: meeting length, materials, discussion, feedback and tasks.
#include <doctest/doctest.h>

#include "fixture.h"

namespace tuanthu::testing {
namespace {

const char* kPack = R"(pack { parent = "vn", effective = "2026-04-29" }
rule "meetings.materials_in_advance" { min_days = 1, clause = "III.4.b" }
rule "meetings.discussion_share" { threshold = 0.70, clause = "III.4.b" }
rule "feedback.on_time" { clause = "II.6" }
rule "tasks.on_time" { clause = "I.2.b" }
rule "tasks.ownership" { clause = "II.2" }
)";

void Minutes(Fixture& fx, const std::string& id, const std::string& unit, const std::string& start,
             const std::string& sent, const std::string& total, const std::string& discussion) {
  fx.Row(
      "INSERT INTO meetings(meeting_id, unit_id, role, category, kind, start_date, "
      "duration_days, format, materials_sent_date, total_minutes, discussion_minutes) "
      "VALUES (?,?,'host','meeting','professional',?,0.5,'online',?,?,?)",
      {id, unit, start, sent, total, discussion});
}

}  // namespace

TEST_CASE("duration: at the limit passes, over it is a violation, briefings have no limit") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Meeting("OK1", "U1", "2026-05-04", "online", "conference", "dissemination", "0.5");
  fx.Meeting("BAD1", "U1", "2026-05-05", "online", "conference", "dissemination", "1");
  fx.Meeting("OK2", "U1", "2026-05-06", "online", "meeting", "discussion", "1.5");
  fx.Meeting("BAD2", "U1", "2026-05-07", "online", "meeting", "discussion", "2");
  fx.Meeting("BRIEF", "U1", "2026-05-08", "online", "meeting", "briefing", "3");
  fx.Meeting("BEFORE", "U1", "2026-04-28", "online", "conference", "professional", "2");
  fx.Meeting("INVITED", "U1", "2026-05-09", "online", "conference", "professional", "2",
             "attendee");
  const CheckResult result = fx.Check(kPack, "2026-06-10", {"meetings.duration"});
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[0].record == "BAD1");
  CHECK(result.findings[0].severity == Severity::kViolation);
  CHECK(result.findings[0].period == "2026-05-05");
  CHECK(std::get<double>(result.findings[0].expected) == doctest::Approx(0.5));
  CHECK(result.findings[0].message.find("hội nghị quán triệt") != std::string::npos);
  CHECK(result.findings[1].record == "BAD2");
}

TEST_CASE("materials and discussion: one day ahead and exactly 70% pass, missing data warns") {
  Fixture fx;
  fx.Unit("U1", "office");
  Minutes(fx, "M1", "U1", "2026-05-05", "2026-05-04", "100", "70");
  Minutes(fx, "M2", "U1", "2026-05-06", "2026-05-06", "100", "69");
  Minutes(fx, "M3", "U1", "2026-05-07", "", "", "");
  const CheckResult result =
      fx.Check(kPack, "2026-06-10", {"meetings.materials_in_advance", "meetings.discussion_share"});
  auto of = [&](const std::string& rule, const std::string& record) {
    for (const Finding& f : result.findings) {
      if (f.rule == rule && f.record == record) return f.severity;
    }
    return Severity::kPass;
  };
  CHECK(of("meetings.materials_in_advance", "M1") == Severity::kPass);
  CHECK(of("meetings.discussion_share", "M1") == Severity::kPass);
  CHECK(of("meetings.materials_in_advance", "M2") == Severity::kViolation);
  CHECK(of("meetings.discussion_share", "M2") == Severity::kViolation);
  CHECK(of("meetings.materials_in_advance", "M3") == Severity::kWarning);
  CHECK(of("meetings.discussion_share", "M3") == Severity::kWarning);
}

TEST_CASE("feedback: answered on the due date is on time, late and overdue are violations") {
  Fixture fx;
  fx.Unit("U1", "office");
  const std::string sql =
      "INSERT INTO feedback(feedback_id, unit_id, received_date, due_date, answered_date) "
      "VALUES (?,?,?,?,?)";
  fx.Row(sql, {"F1", "U1", "2026-05-01", "2026-05-15", "2026-05-15"});
  fx.Row(sql, {"F2", "U1", "2026-05-01", "2026-05-15", "2026-05-16"});
  fx.Row(sql, {"F3", "U1", "2026-05-01", "2026-05-15", ""});
  fx.Row(sql, {"F4", "U1", "2026-06-01", "2026-06-15", ""});            // due in 5 days
  fx.Row(sql, {"F5", "U1", "2026-06-01", "2026-06-30", ""});            // not yet due
  fx.Row(sql, {"F6", "U1", "2026-05-01", "2026-05-15", "2026-06-20"});  // answered after as-of
  const CheckResult result = fx.Check(kPack, "2026-06-10", {"feedback.on_time"});
  std::map<std::string, Severity> by_record;
  for (const Finding& f : result.findings) by_record[f.record] = f.severity;
  CHECK(by_record.count("F1") == 0);
  CHECK(by_record["F2"] == Severity::kViolation);
  CHECK(by_record["F3"] == Severity::kViolation);
  CHECK(by_record["F4"] == Severity::kWarning);
  CHECK(by_record.count("F5") == 0);
  CHECK(by_record["F6"] == Severity::kViolation);
}

TEST_CASE("tasks: on time, and ownership needs one lead, a person, a due date and a product") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Unit("U2", "economy");
  const std::string sql =
      "INSERT INTO tasks(task_id, title, lead_unit_id, responsible_person, product, due_date, "
      "completed_date, locality_code) VALUES (?,?,?,?,?,?,?, 'L1')";
  fx.Row(sql, {"T1", "Đủ", "U1", "Ông A", "Báo cáo", "2026-06-30", "2026-06-30"});
  fx.Row(sql, {"T2", "Thiếu chủ trì", "", "Ông A", "Báo cáo", "2026-06-30", ""});
  fx.Row(sql, {"T3", "Hai chủ trì", "U1;U2", "", "", "", ""});
  fx.Row(sql, {"T4", "Quá hạn", "U2", "Bà B", "Kế hoạch", "2026-05-30", ""});
  const CheckResult result = fx.Check(kPack, "2026-06-10", {"tasks.on_time", "tasks.ownership"});
  std::map<std::string, std::vector<Finding>> by_record;
  for (const Finding& f : result.findings) by_record[f.record].push_back(f);
  CHECK(by_record.count("T1") == 0);
  REQUIRE(by_record["T2"].size() == 1);
  CHECK(by_record["T2"][0].rule == "tasks.ownership");
  REQUIRE(by_record["T3"].size() == 1);
  CHECK(by_record["T3"][0].message.find("nhiều đơn vị chủ trì") != std::string::npos);
  CHECK(by_record["T3"][0].message.find("không có sản phẩm") != std::string::npos);
  REQUIRE(by_record["T4"].size() == 1);
  CHECK(by_record["T4"][0].rule == "tasks.on_time");
  CHECK(by_record["T4"][0].severity == Severity::kViolation);
  CHECK(*by_record["T4"][0].unit == "U2");
}

}  // namespace tuanthu::testing
