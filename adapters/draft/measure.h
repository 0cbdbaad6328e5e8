// How far a draft is from a pack written by hand: every value the hand-written pack states
// (its own, not inherited) is drafted right, drafted wrong or missed; every value the draft
// states that the hand-written pack does not have is extra. Compared on resolved values, so a
// value the draft leaves to the parent counts as right when the parent's value is the one.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tuanthu/engine.h"

namespace tuanthu::draft {

struct ValueCheck {
  std::string rule;         // "" for the pack's own values (effective)
  std::string param;        // "threshold", "tasks[PL-4].due", "(rule)" for the rule itself
  nlohmann::json expected;  // the hand-written pack's value (null for extra)
  nlohmann::json drafted;   // the draft's value (null when missed)
  std::string verdict;      // "right", "wrong", "missed", "extra"
};

struct DraftMeasure {
  std::string draft;
  std::string reference;
  std::vector<ValueCheck> values;
  int right = 0, wrong = 0, missed = 0, extra = 0;
  int clauses_same = 0, clauses_different = 0;  // rules both declare: same set of clauses or not
  int manual_drafted = 0, manual_reference = 0, manual_common = 0;  // checklist items (by id)

  nlohmann::ordered_json ToJson() const;
  std::string ToText(Lang lang = Lang::kVi) const;
};

// `draft` and `reference` may come from different rule books (the draft may have the same id).
DraftMeasure MeasureDraft(const ResolvedPack& draft, const ResolvedPack& reference);

}  // namespace tuanthu::draft
