// The rule kinds the engine evaluates natively, and the parameters each accepts, with types
// and defaults. A pack may only set parameters listed here.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tuanthu/lang.h"

namespace tuanthu {

enum class ParamType {
  kFraction,  // a number in [0, 1]
  kNumber,    // a number >= 0
  kInteger,   // a whole number >= 0
  kBool,
  kString,
  kStringList,  // a list of strings (a single string is taken as a list of one)
  kRoleList,    // unit roles
  kCategoryList,
  kLevelList,  // organizer levels
  kMonthDay,   // "05/06" (dd/mm) or "--06-05" (ISO 8601), normalised to "--MM-DD"; false = no date
  kDate,       // "2026-05-31" or "31/05/2026", normalised to ISO; false = no date
  kYearList,   // calendar years { 2026 } (a single year is taken as a list of one)
  kTaskList,   // appendix tasks: { {ref=, title=, due=, lead_role=}, ... }
  kFunction,   // custom rules: the evaluate function
};

struct ParamSpec {
  std::string name;
  ParamType type;
  nlohmann::json default_value;  // null: unset
  std::string help;
};

struct KindSpec {
  std::string id;     // "meetings.online_share"
  std::string table;  // the table it reads ("" for custom)
  std::string summary_vi;
  std::string summary_en;
  std::vector<ParamSpec> params;  // kind-specific; the common ones are added by Catalog()

  const ParamSpec* Find(std::string_view name) const;
};

const std::vector<KindSpec>& Catalog();
const KindSpec* FindKind(std::string_view id);
// What a parameter of `type` takes, e.g. "a number from 0 to 1" (English by default, as the
// JSON of `tuanthu rules kinds` gives it).
std::string ParamTypeName(ParamType type, Lang lang = Lang::kEn);
// What `spec` is for, in `lang`.
std::string ParamHelp(const ParamSpec& spec, Lang lang);

// Checks and normalises `value` for `spec`. Returns an empty string if valid, else what would be
// valid, in `lang`.
std::string NormaliseParam(const ParamSpec& spec, nlohmann::json* value, Lang lang = Lang::kEn);

}  // namespace tuanthu
