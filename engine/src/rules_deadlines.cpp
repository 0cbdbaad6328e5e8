// Deadline rules: periodic reports of obliged units, units' own plans, the plan's appendix
// tasks and the weekly schedule. Strict ("trước ngày") and inclusive dates, a warning window,
// and deadlines that precede the plan reported as not applicable.
#include "evaluation.h"

namespace tuanthu {
namespace {

struct Deadline {
  Date last_day;      // the last day on which the obligation is still met
  std::string shown;  // how the plan words it: "trước ngày 05/06/2026" / "31/05/2026"
};

Deadline MakeDeadline(Date due, bool strict, Lang lang) {
  if (strict) {
    return {due.AddDays(-1), Format(Tr(lang, "trước ngày {0}", "before {0}"), {due.Display()})};
  }
  return {due, Format(Tr(lang, "chậm nhất ngày {0}", "by {0}"), {due.Display()})};
}

// Judges one obligation of one unit (or the locality). Returns false when nothing is due yet.
struct Obligation {
  const UnitInfo* unit;
  std::string period;
  std::string what;  // "báo cáo 6 tháng"
  std::optional<Date> done;
  std::string done_record;
};

class DeadlineRule : public RuleEvaluator {
 public:
  using RuleEvaluator::RuleEvaluator;

 protected:
  // Emits the outcome of `o` against `deadline`; returns its severity.
  Severity JudgeObligation(Emitter& out, const Obligation& o, const Deadline& deadline) {
    const Lang lang = this->lang();
    Severity severity = Severity::kPass;
    std::string message;
    if (o.done) {
      if (*o.done <= deadline.last_day) {
        message =
            Format(Tr(lang, "Đã có {0} ngày {1}, đúng hạn ({2})", "{0} done on {1}, on time ({2})"),
                   {o.what, o.done->Display(), deadline.shown});
      } else {
        severity = Severity::kViolation;
        message = Format(Tr(lang, "{0} ngày {1} là chậm; hạn {2}", "{0} on {1} is late; due {2}"),
                         {Capitalised(o.what), o.done->Display(), deadline.shown});
      }
    } else if (as_of() > deadline.last_day) {
      severity = Severity::kViolation;
      message =
          Format(Tr(lang, "Chưa có {0}; hạn {1}", "No {0}; due {1}"), {o.what, deadline.shown});
    } else {
      severity =
          deadline.last_day - as_of() <= warning_days() ? Severity::kWarning : Severity::kPass;
      message = Format(
          Tr(lang, "Chưa có {0}; hạn {1}, còn {2} ngày", "No {0} yet; due {1}, {2} days left"),
          {o.what, deadline.shown, std::to_string(deadline.last_day - as_of())});
    }
    Finding& f = out.Emit(severity, o.unit, o.period, std::move(message));
    f.open = !o.done && as_of() <= deadline.last_day;
    if (o.done) f.observed = o.done->Iso();
    f.expected = deadline.last_day.Iso();
    if (!o.done_record.empty()) {
      f.evidence = {o.done_record};
      f.evidence_total = 1;
      f.record = o.done_record;
    }
    return severity;
  }

  // One finding for the locality: the deadline precedes the plan, or the plan sets none.
  void NotApplicable(Emitter& out, const std::string& period, const std::string& what,
                     const std::optional<Deadline>& deadline,
                     const std::vector<std::string>& units_without) {
    const Lang lang = this->lang();
    std::string message;
    if (deadline) {
      message =
          Format(Tr(lang, "Không áp dụng: hạn {0} ({1}) có trước ngày kế hoạch có hiệu lực {2}",
                    "Not applicable: the deadline for the {0} ({1}) precedes the plan's "
                    "effective date {2}"),
                 {what, deadline->shown, effective().Display()});
    } else {
      message = Format(Tr(lang, "Kế hoạch không quy định thời hạn cho {0}; {1} đơn vị chưa có",
                          "The plan sets no date for the {0}; {1} units have none yet"),
                       {what, std::to_string(units_without.size())});
    }
    Finding& f = out.Emit(Severity::kInfo, nullptr, period, std::move(message));
    if (deadline) f.expected = deadline->last_day.Iso();
    for (const std::string& unit : units_without) {
      if (f.evidence.size() < kEvidenceCap) f.evidence.push_back(unit);
    }
    f.evidence_total = static_cast<int64_t>(units_without.size());
  }

  void NoObligedUnit(Emitter& out, const std::string& period) {
    const Lang lang = this->lang();
    std::string roles;
    for (const std::string& role : rule_.Strings("roles"))
      roles += (roles.empty() ? "" : ", ") + role;
    out.Emit(Severity::kWarning, nullptr, period,
             Format(Tr(lang, "Không đánh giá được: dữ liệu không có đơn vị nào thuộc vai trò {0}",
                       "Cannot be judged: the data has no unit with role {0}"),
                    {roles}));
  }

  static std::string Capitalised(const std::string& text) {
    if (text.empty() || static_cast<unsigned char>(text[0]) >= 0x80) return text;
    std::string out = text;
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
  }
};

// reports.semiannual / reports.annual
class ReportDeadline : public DeadlineRule {
 public:
  ReportDeadline(const LocalityContext& l, const ResolvedRule& r, bool semiannual)
      : DeadlineRule(l, r), semiannual_(semiannual), subject_(r.String("subject")) {}
  TableId table() const override { return TableId::kReports; }
  void OnReport(const ReportRow& report) override {
    if (!RoleSelected(report.unit) || (!subject_.empty() && report.subject != subject_)) return;
    for (int year = first_year(); year <= last_year(); ++year) {
      if (report.period != PeriodOf(year)) continue;
      auto& slot = submitted_[{report.unit->id, year}];
      if (!slot.first || report.submitted < *slot.first ||
          (report.submitted == *slot.first && report.id < slot.second)) {
        slot = {report.submitted, std::string(report.id)};
      }
    }
  }
  void Finish(Emitter& out) override {
    const Lang lang = this->lang();
    const std::string what = semiannual_
                                 ? std::string(Tr(lang, "báo cáo 6 tháng", "semi-annual report"))
                                 : std::string(Tr(lang, "báo cáo năm", "annual report"));
    const std::vector<const UnitInfo*> units = SelectedUnits();
    for (int year = first_year(); year <= last_year(); ++year) {
      const std::string period = PeriodOf(year);
      if (units.empty()) {
        NoObligedUnit(out, period);
        continue;
      }
      std::optional<Deadline> deadline;
      if (rule_.Has("due")) {
        const std::string due = rule_.String("due");  // --MM-DD
        const Date date =
            Date::FromCivil(year, std::stoi(due.substr(2, 2)), std::stoi(due.substr(5, 2)));
        deadline = MakeDeadline(date, rule_.Bool("strict"), lang);
      }
      if (!deadline || deadline->last_day < effective()) {
        std::vector<std::string> without;
        for (const UnitInfo* unit : units) {
          if (!submitted_.count({unit->id, year})) without.push_back(unit->id);
        }
        NotApplicable(out, period, what + " " + period, deadline, without);
        continue;
      }
      for (const UnitInfo* unit : units) {
        Obligation o{unit, period, what + " " + period, std::nullopt, ""};
        if (auto it = submitted_.find({unit->id, year}); it != submitted_.end()) {
          o.done = it->second.first;
          o.done_record = it->second.second;
        }
        JudgeObligation(out, o, *deadline);
      }
    }
  }

 private:
  std::string PeriodOf(int year) const {
    return semiannual_ ? std::to_string(year) + "-H1" : std::to_string(year);
  }
  bool semiannual_;
  std::string subject_;
  std::map<std::pair<std::string, int>, std::pair<std::optional<Date>, std::string>> submitted_;
};

// plans.unit_plan
class UnitPlan : public DeadlineRule {
 public:
  UnitPlan(const LocalityContext& l, const ResolvedRule& r)
      : DeadlineRule(l, r), subject_(r.String("subject")) {}
  TableId table() const override { return TableId::kDocuments; }
  void OnDocument(const DocumentRow& d) override {
    if (d.direction != "outgoing" || d.doc_type != "plan" || !RoleSelected(d.unit)) return;
    if (!subject_.empty() && d.subject != subject_) return;
    auto& slot = issued_[d.unit->id];
    if (!slot.first || d.date < *slot.first || (d.date == *slot.first && d.id < slot.second)) {
      slot = {d.date, std::string(d.id)};
    }
  }
  void Finish(Emitter& out) override {
    const Lang lang = this->lang();
    const std::string what = Format(
        Tr(lang, "kế hoạch thực hiện {0} của đơn vị", "the unit's own plan for {0}"), {subject_});
    const std::vector<const UnitInfo*> units = SelectedUnits();
    std::optional<Deadline> deadline;
    std::string period = std::to_string(effective().year());
    if (rule_.Has("due")) {
      const Date due = *Date::ParseIso(rule_.String("due"));
      deadline = MakeDeadline(due, rule_.Bool("strict"), lang);
      period = std::to_string(due.year());
    }
    if (units.empty()) {
      NoObligedUnit(out, period);
      return;
    }
    if (!deadline || deadline->last_day < effective()) {
      std::vector<std::string> without;
      for (const UnitInfo* unit : units) {
        if (!issued_.count(unit->id)) without.push_back(unit->id);
      }
      NotApplicable(out, period, what, deadline, without);
      return;
    }
    for (const UnitInfo* unit : units) {
      Obligation o{unit, period, what, std::nullopt, ""};
      if (auto it = issued_.find(unit->id); it != issued_.end()) {
        o.done = it->second.first;
        o.done_record = it->second.second;
      }
      JudgeObligation(out, o, *deadline);
    }
  }

 private:
  std::string subject_;
  std::map<std::string, std::pair<std::optional<Date>, std::string>> issued_;
};

// tasks.deadline: every task the plan's appendix lists exists and is done by its deadline.
class AppendixTasks : public DeadlineRule {
 public:
  AppendixTasks(const LocalityContext& l, const ResolvedRule& r)
      : DeadlineRule(l, r), subject_(r.String("subject")) {
    for (const nlohmann::json& task : r.Param("tasks")) {
      listed_.push_back(task);
      by_ref_[task["ref"].get<std::string>()] = listed_.size() - 1;
    }
  }
  TableId table() const override { return TableId::kTasks; }
  void OnTask(const TaskRow& task) override {
    if (!subject_.empty() && task.subject != subject_) return;
    auto it = by_ref_.find(std::string(task.ref));
    if (it == by_ref_.end() || RoleExcluded(task.lead)) return;
    rows_[it->second].push_back(
        {std::string(task.id), task.due, task.completed, task.lead ? task.lead : nullptr});
  }
  void Finish(Emitter& out) override {
    const Lang lang = this->lang();
    for (size_t i = 0; i < listed_.size(); ++i) {
      const nlohmann::json& spec = listed_[i];
      const std::string ref = spec["ref"].get<std::string>();
      const std::string title = spec.value("title", ref);
      const std::string due = spec["due"].get<std::string>();
      const std::string lead_role = spec.value("lead_role", "");
      const std::vector<Row>& rows = rows_[i];
      const std::string what =
          Format(Tr(lang, "nhiệm vụ {0} \"{1}\"", "task {0} \"{1}\""), {ref, title});
      if (due == "continuous") {
        // "Thường xuyên": no deadline, tracked only; absent from the data it cannot be tracked.
        size_t done = 0;
        for (const Row& row : rows) done += row.completed ? 1 : 0;
        Finding& f =
            rows.empty()
                ? out.Emit(
                      Severity::kWarning, nullptr, std::to_string(as_of().year()),
                      Format(Tr(lang,
                                "Nhiệm vụ thường xuyên {0} \"{1}\" không có trong dữ liệu để "
                                "theo dõi",
                                "Continuous task {0} \"{1}\" is not in the data to be tracked"),
                             {ref, title}))
                : out.Emit(
                      Severity::kInfo, rows.front().lead, std::to_string(as_of().year()),
                      Format(Tr(lang,
                                "Nhiệm vụ thường xuyên {0} \"{1}\": không có thời hạn, chỉ theo "
                                "dõi; {2}/{3} bản ghi đã hoàn thành",
                                "Continuous task {0} \"{1}\": no deadline, tracked only; "
                                "{2} of {3} records completed"),
                             {ref, title, std::to_string(done), std::to_string(rows.size())}));
        f.record = ref;
        CheckLead(out, ref, title, lead_role, rows, std::to_string(as_of().year()));
        continue;
      }
      if (due == "yearly") {
        const int from = spec.contains("from_year") ? spec["from_year"].get<int>() : first_year();
        for (int year = from; year <= last_year(); ++year) {
          std::vector<Row> of_year;
          for (const Row& row : rows) {
            const int row_year =
                row.due ? row.due->year() : (row.completed ? row.completed->year() : year);
            if (row_year == year) of_year.push_back(row);
          }
          JudgeTask(out, ref, what, std::to_string(year), Date::FromCivil(year, 12, 31), of_year,
                    lead_role, title);
        }
        continue;
      }
      Date deadline;
      std::string period;
      if (due.size() == 7 && due[5] == 'Q') {
        const int year = std::stoi(due.substr(0, 4));
        const int quarter = due[6] - '0';
        deadline = Date::FromCivil(year, quarter * 3, DaysInMonth(year, quarter * 3));
        period = due;
      } else {
        deadline = *Date::Parse(due);
        period = deadline.Iso();
      }
      JudgeTask(out, ref, what, period, deadline, rows, lead_role, title);
    }
  }

 private:
  struct Row {
    std::string id;
    std::optional<Date> due;
    std::optional<Date> completed;
    const UnitInfo* lead;
  };

  void JudgeTask(Emitter& out, const std::string& ref, const std::string& what,
                 const std::string& period, Date deadline_day, const std::vector<Row>& rows,
                 const std::string& lead_role, const std::string& title) {
    const Lang lang = this->lang();
    const Deadline deadline = MakeDeadline(deadline_day, false, lang);
    if (deadline.last_day < effective()) {
      NotApplicable(out, period, what, deadline, {});
      return;
    }
    if (rows.empty()) {
      // Absent from the data: missing data before the deadline, a violation after it.
      Severity severity = Severity::kWarning;
      std::string message;
      if (as_of() > deadline.last_day) {
        severity = Severity::kViolation;
        message = Format(Tr(lang, "Không có {0} trong dữ liệu; hạn {1} đã qua",
                            "{0} is not in the data; its deadline {1} has passed"),
                         {Capitalised(what), deadline.shown});
      } else {
        message = Format(
            Tr(lang, "Chưa có {0} trong dữ liệu; hạn {1}", "{0} is not in the data yet; due {1}"),
            {what, deadline.shown});
      }
      Finding& f = out.Emit(severity, nullptr, period, std::move(message));
      f.expected = deadline.last_day.Iso();
      f.record = ref;
      f.open = as_of() <= deadline.last_day;
      return;
    }
    // The earliest completion counts; a task still open anywhere is open.
    const Row* best = nullptr;
    for (const Row& row : rows) {
      if (row.completed && (!best || !best->completed || *row.completed < *best->completed ||
                            (*row.completed == *best->completed && row.id < best->id))) {
        best = &row;
      }
    }
    if (best == nullptr)
      best = &*std::min_element(rows.begin(), rows.end(),
                                [](const Row& a, const Row& b) { return a.id < b.id; });
    Obligation o{best->lead, period, what, best->completed, best->id};
    JudgeObligation(out, o, deadline);
    CheckLead(out, ref, title, lead_role, rows, period);
  }

  void CheckLead(Emitter& out, const std::string& ref, const std::string& title,
                 const std::string& lead_role, const std::vector<Row>& rows,
                 const std::string& period) {
    if (lead_role.empty()) return;
    const Lang lang = this->lang();
    for (const Row& row : rows) {
      if (row.lead == nullptr || row.lead->role == lead_role) continue;
      Finding& f = out.Emit(
          Severity::kWarning, row.lead, period,
          Format(Tr(lang,
                    "Nhiệm vụ {0} \"{1}\" ({2}) do {3} chủ trì, kế hoạch giao đơn vị vai trò {4}",
                    "Task {0} \"{1}\" ({2}) is led by {3}; the plan assigns it to role {4}"),
                 {ref, title, row.id, row.lead->name, lead_role}));
      f.observed = row.lead->role;
      f.expected = lead_role;
      f.record = row.id + "#lead";
      f.evidence = {row.id};
      f.evidence_total = 1;
    }
  }

  std::string subject_;
  std::vector<nlohmann::json> listed_;
  std::map<std::string, size_t> by_ref_;
  std::map<size_t, std::vector<Row>> rows_;
};

// schedule.weekly: the leadership's schedule is published by each week's Monday.
class WeeklySchedule : public DeadlineRule {
 public:
  using DeadlineRule::DeadlineRule;
  TableId table() const override { return TableId::kSchedules; }
  void OnSchedule(const ScheduleRow& row) override {
    auto [it, inserted] = published_.emplace(row.week_start.days(), row.published);
    if (!inserted && row.published < it->second) it->second = row.published;
  }
  void Finish(Emitter& out) override {
    const Lang lang = this->lang();
    const int offset = static_cast<int>(rule_.Number("publish_by_offset_days"));
    // From the week holding the effective date. Its schedule may have been due before the plan
    // took effect: the check says so (info) rather than skip that week silently.
    Date monday = effective().AddDays(-((effective().weekday() + 6) % 7));
    for (; monday <= as_of(); monday = monday.AddDays(7)) {
      const Date due = monday.AddDays(offset);
      if (due < effective()) {
        Finding& f = out.Emit(
            Severity::kInfo, nullptr, monday.IsoWeek(),
            Format(Tr(lang,
                      "Không áp dụng: lịch công tác tuần {0} phải công khai chậm nhất {1}, trước "
                      "ngày kế hoạch có hiệu lực {2}; việc kiểm tra bắt đầu từ tuần sau",
                      "Not applicable: the work schedule for the week of {0} was due by {1}, "
                      "before the plan's effective date {2}; checking starts the week after"),
                   {monday.Display(), due.Display(), effective().Display()}));
        f.expected = due.Iso();
        if (auto it = published_.find(monday.days()); it != published_.end())
          f.observed = it->second.Iso();
        continue;
      }
      const std::string what =
          Format(Tr(lang, "lịch công tác tuần {0}", "the work schedule for the week of {0}"),
                 {monday.Display()});
      Obligation o{nullptr, monday.IsoWeek(), what, std::nullopt, ""};
      if (auto it = published_.find(monday.days()); it != published_.end()) o.done = it->second;
      JudgeObligation(out, o, MakeDeadline(due, false, lang));
    }
  }

 private:
  std::map<int32_t, Date> published_;
};

}  // namespace

std::unique_ptr<RuleEvaluator> MakeDeadlineEvaluator(const LocalityContext& l,
                                                     const ResolvedRule& r) {
  const std::string& k = r.kind;
  if (k == "reports.semiannual") return std::make_unique<ReportDeadline>(l, r, true);
  if (k == "reports.annual") return std::make_unique<ReportDeadline>(l, r, false);
  if (k == "plans.unit_plan") return std::make_unique<UnitPlan>(l, r);
  if (k == "tasks.deadline") return std::make_unique<AppendixTasks>(l, r);
  if (k == "schedule.weekly") return std::make_unique<WeeklySchedule>(l, r);
  return nullptr;
}

}  // namespace tuanthu
