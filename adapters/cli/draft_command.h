// `tuanthu rules draft PLAN --id PACK --parent PARENT --out DIR`: drafts a rule pack from a
// plan's text for an official to review (see rules/README.md, "Drafting a pack from a plan").
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "tuanthu/lang.h"

namespace tuanthu::cli {

struct DraftArgs {
  std::string plan;     // the plan file (.txt, .md, .docx)
  std::string id;       // the pack id to write
  std::string parent;   // its parent
  std::string out_dir;  // DIR: the pack goes to DIR/<id>/pack.lua
  std::string compare;  // a pack to measure the draft against ("" for none)
  bool force = false;   // overwrite an existing pack.lua
  bool json = false;
  std::vector<std::string> rule_dirs;  // --rules: where the parent (and `compare`) are found
  Lang lang = Lang::kVi;               // of the messages and the summary
};

int RulesDraft(const DraftArgs& args, std::ostream& out, std::ostream& err);

}  // namespace tuanthu::cli
