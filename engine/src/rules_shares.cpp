// Share rules (a share of records meeting a condition against a target, ≥ or >) and reduction
// rules (a yearly count against the previous year's), judged per unit and for the locality.
#include <cmath>

#include "evaluation.h"
#include "tuanthu/catalog.h"

namespace tuanthu {
namespace {

constexpr double kEpsilon = 1e-9;

enum class Tri { kNo, kYes, kUnknown };

Tri FromOptional(std::optional<bool> value) {
  if (!value) return Tri::kUnknown;
  return *value ? Tri::kYes : Tri::kNo;
}

struct ShareCounts {
  int64_t yes = 0;
  int64_t no = 0;
  int64_t unknown = 0;
  Evidence failing;  // records that do not meet the condition (or lack the data)
  int64_t total() const { return yes + no + unknown; }
};

std::string SummaryOf(const ResolvedRule& rule, Lang lang) {
  if (rule.Has("description")) return rule.String("description");
  const KindSpec* kind = FindKind(rule.kind);
  return std::string(Tr(lang, kind->summary_vi, kind->summary_en));
}

class ShareEvaluator : public RuleEvaluator {
 public:
  ShareEvaluator(const LocalityContext& locality, const ResolvedRule& rule, TableId table)
      : RuleEvaluator(locality, rule), table_(table) {
    threshold_ = rule.Number("threshold");
    strict_ = rule.Bool("strict");
  }
  TableId table() const override { return table_; }

  void Finish(Emitter& out) override {
    for (int year = first_year(); year <= last_year(); ++year) {
      if (!YearJudged(year)) continue;
      Judge(out, nullptr, year, locality_counts_[year]);
      for (const UnitInfo* unit : SelectedUnits()) {
        auto it = unit_counts_.find({unit->id, year});
        if (it != unit_counts_.end() && it->second.total() > 0) {
          Judge(out, unit, year, it->second);
        }
      }
    }
  }

 protected:
  void Observe(const UnitInfo* unit, Date date, Tri compliant, std::string_view id) {
    const int year = date.year();
    if (year < first_year() || year > last_year() || !YearJudged(year) || RoleExcluded(unit))
      return;
    Count(locality_counts_[year], compliant, id);
    if (unit != nullptr) Count(unit_counts_[{unit->id, year}], compliant, id);
  }

 private:
  static void Count(ShareCounts& counts, Tri compliant, std::string_view id) {
    switch (compliant) {
      case Tri::kYes:
        ++counts.yes;
        return;
      case Tri::kNo:
        ++counts.no;
        break;
      case Tri::kUnknown:
        ++counts.unknown;
        break;
    }
    counts.failing.Add(id);
  }

  bool Meets(int64_t yes, int64_t total) const {
    const double share = static_cast<double>(yes) / static_cast<double>(total);
    return strict_ ? share > threshold_ + kEpsilon : share >= threshold_ - kEpsilon;
  }

  void Judge(Emitter& out, const UnitInfo* unit, int year, const ShareCounts& counts) {
    const Lang lang = this->lang();
    const std::string period = std::to_string(year);
    const std::string what = SummaryOf(rule_, lang);
    const std::string target = Comparator(strict_) + " " + Percent(threshold_, lang);
    if (counts.total() == 0) {
      Finding& f =
          out.Emit(Severity::kInfo, unit, period,
                   Format(Tr(lang, "{0} năm {1}: không có bản ghi nào để đánh giá (chỉ tiêu {2})",
                             "{0} in {1}: no records to judge (target {2})"),
                          {what, period, target}));
      f.expected = threshold_;
      return;
    }
    const double share = static_cast<double>(counts.yes) / static_cast<double>(counts.total());
    const std::string observed = Percent(share, lang) + " (" + std::to_string(counts.yes) + "/" +
                                 std::to_string(counts.total()) + ")";
    std::string unknown_note;
    if (counts.unknown > 0) {
      unknown_note = Format(Tr(lang, "; {0} bản ghi thiếu dữ liệu", "; {0} records lack the data"),
                            {std::to_string(counts.unknown)});
    }
    const bool full_target = threshold_ >= 1.0 - kEpsilon && !strict_;
    Severity severity = Severity::kPass;
    std::string message;
    if (full_target && counts.no > 0) {
      // One non-compliant record already makes 100% impossible.
      severity = Severity::kViolation;
      message = Format(Tr(lang, "{0} năm {1}: {2}; {3} bản ghi không đạt, chỉ tiêu 100%{4}",
                          "{0} in {1}: {2}; {3} records fail, target 100%{4}"),
                       {what, period, observed, std::to_string(counts.no), unknown_note});
    } else if (Meets(counts.yes, counts.total())) {
      severity = Severity::kPass;
      message = Format(
          Tr(lang, "{0} năm {1}: {2}, đạt chỉ tiêu {3}", "{0} in {1}: {2}, meets the target {3}"),
          {what, period, observed, target});
    } else if (!full_target && !Meets(counts.yes + counts.unknown, counts.total())) {
      if (YearClosed(year)) {
        severity = Severity::kViolation;
        message = Format(Tr(lang, "{0} năm {1}: {2}, không đạt chỉ tiêu {3}{4}",
                            "{0} in {1}: {2}, misses the target {3}{4}"),
                         {what, period, observed, target, unknown_note});
      } else {
        severity = Severity::kWarning;
        message = Format(Tr(lang, "{0} từ đầu năm {1} đến {2}: {3}, dưới chỉ tiêu {4}{5}",
                            "{0} in {1} up to {2}: {3}, below the target {4}{5}"),
                         {what, period, as_of().Display(), observed, target, unknown_note});
      }
    } else {
      severity = Severity::kWarning;
      message = Format(Tr(lang, "{0} năm {1}: không đánh giá được, {2} bản ghi thiếu dữ liệu ({3})",
                          "{0} in {1}: cannot be judged, {2} records lack the data ({3})"),
                       {what, period, std::to_string(counts.unknown), observed});
    }
    Finding& f = out.Emit(severity, unit, period, std::move(message));
    f.observed = share;
    f.expected = threshold_;
    f.numerator = counts.yes;
    f.denominator = counts.total();
    f.comparator = Comparator(strict_);
    if (severity != Severity::kPass) {
      f.evidence = counts.failing.Ids();
      f.evidence_total = counts.failing.total();
    }
  }

  TableId table_;
  double threshold_ = 0;
  bool strict_ = false;
  std::map<int, ShareCounts> locality_counts_;
  std::map<std::pair<std::string, int>, ShareCounts> unit_counts_;
};

class MeetingOnlineShare : public ShareEvaluator {
 public:
  MeetingOnlineShare(const LocalityContext& l, const ResolvedRule& r)
      : ShareEvaluator(l, r, TableId::kMeetings),
        categories_(r.Strings("categories")),
        count_hybrid_(r.Bool("count_hybrid")),
        count_paperless_(r.Bool("count_paperless")) {}
  void OnMeeting(const MeetingRow& m) override {
    if (m.role != "host" || !Contains(categories_, m.category)) return;
    const bool online = m.format == "online" || (count_hybrid_ && m.format == "hybrid");
    Tri counted = online ? Tri::kYes : Tri::kNo;
    if (!online && count_paperless_) counted = FromOptional(m.paperless);
    Observe(m.unit, m.start, counted, m.id);
  }

 private:
  std::vector<std::string> categories_;
  bool count_hybrid_;
  bool count_paperless_;
};

class MeetingAttendance : public ShareEvaluator {
 public:
  MeetingAttendance(const LocalityContext& l, const ResolvedRule& r)
      : ShareEvaluator(l, r, TableId::kMeetings), levels_(r.Strings("organizer_levels")) {}
  void OnMeeting(const MeetingRow& m) override {
    if (m.role != "attendee" || (m.format != "online" && m.format != "hybrid")) return;
    if (!Contains(levels_, m.organizer_level)) return;
    Observe(m.unit, m.start, FromOptional(m.attended), m.id);
  }

 private:
  std::vector<std::string> levels_;
};

class DocumentShare : public ShareEvaluator {
 public:
  DocumentShare(const LocalityContext& l, const ResolvedRule& r, bool electronic_exchange)
      : ShareEvaluator(l, r, TableId::kDocuments), electronic_exchange_(electronic_exchange) {}
  void OnDocument(const DocumentRow& d) override {
    if (electronic_exchange_) {
      if (d.secret) return;
      Observe(d.unit, d.date, d.electronic ? Tri::kYes : Tri::kNo, d.id);
    } else {
      Observe(d.unit, d.date, FromOptional(d.digitized), d.id);
    }
  }

 private:
  bool electronic_exchange_;
};

class DossierShare : public ShareEvaluator {
 public:
  enum class What { kDigital, kOnline, kDigitized, kResult, kInternal, kSatisfaction };
  DossierShare(const LocalityContext& l, const ResolvedRule& r, What what)
      : ShareEvaluator(l, r, TableId::kDossiers), what_(what) {}
  void OnDossier(const DossierRow& d) override {
    switch (what_) {
      case What::kDigital:
        Observe(d.unit, d.received, d.digital_processing ? Tri::kYes : Tri::kNo, d.id);
        break;
      case What::kOnline:
        Observe(d.unit, d.received, FromOptional(d.online_full), d.id);
        break;
      case What::kDigitized:
        Observe(d.unit, d.received, FromOptional(d.digitized), d.id);
        break;
      case What::kResult:
        if (d.resolved) Observe(d.unit, *d.resolved, FromOptional(d.result_digitized), d.id);
        break;
      case What::kInternal:
        if (d.internal.value_or(false))
          Observe(d.unit, d.received, FromOptional(d.digitized), d.id);
        break;
      case What::kSatisfaction:
        if (!d.satisfaction.empty())
          Observe(d.unit, d.received, d.satisfaction == "satisfied" ? Tri::kYes : Tri::kNo, d.id);
        break;
    }
  }

 private:
  What what_;
};

class ReportElectronic : public ShareEvaluator {
 public:
  ReportElectronic(const LocalityContext& l, const ResolvedRule& r)
      : ShareEvaluator(l, r, TableId::kReports), subject_(r.String("subject")) {}
  void OnReport(const ReportRow& report) override {
    if (!subject_.empty() && report.subject != subject_) return;
    const bool electronic = report.form == "electronic" || report.form == "data";
    Observe(report.unit, report.submitted, electronic ? Tri::kYes : Tri::kNo, report.id);
  }

 private:
  std::string subject_;
};

class TaskElectronic : public ShareEvaluator {
 public:
  TaskElectronic(const LocalityContext& l, const ResolvedRule& r)
      : ShareEvaluator(l, r, TableId::kTasks) {}
  void OnTask(const TaskRow& task) override {
    const Date when = task.due ? *task.due : (task.completed ? *task.completed : as_of());
    Observe(task.lead, when, FromOptional(task.electronic), task.id);
  }
};

// ---------------------------------------------------------------------------------------------

struct YearCount {
  int64_t counted = 0;  // records the target counts
  bool any = false;     // any record of the table at all (the data covers that year)
  Evidence records;
};

class ReductionEvaluator : public RuleEvaluator {
 public:
  // `metrics`: the baseline metrics summed for the previous year's figure; each is a list of
  // names read as the same metric, the first one present winning.
  ReductionEvaluator(const LocalityContext& l, const ResolvedRule& r, TableId table,
                     std::vector<std::vector<std::string>> metrics)
      : RuleEvaluator(l, r), table_(table), metrics_(std::move(metrics)) {
    target_ = r.Number("target");
  }
  TableId table() const override { return table_; }

  void Finish(Emitter& out) override {
    for (int year = first_year(); year <= last_year(); ++year) {
      if (!YearJudged(year)) continue;
      Judge(out, nullptr, locality_.code, year, locality_counts_);
      for (const UnitInfo* unit : SelectedUnits()) {
        const bool has_records = unit_counts_.count({unit->id, year}) > 0 ||
                                 unit_counts_.count({unit->id, year - 1}) > 0;
        if (has_records || Baseline(unit->id, year - 1)) {
          Judge(out, unit, unit->id, year, UnitView(unit->id));
        }
      }
    }
  }

 protected:
  // Records any row of the table (coverage) and whether the target counts it.
  void Observe(const UnitInfo* unit, Date date, bool counted, std::string_view id) {
    const int year = date.year();
    if (year < first_year() - 1 || year > last_year() || RoleExcluded(unit)) return;
    YearCount* locality = &locality_counts_[year];
    YearCount* own = unit != nullptr ? &unit_counts_[{unit->id, year}] : nullptr;
    for (YearCount* c : {locality, own}) {
      if (c == nullptr) continue;
      c->any = true;
      if (counted) {
        ++c->counted;
        c->records.Add(id);
      }
    }
  }

 private:
  std::map<int, YearCount> UnitView(const std::string& unit) const {
    std::map<int, YearCount> view;
    for (const auto& [key, count] : unit_counts_) {
      if (key.first == unit) view[key.second] = count;
    }
    return view;
  }

  std::optional<int64_t> Baseline(const std::string& scope, int year) const {
    int64_t sum = 0;
    for (const std::vector<std::string>& names : metrics_) {
      std::optional<int64_t> value;
      for (const std::string& name : names) {
        if (auto it = locality_.baselines.find({scope, name, year});
            it != locality_.baselines.end()) {
          value = it->second;
          break;
        }
      }
      if (!value) return std::nullopt;
      sum += *value;
    }
    return sum;
  }

  void Judge(Emitter& out, const UnitInfo* unit, const std::string& scope, int year,
             const std::map<int, YearCount>& counts) {
    const Lang lang = this->lang();
    const std::string period = std::to_string(year);
    const std::string what = SummaryOf(rule_, lang);
    const auto current = counts.find(year);
    const int64_t count = current == counts.end() ? 0 : current->second.counted;
    std::optional<int64_t> base = Baseline(scope, year - 1);
    std::string base_source(Tr(lang, "số liệu gốc", "baseline"));
    if (!base) {
      const auto previous = counts.find(year - 1);
      if (previous != counts.end() && previous->second.any) {
        base = previous->second.counted;
        base_source = Tr(lang, "dữ liệu năm trước", "previous year's records");
      }
    }
    if (!base) {
      Finding& f = out.Emit(
          Severity::kWarning, unit, period,
          Format(Tr(lang,
                    "{0} năm {1}: không đánh giá được, thiếu số liệu năm {2} (không có số liệu "
                    "gốc cũng như dữ liệu năm trước); năm {1} có {3}",
                    "{0} in {1}: cannot be judged, no figure for {2} (neither a baseline nor "
                    "the previous year's records); {1} has {3}"),
                 {what, period, std::to_string(year - 1), std::to_string(count)}));
      f.observed = count;
      return;
    }
    // The plans' wording: count in Y <= (1 - target) x count in Y-1, compared as real numbers.
    const double allowance = std::round((1.0 - target_) * static_cast<double>(*base) * 1e6) / 1e6;
    const std::string numbers =
        Format(Tr(lang, "{0} (năm {1}: {2}, theo {3}; giảm {4} thì tối đa {5})",
                  "{0} ({1}: {2}, from the {3}; a {4} cut allows at most {5})"),
               {std::to_string(count), std::to_string(year - 1), std::to_string(*base), base_source,
                Percent(target_, lang), Number(allowance, lang)});
    Severity severity = Severity::kPass;
    std::string message;
    if (static_cast<double>(count) > allowance + kEpsilon) {
      severity = Severity::kViolation;
      message = Format(Tr(lang, "{0} năm {1}: {2}, đã vượt mức cho phép",
                          "{0} in {1}: {2}, already over the allowance"),
                       {what, period, numbers});
    } else if (YearClosed(year)) {
      message = Format(Tr(lang, "{0} năm {1}: {2}, đạt chỉ tiêu", "{0} in {1}: {2}, target met"),
                       {what, period, numbers});
    } else {
      const Date first = Date::FromCivil(year, 1, 1);
      const int elapsed = (as_of() - first) + 1;
      const double projected = static_cast<double>(count) * DaysInYear(year) / elapsed;
      const std::string pace =
          Format(Tr(lang, "theo nhịp {0} ngày đầu năm, dự kiến cả năm {1}",
                    "at the pace of the first {0} days, {1} projected for the year"),
                 {std::to_string(elapsed), Number(std::round(projected * 10) / 10, lang)});
      if (projected > allowance + kEpsilon) {
        severity = Severity::kWarning;
        message = Format(Tr(lang, "{0} năm {1}: {2}; {3}, sẽ vượt mức cho phép",
                            "{0} in {1}: {2}; {3}, which would exceed the allowance"),
                         {what, period, numbers, pace});
      } else {
        message = Format(Tr(lang, "{0} năm {1}: {2}; {3}, trong mức cho phép",
                            "{0} in {1}: {2}; {3}, within the allowance"),
                         {what, period, numbers, pace});
      }
    }
    Finding& f = out.Emit(severity, unit, period, std::move(message));
    f.observed = count;
    f.expected = allowance;
    f.numerator = count;
    f.denominator = *base;
    f.comparator = "≤";
    if (severity != Severity::kPass && current != counts.end()) {
      f.evidence = current->second.records.Ids();
      f.evidence_total = current->second.records.total();
    }
  }

  TableId table_;
  std::vector<std::vector<std::string>> metrics_;
  double target_ = 0;
  std::map<int, YearCount> locality_counts_;
  std::map<std::pair<std::string, int>, YearCount> unit_counts_;
};

class MeetingReduction : public ReductionEvaluator {
 public:
  MeetingReduction(const LocalityContext& l, const ResolvedRule& r)
      : ReductionEvaluator(l, r, TableId::kMeetings, Metrics(r)),
        categories_(r.Strings("categories")) {}
  void OnMeeting(const MeetingRow& m) override {
    // Every row shows the data covers that year; only hosted meetings of the categories count.
    Observe(m.unit, m.start, m.role == "host" && Contains(categories_, m.category), m.id);
  }

 private:
  static std::vector<std::vector<std::string>> Metrics(const ResolvedRule& r) {
    std::vector<std::vector<std::string>> metrics;
    for (const std::string& category : r.Strings("categories")) {
      metrics.push_back({category == "conference" ? "conferences" : "meetings"});
    }
    return metrics;
  }
  std::vector<std::string> categories_;
};

class DocumentReduction : public ReductionEvaluator {
 public:
  DocumentReduction(const LocalityContext& l, const ResolvedRule& r)
      : ReductionEvaluator(l, r, TableId::kDocuments, {{"administrative_documents"}}) {}
  void OnDocument(const DocumentRow& d) override {
    Observe(d.unit, d.date, d.direction == "outgoing" && d.doc_class == "administrative", d.id);
  }
};

// "Báo cáo bằng văn bản": reports sent as documents, on paper or electronically, as opposed to
// reports sent as data (`form = data`), which the plans want instead (requirements §3).
class WrittenReportReduction : public ReductionEvaluator {
 public:
  WrittenReportReduction(const LocalityContext& l, const ResolvedRule& r)
      : ReductionEvaluator(l, r, TableId::kReports, {{"written_reports", "paper_reports"}}) {}
  void OnReport(const ReportRow& report) override {
    Observe(report.unit, report.submitted, report.form == "paper" || report.form == "electronic",
            report.id);
  }
};

}  // namespace

std::unique_ptr<RuleEvaluator> MakeShareEvaluator(const LocalityContext& l, const ResolvedRule& r) {
  const std::string& k = r.kind;
  using W = DossierShare::What;
  if (k == "meetings.online_share") return std::make_unique<MeetingOnlineShare>(l, r);
  if (k == "meetings.online_attendance") return std::make_unique<MeetingAttendance>(l, r);
  if (k == "documents.electronic_exchange") return std::make_unique<DocumentShare>(l, r, true);
  if (k == "documents.digitized_share") return std::make_unique<DocumentShare>(l, r, false);
  if (k == "dossiers.digital_share") return std::make_unique<DossierShare>(l, r, W::kDigital);
  if (k == "dossiers.online_share") return std::make_unique<DossierShare>(l, r, W::kOnline);
  if (k == "dossiers.digitized_share") return std::make_unique<DossierShare>(l, r, W::kDigitized);
  if (k == "dossiers.result_digitized") return std::make_unique<DossierShare>(l, r, W::kResult);
  if (k == "dossiers.internal_digitized") return std::make_unique<DossierShare>(l, r, W::kInternal);
  if (k == "dossiers.satisfaction") return std::make_unique<DossierShare>(l, r, W::kSatisfaction);
  if (k == "reports.electronic") return std::make_unique<ReportElectronic>(l, r);
  if (k == "tasks.electronic") return std::make_unique<TaskElectronic>(l, r);
  if (k == "meetings.reduction") return std::make_unique<MeetingReduction>(l, r);
  if (k == "documents.reduction") return std::make_unique<DocumentReduction>(l, r);
  if (k == "reports.written_reduction") return std::make_unique<WrittenReportReduction>(l, r);
  return nullptr;
}

}  // namespace tuanthu
