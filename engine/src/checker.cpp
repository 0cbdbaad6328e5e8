// RunCheck: selects localities, resolves their packs, builds one evaluator per rule and
// locality, scans each activity table once and hands every row to the rules that read it.
#include <algorithm>
#include <unordered_map>

#include "custom_rules.h"
#include "evaluation.h"
#include "lua_sandbox.h"

namespace tuanthu {

std::unique_ptr<RuleEvaluator> MakeShareEvaluator(const LocalityContext&, const ResolvedRule&);
std::unique_ptr<RuleEvaluator> MakeRecordEvaluator(const LocalityContext&, const ResolvedRule&);
std::unique_ptr<RuleEvaluator> MakeDeadlineEvaluator(const LocalityContext&, const ResolvedRule&);

std::unique_ptr<RuleEvaluator> MakeEvaluator(const LocalityContext& locality,
                                             const ResolvedRule& rule) {
  if (auto e = MakeShareEvaluator(locality, rule)) return e;
  if (auto e = MakeRecordEvaluator(locality, rule)) return e;
  return MakeDeadlineEvaluator(locality, rule);
}

namespace {

constexpr int kTableCount = 7;

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

template <typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

struct LocalityRun {
  LocalityContext context;
  LocalityResult result;
  std::vector<std::unique_ptr<RuleEvaluator>> evaluators;
  std::vector<RuleEvaluator*> by_table[kTableCount];
  std::vector<const ResolvedRule*> custom_rules;
};

std::optional<bool> OptionalBool(const Statement& s, int column) {
  if (s.IsNull(column)) return std::nullopt;
  return s.Int(column) != 0;
}

std::optional<Date> OptionalDate(const Statement& s, int column) {
  if (s.IsNull(column)) return std::nullopt;
  return Date::ParseIso(s.Text(column));
}

Date RequiredDate(const Statement& s, int column) {
  auto date = Date::ParseIso(s.Text(column));
  if (!date) {
    throw StoreError("stored date '" + std::string(s.Text(column)) + "' in column " +
                     s.ColumnName(column) + " is not ISO; re-import the data set");
  }
  return *date;
}

// A date after the as-of date has not happened yet for the check.
std::optional<Date> UpTo(std::optional<Date> date, Date as_of) {
  if (date && *date > as_of) return std::nullopt;
  return date;
}

bool RuleSelected(const std::set<std::string>& filters, const std::string& id) {
  if (filters.empty()) return true;
  for (const std::string& filter : filters) {
    if (filter == id) return true;
    if (!filter.empty() && filter.back() == '.' && id.rfind(filter, 0) == 0) return true;
  }
  return false;
}

class Scanner {
 public:
  Scanner(Database& db, StringMap<LocalityRun*>& runs, Date from, Date to,
          const std::string& only_locality)
      : db_(db), runs_(runs), from_(from.Iso()), to_(to.Iso()), as_of_(to), only_(only_locality) {
    for (auto& [code, run] : runs_) {
      for (UnitInfo& unit : run->context.units) units_[unit.id] = &unit;
    }
  }

  void Scan(TableId table) {
    switch (table) {
      case TableId::kMeetings:
        return ScanMeetings();
      case TableId::kDocuments:
        return ScanDocuments();
      case TableId::kDossiers:
        return ScanDossiers();
      case TableId::kReports:
        return ScanReports();
      case TableId::kTasks:
        return ScanTasks();
      case TableId::kFeedback:
        return ScanFeedback();
      case TableId::kSchedules:
        return ScanSchedules();
    }
  }

 private:
  Statement Prepare(const std::string& sql) {
    Statement s = db_.Prepare(sql);
    s.Bind(1, from_).Bind(2, to_);
    if (only_.empty())
      s.BindNull(3);
    else
      s.Bind(3, only_);
    return s;
  }

  // The rules of `table` for the row's unit's locality; nullptr when it is not checked.
  const std::vector<RuleEvaluator*>* Rules(std::string_view locality, TableId table) {
    auto it = runs_.find(locality);
    if (it == runs_.end()) return nullptr;
    const auto& list = it->second->by_table[static_cast<int>(table)];
    return list.empty() ? nullptr : &list;
  }

  const UnitInfo* Unit(std::string_view id) {
    auto it = units_.find(id);
    return it == units_.end() ? nullptr : it->second;
  }

  void ScanMeetings() {
    Statement s = Prepare(
        "SELECT m.meeting_id, m.unit_id, u.locality_code, m.role, m.category, m.kind, "
        "m.start_date, m.duration_days, m.format, m.paperless, m.organizer_level, m.attended, "
        "m.materials_sent_date, m.total_minutes, m.discussion_minutes "
        "FROM meetings m JOIN units u ON u.unit_id = m.unit_id "
        "WHERE m.start_date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR u.locality_code = ?3)");
    while (s.Step()) {
      const auto* rules = Rules(s.Text(2), TableId::kMeetings);
      const UnitInfo* unit = Unit(s.Text(1));
      if (rules == nullptr || unit == nullptr) continue;
      MeetingRow row{s.Text(0),           unit,
                     s.Text(3),           s.Text(4),
                     s.Text(5),           RequiredDate(s, 6),
                     s.Double(7),         s.Text(8),
                     OptionalBool(s, 9),  s.Text(10),
                     OptionalBool(s, 11), OptionalDate(s, 12),
                     s.OptionalInt(13),   s.OptionalInt(14)};
      for (RuleEvaluator* rule : *rules) rule->OnMeeting(row);
    }
  }

  void ScanDocuments() {
    Statement s = Prepare(
        "SELECT d.doc_id, d.unit_id, u.locality_code, d.direction, d.doc_class, d.doc_type, "
        "d.date, d.electronic, d.secret, d.digitized, d.subject "
        "FROM documents d JOIN units u ON u.unit_id = d.unit_id "
        "WHERE d.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR u.locality_code = ?3)");
    while (s.Step()) {
      const auto* rules = Rules(s.Text(2), TableId::kDocuments);
      const UnitInfo* unit = Unit(s.Text(1));
      if (rules == nullptr || unit == nullptr) continue;
      DocumentRow row{
          s.Text(0),          unit,          s.Text(3),     s.Text(4),          s.Text(5),
          RequiredDate(s, 6), s.Int(7) != 0, s.Int(8) != 0, OptionalBool(s, 9), s.Text(10)};
      for (RuleEvaluator* rule : *rules) rule->OnDocument(row);
    }
  }

  void ScanDossiers() {
    Statement s = Prepare(
        "SELECT d.dossier_id, d.unit_id, u.locality_code, d.internal, d.received_date, "
        "d.due_date, d.resolved_date, d.digital_processing, d.online_full, d.digitized, "
        "d.result_digitized, d.satisfaction "
        "FROM dossiers d JOIN units u ON u.unit_id = d.unit_id "
        "WHERE d.received_date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR u.locality_code = ?3)");
    while (s.Step()) {
      const auto* rules = Rules(s.Text(2), TableId::kDossiers);
      const UnitInfo* unit = Unit(s.Text(1));
      if (rules == nullptr || unit == nullptr) continue;
      DossierRow row{s.Text(0),          unit,
                     OptionalBool(s, 3), RequiredDate(s, 4),
                     RequiredDate(s, 5), UpTo(OptionalDate(s, 6), as_of_),
                     s.Int(7) != 0,      OptionalBool(s, 8),
                     OptionalBool(s, 9), OptionalBool(s, 10),
                     s.Text(11)};
      for (RuleEvaluator* rule : *rules) rule->OnDossier(row);
    }
  }

  void ScanReports() {
    Statement s = Prepare(
        "SELECT r.report_id, r.unit_id, u.locality_code, r.subject, r.period, r.submitted_date, "
        "r.form FROM reports r JOIN units u ON u.unit_id = r.unit_id "
        "WHERE r.submitted_date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR u.locality_code = ?3)");
    while (s.Step()) {
      const auto* rules = Rules(s.Text(2), TableId::kReports);
      const UnitInfo* unit = Unit(s.Text(1));
      if (rules == nullptr || unit == nullptr) continue;
      ReportRow row{s.Text(0), unit, s.Text(3), s.Text(4), RequiredDate(s, 5), s.Text(6)};
      for (RuleEvaluator* rule : *rules) rule->OnReport(row);
    }
  }

  void ScanTasks() {
    // Tasks carry no date of their own: all are read; completions after the as-of date are
    // not yet made.
    Statement s = Prepare(
        "SELECT t.task_id, t.subject, t.ref, t.title, t.lead_unit_id, t.responsible_person, "
        "t.product, t.due_date, t.completed_date, t.electronic, t.locality_code "
        "FROM tasks t WHERE ?1 IS NOT NULL AND ?2 IS NOT NULL "
        "AND (?3 IS NULL OR t.locality_code = ?3)");
    while (s.Step()) {
      const auto* rules = Rules(s.Text(10), TableId::kTasks);
      if (rules == nullptr) continue;
      const std::string_view lead = s.Text(4);
      const UnitInfo* lead_unit =
          lead.empty() || lead.find(';') != std::string_view::npos ? nullptr : Unit(lead);
      TaskRow row{s.Text(0),
                  s.Text(1),
                  s.Text(2),
                  s.Text(3),
                  lead,
                  s.Text(5),
                  s.Text(6),
                  OptionalDate(s, 7),
                  UpTo(OptionalDate(s, 8), as_of_),
                  OptionalBool(s, 9),
                  lead_unit};
      for (RuleEvaluator* rule : *rules) rule->OnTask(row);
    }
  }

  void ScanFeedback() {
    Statement s = Prepare(
        "SELECT f.feedback_id, f.unit_id, u.locality_code, f.received_date, f.due_date, "
        "f.answered_date FROM feedback f JOIN units u ON u.unit_id = f.unit_id "
        "WHERE f.received_date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR u.locality_code = ?3)");
    while (s.Step()) {
      const auto* rules = Rules(s.Text(2), TableId::kFeedback);
      const UnitInfo* unit = Unit(s.Text(1));
      if (rules == nullptr || unit == nullptr) continue;
      FeedbackRow row{s.Text(0), unit, RequiredDate(s, 3), RequiredDate(s, 4),
                      UpTo(OptionalDate(s, 5), as_of_)};
      for (RuleEvaluator* rule : *rules) rule->OnFeedback(row);
    }
  }

  void ScanSchedules() {
    Statement s = Prepare(
        "SELECT locality_code, week_start, published_date FROM schedules "
        "WHERE published_date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR locality_code = ?3)");
    while (s.Step()) {
      const auto* rules = Rules(s.Text(0), TableId::kSchedules);
      if (rules == nullptr) continue;
      ScheduleRow row{RequiredDate(s, 1), RequiredDate(s, 2)};
      for (RuleEvaluator* rule : *rules) rule->OnSchedule(row);
    }
  }

  Database& db_;
  StringMap<LocalityRun*>& runs_;
  StringMap<const UnitInfo*> units_;
  std::string from_;
  std::string to_;
  Date as_of_;
  std::string only_;
};

bool IsKpiKind(const std::string& kind) {
  return kind.find("_share") != std::string::npos || kind.find("reduction") != std::string::npos ||
         kind == "documents.electronic_exchange" || kind == "dossiers.result_digitized" ||
         kind == "dossiers.internal_digitized" || kind == "dossiers.satisfaction" ||
         kind == "meetings.online_attendance" || kind == "tasks.electronic" ||
         kind == "reports.electronic";
}

}  // namespace

CheckResult RunCheck(Database& db, RuleBook& book, const CheckOptions& options) {
  const Lang lang = options.lang;
  if (!db.HasTable("localities") || !db.HasTable("units")) {
    throw CheckError(std::string(
        Tr(lang, "cơ sở dữ liệu không có dữ liệu hoạt động (hãy nhập một bộ dữ liệu trước)",
           "the database holds no activity data (import a data set first)")));
  }
  book.sandbox().set_lang(lang);
  CheckResult result;
  result.as_of = options.as_of;

  // 1. Localities and their packs, all resolved before anything runs.
  std::vector<std::unique_ptr<LocalityRun>> runs;
  {
    Statement s = db.Prepare(
        "SELECT code, name, level, COALESCE(parent_code, ''), COALESCE(pack, '') FROM localities "
        "ORDER BY code");
    while (s.Step()) {
      const std::string code(s.Text(0));
      const std::string level(s.Text(2));
      const std::string parent(s.Text(3));
      std::string pack = options.pack.empty() ? std::string(s.Text(4)) : options.pack;
      if (!options.localities.empty() && !options.localities.count(code)) continue;
      if (!options.provinces.empty() && !options.provinces.count(parent)) continue;
      if (level == "province") continue;
      if (pack.empty()) {
        throw CheckError(
            Format(Tr(lang,
                      "địa bàn {0} ({1}) không ghi bộ quy tắc: điền cột localities.pack hoặc "
                      "dùng --pack",
                      "locality {0} ({1}) names no pack: fill localities.pack or pass --pack"),
                   {code, s.Text(1)}));
      }
      auto run = std::make_unique<LocalityRun>();
      run->context.code = code;
      run->context.name = s.Text(1);
      run->context.level = level;
      run->context.parent_code = parent;
      run->context.as_of = options.as_of;
      run->context.lang = options.lang;
      run->result.pack = pack;
      runs.push_back(std::move(run));
    }
  }
  if (runs.empty()) {
    throw CheckError(std::string(Tr(lang, "không địa bàn nào của bộ dữ liệu khớp với bộ lọc",
                                    "no locality of the data set matches the selection")));
  }
  LoadResult loaded;
  for (auto& run : runs) {
    run->context.pack = book.Resolve(run->result.pack, &loaded);
  }
  if (!loaded.successful()) {
    throw CheckError(
        std::string(Tr(lang, "không nạp được các bộ quy tắc:\n", "the rule packs do not load:\n")) +
        loaded.AsString(lang));
  }

  StringMap<LocalityRun*> by_code;
  for (auto& run : runs) by_code[run->context.code] = run.get();
  {
    Statement s =
        db.Prepare("SELECT unit_id, name, role, locality_code FROM units ORDER BY unit_id");
    while (s.Step()) {
      auto it = by_code.find(s.Text(3));
      if (it == by_code.end()) continue;
      it->second->context.units.push_back({std::string(s.Text(0)), std::string(s.Text(1)),
                                           std::string(s.Text(2)), std::string(s.Text(3))});
    }
  }
  if (db.HasTable("baselines")) {
    StringMap<LocalityRun*> by_scope;
    for (auto& run : runs) {
      by_scope[run->context.code] = run.get();
      for (const UnitInfo& unit : run->context.units) by_scope[unit.id] = run.get();
    }
    Statement s = db.Prepare("SELECT scope, metric, year, value FROM baselines");
    while (s.Step()) {
      auto it = by_scope.find(s.Text(0));
      if (it == by_scope.end()) continue;
      it->second->context
          .baselines[{std::string(s.Text(0)), std::string(s.Text(1)), static_cast<int>(s.Int(2))}] =
          s.Int(3);
    }
  }

  // 2. One evaluator per enabled rule and locality.
  bool needed[kTableCount] = {};
  Date earliest = options.as_of;
  for (auto& run : runs) {
    LocalityContext& ctx = run->context;
    for (const ResolvedRule& rule : ctx.pack->rules) {
      if (!rule.Bool("enabled") || !RuleSelected(options.rules, rule.id)) continue;
      if (rule.kind == "custom") {
        run->custom_rules.push_back(&rule);
        continue;
      }
      auto evaluator = MakeEvaluator(ctx, rule);
      if (!evaluator) continue;
      const int table = static_cast<int>(evaluator->table());
      needed[table] = true;
      run->by_table[table].push_back(evaluator.get());
      run->evaluators.push_back(std::move(evaluator));
    }
    Date first = ctx.pack->effective;
    for (const ResolvedRule& rule : ctx.pack->rules) {
      if (rule.Has("effective")) first = std::min(first, *Date::ParseIso(rule.String("effective")));
    }
    earliest = std::min(earliest, Date::FromCivil(first.year() - 1, 1, 1));
  }

  // 3. Each table once.
  const std::string only = runs.size() == 1 ? runs[0]->context.code : "";
  Scanner scanner(db, by_code, earliest, options.as_of, only);
  static constexpr const char* kTableNames[kTableCount] = {
      "meetings", "documents", "dossiers", "reports", "tasks", "feedback", "schedules"};
  for (int table = 0; table < kTableCount; ++table) {
    if (!needed[table]) continue;
    if (options.progress) options.progress(std::string("scan ") + kTableNames[table]);
    scanner.Scan(static_cast<TableId>(table));
  }

  // 4. Decide.
  std::vector<Finding> all;
  for (auto& run : runs) {
    if (options.progress) options.progress("decide " + run->context.code);
    for (auto& evaluator : run->evaluators) {
      Emitter emitter(run->context, evaluator->rule(), &all);
      evaluator->Finish(emitter);
    }
    for (const ResolvedRule* rule : run->custom_rules) {
      std::string error;
      if (!RunCustomRule(book.sandbox(), db, run->context, *rule, &all, &error)) {
        result.errors.push_back(
            {"", 0, run->context.pack->id, rule->id,
             Format(Tr(lang, "lỗi khi chạy cho địa bàn {0}: {1}", "failed in locality {0}: {1}"),
                    {run->context.code, error})});
      }
    }
  }

  // 5. Filter, sort, count.
  std::map<std::string, const ResolvedPack*> pack_of;
  for (auto& run : runs) pack_of[run->context.code] = run->context.pack;
  for (Finding& f : all) {
    if (!options.units.empty() && (!f.unit || !options.units.count(*f.unit))) continue;
    const ResolvedRule* rule = pack_of[f.locality]->FindRule(f.rule);
    if (rule != nullptr && IsKpiKind(rule->kind)) result.kpis.push_back(f);
    if (f.severity == Severity::kPass ? !options.include_passes
                                      : f.severity < options.min_severity) {
      continue;
    }
    result.findings.push_back(std::move(f));
  }
  std::sort(result.findings.begin(), result.findings.end(), FindingLess);
  std::sort(result.kpis.begin(), result.kpis.end(), FindingLess);
  for (auto& run : runs) {
    LocalityResult& r = run->result;
    r.code = run->context.code;
    r.name = run->context.name;
    r.level = run->context.level;
    r.parent_code = run->context.parent_code;
    r.pack_hash = run->context.pack->content_hash;
    r.effective = run->context.pack->effective;
    r.manual = run->context.pack->manual;
    for (Severity s : {Severity::kViolation, Severity::kWarning, Severity::kInfo}) r.counts[s] = 0;
  }
  for (Severity s : {Severity::kViolation, Severity::kWarning, Severity::kInfo})
    result.summary[s] = 0;
  for (const Finding& f : result.findings) {
    if (f.severity == Severity::kPass) continue;
    ++result.summary[f.severity];
    ++by_code[f.locality]->result.counts[f.severity];
  }
  for (auto& run : runs) result.localities.push_back(std::move(run->result));
  return result;
}

}  // namespace tuanthu
