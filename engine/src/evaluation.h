// What every rule evaluator shares: the locality being checked, the emitter of findings, the
// evaluator interface the scanner feeds, and small helpers for periods, evidence and wording.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "rows.h"
#include "tuanthu/engine.h"

namespace tuanthu {

enum class TableId { kMeetings, kDocuments, kDossiers, kReports, kTasks, kFeedback, kSchedules };

struct BaselineKey {
  std::string scope;
  std::string metric;
  int year;
  auto operator<=>(const BaselineKey&) const = default;
};

struct LocalityContext {
  std::string code;
  std::string name;
  std::string level;
  std::string parent_code;
  const ResolvedPack* pack = nullptr;
  std::vector<UnitInfo> units;  // sorted by id
  std::map<BaselineKey, int64_t> baselines;
  Date as_of;
  Lang lang = Lang::kVi;

  const UnitInfo* FindUnit(std::string_view id) const;
};

// The smallest `kEvidenceCap` ids seen, and how many there were: deterministic whatever the
// scan order, bounded whatever the number of records.
class Evidence {
 public:
  void Add(std::string_view id);
  int64_t total() const { return total_; }
  std::vector<std::string> Ids() const { return {ids_.begin(), ids_.end()}; }

 private:
  std::set<std::string> ids_;
  int64_t total_ = 0;
};

// Builds findings with the fields every finding of one rule in one locality shares.
class Emitter {
 public:
  Emitter(const LocalityContext& locality, const ResolvedRule& rule, std::vector<Finding>* out)
      : locality_(locality), rule_(rule), out_(out) {}
  Finding& Emit(Severity severity, const UnitInfo* unit, std::string period, std::string message);
  Lang lang() const { return locality_.lang; }

 private:
  const LocalityContext& locality_;
  const ResolvedRule& rule_;
  std::vector<Finding>* out_;
};

class RuleEvaluator {
 public:
  RuleEvaluator(const LocalityContext& locality, const ResolvedRule& rule);
  virtual ~RuleEvaluator() = default;
  RuleEvaluator(const RuleEvaluator&) = delete;
  RuleEvaluator& operator=(const RuleEvaluator&) = delete;

  virtual TableId table() const = 0;
  virtual void OnMeeting(const MeetingRow&) {}
  virtual void OnDocument(const DocumentRow&) {}
  virtual void OnDossier(const DossierRow&) {}
  virtual void OnReport(const ReportRow&) {}
  virtual void OnTask(const TaskRow&) {}
  virtual void OnFeedback(const FeedbackRow&) {}
  virtual void OnSchedule(const ScheduleRow&) {}
  // Called once after the scan; emits the rule's findings (passes included).
  virtual void Finish(Emitter& out) = 0;

  const ResolvedRule& rule() const { return rule_; }

 protected:
  Lang lang() const { return locality_.lang; }
  // The date the rule binds from: its own `effective`, else the pack's.
  Date effective() const { return effective_; }
  Date as_of() const { return locality_.as_of; }
  int warning_days() const { return warning_days_; }
  int first_year() const { return first_year_; }
  int last_year() const { return last_year_; }
  bool YearClosed(int year) const { return last_year_ > year; }
  // True if the `years` parameter names `year`, or sets none (every year is judged).
  bool YearJudged(int year) const { return years_.empty() || years_.count(year) > 0; }
  // Units the `roles` parameter selects (every unit when it is empty).
  bool RoleSelected(const UnitInfo* unit) const;
  // True if `unit` is known and outside `roles`. A record without a known unit (a task with no
  // single lead unit) is not excluded: it is judged for the locality as a whole.
  bool RoleExcluded(const UnitInfo* unit) const;
  std::vector<const UnitInfo*> SelectedUnits() const;

  // Per-record rules judge during the scan and hand their findings over in Finish.
  void Defer(Finding finding) { deferred_.push_back(std::move(finding)); }
  void FlushDeferred(Emitter& out);

  const LocalityContext& locality_;
  const ResolvedRule& rule_;

 private:
  std::vector<Finding> deferred_;
  Date effective_;
  int first_year_;  // of effective_, asked for each record
  int last_year_;   // of the as-of date
  int warning_days_;
  std::set<std::string> roles_;
  std::set<int> years_;
};

// Creates the evaluator of a built-in kind; nullptr for "custom" (run by the Lua host).
std::unique_ptr<RuleEvaluator> MakeEvaluator(const LocalityContext& locality,
                                             const ResolvedRule& rule);

// True if `list` holds `value`.
bool Contains(const std::vector<std::string>& list, std::string_view value);

// Wording helpers.
std::string Comparator(bool strict);         // "≥" or ">"
std::string Quarter(int year, int quarter);  // 2026-Q2

}  // namespace tuanthu
