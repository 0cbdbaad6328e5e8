// Custom rules: Lua functions a pack declares with `custom "id" { evaluate = function(ctx) }`.
// They run under the sandbox's budget and cap, read the store through a read-only,
// parameter-bound query API and report findings through ctx.finding.
#pragma once

#include <string>
#include <vector>

#include "evaluation.h"
#include "lua_sandbox.h"
#include "tuanthu/activity_store.h"

namespace tuanthu {

// Runs `rule` for `locality`. Returns false with *error when the rule fails (its findings up to
// the failure are discarded); the caller goes on with the other rules.
bool RunCustomRule(LuaSandbox& sandbox, ActivityStore& store, const LocalityContext& locality,
                   const ResolvedRule& rule, std::vector<Finding>* out, std::string* error);

}  // namespace tuanthu
