// From a plan's outline to a draft rule pack: the header, every requirement recognised as a rule
// with the sentences it came from, the appendix tasks, the checklist of what no data can show,
// and the sentences with figures that were not mapped.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "draft/plan_outline.h"
#include "tuanthu/lang.h"

namespace tuanthu::draft {

struct Quote {
  std::string clause;
  std::string text;
};

struct DraftRule {
  std::string id;
  std::string kind;                                            // empty: the id is the kind
  std::vector<std::pair<std::string, nlohmann::json>> params;  // in writing order, clause excluded
  std::vector<std::string> clauses;                            // in the plan's order, each once
  std::vector<Quote> quotes;
  std::vector<std::string> notes;  // how a value was read ("trước ngày": the day itself is late)

  const nlohmann::json* Find(const std::string& name) const;
};

struct DraftManual {
  std::string id;
  std::string text;
  std::vector<std::string> clauses;
};

struct LeftOver {
  std::string clause;
  std::string text;
  std::string note;  // why it was not mapped, when known
};

struct DraftOptions {
  std::string id;         // the pack id to write
  std::string parent;     // its parent pack
  Lang lang = Lang::kVi;  // of the warnings for the person running the command
};

struct DraftPack {
  std::string id;
  std::string parent;
  std::string title;
  std::string locality;
  std::string source;
  std::string effective;  // ISO; empty when the plan gives no date at all
  std::string effective_note;
  std::string effective_quote;   // the line the date was read from
  std::vector<DraftRule> rules;  // sorted by id
  std::vector<DraftManual> manual;
  std::vector<LeftOver> left_over;
  std::vector<std::string> warnings;  // for the person running the command
};

DraftPack Draft(const PlanOutline& outline, const DraftOptions& options);

}  // namespace tuanthu::draft
