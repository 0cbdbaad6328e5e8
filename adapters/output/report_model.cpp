#include "output/report_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "output/report_feed.h"
#include "tuanthu/catalog.h"

namespace tuanthu::report {
namespace {

constexpr std::string_view kDeadlineRules[] = {
    "reports.semiannual", "reports.annual", "plans.unit_plan", "tasks.deadline", "schedule.weekly"};

std::string RomanQuarter(int quarter) {
  static const char* const kRoman[] = {"I", "II", "III", "IV"};
  return kRoman[quarter - 1];
}

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::vector<LocalityView> ViewsOf(const CheckResult& result) {
  std::vector<LocalityFeed> feeds;
  std::map<std::string, size_t> index;
  for (const LocalityResult& locality : result.localities) {
    index[locality.code] = feeds.size();
    feeds.push_back({&locality, {}, {}});
  }
  for (const Finding& f : result.findings) {
    if (auto it = index.find(f.locality); it != index.end())
      feeds[it->second].findings.push_back(&f);
  }
  for (const Finding& f : result.kpis) {
    if (auto it = index.find(f.locality); it != index.end()) feeds[it->second].kpis.push_back(&f);
  }
  std::vector<LocalityView> views;
  views.reserve(feeds.size());
  for (const LocalityFeed& feed : feeds) views.push_back(ViewOf(feed));
  return views;
}

bool IsDeadlineRule(std::string_view rule) {
  for (std::string_view id : kDeadlineRules) {
    if (id == rule) return true;
  }
  return false;
}

DeadlineState DeadlineStateOf(const Finding& finding) {
  switch (finding.severity) {
    case Severity::kPass:
      return finding.open ? DeadlineState::kPending : DeadlineState::kMet;
    case Severity::kWarning:
      return DeadlineState::kDueSoon;
    case Severity::kInfo:
      return DeadlineState::kNotApplicable;
    case Severity::kViolation:
      return std::holds_alternative<std::monostate>(finding.observed) ? DeadlineState::kMissing
                                                                      : DeadlineState::kLate;
  }
  return DeadlineState::kNotApplicable;
}

std::vector<const Finding*> TimelineOrder(std::vector<const Finding*> deadlines) {
  auto rank = [](const Finding* f) {
    return std::find(std::begin(kDeadlineRules), std::end(kDeadlineRules), f->rule) -
           std::begin(kDeadlineRules);
  };
  std::stable_sort(deadlines.begin(), deadlines.end(), [&](const Finding* a, const Finding* b) {
    const auto a_rank = rank(a), b_rank = rank(b);
    if (a_rank != b_rank) return a_rank < b_rank;
    const auto a_due = MeasureDate(a->expected), b_due = MeasureDate(b->expected);
    if (a_due != b_due) return a_due < b_due;
    return a->unit.value_or("") < b->unit.value_or("");
  });
  return deadlines;
}

std::string DeadlineStateLabel(DeadlineState state, Lang lang) {
  switch (state) {
    case DeadlineState::kMet:
      return std::string(Tr(lang, "Đúng hạn", "On time"));
    case DeadlineState::kPending:
      return std::string(Tr(lang, "Chưa đến hạn", "Not due yet"));
    case DeadlineState::kLate:
      return std::string(Tr(lang, "Chậm", "Late"));
    case DeadlineState::kMissing:
      return std::string(Tr(lang, "Chưa thực hiện", "Missing"));
    case DeadlineState::kDueSoon:
      return std::string(Tr(lang, "Sắp đến hạn / có nguy cơ", "Due soon / at risk"));
    case DeadlineState::kNotApplicable:
      return std::string(Tr(lang, "Không áp dụng / không có hạn", "Not applicable / no date"));
  }
  return "";
}

const char* DeadlineStateClass(DeadlineState state) {
  switch (state) {
    case DeadlineState::kMet:
      return "met";
    case DeadlineState::kPending:
      return "pending";
    case DeadlineState::kLate:
      return "late";
    case DeadlineState::kMissing:
      return "missing";
    case DeadlineState::kDueSoon:
      return "due-soon";
    case DeadlineState::kNotApplicable:
      return "not-applicable";
  }
  return "";
}

bool IsReduction(const Finding& kpi) { return std::holds_alternative<int64_t>(kpi.observed); }

std::string RuleTitle(const std::string& rule, Lang lang) {
  if (const KindSpec* kind = FindKind(rule); kind != nullptr && kind->id != "custom") {
    return std::string(Tr(lang, kind->summary_vi, kind->summary_en));
  }
  return rule;
}

std::string KpiTitle(const Finding& finding, Lang lang) {
  // Share and reduction messages begin "<what> năm <period>: ..." or "<what> từ đầu năm
  // <period>: ...". The pack's description (<what>) may itself name the period and hold commas
  // or colons, so the cut is the joint that ends right before a colon, the longest joint first.
  const std::string& message = finding.message;
  for (size_t colon = message.find(':'); colon != std::string::npos;
       colon = message.find(':', colon + 1)) {
    for (std::string_view joint : {" từ đầu năm ", " năm ", " in "}) {
      const std::string tail = std::string(joint) + finding.period;
      if (colon > tail.size() && message.compare(colon - tail.size(), tail.size(), tail) == 0) {
        return message.substr(0, colon - tail.size());
      }
    }
  }
  return RuleTitle(finding.rule, lang);
}

std::string SeverityWord(Severity severity, Lang lang) {
  switch (severity) {
    case Severity::kViolation:
      return std::string(Tr(lang, "Vi phạm", "Violation"));
    case Severity::kWarning:
      return std::string(Tr(lang, "Cảnh báo", "Warning"));
    case Severity::kInfo:
      return std::string(Tr(lang, "Thông tin", "Info"));
    case Severity::kPass:
      return std::string(Tr(lang, "Đạt", "Pass"));
  }
  return "";
}

std::optional<Date> MeasureDate(const Measure& measure) {
  if (!std::holds_alternative<std::string>(measure)) return std::nullopt;
  return Date::ParseIso(std::get<std::string>(measure));
}

std::optional<double> MeasureNumber(const Measure& measure) {
  if (std::holds_alternative<int64_t>(measure)) {
    return static_cast<double>(std::get<int64_t>(measure));
  }
  if (std::holds_alternative<double>(measure)) return std::get<double>(measure);
  return std::nullopt;
}

std::string PercentText(double share, Lang lang) { return Percent(share, lang); }

std::string NumberText(double value, Lang lang) {
  char buf[48];
  const bool whole = std::fabs(value - std::round(value)) < 1e-9;
  std::snprintf(buf, sizeof buf, whole ? "%.0f" : "%.1f", whole ? std::round(value) : value);
  std::string text = buf;
  if (lang == Lang::kVi) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

std::string PeriodLabel(const std::string& period, Lang lang) {
  if (auto date = Date::ParseIso(period)) return date->Display();
  if (period.size() == 7 && AllDigits(period.substr(0, 4)) && period[4] == '-') {
    const std::string year = period.substr(0, 4);
    const std::string tail = period.substr(5);
    if (tail == "H1") return Format(Tr(lang, "6 tháng đầu năm {0}", "first half of {0}"), {year});
    if (tail == "H2") return Format(Tr(lang, "6 tháng cuối năm {0}", "second half of {0}"), {year});
    if (tail[0] == 'Q' && tail[1] >= '1' && tail[1] <= '4') {
      const int quarter = tail[1] - '0';
      // Built by appending: `"Q" + std::to_string(...)` makes g++ 12 at -O3 report a false
      // -Wrestrict (a known g++ 12 false positive).
      std::string label(Tr(lang, "Quý ", "Q"));
      label += lang == Lang::kEn ? std::to_string(quarter) : RomanQuarter(quarter);
      label += lang == Lang::kEn ? ' ' : '/';
      label += year;
      return label;
    }
  }
  if (period.size() == 8 && AllDigits(period.substr(0, 4)) && period.substr(4, 2) == "-W" &&
      AllDigits(period.substr(6))) {
    const std::string week = std::to_string(std::stoi(period.substr(6)));
    return Format(Tr(lang, "Tuần {0}/{1}", "week {0} of {1}"), {week, period.substr(0, 4)});
  }
  return period;
}

std::string LocalityWide(const LocalityResult& locality, Lang lang) {
  if (lang == Lang::kEn) return "(whole locality)";
  if (locality.level == "ward") return "(toàn phường)";
  if (locality.level == "commune") return "(toàn xã)";
  if (locality.level == "town") return "(toàn thị trấn)";
  return "(toàn địa phương)";
}

std::string EvidenceText(const Finding& finding, Lang lang) {
  std::string ids;
  for (const std::string& id : finding.evidence) ids += (ids.empty() ? "" : ", ") + id;
  if (finding.evidence_total > static_cast<int64_t>(finding.evidence.size())) {
    ids += Format(Tr(lang, " … ({0} bản ghi)", " … ({0} records)"),
                  {std::to_string(finding.evidence_total)});
  }
  return ids;
}

}  // namespace tuanthu::report
