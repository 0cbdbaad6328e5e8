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

TEST_CASE("shares: villages and the Front are neither judged nor counted in the locality total") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Unit("V1", "village");
  fx.Unit("F1", "front");
  OnlineMeetings(fx, "U1", 3, 2);  // 60%
  fx.Meeting("V1-M", "V1", "2026-03-02", "in_person");
  fx.Meeting("F1-M", "F1", "2026-03-03", "in_person");
  const CheckResult result = fx.Check(kPack, "2027-01-05", {"meetings.online_share"});
  CHECK(Only(result, "meetings.online_share", "", "2026") == Severity::kPass);
  CHECK(*Find(result, "meetings.online_share", "", "2026")[0].denominator == 5);
  CHECK(Find(result, "meetings.online_share", "V1").empty());
  CHECK(Find(result, "meetings.online_share", "F1").empty());
  // A pack that names every role counts them: 3 of 7 = 42.8%.
  const std::string every = std::string(kPack) + "rule 'meetings.online_share' { roles = {} }";
  const CheckResult all = fx.Check(every, "2027-01-05", {"meetings.online_share"});
  CHECK(Only(all, "meetings.online_share", "", "2026") == Severity::kViolation);
  CHECK(Only(all, "meetings.online_share", "V1", "2026") == Severity::kViolation);
  // The committee itself is an administrative unit.
  fx.Unit("C1", "committee");
  fx.Meeting("C1-M", "C1", "2026-03-04", "in_person");
  const CheckResult with_committee = fx.Check(kPack, "2027-01-05", {"meetings.online_share"});
  CHECK(Only(with_committee, "meetings.online_share", "C1", "2026") == Severity::kViolation);
  CHECK(*Find(with_committee, "meetings.online_share", "", "2026")[0].denominator == 6);
}

TEST_CASE("shares and reductions: a village's paper document is not the commune's violation") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Unit("V1", "village");
  fx.Document("D1", "U1", "2026-05-02");
  fx.Document("D2", "V1", "2026-05-03", "0", "0");  // paper, village
  fx.Baseline("U1", "administrative_documents", 2025, 1);
  fx.Baseline("L1", "administrative_documents", 2025, 1);
  const std::string pack = std::string(kPack) + "rule 'documents.reduction' { target = 0.15 }";
  const CheckResult result =
      fx.Check(pack, "2026-06-10", {"documents.electronic_exchange", "documents.reduction"});
  REQUIRE(Find(result, "documents.reduction", "", "2026").size() == 1);
  CHECK(Only(result, "documents.electronic_exchange", "", "2026") == Severity::kPass);
  CHECK(Find(result, "documents.electronic_exchange", "V1").empty());
  const Finding reduction = Find(result, "documents.reduction", "", "2026")[0];
  CHECK(std::get<int64_t>(reduction.observed) == 1);  // D1 only
}

TEST_CASE("shares and reductions: years = {2026} judges that year only") {
  Fixture fx;
  fx.Unit("U1", "office");
  OnlineMeetings(fx, "U1", 1, 4, "2026");
  OnlineMeetings(fx, "U1", 1, 4, "2027");
  fx.Baseline("U1", "conferences", 2025, 5);
  fx.Baseline("L1", "conferences", 2025, 5);
  const std::string pack = std::string(kPack) +
                           "rule 'meetings.online_share' { years = { 2026 } }\n"
                           "rule 'meetings.reduction' { years = { 2026 } }";
  const CheckResult result =
      fx.Check(pack, "2027-06-10", {"meetings.online_share", "meetings.reduction"});
  CHECK(Only(result, "meetings.online_share", "U1", "2026") == Severity::kViolation);
  CHECK(Find(result, "meetings.online_share", "U1", "2027").empty());
  CHECK(Find(result, "meetings.online_share", "", "2027").empty());
  CHECK(Only(result, "meetings.reduction", "U1", "2026") == Severity::kViolation);  // 5 > 4.5
  CHECK(Find(result, "meetings.reduction", "", "2027").empty());
  // Without `years` both years are judged.
  const CheckResult every = fx.Check(kPack, "2027-06-10", {"meetings.online_share"});
  CHECK(Only(every, "meetings.online_share", "U1", "2027") == Severity::kWarning);
  // A year before the effective year is never judged, even when named.
  const std::string early = std::string(kPack) + "rule 'meetings.online_share' { years = 2025 }";
  CHECK(fx.Check(early, "2027-06-10", {"meetings.online_share"}).findings.empty());
}

TEST_CASE("written reports: paper and electronic documents count, reports sent as data do not") {
  Fixture fx;
  fx.Unit("U1", "office");
  const char* pack = R"(pack { parent = "vn", effective = "2026-04-29" }
rule "reports.written_reduction" { target = 0.5, clause = "I.2.a; II.4" }
)";
  for (int i = 0; i < 10; ++i) {
    const std::string n = std::to_string(i);
    fx.Report("A" + n, "U1", "2025-" + n, "2025-03-0" + std::to_string(1 + i % 9), "electronic");
    fx.Report("B" + n, "U1", "2026-" + n, "2026-03-0" + std::to_string(1 + i % 9), "electronic");
  }
  // Ten electronic-document reports in 2025 and ten in 2026: 10 > 5, not halved.
  const CheckResult electronic = fx.Check(pack, "2027-01-05", {"reports.written_reduction"});
  CHECK(Only(electronic, "reports.written_reduction", "U1", "2026") == Severity::kViolation);
  CHECK(std::get<int64_t>(Find(electronic, "reports.written_reduction", "U1")[0].observed) == 10);
  // Reports sent as data are what the plans ask for instead: they are not counted.
  Fixture data;
  data.Unit("U1", "office");
  for (int i = 0; i < 10; ++i) {
    const std::string n = std::to_string(i);
    data.Report("A" + n, "U1", "2025-" + n, "2025-03-0" + std::to_string(1 + i % 9), "paper");
    data.Report("B" + n, "U1", "2026-" + n, "2026-03-0" + std::to_string(1 + i % 9),
                i < 5 ? "paper" : "data");
  }
  const CheckResult halved = data.Check(pack, "2027-01-05", {"reports.written_reduction"});
  CHECK(Only(halved, "reports.written_reduction", "U1", "2026") == Severity::kPass);
}

TEST_CASE("written reports: baseline written_reports, paper_reports read as the same") {
  Fixture fx;
  fx.Unit("U1", "office");
  fx.Unit("U2", "economy");
  const char* pack = R"(pack { parent = "vn", effective = "2026-04-29" }
rule "reports.written_reduction" { target = 0.5 }
)";
  fx.Baseline("U1", "written_reports", 2025, 8);
  fx.Baseline("U2", "paper_reports", 2025, 8);
  fx.Baseline("L1", "written_reports", 2025, 30);
  fx.Baseline("L1", "paper_reports", 2025, 2);  // written_reports wins when both are given
  for (int i = 0; i < 4; ++i) {
    fx.Report("R1-" + std::to_string(i), "U1", "p" + std::to_string(i), "2026-05-04", "paper");
    fx.Report("R2-" + std::to_string(i), "U2", "p" + std::to_string(i), "2026-05-04", "electronic");
  }
  const CheckResult result = fx.Check(pack, "2027-01-05", {"reports.written_reduction"});
  CHECK(*Find(result, "reports.written_reduction", "U1", "2026")[0].denominator == 8);
  CHECK(*Find(result, "reports.written_reduction", "U2", "2026")[0].denominator == 8);
  CHECK(Only(result, "reports.written_reduction", "U2", "2026") == Severity::kPass);
  CHECK(*Find(result, "reports.written_reduction", "", "2026")[0].denominator == 30);
}

}  // namespace tuanthu::testing
