#include "evaluation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tuanthu {

const UnitInfo* LocalityContext::FindUnit(std::string_view id) const {
  auto it = std::lower_bound(units.begin(), units.end(), id,
                             [](const UnitInfo& u, std::string_view key) { return u.id < key; });
  return it != units.end() && it->id == id ? &*it : nullptr;
}

void Evidence::Add(std::string_view id) {
  ++total_;
  if (ids_.size() < kEvidenceCap) {
    ids_.emplace(id);
  } else if (id < *ids_.rbegin()) {
    ids_.erase(std::prev(ids_.end()));
    ids_.emplace(id);
  }
}

Finding& Emitter::Emit(Severity severity, const UnitInfo* unit, std::string period,
                       std::string message) {
  Finding f;
  f.rule = rule_.id;
  f.severity = severity;
  f.pack = locality_.pack->id;
  f.locality = locality_.code;
  if (unit != nullptr) f.unit = unit->id;
  f.period = std::move(period);
  f.clause = rule_.String("clause");
  f.message = std::move(message);
  out_->push_back(std::move(f));
  return out_->back();
}

RuleEvaluator::RuleEvaluator(const LocalityContext& locality, const ResolvedRule& rule)
    : locality_(locality), rule_(rule) {
  effective_ = locality.pack->effective;
  if (rule.Has("effective")) {
    if (auto date = Date::ParseIso(rule.String("effective"))) effective_ = *date;
  }
  first_year_ = effective_.year();
  last_year_ = locality.as_of.year();
  warning_days_ = locality.pack->warning_days;
  if (rule.Has("warning_days")) warning_days_ = static_cast<int>(rule.Number("warning_days"));
  for (const std::string& role : rule.Strings("roles")) roles_.insert(role);
  const nlohmann::json& years = rule.Param("years");
  if (years.is_array()) {
    for (const nlohmann::json& year : years) {
      if (year.is_number_integer()) years_.insert(year.get<int>());
    }
  }
}

bool RuleEvaluator::RoleSelected(const UnitInfo* unit) const {
  return roles_.empty() || (unit != nullptr && roles_.count(unit->role) > 0);
}

bool RuleEvaluator::RoleExcluded(const UnitInfo* unit) const {
  return !roles_.empty() && unit != nullptr && roles_.count(unit->role) == 0;
}

std::vector<const UnitInfo*> RuleEvaluator::SelectedUnits() const {
  std::vector<const UnitInfo*> out;
  for (const UnitInfo& unit : locality_.units) {
    if (RoleSelected(&unit)) out.push_back(&unit);
  }
  return out;
}

void RuleEvaluator::FlushDeferred(Emitter& out) {
  std::sort(deferred_.begin(), deferred_.end(), FindingLess);
  for (Finding& f : deferred_) {
    const UnitInfo* unit = f.unit ? locality_.FindUnit(*f.unit) : nullptr;
    Finding& emitted = out.Emit(f.severity, unit, std::move(f.period), std::move(f.message));
    emitted.observed = std::move(f.observed);
    emitted.expected = std::move(f.expected);
    emitted.record = std::move(f.record);
    emitted.evidence = std::move(f.evidence);
    emitted.evidence_total = f.evidence_total;
  }
  deferred_.clear();
}

bool Contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string Number(double value, Lang lang) {
  char buf[32];
  if (std::fabs(value - std::round(value)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f", value);
  } else if (std::fabs(value * 10 - std::round(value * 10)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.1f", value);
  } else {
    std::snprintf(buf, sizeof buf, "%.2f", value);
  }
  std::string text = buf;
  if (lang == Lang::kVi) std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::string Percent(double share, Lang lang) {
  char buf[32];
  const double percent = share * 100.0;
  if (std::fabs(percent - std::round(percent)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f%%", percent);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f%%", std::floor(percent * 10 + 1e-9) / 10);
  }
  std::string text = buf;
  if (lang == Lang::kVi) std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::string Comparator(bool strict) { return strict ? ">" : "≥"; }

std::string Quarter(int year, int quarter) {
  return std::to_string(year) + "-Q" + std::to_string(quarter);
}

}  // namespace tuanthu
