// Per-record rules: conference length, materials sent in advance, discussion share, dossiers,
// feedback and tasks on time, task ownership.
#include "evaluation.h"

namespace tuanthu {
namespace {

// "Hội nghị" is a conference, "cuộc họp" a meeting (requirements §6.2): a record is named by its
// own category, never the other's.
std::string RecordName(std::string_view category, Lang lang) {
  if (category == "conference") return std::string(Tr(lang, "Hội nghị", "Conference"));
  return std::string(Tr(lang, "Cuộc họp", "Meeting"));
}

// "Hội nghị chuyên môn M1", "Cuộc họp quán triệt M7", "Professional conference M1".
std::string NamedRecord(const MeetingRow& m, Lang lang) {
  std::string_view kind_vi, kind_en;
  if (m.kind == "dissemination") {
    kind_vi = "quán triệt";
    kind_en = "Dissemination";
  } else if (m.kind == "professional") {
    kind_vi = "chuyên môn";
    kind_en = "Professional";
  } else {
    kind_vi = "cần thảo luận";
    kind_en = "Discussion";
  }
  if (lang == Lang::kVi)
    return RecordName(m.category, lang) + " " + std::string(kind_vi) + " " + std::string(m.id);
  std::string noun = m.category == "conference" ? "conference" : "meeting";
  return std::string(kind_en) + " " + noun + " " + std::string(m.id);
}

std::string Named(const MeetingRow& m, Lang lang) {
  return RecordName(m.category, lang) + " " + std::string(m.id);
}

// Hosted meetings of the selected categories, held between the rule's effective date and the
// as-of date. Judge() fills `finding` and returns true when the meeting breaks the rule.
class HostedMeetingRule : public RuleEvaluator {
 public:
  HostedMeetingRule(const LocalityContext& l, const ResolvedRule& r)
      : RuleEvaluator(l, r), categories_(r.Strings("categories")) {}
  TableId table() const override { return TableId::kMeetings; }
  void OnMeeting(const MeetingRow& m) override {
    if (m.role != "host" || m.start < effective() || !Contains(categories_, m.category) ||
        !RoleSelected(m.unit)) {
      return;
    }
    Finding f;
    if (!Judge(m, &f)) return;
    f.unit = m.unit->id;
    f.period = m.start.Iso();
    f.record = std::string(m.id);
    f.evidence = {f.record};
    f.evidence_total = 1;
    Defer(std::move(f));
  }
  void Finish(Emitter& out) override { FlushDeferred(out); }

 protected:
  virtual bool Judge(const MeetingRow& m, Finding* f) = 0;

 private:
  std::vector<std::string> categories_;
};

class MeetingDuration : public HostedMeetingRule {
 public:
  using HostedMeetingRule::HostedMeetingRule;

 protected:
  bool Judge(const MeetingRow& m, Finding* f) override {
    double limit = 0;
    if (m.kind == "dissemination") {
      limit = rule_.Number("max_dissemination_days");
    } else if (m.kind == "professional") {
      limit = rule_.Number("max_professional_days");
    } else if (m.kind == "discussion") {
      limit = rule_.Number("max_discussion_days");
    } else {
      return false;  // briefings and others have no length limit in the plans
    }
    if (m.duration_days <= limit + 1e-9) return false;
    const Lang lang = this->lang();
    f->severity = Severity::kViolation;
    f->message = (Format(Tr(lang, "{0} ngày {1} kéo dài {2} ngày, quá {3} ngày",
                            "{0} on {1} lasted {2} days, over {3} days"),
                         {NamedRecord(m, lang), m.start.Display(), Number(m.duration_days, lang),
                          Number(limit, lang)}));
    f->observed = m.duration_days;
    f->expected = limit;
    return true;
  }
};

class MaterialsInAdvance : public HostedMeetingRule {
 public:
  using HostedMeetingRule::HostedMeetingRule;

 protected:
  bool Judge(const MeetingRow& m, Finding* f) override {
    const Lang lang = this->lang();
    const int min_days = static_cast<int>(rule_.Number("min_days"));
    const Date latest = m.start.AddDays(-min_days);
    if (!m.materials_sent) {
      f->severity = Severity::kWarning;
      f->message = (Format(Tr(lang, "{0} ngày {1}: không ghi nhận ngày gửi tài liệu",
                              "{0} on {1}: no date recorded for sending the papers"),
                           {Named(m, lang), m.start.Display()}));
      f->expected = latest.Iso();
      return true;
    }
    if (*m.materials_sent <= latest) return false;
    f->severity = Severity::kViolation;
    f->message =
        (Format(Tr(lang,
                   "{0} ngày {1}: tài liệu gửi ngày {2}, chậm; phải gửi trước ít nhất {3} "
                   "ngày (chậm nhất {4})",
                   "{0} on {1}: papers sent on {2}, too late; due at least {3} days before "
                   "(by {4})"),
                {Named(m, lang), m.start.Display(), m.materials_sent->Display(),
                 std::to_string(min_days), latest.Display()}));
    f->observed = m.materials_sent->Iso();
    f->expected = latest.Iso();
    return true;
  }
};

class DiscussionShare : public HostedMeetingRule {
 public:
  using HostedMeetingRule::HostedMeetingRule;

 protected:
  bool Judge(const MeetingRow& m, Finding* f) override {
    const Lang lang = this->lang();
    const double threshold = rule_.Number("threshold");
    if (!m.total_minutes || !m.discussion_minutes || *m.total_minutes == 0) {
      f->severity = Severity::kWarning;
      f->message = (Format(Tr(lang, "{0} ngày {1}: không ghi nhận thời lượng thảo luận",
                              "{0} on {1}: no discussion time recorded"),
                           {Named(m, lang), m.start.Display()}));
      f->expected = threshold;
      return true;
    }
    const double share =
        static_cast<double>(*m.discussion_minutes) / static_cast<double>(*m.total_minutes);
    if (share >= threshold - 1e-9) return false;
    f->severity = Severity::kViolation;
    f->message = (Format(
        Tr(lang, "{0} ngày {1}: thảo luận {2}/{3} phút ({4}), dưới {5}",
           "{0} on {1}: discussion {2}/{3} minutes ({4}), below {5}"),
        {Named(m, lang), m.start.Display(), std::to_string(*m.discussion_minutes),
         std::to_string(*m.total_minutes), Percent(share, lang), Percent(threshold, lang)}));
    f->observed = share;
    f->expected = threshold;
    return true;
  }
};

// A record due by a date: done on time, done late, overdue, or due within the warning window.
struct DueOutcome {
  Severity severity;
  enum { kOnTime, kLate, kOverdue, kDueSoon, kPending } state;
};

DueOutcome JudgeDue(Date due, std::optional<Date> done, Date as_of, int warning_days) {
  if (done) {
    if (*done <= due) return {Severity::kPass, DueOutcome::kOnTime};
    return {Severity::kViolation, DueOutcome::kLate};
  }
  if (as_of > due) return {Severity::kViolation, DueOutcome::kOverdue};
  if (due - as_of <= warning_days) return {Severity::kWarning, DueOutcome::kDueSoon};
  return {Severity::kPass, DueOutcome::kPending};
}

// A finding about one record judged against its due date (feedback, a dossier): its unit, the
// day it was received, the record as its own evidence and the due date; the caller words it.
template <typename Row>
Finding DueRecordFinding(Severity severity, const Row& row) {
  Finding f;
  f.severity = severity;
  f.unit = row.unit->id;
  f.period = row.received.Iso();
  f.record = std::string(row.id);
  f.expected = row.due.Iso();
  f.evidence = {f.record};
  f.evidence_total = 1;
  return f;
}

class FeedbackOnTime : public RuleEvaluator {
 public:
  using RuleEvaluator::RuleEvaluator;
  TableId table() const override { return TableId::kFeedback; }
  void OnFeedback(const FeedbackRow& row) override {
    if (row.received < effective() || !RoleSelected(row.unit)) return;
    const DueOutcome outcome = JudgeDue(row.due, row.answered, as_of(), warning_days());
    if (outcome.severity == Severity::kPass) return;
    const Lang lang = this->lang();
    Finding f = DueRecordFinding(outcome.severity, row);
    switch (outcome.state) {
      case DueOutcome::kLate:
        f.message = Format(Tr(lang, "Phản ánh, kiến nghị {0}: trả lời ngày {1}, quá hạn {2}",
                              "Feedback {0}: answered on {1}, after the due date {2}"),
                           {row.id, row.answered->Display(), row.due.Display()});
        f.observed = row.answered->Iso();
        break;
      case DueOutcome::kOverdue:
        f.message = Format(Tr(lang, "Phản ánh, kiến nghị {0}: chưa trả lời, đã quá hạn {1}",
                              "Feedback {0}: unanswered, past its due date {1}"),
                           {row.id, row.due.Display()});
        break;
      default:
        f.message = Format(Tr(lang, "Phản ánh, kiến nghị {0}: chưa trả lời, hạn {1}",
                              "Feedback {0}: unanswered, due {1}"),
                           {row.id, row.due.Display()});
    }
    Defer(std::move(f));
  }
  void Finish(Emitter& out) override { FlushDeferred(out); }
};

// dossiers.on_time: "giải quyết thủ tục hành chính … đúng thời hạn". Each dossier due on or
// after the effective date is resolved on or before its due date.
class DossierOnTime : public RuleEvaluator {
 public:
  using RuleEvaluator::RuleEvaluator;
  TableId table() const override { return TableId::kDossiers; }
  void OnDossier(const DossierRow& row) override {
    if (row.due < effective() || !RoleSelected(row.unit)) return;
    const DueOutcome outcome = JudgeDue(row.due, row.resolved, as_of(), warning_days());
    if (outcome.severity == Severity::kPass) return;
    const Lang lang = this->lang();
    Finding f = DueRecordFinding(outcome.severity, row);
    switch (outcome.state) {
      case DueOutcome::kLate:
        f.message = Format(
            Tr(lang, "Hồ sơ {0} (tiếp nhận {1}): giải quyết ngày {2}, quá hạn {3} ({4} ngày)",
               "Dossier {0} (received {1}): resolved on {2}, after its due date {3} ({4} days)"),
            {row.id, row.received.Display(), row.resolved->Display(), row.due.Display(),
             std::to_string(*row.resolved - row.due)});
        f.observed = row.resolved->Iso();
        break;
      case DueOutcome::kOverdue:
        f.message = Format(
            Tr(lang, "Hồ sơ {0} (tiếp nhận {1}): chưa giải quyết, đã quá hạn {2} ({3} ngày)",
               "Dossier {0} (received {1}): unresolved, past its due date {2} ({3} days)"),
            {row.id, row.received.Display(), row.due.Display(), std::to_string(as_of() - row.due)});
        break;
      default:
        f.message = Format(
            Tr(lang, "Hồ sơ {0} (tiếp nhận {1}): chưa giải quyết, hạn {2}, còn {3} ngày",
               "Dossier {0} (received {1}): unresolved, due {2}, {3} days left"),
            {row.id, row.received.Display(), row.due.Display(), std::to_string(row.due - as_of())});
    }
    Defer(std::move(f));
  }
  void Finish(Emitter& out) override { FlushDeferred(out); }
};

class TaskOnTime : public FeedbackOnTime {
 public:
  TaskOnTime(const LocalityContext& l, const ResolvedRule& r)
      : FeedbackOnTime(l, r), subject_(r.String("subject")) {}
  TableId table() const override { return TableId::kTasks; }
  void OnTask(const TaskRow& task) override {
    if (!subject_.empty() && task.subject != subject_) return;
    if (!task.due || *task.due < effective() || RoleExcluded(task.lead)) return;
    const DueOutcome outcome = JudgeDue(*task.due, task.completed, as_of(), warning_days());
    if (outcome.severity == Severity::kPass) return;
    const Lang lang = this->lang();
    Finding f;
    f.severity = outcome.severity;
    if (task.lead) f.unit = task.lead->id;
    f.period = task.due->Iso();
    f.record = std::string(task.id);
    f.expected = task.due->Iso();
    switch (outcome.state) {
      case DueOutcome::kLate:
        f.message = Format(Tr(lang, "Nhiệm vụ {0} \"{1}\": hoàn thành ngày {2}, quá hạn {3}",
                              "Task {0} \"{1}\": completed on {2}, after its due date {3}"),
                           {task.id, task.title, task.completed->Display(), task.due->Display()});
        f.observed = task.completed->Iso();
        break;
      case DueOutcome::kOverdue:
        f.message = Format(Tr(lang, "Nhiệm vụ {0} \"{1}\": chưa hoàn thành, đã quá hạn {2}",
                              "Task {0} \"{1}\": not completed, past its due date {2}"),
                           {task.id, task.title, task.due->Display()});
        break;
      default:
        f.message = Format(Tr(lang, "Nhiệm vụ {0} \"{1}\": chưa hoàn thành, hạn {2}",
                              "Task {0} \"{1}\": not completed, due {2}"),
                           {task.id, task.title, task.due->Display()});
    }
    f.evidence = {f.record};
    f.evidence_total = 1;
    Defer(std::move(f));
  }
  void OnFeedback(const FeedbackRow&) override {}

 private:
  std::string subject_;
};

class TaskOwnership : public FeedbackOnTime {
 public:
  TaskOwnership(const LocalityContext& l, const ResolvedRule& r)
      : FeedbackOnTime(l, r),
        subject_(r.String("subject")),
        continuous_refs_(r.Strings("continuous_refs")) {}
  TableId table() const override { return TableId::kTasks; }
  // Tasks carry no creation date: a task due before the rule's effective date, or (with no due
  // date) completed before it, was assigned before the plan and is not judged (requirements
  // §6.3). An open task with no due date is judged: it is running under the plan.
  void OnTask(const TaskRow& task) override {
    if (!subject_.empty() && task.subject != subject_) return;
    if (RoleExcluded(task.lead)) return;
    if (task.due ? *task.due < effective() : (task.completed && *task.completed < effective()))
      return;
    const Lang lang = this->lang();
    std::vector<std::string> missing;
    if (task.lead_unit_ids.empty()) {
      missing.emplace_back(Tr(lang, "không có đơn vị chủ trì", "no lead unit"));
    } else if (task.lead_unit_ids.find(';') != std::string_view::npos) {
      missing.emplace_back(
          Format(Tr(lang, "nhiều đơn vị chủ trì ({0})", "several lead units ({0})"),
                 {task.lead_unit_ids}));
    }
    if (task.responsible_person.empty())
      missing.emplace_back(Tr(lang, "không có người chịu trách nhiệm", "no responsible person"));
    if (!task.due && (task.ref.empty() || !Contains(continuous_refs_, task.ref)))
      missing.emplace_back(Tr(lang, "không có thời hạn", "no due date"));
    if (task.product.empty()) missing.emplace_back(Tr(lang, "không có sản phẩm", "no product"));
    if (missing.empty()) return;
    std::string list;
    for (const std::string& item : missing) list += (list.empty() ? "" : "; ") + item;
    Finding f;
    f.severity = Severity::kViolation;
    if (task.lead) f.unit = task.lead->id;
    f.period = task.due ? std::to_string(task.due->year()) : std::to_string(as_of().year());
    f.record = std::string(task.id);
    f.message = Format(Tr(lang, "Nhiệm vụ {0} \"{1}\": {2}", "Task {0} \"{1}\": {2}"),
                       {task.id, task.title, list});
    f.observed = static_cast<int64_t>(missing.size());
    f.evidence = {f.record};
    f.evidence_total = 1;
    Defer(std::move(f));
  }
  void OnFeedback(const FeedbackRow&) override {}

 private:
  std::string subject_;
  std::vector<std::string> continuous_refs_;
};

}  // namespace

std::unique_ptr<RuleEvaluator> MakeRecordEvaluator(const LocalityContext& l,
                                                   const ResolvedRule& r) {
  const std::string& k = r.kind;
  if (k == "meetings.duration") return std::make_unique<MeetingDuration>(l, r);
  if (k == "meetings.materials_in_advance") return std::make_unique<MaterialsInAdvance>(l, r);
  if (k == "meetings.discussion_share") return std::make_unique<DiscussionShare>(l, r);
  if (k == "dossiers.on_time") return std::make_unique<DossierOnTime>(l, r);
  if (k == "feedback.on_time") return std::make_unique<FeedbackOnTime>(l, r);
  if (k == "tasks.on_time") return std::make_unique<TaskOnTime>(l, r);
  if (k == "tasks.ownership") return std::make_unique<TaskOwnership>(l, r);
  return nullptr;
}

}  // namespace tuanthu
