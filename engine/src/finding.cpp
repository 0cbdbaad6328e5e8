#include "tuanthu/finding.h"

#include <tuple>

namespace tuanthu {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kPass:
      return "pass";
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kViolation:
      return "violation";
  }
  return "info";
}

std::optional<Severity> ParseSeverity(std::string_view text) {
  if (text == "pass") return Severity::kPass;
  if (text == "info") return Severity::kInfo;
  if (text == "warning") return Severity::kWarning;
  if (text == "violation") return Severity::kViolation;
  return std::nullopt;
}

bool FindingLess(const Finding& a, const Finding& b) {
  const bool a_unit = a.unit.has_value();
  const bool b_unit = b.unit.has_value();
  static const std::string kEmpty;
  const std::string& au = a_unit ? *a.unit : kEmpty;
  const std::string& bu = b_unit ? *b.unit : kEmpty;
  return std::tie(a.locality, a_unit, au, a.rule, a.period, a.record, a.message) <
         std::tie(b.locality, b_unit, bu, b.rule, b.period, b.record, b.message);
}

}  // namespace tuanthu
