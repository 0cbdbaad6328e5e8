// What reports call a KPI: the pack's description as the share and reduction messages begin with
// it, whatever that description holds.
#include "output/report_model.h"

#include <doctest/doctest.h>

namespace tuanthu::testing {
namespace {

Finding Kpi(const std::string& rule, const std::string& period, const std::string& message) {
  Finding finding;
  finding.rule = rule;
  finding.period = period;
  finding.message = message;
  return finding;
}

}  // namespace

TEST_CASE("reports: a KPI's title is the pack's description, even one naming the period") {
  // An Phú's Appendix 12 target: its description holds a comma and the year itself.
  CHECK(
      report::KpiTitle(Kpi("documents.digitized_share_pl12", "2026",
                           "Số hóa văn bản (Phụ lục 12, năm 2026) năm 2026: 98,2% (1213/1235), đạt "
                           "chỉ tiêu ≥ 96%"),
                       Lang::kVi) == "Số hóa văn bản (Phụ lục 12, năm 2026)");
  CHECK(
      report::KpiTitle(Kpi("meetings.online_share", "2026",
                           "Tỷ lệ hội nghị trực tuyến từ đầu năm 2026: 61,0% (25/41), đạt chỉ tiêu "
                           "≥ 60%"),
                       Lang::kVi) == "Tỷ lệ hội nghị trực tuyến");
  CHECK(report::KpiTitle(
            Kpi("meetings.online_share", "2026",
                "Online conferences: the plan's target in 2026: 61.0% (25/41), meets ≥ 60%"),
            Lang::kEn) == "Online conferences: the plan's target");
  // A message that does not begin so falls back on the kind's summary.
  CHECK(report::KpiTitle(Kpi("meetings.online_share", "2026", "no period here: 3"), Lang::kVi) ==
        report::RuleTitle("meetings.online_share", Lang::kVi));
}

}  // namespace tuanthu::testing
