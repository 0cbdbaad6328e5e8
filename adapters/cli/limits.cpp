#include "cli/limits.h"

#include <boost/program_options/errors.hpp>
#include <cmath>
#include <cstdlib>
#include <string>

namespace tuanthu::cli {

SandboxLimits OperatorLimits(std::optional<double> timeout_seconds, Lang lang) {
  SandboxLimits limits;
  std::string source = "--rule-timeout";
  if (!timeout_seconds) {
    const char* env = std::getenv("TUANTHU_RULE_TIMEOUT");
    if (env == nullptr || *env == '\0') return limits;
    char* end = nullptr;
    const double value = std::strtod(env, &end);
    timeout_seconds = *end == '\0' ? value : NAN;
    source = "TUANTHU_RULE_TIMEOUT";
  }
  if (!std::isfinite(*timeout_seconds) || *timeout_seconds <= 0 || *timeout_seconds > 86400) {
    throw boost::program_options::error(
        Format(Tr(lang, "{0} phải là số giây lớn hơn 0 (tối đa 86400)",
                  "{0} must be a number of seconds above 0 (at most 86400)"),
               {source}));
  }
  limits.time_limit_ms = static_cast<int64_t>(std::llround(*timeout_seconds * 1000));
  if (limits.time_limit_ms == 0) limits.time_limit_ms = 1;
  return limits;
}

}  // namespace tuanthu::cli
