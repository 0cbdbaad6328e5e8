// `tuanthu runs` and `tuanthu diff`: the run history recorded by `check --record`.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tuanthu::cli {

int Runs(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int Diff(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace tuanthu::cli
