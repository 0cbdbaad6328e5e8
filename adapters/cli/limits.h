// The limits on rule code that the operator sets: `--rule-timeout SECONDS` on the command line,
// else TUANTHU_RULE_TIMEOUT in the environment, else the engine's default. Never a pack.
#pragma once

#include <optional>

#include "tuanthu/engine.h"
#include "tuanthu/lang.h"

namespace tuanthu::cli {

// Throws boost::program_options::error (in `lang`) for a time that is not a positive number.
SandboxLimits OperatorLimits(std::optional<double> timeout_seconds, Lang lang);

}  // namespace tuanthu::cli
