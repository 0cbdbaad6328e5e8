// What a check produces: findings (violation, warning, info) and the passes behind the KPIs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tuanthu {

enum class Severity { kPass = 0, kInfo = 1, kWarning = 2, kViolation = 3 };

const char* SeverityName(Severity severity);  // "pass", "info", "warning", "violation"
std::optional<Severity> ParseSeverity(std::string_view text);

// A measured value or a target: nothing, a count, a share 0..1 (or days), or a date/text.
using Measure = std::variant<std::monostate, int64_t, double, std::string>;

struct Finding {
  std::string rule;
  Severity severity = Severity::kInfo;
  std::string pack;                 // the pack the locality was checked with
  std::string locality;             // locality code
  std::optional<std::string> unit;  // nullopt: the locality as a whole
  std::string period;               // 2026, 2026-H1, 2026-W23 or a record's date
  std::string clause;
  std::string message;
  Measure observed;
  Measure expected;
  std::vector<std::string> evidence;  // record ids, sorted, capped at kEvidenceCap
  int64_t evidence_total = 0;         // all records behind the finding
  std::string record;                 // the record a per-record finding is about, else empty
  // Deadline rules: the obligation is not met yet and its deadline (`expected`) has not passed.
  // Such outcomes are kept as passes outside the warning window, for "due soon" views.
  bool open = false;
  // Share and reduction rules: the counts behind `observed` (for KPI reports).
  std::optional<int64_t> numerator;
  std::optional<int64_t> denominator;
  // How `observed` is held against `expected`: "≥", ">" (shares) or "≤" (reductions).
  std::string comparator;
};

inline constexpr size_t kEvidenceCap = 20;

// The order of the JSON contract: locality, unit (locality-wide first), rule, period, then
// record and message so that ties are still ordered.
bool FindingLess(const Finding& a, const Finding& b);

}  // namespace tuanthu
