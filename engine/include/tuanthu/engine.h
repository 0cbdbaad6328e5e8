// The engine's public face: load and resolve rule packs, run a check over the store.
//
//   RuleBook book({"/srv/tinh/rules"});  // these folders, then DefaultRulesFolders()
//   LoadResult loaded;
//   const ResolvedPack* pack = book.Resolve("vn/lai-chau/si-lo-lau", &loaded);
//   CheckResult result = RunCheck(db, book, options);       // everything at once, or
//   RunCheck(db, book, options, sink);                      // locality by locality (CheckSink)
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tuanthu/activity_store.h"
#include "tuanthu/date.h"
#include "tuanthu/finding.h"
#include "tuanthu/lang.h"
#include "tuanthu/store.h"

namespace tuanthu {

class LuaSandbox;

// Limits on untrusted pack code, applied to each pack load and each custom rule call.
struct SandboxLimits {
  // Lua VM instructions one pack load or one rule call may execute, work done inside the
  // library's C functions (pattern matching, sorting, building strings) included. Default: 20
  // million.
  int64_t instructions = 20'000'000;
  // Wall-clock time one pack load or one rule call may take, in milliseconds; the operator sets
  // it (tuanthu --rule-timeout, TUANTHU_RULE_TIMEOUT), never a pack. Default: 5 seconds.
  int64_t time_limit_ms = 5000;
  // Findings one custom rule call may report. Default: 10,000.
  size_t max_findings = 10000;
  // Bytes one pack load or one rule call may allocate beyond what the state held before it.
  // Default: 64 MiB.
  size_t memory_bytes = 64u << 20;
};

// A problem found while loading packs or running rules, with where it is.
struct Diagnostic {
  std::string file;  // pack file, empty when unknown
  int line = 0;
  std::string pack;
  std::string rule;  // empty when the problem is not about one rule
  std::string message;

  std::string AsString(Lang lang = Lang::kEn) const;
};

// Falco's load_result: loading returns this rather than throwing.
struct LoadResult {
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;

  bool successful() const { return errors.empty(); }
  std::string AsString(Lang lang = Lang::kEn) const;
};

// A parameter's value and the pack that supplied it ("catalog" for the built-in default).
struct ParamValue {
  nlohmann::json value;
  std::string source;
};

struct ResolvedRule {
  std::string id;
  std::string kind;                          // the built-in primitive, or "custom"
  std::string declared_in;                   // the pack that first declared it
  std::map<std::string, ParamValue> params;  // every parameter of the kind, clause included
  int custom_function = -2;                  // LUA_NOREF unless kind == "custom"

  const nlohmann::json& Param(const std::string& name) const;
  double Number(const std::string& name) const;
  bool Bool(const std::string& name) const;
  std::string String(const std::string& name) const;
  std::vector<std::string> Strings(const std::string& name) const;
  bool Has(const std::string& name) const;  // present and not null
};

struct ManualItem {
  std::string id;
  std::string text;
  std::string clause;
  std::string pack;
};

// What a pack file says about itself.
struct PackInfo {
  std::string id;        // vn/lai-chau/si-lo-lau
  std::string parent;    // empty for the root
  std::string path;      // the pack.lua it was read from
  std::string folder;    // the search folder it was found in (empty for an inline pack)
  std::string title;     // the plan: "Kế hoạch số .../KH-UBND ngày ..."
  std::string locality;  // "Xã Sì Lở Lầu"
  std::string source;    // the seed file or document the pack encodes
  std::optional<Date> effective;
  std::string effective_note;  // why the date is what it is, when the text leaves it blank
  std::optional<int> warning_days;
};

struct ResolvedPack {
  std::string id;
  std::vector<PackInfo> chain;  // root first, this pack last
  Date effective;
  std::string effective_source;
  int warning_days = 7;
  std::string warning_days_source;
  std::vector<ResolvedRule> rules;  // sorted by id
  std::vector<ManualItem> manual;
  std::string content_hash;  // of every file in the chain, hex

  const ResolvedRule* FindRule(const std::string& rule_id) const;
};

// Loads pack files from search paths (each a folder holding `<pack id>/pack.lua`) into one
// sandbox, resolves inheritance, and caches the result. Not thread-safe.
class RuleBook {
 public:
  // `search_paths` are tried in order; DefaultRulesFolders() are appended unless
  // `include_shipped` is false.
  explicit RuleBook(std::vector<std::string> search_paths = {}, bool include_shipped = true);
  RuleBook(std::vector<std::string> search_paths, bool include_shipped,
           const SandboxLimits& limits);
  ~RuleBook();
  RuleBook(const RuleBook&) = delete;
  RuleBook& operator=(const RuleBook&) = delete;

  // Resolves `id` and its ancestors. Returns nullptr (errors in *result) when any pack in the
  // chain cannot be read, breaks the sandbox's limits, or overrides what does not exist.
  const ResolvedPack* Resolve(const std::string& id, LoadResult* result);
  // Loads a pack from source text as if it were the file `path` with id `id` (tests, tools).
  void AddInlinePack(const std::string& id, const std::string& source,
                     const std::string& path = "");
  // Every pack found under the search paths, sorted by id. Loading errors go to *result.
  std::vector<PackInfo> List(LoadResult* result);
  const std::vector<std::string>& search_paths() const { return search_paths_; }
  // The language of the loading errors and of the rule errors. Default: English (the command
  // line sets Vietnamese unless --lang en).
  void set_lang(Lang lang);
  LuaSandbox& sandbox();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::vector<std::string> search_paths_;
};

// Where packs are looked for after the --rules folders, first match wins:
//   1. each folder of $TUANTHU_RULES (':'-separated),
//   2. the system folder, /etc/tuanthu/rules, for a locality's or province's own packs,
//   3. the packs installed beside the binary, <prefix>/share/tuanthu/rules, found from the
//      executable's own path so a relocated install still finds them,
//   4. only when the binary runs from a build tree: the source tree's rules/ folder, named by the
//      marker file the build writes next to the binary (an installed binary has none).
// Folders 2-4 are listed only if they exist; a folder reached twice is listed once.
struct RulesFolder {
  std::string path;
  std::string origin;  // "TUANTHU_RULES", "system", "installed", "build tree" (or "--rules")
};
std::vector<RulesFolder> DefaultRulesFolders();

// DefaultRulesFolders() from explicit inputs, so the order can be tested without touching /etc.
struct RulesLocations {
  std::string env;            // the value of $TUANTHU_RULES
  std::string system_folder;  // /etc/tuanthu/rules
  std::string installed;      // <prefix>/share/tuanthu/rules of this executable
  std::string build_tree;     // the source rules/ folder, when running from a build tree
};
std::vector<RulesFolder> RulesFoldersFrom(const RulesLocations& locations);

// The paths of DefaultRulesFolders(), in order.
std::vector<std::string> DefaultRulesDirs();

// The first default folder: where `tuanthu rules ...` finds the shipped packs when nothing else
// is configured. Empty if there is none.
std::string ShippedRulesDir();

struct CheckOptions {
  Date as_of;
  // Check every selected locality with this pack; empty: each with its `localities.pack`.
  std::string pack;
  Lang lang = Lang::kVi;
  // Filters; empty sets select everything.
  std::set<std::string> localities;  // locality codes
  std::set<std::string> provinces;   // parent codes
  std::set<std::string> units;
  std::set<std::string> rules;  // rule ids or prefixes ending in '.' ("meetings.")
  Severity min_severity = Severity::kInfo;
  bool include_passes = false;  // keep the `pass` outcomes (KPIs) among the findings
  // Worker threads for the built-in rules; 0: one per core. The result does not depend on it.
  int threads = 0;
  // Called with a short description of each stage (for a progress line). Default: none.
  std::function<void(const std::string&)> progress;
};

struct LocalityResult {
  std::string code;
  std::string name;
  std::string level;
  std::string parent_code;
  std::string pack;
  std::string pack_hash;
  Date effective;
  std::vector<ManualItem> manual;
  std::map<Severity, int64_t> counts;  // findings by severity (after filters)
};

struct CheckResult {
  Date as_of;
  std::vector<Finding> findings;  // sorted by FindingLess
  std::vector<Finding> kpis;      // the pass/fail outcomes of share and reduction rules
  std::vector<LocalityResult> localities;
  std::vector<Diagnostic> errors;  // rules that failed to run; the others still ran
  std::map<Severity, int64_t> summary;
};

// What a streaming check says once every locality has been handed over.
struct CheckSummary {
  Date as_of;
  std::map<Severity, int64_t> summary;  // violation, warning, info over every locality
  std::vector<Diagnostic> errors;       // rules that failed to run; the others still ran
  size_t localities = 0;
};

// One locality of a streaming check, as CheckResult would hold it: its result (counts filled)
// and its findings and KPI outcomes, each sorted by FindingLess. A sink may move from them.
struct LocalityOutcome {
  const LocalityResult* locality = nullptr;
  std::vector<Finding> findings;
  std::vector<Finding> kpis;
};

// Receives a check locality by locality, in locality code order: the order, and so the
// concatenation, of CheckResult's sorted findings. Called on the thread that runs the check; a
// sink that throws stops the check (the exception reaches RunCheck's caller).
class CheckSink {
 public:
  virtual ~CheckSink() = default;
  // Before the first locality: every locality the check covers, in the order they will come.
  // Their counts are zero here and filled in as each locality is handed over; the vector lives
  // until RunCheck returns, so at End it holds every locality's final counts.
  virtual void Begin(Date /*as_of*/, const std::vector<LocalityResult>& /*localities*/) {}
  virtual void Locality(LocalityOutcome& outcome) = 0;
  // After the last locality.
  virtual void End(const CheckSummary& /*summary*/) {}
};

// Thrown for problems that stop a check before it starts: an unknown pack, no locality, packs
// that do not load. The message says what and where.
class CheckError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Runs every rule of every selected locality as of `options.as_of`, reading each activity table
// once, and hands the localities to `sink` as they are decided: workers evaluate batches of
// localities ahead of the sink (a few batches at most), so memory is bounded by that window and
// the localities' units, never by the number of findings. Reads the store only. Throws
// CheckError (before Begin) or StoreError. The same data and options give the same calls to the
// sink whatever options.threads is.
CheckSummary RunCheck(ActivityStore& store, RuleBook& book, const CheckOptions& options,
                      CheckSink& sink);
CheckSummary RunCheck(Database& db, RuleBook& book, const CheckOptions& options, CheckSink& sink);

// The whole result at once (a sink that keeps everything): for tests and small checks.
CheckResult RunCheck(ActivityStore& store, RuleBook& book, const CheckOptions& options);
// The same over a SQLite store.
CheckResult RunCheck(Database& db, RuleBook& book, const CheckOptions& options);

// Hands a collected result to `sink` as a streaming check would have (each locality with its
// findings and KPI outcomes, copied), so one writer serves both.
void Replay(const CheckResult& result, CheckSink& sink);

// The sink behind the collecting RunCheck: appends each locality to a CheckResult.
class CollectingSink : public CheckSink {
 public:
  void Begin(Date as_of, const std::vector<LocalityResult>& localities) override;
  void Locality(LocalityOutcome& outcome) override;
  void End(const CheckSummary& summary) override;
  CheckResult& result() { return result_; }

 private:
  CheckResult result_;
};

}  // namespace tuanthu

namespace tuanthu {

// One test a pack carries in its pack_test.lua: `test "name" { as_of=, data=, expect=, ... }`.
struct PackTest {
  std::string name;
  std::string file;
  int line = 0;
  nlohmann::json spec;  // every field of the test's table
};

// Reads a pack_test.lua in the sandbox (same limits as packs). The table that `testing.lua`
// (the first on the search paths) returns is the test file's global `fixtures`. Errors go to
// *result.
std::vector<PackTest> LoadPackTests(RuleBook& book, const std::string& path, LoadResult* result);

}  // namespace tuanthu
