// Per-record rules at their edges: meeting length, materials, discussion, feedback and tasks.
#include <doctest/doctest.h>

#include <set>

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
  fx.Meeting("OK2", "U1", "2026-05-06", "online", "conference", "discussion", "1.5");
  fx.Meeting("BAD2", "U1", "2026-05-07", "online", "conference", "discussion", "2");
  fx.Meeting("BRIEF", "U1", "2026-05-08", "online", "conference", "briefing", "3");
  fx.Meeting("BEFORE", "U1", "2026-04-28", "online", "conference", "professional", "2");
  fx.Meeting("INVITED", "U1", "2026-05-09", "online", "conference", "professional", "2",
             "attendee");
  const CheckResult result = fx.Check(kPack, "2026-06-10", {"meetings.duration"});
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[0].record == "BAD1");
  CHECK(result.findings[0].severity == Severity::kViolation);
  CHECK(result.findings[0].period == "2026-05-05");
  CHECK(std::get<double>(result.findings[0].expected) == doctest::Approx(0.5));
  CHECK(result.findings[0].message.rfind("Hội nghị quán triệt BAD1 ngày 05/05/2026", 0) == 0);
  CHECK(result.findings[1].record == "BAD2");
}

TEST_CASE("duration: the limits are the plans' limits for conferences, meetings only when named") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Meeting("CONF", "U1", "2026-05-05", "online", "conference", "professional", "1.5");
  fx.Meeting("MEET", "U1", "2026-05-06", "online", "meeting", "professional", "1.5");
  const CheckResult conferences = fx.Check(kPack, "2026-06-10", {"meetings.duration"});
  REQUIRE(conferences.findings.size() == 1);
  CHECK(conferences.findings[0].record == "CONF");
  // A pack that extends the limits to meetings names the category, and a meeting is then never
  // called a "hội nghị".
  const std::string both =
      std::string(kPack) + "rule 'meetings.duration' { categories = { 'conference', 'meeting' } }";
  const CheckResult result = fx.Check(both, "2026-06-10", {"meetings.duration"});
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[1].record == "MEET");
  CHECK(result.findings[1].message.rfind("Cuộc họp chuyên môn MEET", 0) == 0);
  CHECK(result.findings[1].message.find("hội nghị") == std::string::npos);
  CHECK(result.findings[1].message.find("Hội nghị") == std::string::npos);
}

TEST_CASE("per-record meeting rules judge the administrative units only, unless roles say so") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Unit("V1", "village");
  fx.Unit("F1", "front");
  fx.Unit("C1", "committee");
  for (const char* unit : {"U1", "V1", "F1", "C1"}) {
    fx.Meeting(std::string("LONG-") + unit, unit, "2026-05-05", "online", "conference",
               "professional", "2");
    Minutes(fx, std::string("LATE-") + unit, unit, "2026-05-06", "2026-05-06", "100", "10");
  }
  const std::set<std::string> rules = {"meetings.duration", "meetings.materials_in_advance",
                                       "meetings.discussion_share"};
  auto units_of = [](const CheckResult& result, const std::string& rule) {
    std::set<std::string> units;
    for (const Finding& f : result.findings)
      if (f.rule == rule) units.insert(*f.unit);
    return units;
  };
  const CheckResult result = fx.Check(kPack, "2026-06-10", rules);
  for (const std::string& rule : rules) {
    CHECK_MESSAGE((units_of(result, rule) == std::set<std::string>{"C1", "U1"}), rule);
  }
  const std::string every = R"(pack { parent = "vn", effective = "2026-04-29" }
rule "meetings.materials_in_advance" { min_days = 1 }
rule "meetings.discussion_share" { roles = { "front" } }
rule "meetings.duration" { roles = {} }
)";
  const CheckResult wider = fx.Check(every, "2026-06-10", rules);
  CHECK((units_of(wider, "meetings.duration") == std::set<std::string>{"C1", "F1", "U1", "V1"}));
  CHECK(units_of(wider, "meetings.discussion_share") == std::set<std::string>{"F1"});
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

TEST_CASE("tasks: ownership judges tasks from the effective date on, by due or completion date") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Unit("V1", "village");
  const std::string sql =
      "INSERT INTO tasks(task_id, title, lead_unit_id, responsible_person, product, due_date, "
      "completed_date, locality_code) VALUES (?,?,?,?,?,?,?, 'L1')";
  fx.Row(sql, {"OLD", "Hạn 2025", "U1", "Ông A", "", "2025-03-01", ""});  // before the plan
  fx.Row(sql, {"EDGE", "Hạn đúng ngày hiệu lực", "U1", "Ông A", "", "2026-04-29", ""});
  fx.Row(sql, {"EVE", "Hạn ngày trước hiệu lực", "U1", "Ông A", "", "2026-04-28", ""});
  fx.Row(sql, {"DONE", "Xong trước, không hạn", "U1", "Ông A", "", "", "2026-04-01"});
  fx.Row(sql, {"OPEN", "Đang làm, không hạn", "U1", "Ông A", "Báo cáo", "", ""});
  fx.Row(sql, {"VIL", "Thôn chủ trì", "V1", "", "", "2026-06-30", ""});
  const CheckResult result = fx.Check(kPack, "2026-06-10", {"tasks.ownership"});
  std::set<std::string> judged;
  for (const Finding& f : result.findings) judged.insert(f.record);
  CHECK((judged == std::set<std::string>{"EDGE", "OPEN"}));
  // A task the plan marks continuous ("thường xuyên") needs no due date, but still a product.
  fx.Row(
      "INSERT INTO tasks(task_id, ref, title, lead_unit_id, responsible_person, product, "
      "due_date, completed_date, locality_code) VALUES (?,?,?,?,?,?,?,?, 'L1')",
      {"CONT", "PL-11", "Thường xuyên", "U1", "Ông A", "", "", ""});
  const char* continuous = R"(pack { parent = "vn", effective = "2026-04-29" }
rule "tasks.ownership" { continuous_refs = { "PL-11" } }
)";
  const CheckResult cont = fx.Check(continuous, "2026-06-10", {"tasks.ownership"});
  int continuous_findings = 0;
  for (const Finding& f : cont.findings) {
    if (f.record != "CONT") continue;
    ++continuous_findings;
    CHECK(f.message.find("không có sản phẩm") != std::string::npos);
    CHECK(f.message.find("không có thời hạn") == std::string::npos);
  }
  CHECK(continuous_findings == 1);
  // A task with no single lead unit cannot be set aside by role: it is judged for the locality.
  fx.Row(sql, {"NOLEAD", "Không chủ trì", "", "Ông A", "Báo cáo", "2026-06-30", ""});
  const CheckResult more = fx.Check(kPack, "2026-06-10", {"tasks.ownership"});
  CHECK(Find(more, "tasks.ownership", "").size() == 1);
}

TEST_CASE("dossiers on time: resolved by the due date passes, late and overdue are violations") {
  Fixture fx;
  fx.Unit("S1", "service_center");
  fx.Unit("V1", "village");
  const std::string sql =
      "INSERT INTO dossiers(dossier_id, unit_id, received_date, due_date, resolved_date, "
      "digital_processing) VALUES (?,?,?,?,?,1)";
  fx.Row(sql, {"ON", "S1", "2026-05-01", "2026-05-15", "2026-05-15"});
  fx.Row(sql, {"LATE", "S1", "2026-05-01", "2026-05-15", "2026-07-01"});  // 47 days late
  fx.Row(sql, {"OPEN", "S1", "2026-05-01", "2026-05-15", ""});
  fx.Row(sql, {"SOON", "S1", "2026-07-01", "2026-07-10", ""});              // due in 7 days
  fx.Row(sql, {"LATER", "S1", "2026-07-01", "2026-07-11", ""});             // due in 8 days
  fx.Row(sql, {"BEFORE", "S1", "2026-04-01", "2026-04-28", "2026-05-20"});  // due before the plan
  fx.Row(sql, {"AFTER", "S1", "2026-06-01", "2026-06-10", "2026-07-20"});   // resolved after as-of
  fx.Row(sql, {"VIL", "V1", "2026-05-01", "2026-05-15", ""});
  const char* pack = R"(pack { parent = "vn", effective = "2026-04-29" }
rule "dossiers.on_time" { clause = "IV.3" }
)";
  const CheckResult result = fx.Check(pack, "2026-07-03", {"dossiers.on_time"});
  std::map<std::string, Finding> by_record;
  for (const Finding& f : result.findings) by_record[f.record] = f;
  CHECK(by_record.size() == 4);
  CHECK(by_record.count("ON") == 0);
  CHECK(by_record.count("LATER") == 0);
  CHECK(by_record.count("BEFORE") == 0);
  CHECK(by_record.count("VIL") == 0);
  CHECK(by_record["LATE"].severity == Severity::kViolation);
  CHECK(by_record["LATE"].message.find("47 ngày") != std::string::npos);
  CHECK(std::get<std::string>(by_record["LATE"].observed) == "2026-07-01");
  CHECK(std::get<std::string>(by_record["LATE"].expected) == "2026-05-15");
  CHECK(by_record["LATE"].evidence == std::vector<std::string>{"LATE"});
  CHECK(by_record["OPEN"].severity == Severity::kViolation);
  CHECK(by_record["SOON"].severity == Severity::kWarning);
  CHECK(by_record["AFTER"].severity == Severity::kViolation);  // still open on 03/07
  CHECK(by_record["LATE"].clause == "IV.3");
}

}  // namespace tuanthu::testing
