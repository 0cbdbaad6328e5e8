// `tuanthu rules ...`: list packs, show a resolved pack with the source of every value, list
// the rule kinds, diff two packs, run packs' own tests.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tuanthu::cli {

int Rules(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace tuanthu::cli
