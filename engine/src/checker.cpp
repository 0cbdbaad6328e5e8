// RunCheck: selects localities, resolves their packs, builds one evaluator per rule and
// locality, scans each activity table once and hands every row to the rules that read it.
#include <algorithm>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
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

constexpr int kTableCount = kActivityTableCount;
static_assert(static_cast<int>(TableId::kSchedules) == static_cast<int>(ActivityTable::kSchedules));

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

// Hands each record the store yields to the rules of its locality that read its table.
class Scanner : public RecordVisitor {
 public:
  Scanner(StringMap<LocalityRun*>& runs, Date as_of) : runs_(runs), as_of_(as_of) {
    for (auto& [code, run] : runs_) {
      for (UnitInfo& unit : run->context.units) units_[unit.id] = &unit;
    }
  }

  void OnMeeting(const StoredMeeting& r) override {
    const auto* rules = Rules(r.locality, TableId::kMeetings);
    const UnitInfo* unit = Unit(r.unit_id);
    if (rules == nullptr || unit == nullptr) return;
    MeetingRow row{r.id,
                   unit,
                   r.role,
                   r.category,
                   r.kind,
                   r.start,
                   r.duration_days,
                   r.format,
                   r.paperless,
                   r.organizer_level,
                   r.attended,
                   r.materials_sent,
                   r.total_minutes,
                   r.discussion_minutes};
    for (RuleEvaluator* rule : *rules) rule->OnMeeting(row);
  }

  void OnDocument(const StoredDocument& r) override {
    const auto* rules = Rules(r.locality, TableId::kDocuments);
    const UnitInfo* unit = Unit(r.unit_id);
    if (rules == nullptr || unit == nullptr) return;
    DocumentRow row{r.id,   unit,         r.direction, r.doc_class, r.doc_type,
                    r.date, r.electronic, r.secret,    r.digitized, r.subject};
    for (RuleEvaluator* rule : *rules) rule->OnDocument(row);
  }

  void OnDossier(const StoredDossier& r) override {
    const auto* rules = Rules(r.locality, TableId::kDossiers);
    const UnitInfo* unit = Unit(r.unit_id);
    if (rules == nullptr || unit == nullptr) return;
    DossierRow row{r.id,
                   unit,
                   r.internal,
                   r.received,
                   r.due,
                   UpTo(r.resolved, as_of_),
                   r.digital_processing,
                   r.online_full,
                   r.digitized,
                   r.result_digitized,
                   r.satisfaction};
    for (RuleEvaluator* rule : *rules) rule->OnDossier(row);
  }

  void OnReport(const StoredReport& r) override {
    const auto* rules = Rules(r.locality, TableId::kReports);
    const UnitInfo* unit = Unit(r.unit_id);
    if (rules == nullptr || unit == nullptr) return;
    ReportRow row{r.id, unit, r.subject, r.period, r.submitted, r.form};
    for (RuleEvaluator* rule : *rules) rule->OnReport(row);
  }

  // Tasks carry no date of their own: all are read; completions after the as-of date are not
  // yet made.
  void OnTask(const StoredTask& r) override {
    const auto* rules = Rules(r.locality, TableId::kTasks);
    if (rules == nullptr) return;
    const std::string_view lead = r.lead_unit_ids;
    const UnitInfo* lead_unit =
        lead.empty() || lead.find(';') != std::string_view::npos ? nullptr : Unit(lead);
    TaskRow row{r.id,         r.subject, r.ref,
                r.title,      lead,      r.responsible_person,
                r.product,    r.due,     UpTo(r.completed, as_of_),
                r.electronic, lead_unit};
    for (RuleEvaluator* rule : *rules) rule->OnTask(row);
  }

  void OnFeedback(const StoredFeedback& r) override {
    const auto* rules = Rules(r.locality, TableId::kFeedback);
    const UnitInfo* unit = Unit(r.unit_id);
    if (rules == nullptr || unit == nullptr) return;
    FeedbackRow row{r.id, unit, r.received, r.due, UpTo(r.answered, as_of_)};
    for (RuleEvaluator* rule : *rules) rule->OnFeedback(row);
  }

  void OnSchedule(const StoredSchedule& r) override {
    const auto* rules = Rules(r.locality, TableId::kSchedules);
    if (rules == nullptr) return;
    ScheduleRow row{r.week_start, r.published};
    for (RuleEvaluator* rule : *rules) rule->OnSchedule(row);
  }

 private:
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

  StringMap<LocalityRun*>& runs_;
  StringMap<const UnitInfo*> units_;
  Date as_of_;
};

// Consecutive localities evaluated together: one scan of each table they need, through the
// store's locality index.
struct LocalityBatch {
  std::vector<LocalityRun*> runs;
  std::vector<std::vector<Finding>> findings;  // per run: the built-in rules' findings
  bool done = false;
  std::exception_ptr error;
};

int ThreadCount(const CheckOptions& options) {
  if (options.threads > 0) return options.threads;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

std::vector<LocalityBatch> Batches(std::vector<std::unique_ptr<LocalityRun>>& runs,
                                   const CheckOptions& options) {
  // Small enough to keep every worker busy and memory bounded, large enough that a batch's
  // scans amortise their statements.
  const size_t workers = static_cast<size_t>(ThreadCount(options));
  const size_t size = std::clamp<size_t>(runs.size() / (workers * 8), 1, 16);
  std::vector<LocalityBatch> batches;
  for (size_t i = 0; i < runs.size(); i += size) {
    LocalityBatch batch;
    for (size_t j = i; j < std::min(runs.size(), i + size); ++j)
      batch.runs.push_back(runs[j].get());
    batches.push_back(std::move(batch));
  }
  return batches;
}

// Runs the built-in rules of one batch against `store`; their findings go to batch->findings.
void EvaluateBatch(ActivityStore& store, LocalityBatch* batch, const CheckOptions& options,
                   Date earliest) {
  StringMap<LocalityRun*> by_code;
  bool needed[kTableCount] = {};
  std::vector<std::string> codes;
  for (LocalityRun* run : batch->runs) {
    LocalityContext& ctx = run->context;
    by_code[ctx.code] = run;
    codes.push_back(ctx.code);
    for (const ResolvedRule& rule : ctx.pack->rules) {
      if (!rule.Bool("enabled") || !RuleSelected(options.rules, rule.id)) continue;
      if (rule.kind == "custom") continue;
      auto evaluator = MakeEvaluator(ctx, rule);
      if (!evaluator) continue;
      const int table = static_cast<int>(evaluator->table());
      needed[table] = true;
      run->by_table[table].push_back(evaluator.get());
      run->evaluators.push_back(std::move(evaluator));
    }
  }
  Scanner scanner(by_code, options.as_of);
  for (int table = 0; table < kTableCount; ++table) {
    if (!needed[table]) continue;
    ScanRequest request;
    request.table = static_cast<ActivityTable>(table);
    request.localities = codes;
    request.from = earliest;
    request.to = options.as_of;
    store.Scan(request, scanner);
  }
  batch->findings.resize(batch->runs.size());
  for (size_t i = 0; i < batch->runs.size(); ++i) {
    LocalityRun* run = batch->runs[i];
    for (auto& evaluator : run->evaluators) {
      Emitter emitter(run->context, evaluator->rule(), &batch->findings[i]);
      evaluator->Finish(emitter);
    }
    for (auto& list : run->by_table) list.clear();
    run->evaluators.clear();
  }
}

// Evaluates the batches on up to options.threads workers, each with its own reader of the
// store, and hands them to `decide` in order on this thread. Workers run at most a few batches
// ahead of `decide`, so memory stays bounded whatever the number of localities.
void RunBatches(ActivityStore& store, std::vector<LocalityBatch>& batches,
                const CheckOptions& options, Date earliest,
                const std::function<void(LocalityBatch&)>& decide) {
  const size_t wanted = std::min(static_cast<size_t>(ThreadCount(options)), batches.size());
  std::vector<std::unique_ptr<ActivityStore>> readers;
  for (size_t i = 0; wanted > 1 && i < wanted; ++i) {
    auto reader = store.OpenAnotherReader();
    if (!reader) break;
    readers.push_back(std::move(reader));
  }
  if (readers.size() < 2) {
    for (LocalityBatch& batch : batches) {
      EvaluateBatch(store, &batch, options, earliest);
      decide(batch);
    }
    return;
  }

  const size_t window = readers.size() * 2 + 2;
  std::mutex mutex;
  std::condition_variable changed;
  size_t next = 0;     // the next batch a worker takes
  size_t decided = 0;  // batches handed to `decide`
  bool stop = false;
  auto work = [&](ActivityStore* reader) {
    for (;;) {
      size_t index;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock,
                     [&] { return stop || next >= batches.size() || next < decided + window; });
        if (stop || next >= batches.size()) return;
        index = next++;
      }
      LocalityBatch& batch = batches[index];
      try {
        EvaluateBatch(*reader, &batch, options, earliest);
      } catch (...) {
        batch.error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex);
        batch.done = true;
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> workers;
  struct Joiner {
    std::vector<std::thread>& threads;
    std::mutex& mutex;
    std::condition_variable& changed;
    bool& stop;
    ~Joiner() {
      {
        std::lock_guard lock(mutex);
        stop = true;
      }
      changed.notify_all();
      for (std::thread& t : threads) t.join();
    }
  } joiner{workers, mutex, changed, stop};
  for (auto& reader : readers) workers.emplace_back(work, reader.get());
  for (size_t i = 0; i < batches.size(); ++i) {
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return batches[i].done; });
    }
    if (batches[i].error) std::rethrow_exception(batches[i].error);
    decide(batches[i]);
    {
      std::lock_guard lock(mutex);
      decided = i + 1;
    }
    changed.notify_all();
  }
}

bool IsKpiKind(const std::string& kind) {
  return kind.find("_share") != std::string::npos || kind.find("reduction") != std::string::npos ||
         kind == "documents.electronic_exchange" || kind == "dossiers.result_digitized" ||
         kind == "dossiers.internal_digitized" || kind == "dossiers.satisfaction" ||
         kind == "meetings.online_attendance" || kind == "tasks.electronic" ||
         kind == "reports.electronic";
}

}  // namespace

void CollectingSink::Begin(Date as_of, const std::vector<LocalityResult>&) {
  result_.as_of = as_of;
}

void CollectingSink::Locality(LocalityOutcome& outcome) {
  result_.localities.push_back(*outcome.locality);
  for (Finding& f : outcome.findings) result_.findings.push_back(std::move(f));
  for (Finding& f : outcome.kpis) result_.kpis.push_back(std::move(f));
}

void CollectingSink::End(const CheckSummary& summary) {
  result_.summary = summary.summary;
  result_.errors = summary.errors;
}

void Replay(const CheckResult& result, CheckSink& sink) {
  // Findings are sorted by locality first: each locality's findings are one run.
  auto runs = [](const std::vector<Finding>& all) {
    std::unordered_map<std::string, std::pair<size_t, size_t>> index;
    for (size_t i = 0; i < all.size();) {
      size_t j = i;
      while (j < all.size() && all[j].locality == all[i].locality) ++j;
      index[all[i].locality] = {i, j};
      i = j;
    }
    return index;
  };
  const auto findings = runs(result.findings);
  const auto kpis = runs(result.kpis);
  sink.Begin(result.as_of, result.localities);
  for (const LocalityResult& locality : result.localities) {
    LocalityOutcome outcome;
    outcome.locality = &locality;
    if (auto it = findings.find(locality.code); it != findings.end()) {
      outcome.findings.assign(result.findings.begin() + it->second.first,
                              result.findings.begin() + it->second.second);
    }
    if (auto it = kpis.find(locality.code); it != kpis.end()) {
      outcome.kpis.assign(result.kpis.begin() + it->second.first,
                          result.kpis.begin() + it->second.second);
    }
    sink.Locality(outcome);
  }
  CheckSummary summary;
  summary.as_of = result.as_of;
  summary.summary = result.summary;
  summary.errors = result.errors;
  summary.localities = result.localities.size();
  sink.End(summary);
}

CheckResult RunCheck(Database& db, RuleBook& book, const CheckOptions& options) {
  SqliteActivityStore store(db);
  return RunCheck(store, book, options);
}

CheckResult RunCheck(ActivityStore& store, RuleBook& book, const CheckOptions& options) {
  CollectingSink sink;
  RunCheck(store, book, options, sink);
  return std::move(sink.result());
}

CheckSummary RunCheck(Database& db, RuleBook& book, const CheckOptions& options, CheckSink& sink) {
  SqliteActivityStore store(db);
  return RunCheck(store, book, options, sink);
}

CheckSummary RunCheck(ActivityStore& store, RuleBook& book, const CheckOptions& options,
                      CheckSink& sink) {
  const Lang lang = options.lang;
  if (!store.HasActivityData()) {
    throw CheckError(std::string(
        Tr(lang, "cơ sở dữ liệu không có dữ liệu hoạt động (hãy nhập một bộ dữ liệu trước)",
           "the database holds no activity data (import a data set first)")));
  }
  book.sandbox().set_lang(lang);
  CheckSummary summary;
  summary.as_of = options.as_of;

  // 1. Localities and their packs, all resolved before anything runs.
  std::vector<std::unique_ptr<LocalityRun>> runs;
  {
    store.ForEachLocality([&](const StoredLocality& s) {
      const std::string code(s.code);
      const std::string level(s.level);
      const std::string parent(s.parent_code);
      std::string pack = options.pack.empty() ? std::string(s.pack) : options.pack;
      if (!options.localities.empty() && !options.localities.count(code)) return;
      if (!options.provinces.empty() && !options.provinces.count(parent)) return;
      if (level == "province") return;
      if (pack.empty()) {
        throw CheckError(
            Format(Tr(lang,
                      "địa bàn {0} ({1}) không ghi bộ quy tắc: điền cột localities.pack hoặc "
                      "dùng --pack",
                      "locality {0} ({1}) names no pack: fill localities.pack or pass --pack"),
                   {code, std::string(s.name)}));
      }
      auto run = std::make_unique<LocalityRun>();
      run->context.code = code;
      run->context.name = s.name;
      run->context.level = level;
      run->context.parent_code = parent;
      run->context.as_of = options.as_of;
      run->context.lang = options.lang;
      run->result.pack = pack;
      runs.push_back(std::move(run));
    });
  }
  // The sink receives the localities in code order, the order of FindingLess: each locality's
  // sorted findings are then a run of the sorted findings of the whole check. (The stores list
  // them so already; this keeps the promise for any store.)
  std::stable_sort(runs.begin(), runs.end(),
                   [](const auto& a, const auto& b) { return a->context.code < b->context.code; });
  // Named localities' units are read through the store's locality index.
  const bool filtered = !options.localities.empty() || !options.provinces.empty();
  std::vector<std::string> selected;
  if (filtered) {
    for (auto& run : runs) selected.push_back(run->context.code);
  }
  if (runs.empty()) {
    throw CheckError(std::string(Tr(lang, "không địa bàn nào của bộ dữ liệu khớp với bộ lọc",
                                    "no locality of the data set matches the selection")));
  }
  LoadResult loaded;
  // Each pack once: a pack that does not load is reported once, not once per locality.
  std::map<std::string, const ResolvedPack*, std::less<>> packs;
  for (auto& run : runs) {
    auto [it, added] = packs.try_emplace(run->result.pack, nullptr);
    if (added) it->second = book.Resolve(run->result.pack, &loaded);
    run->context.pack = it->second;
  }
  if (!loaded.successful()) {
    throw CheckError(
        std::string(Tr(lang, "không nạp được các bộ quy tắc:\n", "the rule packs do not load:\n")) +
        loaded.AsString(lang));
  }

  StringMap<LocalityRun*> by_code;
  for (auto& run : runs) by_code[run->context.code] = run.get();
  store.ForEachUnit(selected, [&](const StoredUnit& s) {
    auto it = by_code.find(s.locality);
    if (it == by_code.end()) return;
    it->second->context.units.push_back(
        {std::string(s.id), std::string(s.name), std::string(s.role), std::string(s.locality)});
  });
  {
    StringMap<LocalityRun*> by_scope;
    std::vector<std::string> scopes;  // only when some localities were asked for
    for (auto& run : runs) {
      by_scope[run->context.code] = run.get();
      if (!selected.empty()) scopes.push_back(run->context.code);
      for (const UnitInfo& unit : run->context.units) {
        by_scope[unit.id] = run.get();
        if (!selected.empty()) scopes.push_back(unit.id);
      }
    }
    store.ForEachBaseline(scopes, [&](const StoredBaseline& s) {
      auto it = by_scope.find(s.scope);
      if (it == by_scope.end()) return;
      it->second->context.baselines[{std::string(s.scope), std::string(s.metric), s.year}] =
          s.value;
    });
  }

  // 2. The rules each locality runs, and the earliest day any of them reads.
  Date earliest = options.as_of;
  for (auto& run : runs) {
    LocalityContext& ctx = run->context;
    for (const ResolvedRule& rule : ctx.pack->rules) {
      if (rule.kind == "custom" && rule.Bool("enabled") && RuleSelected(options.rules, rule.id)) {
        run->custom_rules.push_back(&rule);
      }
    }
    Date first = ctx.pack->effective;
    for (const ResolvedRule& rule : ctx.pack->rules) {
      if (rule.Has("effective")) first = std::min(first, *Date::ParseIso(rule.String("effective")));
    }
    earliest = std::min(earliest, Date::FromCivil(first.year() - 1, 1, 1));
  }

  // What the sink is told before the first locality: every locality, its counts still zero.
  std::vector<LocalityResult> localities;
  localities.reserve(runs.size());
  for (auto& run : runs) {
    LocalityResult r = std::move(run->result);
    r.code = run->context.code;
    r.name = run->context.name;
    r.level = run->context.level;
    r.parent_code = run->context.parent_code;
    r.pack_hash = run->context.pack->content_hash;
    r.effective = run->context.pack->effective;
    r.manual = run->context.pack->manual;
    for (Severity s : {Severity::kViolation, Severity::kWarning, Severity::kInfo}) r.counts[s] = 0;
    localities.push_back(std::move(r));
  }
  for (Severity s : {Severity::kViolation, Severity::kWarning, Severity::kInfo})
    summary.summary[s] = 0;
  summary.localities = localities.size();
  StringMap<size_t> index_of;
  for (size_t i = 0; i < runs.size(); ++i) index_of[runs[i]->context.code] = i;
  sink.Begin(options.as_of, localities);

  // 3. Built-in rules, a batch of localities at a time, on every worker; custom rules (Lua,
  // one sandbox), the filters, the order and the sink on this thread, locality after locality.
  std::vector<LocalityBatch> batches = Batches(runs, options);
  auto decide = [&](LocalityBatch& batch) {
    for (size_t i = 0; i < batch.runs.size(); ++i) {
      LocalityRun* run = batch.runs[i];
      if (options.progress) options.progress("decide " + run->context.code);
      std::vector<Finding> all = std::move(batch.findings[i]);
      for (const ResolvedRule* rule : run->custom_rules) {
        std::string error;
        if (!RunCustomRule(book.sandbox(), store, run->context, *rule, &all, &error)) {
          summary.errors.push_back(
              {"", 0, run->context.pack->id, rule->id,
               Format(Tr(lang, "lỗi khi chạy cho địa bàn {0}: {1}", "failed in locality {0}: {1}"),
                      {run->context.code, error})});
        }
      }
      LocalityResult& result = localities[index_of[run->context.code]];
      LocalityOutcome outcome;
      outcome.locality = &result;
      for (Finding& f : all) {
        if (!options.units.empty() && (!f.unit || !options.units.count(*f.unit))) continue;
        const ResolvedRule* rule = run->context.pack->FindRule(f.rule);
        if (rule != nullptr && IsKpiKind(rule->kind)) outcome.kpis.push_back(f);
        if (f.severity == Severity::kPass ? !options.include_passes
                                          : f.severity < options.min_severity) {
          continue;
        }
        outcome.findings.push_back(std::move(f));
      }
      all.clear();
      all.shrink_to_fit();
      // Stable: findings equal under FindingLess keep the order their rules gave them, so the
      // order never depends on how localities were batched.
      std::stable_sort(outcome.findings.begin(), outcome.findings.end(), FindingLess);
      std::stable_sort(outcome.kpis.begin(), outcome.kpis.end(), FindingLess);
      for (const Finding& f : outcome.findings) {
        if (f.severity == Severity::kPass) continue;
        ++summary.summary[f.severity];
        ++result.counts[f.severity];
      }
      sink.Locality(outcome);
      // Decided: what only its evaluation needed goes.
      run->context.units = {};
      run->context.baselines = {};
    }
    batch.findings.clear();
    batch.findings.shrink_to_fit();
  };
  RunBatches(store, batches, options, earliest, decide);
  sink.End(summary);
  return summary;
}

}  // namespace tuanthu
