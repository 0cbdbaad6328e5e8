#include "output/report_rollup.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace tuanthu::report {
namespace {

bool WorseFirst(const RankedKpi& a, const RankedKpi& b) {
  return std::tie(a.attainment, a.code) < std::tie(b.attainment, b.code);
}

void AddTo(Tally& tally, const LocalityView& view, const std::map<std::string, Band>& bands,
           const std::optional<PreviousRun>& previous, const RankedKpi* ranked_template) {
  const LocalityResult& l = *view.locality;
  ++tally.communes;
  for (const auto& [severity, n] : l.counts) tally.counts[severity] += n;
  for (const Finding* f : view.deadlines) tally.deadlines.Add(DeadlineStateOf(*f));
  for (const Finding* f : view.kpis) {
    ++tally.kpis_measured;
    KpiTally& kpi = tally.kpis[f->rule];
    ++kpi.measured;
    if (f->severity == Severity::kPass) {
      ++tally.kpis_met;
      ++kpi.met;
    }
    ++kpi.bands[bands.at(f->rule)];
    if (ranked_template == nullptr || f->severity == Severity::kPass) continue;
    const auto attainment = Attainment(*f);
    if (!attainment) continue;
    RankedKpi entry = *ranked_template;
    entry.attainment = *attainment;
    entry.severity = f->severity;
    entry.observed = f->observed;
    entry.expected = f->expected;
    entry.comparator = f->comparator;
    entry.period = f->period;
    kpi.worst.Offer(std::move(entry));
  }
  if (previous && previous->kpis_recorded) {
    // Judged outcomes only (those with a figure, as the JSON lists them), the latest period of
    // each rule, against what the previous run recorded the same way.
    std::map<std::string, const Finding*> judged;
    for (const Finding* f : view.all_kpis) {
      if (f->unit || !f->denominator) continue;
      const Finding*& kept = judged[f->rule];
      if (kept == nullptr || f->period > kept->period) kept = f;
    }
    if (auto place = previous->kpis.find(l.code); place != previous->kpis.end()) {
      for (const auto& [rule, f] : judged) {
        auto then = place->second.find(rule);
        if (then == place->second.end()) continue;
        KpiTally& kpi = tally.kpis[rule];
        ++kpi.compared;
        kpi.met_then += then->second == Severity::kPass ? 1 : 0;
        kpi.met_now += f->severity == Severity::kPass ? 1 : 0;
      }
    }
  }
  if (previous && previous->localities.count(l.code)) {
    ++tally.compared;
    if (auto it = previous->counts.find(l.code); it != previous->counts.end()) {
      for (const auto& [severity, n] : it->second) tally.previous[severity] += n;
    }
    for (const auto& [severity, n] : l.counts) tally.now[severity] += n;
  }
}

int64_t Get(const std::map<Severity, int64_t>& counts, Severity severity) {
  auto it = counts.find(severity);
  return it == counts.end() ? 0 : it->second;
}

}  // namespace

std::optional<double> Attainment(const Finding& kpi) {
  const auto observed = MeasureNumber(kpi.observed);
  const auto expected = MeasureNumber(kpi.expected);
  if (!observed || !expected) return std::nullopt;
  if (IsReduction(kpi) || kpi.comparator == "≤") {
    if (*observed <= 0) return *expected >= 0 ? std::optional<double>(1.0) : std::nullopt;
    return std::max(0.0, *expected) / *observed;
  }
  if (*expected <= 0) return *observed >= *expected ? 1.0 : 0.0;
  return std::max(0.0, *observed) / *expected;
}

std::string PointsText(int then, int now, int compared, Lang lang) {
  if (compared == 0) return "";
  const int delta = now - then;
  if (delta == 0) return "0";
  // Tenths of a point, toward zero, as the shares are rounded.
  const long long tenths = static_cast<long long>(std::abs(delta)) * 1000 / compared;
  std::string text = std::string(delta > 0 ? "+" : "−") + std::to_string(tenths / 10);
  if (tenths % 10 != 0) text += (lang == Lang::kVi ? "," : ".") + std::to_string(tenths % 10);
  return text;
}

Band BandOf(const Finding& kpi) {
  if (kpi.severity == Severity::kPass) return kMetBand;
  const auto attainment = Attainment(kpi);
  if (!attainment) return kNoData;
  if (*attainment >= 0.9) return kNinety;
  if (*attainment >= 0.75) return kThreeQuarters;
  if (*attainment >= 0.5) return kHalf;
  return kBelowHalf;
}

std::string BandLabel(Band band, Lang lang) {
  switch (band) {
    case kBelowHalf:
      return std::string(Tr(lang, "Dưới 50% chỉ tiêu", "Below 50% of target"));
    case kHalf:
      return std::string(Tr(lang, "50–75% chỉ tiêu", "50–75% of target"));
    case kThreeQuarters:
      return std::string(Tr(lang, "75–90% chỉ tiêu", "75–90% of target"));
    case kNinety:
      return std::string(Tr(lang, "Từ 90%, chưa đạt", "90% or more, not met"));
    case kMetBand:
      return std::string(Tr(lang, "Đạt chỉ tiêu", "Target met"));
    case kNoData:
    case kBandCount:
      break;
  }
  return std::string(Tr(lang, "Không có số liệu", "No figure"));
}

const char* BandClass(Band band) {
  static const char* const kClasses[] = {"b0", "b1", "b2", "b3", "met", "none"};
  return band < kBandCount ? kClasses[band] : "none";
}

void Ranking::Offer(RankedKpi entry) {
  if (capacity_ == 0) return;
  if (heap_.size() < capacity_) {
    heap_.push_back(std::move(entry));
    std::push_heap(heap_.begin(), heap_.end(), WorseFirst);
    return;
  }
  if (!WorseFirst(entry, heap_.front())) return;
  std::pop_heap(heap_.begin(), heap_.end(), WorseFirst);
  heap_.back() = std::move(entry);
  std::push_heap(heap_.begin(), heap_.end(), WorseFirst);
}

std::vector<RankedKpi> Ranking::Sorted() const {
  std::vector<RankedKpi> sorted = heap_;
  std::sort(sorted.begin(), sorted.end(), WorseFirst);
  return sorted;
}

void DeadlineTally::Add(DeadlineState state) {
  switch (state) {
    case DeadlineState::kMet:
      ++met;
      break;
    case DeadlineState::kLate:
      ++late;
      break;
    case DeadlineState::kMissing:
      ++missing;
      break;
    case DeadlineState::kDueSoon:
      ++due_soon;
      break;
    case DeadlineState::kPending:
      ++pending;
      break;
    case DeadlineState::kNotApplicable:
      ++not_applicable;
      break;
  }
}

DeadlineTally& DeadlineTally::operator+=(const DeadlineTally& other) {
  met += other.met;
  late += other.late;
  missing += other.missing;
  due_soon += other.due_soon;
  pending += other.pending;
  not_applicable += other.not_applicable;
  return *this;
}

int64_t Tally::Count(Severity severity) const { return Get(counts, severity); }
int64_t Tally::Previous(Severity severity) const { return Get(previous, severity); }
int64_t Tally::Now(Severity severity) const { return Get(now, severity); }

const CommuneRow& Rollup::Add(const LocalityView& view) {
  const LocalityResult& l = *view.locality;
  CommuneRow row;
  row.code = l.code;
  row.name = l.name;
  row.level = l.level;
  row.province = ProvinceOf(l);
  row.pack = l.pack;
  for (const Finding* f : view.kpis) {
    row.bands[f->rule] = BandOf(*f);
    auto [it, inserted] = kpis_.try_emplace(f->rule);
    if (inserted) {
      it->second.title = KpiTitle(*f, context_.lang);
      it->second.reduction = IsReduction(*f);
      it->second.comparator = f->comparator;
    }
  }
  RankedKpi ranked;
  ranked.code = l.code;
  ranked.name = l.name;
  ranked.province = row.province;
  AddTo(row.tally, view, row.bands, context_.previous, nullptr);
  AddTo(provinces_[row.province], view, row.bands, context_.previous, &ranked);
  AddTo(country_, view, row.bands, context_.previous, &ranked);
  communes_.push_back(std::move(row));
  return communes_.back();
}

std::string Rollup::ProvinceName(const std::string& code) const {
  if (code.empty()) return std::string(Tr(context_.lang, "Không thuộc tỉnh", "No province"));
  auto it = context_.places.find(code);
  return it == context_.places.end() ? code : it->second.name;
}

}  // namespace tuanthu::report
