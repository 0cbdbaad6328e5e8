// Share and reduction rules at their edges.
#include <doctest/doctest.h>

#include "fixture.h"

namespace tuanthu::testing {
namespace {

const char* kPack = R"(pack { parent = "vn", effective = "2026-04-29" }
rule "dossiers.online_share" { threshold = 0.98, strict = true, clause = "I.2.b" }
)";

void OnlineMeetings(Fixture& fx, const std::string& unit, int online, int in_person,
                    const std::string& year = "2026") {
  for (int i = 0; i < online + in_person; ++i) {
    fx.Meeting(unit + "-" + year + "-" + std::to_string(i), unit,
               year + "-03-0" + std::to_string(1 + i % 9), i < online ? "online" : "in_person");
  }
}

}  // namespace

TEST_CASE("shares: exactly at the threshold passes a >= target (3 of 5 = 60%)") {
  Fixture fx;
  fx.Unit("U1", "office");
  OnlineMeetings(fx, "U1", 3, 2);
  const CheckResult open = fx.Check(kPack, "2026-06-10", {"meetings.online_share"});
  CHECK(Only(open, "meetings.online_share", "U1", "2026") == Severity::kPass);
  CHECK(Only(open, "meetings.online_share", "", "2026") == Severity::kPass);
  const Finding f = Find(open, "meetings.online_share", "U1")[0];
  CHECK(std::get<double>(f.observed) == doctest::Approx(0.6));
  CHECK(*f.numerator == 3);
  CHECK(*f.denominator == 5);
}

TEST_CASE("shares: below target warns while the year is open and is a violation once closed") {
  Fixture fx;
  fx.Unit("U1", "office");
  OnlineMeetings(fx, "U1", 2, 3);
  CHECK(Only(fx.Check(kPack, "2026-06-10"), "meetings.online_share", "U1") == Severity::kWarning);
  const CheckResult closed = fx.Check(kPack, "2027-01-05", {"meetings.online_share"});
  CHECK(Only(closed, "meetings.online_share", "U1", "2026") == Severity::kViolation);
  // 2027 has no records yet: the locality gets an info, the unit nothing.
  CHECK(Only(closed, "meetings.online_share", "", "2027") == Severity::kInfo);
  CHECK(Find(closed, "meetings.online_share", "U1", "2027").empty());
  const Finding v = Find(closed, "meetings.online_share", "U1", "2026")[0];
  CHECK(v.evidence.size() == 3);
  CHECK(v.clause == "534/QĐ-TTg");
}

TEST_CASE("shares: hybrid counts as online unless the pack says otherwise") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Meeting("M1", "U1", "2026-03-02", "hybrid");
  CHECK(Only(fx.Check(kPack, "2026-06-10"), "meetings.online_share", "U1") == Severity::kPass);
  const std::string no_hybrid =
      std::string(kPack) + "rule 'meetings.online_share' { count_hybrid = false }";
  CHECK(Only(fx.Check(no_hybrid, "2026-06-10"), "meetings.online_share", "U1") ==
        Severity::kWarning);
}

TEST_CASE("shares: a strict > target fails at exactly the threshold (49 of 50 = 98%)") {
  Fixture fx;
  fx.Unit("U1", "service_center");
  for (int i = 0; i < 50; ++i) {
    fx.Dossier("D" + std::to_string(i), "U1", "2026-05-0" + std::to_string(1 + i % 9), "1",
               i < 49 ? "1" : "0");
  }
  const CheckResult result = fx.Check(kPack, "2027-01-02", {"dossiers.online_share"});
  CHECK(Only(result, "dossiers.online_share", "U1", "2026") == Severity::kViolation);
  CHECK(Find(result, "dossiers.online_share", "U1")[0].message.find("> 98%") != std::string::npos);
}

TEST_CASE("shares: a 100% target is violated at once by one failing record, secrets are exempt") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Document("D1", "U1", "2026-02-02");
  fx.Document("D2", "U1", "2026-02-03", "0", "1");  // paper but secret: not counted
  CHECK(Only(fx.Check(kPack, "2026-06-10"), "documents.electronic_exchange", "U1") ==
        Severity::kPass);
  fx.Document("D3", "U1", "2026-02-04", "0", "0");  // paper, not secret
  const CheckResult result = fx.Check(kPack, "2026-06-10", {"documents.electronic_exchange"});
  CHECK(Only(result, "documents.electronic_exchange", "U1") == Severity::kViolation);
  CHECK(Find(result, "documents.electronic_exchange", "U1")[0].evidence ==
        std::vector<std::string>{"D3"});
}

TEST_CASE("shares: unknown values are missing data, never a pass") {
  Fixture fx;
  fx.Unit("U1", "office");
  // 19 digitised, 1 unknown: passes even counting the unknown as not digitised (95%).
  for (int i = 0; i < 20; ++i) {
    fx.Document("D" + std::to_string(i), "U1", "2026-02-0" + std::to_string(1 + i % 9), "1", "0",
                i < 19 ? "1" : "");
  }
  CHECK(Only(fx.Check(kPack, "2026-06-10"), "documents.digitized_share", "U1") == Severity::kPass);
  // Another unknown: 19/21 fails counting them as not, passes counting them as digitised.
  fx.Document("DX", "U1", "2026-02-09", "1", "0", "");
  const CheckResult result = fx.Check(kPack, "2027-01-02", {"documents.digitized_share"});
  const Finding f = Find(result, "documents.digitized_share", "U1", "2026")[0];
  CHECK(f.severity == Severity::kWarning);
  CHECK(f.message.find("thiếu dữ liệu") != std::string::npos);
}

TEST_CASE("shares: records after the as-of date do not exist for the check") {
  Fixture fx;
  fx.Unit("U1", "office");
  OnlineMeetings(fx, "U1", 3, 2);
  fx.Meeting("LATE1", "U1", "2026-06-20", "in_person");
  fx.Meeting("LATE2", "U1", "2026-06-21", "in_person");
  CHECK(Only(fx.Check(kPack, "2026-06-10"), "meetings.online_share", "U1") == Severity::kPass);
  CHECK(Only(fx.Check(kPack, "2026-06-30"), "meetings.online_share", "U1") == Severity::kWarning);
}

TEST_CASE("reductions: against a baseline, the allowance is (1 - target) x base") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Baseline("U1", "conferences", 2025, 20);
  OnlineMeetings(fx, "U1", 18, 0);
  const CheckResult closed = fx.Check(kPack, "2027-01-02", {"meetings.reduction"});
  const Finding pass = Find(closed, "meetings.reduction", "U1", "2026")[0];
  CHECK(pass.severity == Severity::kPass);
  CHECK(std::get<int64_t>(pass.observed) == 18);
  CHECK(std::get<double>(pass.expected) == doctest::Approx(18));
  fx.Meeting("EXTRA", "U1", "2026-04-01", "online");
  const CheckResult over = fx.Check(kPack, "2026-04-02", {"meetings.reduction"});
  // 19 > 18 already in April: can no longer be met, a violation while the year is open.
  CHECK(Only(over, "meetings.reduction", "U1", "2026") == Severity::kViolation);
}

TEST_CASE(
    "reductions: the year-to-date pace projected to 31/12 warns before the allowance is used") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Baseline("U1", "conferences", 2025, 20);
  OnlineMeetings(fx, "U1", 9, 0);  // 9 by early March
  const CheckResult result = fx.Check(kPack, "2026-03-31", {"meetings.reduction"});
  const Finding f = Find(result, "meetings.reduction", "U1", "2026")[0];
  CHECK(f.severity == Severity::kWarning);
  CHECK(f.message.find("dự kiến cả năm") != std::string::npos);
  // The same 9 seen in November are well within the allowance.
  CHECK(Only(fx.Check(kPack, "2026-11-30"), "meetings.reduction", "U1", "2026") == Severity::kPass);
}

TEST_CASE("reductions: previous-year records stand in for a baseline, neither is a warning") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Unit("U2", "economy");
  OnlineMeetings(fx, "U1", 5, 0, "2025");
  OnlineMeetings(fx, "U1", 5, 0, "2026");
  OnlineMeetings(fx, "U2", 2, 0, "2026");
  const CheckResult result = fx.Check(kPack, "2027-01-02", {"meetings.reduction"});
  const Finding u1 = Find(result, "meetings.reduction", "U1", "2026")[0];
  CHECK(u1.severity == Severity::kViolation);  // 5 > 0.9 x 5 = 4.5
  CHECK(std::get<double>(u1.expected) == doctest::Approx(4.5));
  const Finding u2 = Find(result, "meetings.reduction", "U2", "2026")[0];
  CHECK(u2.severity == Severity::kWarning);
  CHECK(u2.message.find("thiếu số liệu năm 2025") != std::string::npos);
}

}  // namespace tuanthu::testing
