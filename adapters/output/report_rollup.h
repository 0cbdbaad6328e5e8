// Rollups along localities.parent_code (country -> province -> commune), accumulated one
// locality at a time: counts of findings, the share of communes meeting each KPI, deadlines met
// / late / missing, the trend against a previous recorded run, each KPI's attainment bands and
// the communes furthest from each target. Nothing here decides an outcome; the severity the
// engine gave a KPI is what "met" means.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "output/report_feed.h"

namespace tuanthu::report {

// How far a commune got toward a KPI's target: 1 is the target exactly, above 1 beyond it.
// Shares (≥, >): observed / target. Reductions (≤ an allowance): allowance / count. Empty when
// there is nothing to compare (no figure, or no target).
std::optional<double> Attainment(const Finding& kpi);

// Attainment bands of the distribution charts, worst first; kMet is decided by the severity.
enum Band { kBelowHalf = 0, kHalf, kThreeQuarters, kNinety, kMetBand, kNoData, kBandCount };
Band BandOf(const Finding& kpi);
std::string BandLabel(Band band, Lang lang);
const char* BandClass(Band band);  // CSS and tests: "b0" .. "b3", "met", "none"

// A commune's locality-wide outcome of one KPI, as the rankings keep it.
struct RankedKpi {
  std::string code;
  std::string name;
  std::string province;
  double attainment = 0;
  Severity severity = Severity::kPass;
  Measure observed;
  Measure expected;
  std::string comparator;
  std::string period;
};

// The `capacity` communes furthest from a KPI's target (lowest attainment, ties by code).
class Ranking {
 public:
  explicit Ranking(size_t capacity = 20) : capacity_(capacity) {}
  void Offer(RankedKpi entry);
  // Worst first.
  std::vector<RankedKpi> Sorted() const;

 private:
  size_t capacity_;
  std::vector<RankedKpi> heap_;  // a max-heap on (attainment, code): the best of the kept on top
};

struct KpiTally {
  int measured = 0;  // communes with an outcome for the KPI
  int met = 0;       // of which pass
  std::array<int, kBandCount> bands{};
  Ranking worst;
  // Trend against the previous recorded run, over the communes with an outcome in both runs.
  int compared = 0;
  int met_then = 0;  // of those, meeting it in the previous run
  int met_now = 0;   // and now
};

// "+8,2" percentage points from `then` to `now` communes meeting a KPI out of `compared` (the
// engine's rounding of shares, toward zero); "" when nothing was compared.
std::string PointsText(int then, int now, int compared, Lang lang);

struct DeadlineTally {
  int met = 0, late = 0, missing = 0, due_soon = 0, pending = 0, not_applicable = 0;
  void Add(DeadlineState state);
  DeadlineTally& operator+=(const DeadlineTally& other);
};

// One level's totals: the country, a province, or a single commune.
struct Tally {
  int communes = 0;
  std::map<Severity, int64_t> counts;
  DeadlineTally deadlines;
  int kpis_met = 0, kpis_measured = 0;   // locality-wide outcomes, latest period
  std::map<std::string, KpiTally> kpis;  // by rule id
  // Trend: the communes that the previous run covered too, then and now.
  int compared = 0;
  std::map<Severity, int64_t> previous, now;

  int64_t Count(Severity severity) const;
  int64_t Previous(Severity severity) const;
  int64_t Now(Severity severity) const;
};

// A commune's summary row: what the province page and the overview sheets list.
struct CommuneRow {
  std::string code;
  std::string name;
  std::string level;
  std::string province;
  std::string pack;
  Tally tally;                        // the commune alone (its KPI tallies hold no rankings)
  std::map<std::string, Band> bands;  // by rule
};

// A KPI as the rollups name it: its title (the pack's description, from the first outcome seen)
// and whether it is a share or a reduction.
struct KpiInfo {
  std::string title;
  bool reduction = false;
  std::string comparator;
};

class Rollup {
 public:
  explicit Rollup(const ReportContext& context) : context_(context) {}

  // Adds one commune; returns its row (also kept, for the province pages).
  const CommuneRow& Add(const LocalityView& view);

  const Tally& country() const { return country_; }
  const std::map<std::string, Tally>& provinces() const { return provinces_; }
  const std::vector<CommuneRow>& communes() const { return communes_; }
  const std::map<std::string, KpiInfo>& kpis() const { return kpis_; }
  // The province a commune rolls up to: its parent code ("" when it has none).
  static const std::string& ProvinceOf(const LocalityResult& locality) {
    return locality.parent_code;
  }
  std::string ProvinceName(const std::string& code) const;

 private:
  const ReportContext& context_;
  Tally country_;
  std::map<std::string, Tally> provinces_;
  std::vector<CommuneRow> communes_;
  std::map<std::string, KpiInfo> kpis_;
};

}  // namespace tuanthu::report
