// What the HTML and Excel reports share: how a check's result is arranged for people (the KPIs
// of a locality, the deadline timeline, labels and numbers as Vietnamese readers write them).
// Nothing here decides an outcome; it only reads the findings the engine produced.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tuanthu/engine.h"

namespace tuanthu::report {

// The findings of one locality, in the result's order (FindingLess), split for the reports.
struct LocalityView {
  const LocalityResult* locality = nullptr;
  std::vector<const Finding*> findings;   // violation, warning, info (never pass)
  std::vector<const Finding*> deadlines;  // every outcome of a deadline rule, pass included
  std::vector<const Finding*> kpis;       // the locality as a whole, latest period per rule
  std::vector<const Finding*> all_kpis;   // every KPI outcome (every unit and period)
};

// Groups `result` by locality. Findings of a locality the result does not list are dropped.
// The views point into `result`, which must outlive them.
std::vector<LocalityView> ViewsOf(const CheckResult& result);

// The rules whose findings make the deadline timeline.
bool IsDeadlineRule(std::string_view rule);

enum class DeadlineState {
  kMet,            // pass: done on time
  kPending,        // pass still open: not done, the deadline has not come
  kLate,           // violation with the date it was done
  kMissing,        // violation with nothing done
  kDueSoon,        // warning: due within the warning window, or at risk
  kNotApplicable,  // info: the plan sets no date, or the deadline does not apply
};

DeadlineState DeadlineStateOf(const Finding& finding);
// Deadline findings as the timeline lists them: by rule (semi-annual and annual reports, unit
// plans, appendix tasks, weekly schedules), then by due date, then by unit.
std::vector<const Finding*> TimelineOrder(std::vector<const Finding*> deadlines);
std::string DeadlineStateLabel(DeadlineState state, Lang lang);
const char* DeadlineStateClass(DeadlineState state);  // "met", "late", ... (CSS, tests)

// A KPI is a share (observed 0..1 against a target share) or a reduction (a count against the
// allowance; numerator = count, denominator = the previous year's figure).
bool IsReduction(const Finding& kpi);

// What a rule is about, for people: the catalog's summary of its kind, else the rule id.
std::string RuleTitle(const std::string& rule, Lang lang);
// What a KPI measures: the pack's own description, as the engine's share and reduction messages
// begin with it ("<what> năm <period>: ..."), else RuleTitle.
std::string KpiTitle(const Finding& kpi, Lang lang);

// Severity as a word in sentence case: "Vi phạm", "Cảnh báo", "Thông tin", "Đạt".
std::string SeverityWord(Severity severity, Lang lang);

// The measure as a date when it is an ISO date string.
std::optional<Date> MeasureDate(const Measure& measure);
std::optional<double> MeasureNumber(const Measure& measure);

// 60,5% — the engine's rounding (down to a tenth, whole numbers without decimals), so a chart
// never reads 60% where the message says 59,9%.
std::string PercentText(double share, Lang lang);
// 1410 / 20,4 — whole numbers without decimals, one decimal otherwise (as the messages).
std::string NumberText(double value, Lang lang);

// Periods as people say them: "6 tháng đầu năm 2026", "Quý III/2026", "Tuần 37/2026", dates
// dd/mm/yyyy; anything else unchanged.
std::string PeriodLabel(const std::string& period, Lang lang);

// "(toàn xã)", "(toàn phường)": the unit column of a finding about the whole locality.
std::string LocalityWide(const LocalityResult& locality, Lang lang);

// Evidence as one line: "A, B, C … (45 hồ sơ)".
std::string EvidenceText(const Finding& finding, Lang lang);

}  // namespace tuanthu::report
