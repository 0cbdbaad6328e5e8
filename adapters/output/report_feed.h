// The per-locality feed the report writers consume: one locality's result (its findings and KPI
// outcomes) at a time, then Finish. A writer keeps only what it must remember across localities
// (rollup counters, rankings, one summary row per locality), so a national sweep is written
// in bounded memory whatever produces the localities.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "output/report_model.h"
#include "tuanthu/engine.h"

namespace tuanthu::report {

// One locality's share of a check's result, in the result's order (FindingLess).
struct LocalityFeed {
  const LocalityResult* locality = nullptr;
  std::vector<const Finding*> findings;  // every finding of the locality, passes included
  std::vector<const Finding*> kpis;      // every KPI outcome (every unit and period)
};

// The view the pages and sheets are drawn from (see LocalityView).
LocalityView ViewOf(const LocalityFeed& feed);

// A place of the localities table: what the rollups name their levels with.
struct Place {
  std::string name;
  std::string level;
  std::string parent_code;
};

// What a previous recorded run found, per locality, for the trend (see History).
struct PreviousRun {
  int64_t id = 0;
  Date as_of;
  std::string scope;
  std::set<std::string> localities;                           // the localities that run covered
  std::map<std::string, std::map<Severity, int64_t>> counts;  // by locality code
  // The KPI outcomes that run recorded, as its report showed them: by locality code, then by
  // rule, the locality-wide outcome of the latest period. kpis_recorded is false for a run
  // recorded before the history kept KPI outcomes (there is then no KPI trend).
  bool kpis_recorded = false;
  std::map<std::string, std::map<std::string, Severity>> kpis;
};

// What a report needs besides the localities: known before the first one arrives.
struct ReportContext {
  Date as_of;
  Lang lang = Lang::kVi;
  bool show_manual = true;
  std::map<std::string, Place> places;  // every locality of the store, by code (may be empty)
  std::optional<PreviousRun> previous;
};

class LocalitySink {
 public:
  virtual ~LocalitySink() = default;
  // One locality; the pointers are valid for the duration of the call only.
  virtual void Add(const LocalityFeed& feed) = 0;
  // After the last locality: the rules that failed to run. Returns false (and says why in
  // *error) when the report could not be written.
  virtual bool Finish(const std::vector<Diagnostic>& errors, std::string* error) = 0;
};

// Feeds `result` to `sink` locality by locality (in result.localities order), then finishes.
bool FeedResult(const CheckResult& result, LocalitySink& sink, std::string* error);

}  // namespace tuanthu::report
