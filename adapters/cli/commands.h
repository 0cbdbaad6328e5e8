// The subcommands behind the `tuanthu` binary, callable from tests with captured streams.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tuanthu::cli {

// Runs `tuanthu <args...>`; returns the exit status.
int Dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace tuanthu::cli
